package report_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// wordCell writes one w:tc; props such as `<w:gridSpan w:val="3"/>` or
// `<w:vMerge/>` may be empty.
func wordCell(props, text string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
}

func wordRow(cells ...string) string { return "<w:tr>" + strings.Join(cells, "") + "</w:tr>" }

func wordPara(text string) string { return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>` }

// docx packs a WordprocessingML body into a minimal .docx.
func docx(t *testing.T, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`,
	} {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The Word shapes of issue 8: decision counts in one cell spanning the three
// value columns (w:gridSpan), equal values in separate cells, a header label
// merged down over two rows (w:vMerge), and a value spanning two of 规章's
// three columns: one number for two columns, so that row is not guessed
// (the old text comparison read it 5 · 5 · 0).
func TestSpanWordTable2(t *testing.T) {
	span3 := `<w:gridSpan w:val="3"/>`
	v := func(s string) string { return wordCell("", s) }
	table := "<w:tbl>" +
		wordRow(wordCell(`<w:gridSpan w:val="4"/>`, "第二十条第（一）项")) +
		wordRow(v("信息内容"), v("本年制发件数"), v("本年废止件数"), v("现行有效件数")) +
		wordRow(v("规章"), wordCell(`<w:gridSpan w:val="2"/>`, "5"), v("0")) +
		wordRow(v("行政规范性文件"), v("3"), v("3"), v("3")) +
		wordRow(wordCell(`<w:gridSpan w:val="4"/>`, "第二十条第（五）项")) +
		wordRow(v("信息内容"), wordCell(span3, "本年处理决定数量")) +
		wordRow(v("行政许可"), wordCell(span3, "550")) +
		wordRow(wordCell(`<w:gridSpan w:val="4"/>`, "第二十条第（六）项")) +
		wordRow(wordCell(`<w:vMerge w:val="restart"/>`, "信息内容"), wordCell(span3, "本年处理决定数量")) +
		wordRow(wordCell(`<w:vMerge/>`, ""), wordCell(span3, "")) +
		wordRow(v("行政处罚"), wordCell(span3, "7")) +
		wordRow(v("行政强制"), wordCell(span3, "7")) +
		wordRow(wordCell(`<w:gridSpan w:val="4"/>`, "第二十条第（八）项")) +
		wordRow(v("行政事业性收费"), wordCell(span3, "1.5")) +
		"</w:tbl>"
	body := wordPara("某区某局2022年政府信息公开工作年度报告") + wordPara("一、总体情况") + wordPara("二、主动公开政府信息情况") +
		table + wordPara("三、收到和处理政府信息公开申请情况")
	doc, err := ingest.Parse("word.docx", docx(t, body))
	if err != nil {
		t.Fatal(err)
	}
	r := report.Extract(doc)
	want := map[string]float64{
		"normative_docs.issued": 3, "normative_docs.repealed": 3, "normative_docs.in_force": 3,
		"licensing.decisions": 550, "penalty.decisions": 7, "coercion.decisions": 7, "fees.amount": 1.5,
	}
	for k, w := range want {
		if got := cellValue(r.Tables.Active[k]); got != w {
			t.Errorf("active.%s = %v, want %v; problems %v", k, got, w, r.Problems)
		}
	}
	for _, k := range []string{"regulations.issued", "regulations.repealed", "regulations.in_force"} {
		if got := cellValue(r.Tables.Active[k]); got != nil {
			t.Errorf("active.%s = %v, want null", k, got)
		}
	}
	for _, p := range r.Problems {
		if strings.HasPrefix(p.Key, "active") && (p.Key != "active.regulations" || !strings.Contains(p.Message, "合并单元格")) {
			t.Errorf("problem %v, want only one for 规章 naming the merged cell", p)
		}
	}
	if !problemMentions(r, "active.regulations", "规章") {
		t.Errorf("no problem for 规章: %v", r.Problems)
	}
}
