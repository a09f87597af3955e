package report_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// pagedTables builds a PDF-like document: each part is a table on its own
// page, its rows one line each.
func pagedTables(parts ...[][]string) *ingest.Document {
	doc := &ingest.Document{Format: ingest.FormatPDF, Pages: len(parts) + 1}
	doc.Lines = append(doc.Lines, ingest.Line{No: 1, Page: 1, Text: "二、主动公开政府信息情况"})
	for p, rows := range parts {
		t := ingest.Table{Line: len(doc.Lines) + 1, Page: p + 1, Cells: rows}
		for _, r := range rows {
			doc.Lines = append(doc.Lines, ingest.Line{No: len(doc.Lines) + 1, Page: p + 1, Text: strings.Join(r, "\t")})
			t.Span = append(t.Span, make([]bool, len(r)))
		}
		doc.Tables = append(doc.Tables, t)
	}
	doc.Lines = append(doc.Lines, ingest.Line{No: len(doc.Lines) + 1, Page: len(parts), Text: "三、收到和处理政府信息公开申请情况"})
	return doc
}

var activeHead = [][]string{
	{"第二十条第（一）项", "", "", ""},
	{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
	{"规章", "1", "0", "11"},
}

// A row whose label a page break cut (「行政规范」 | 「性文件」) is one row.
func TestRowBrokenByPageBreak(t *testing.T) {
	first := append(append([][]string{}, activeHead...), []string{"行政规范", "8", "26", "66"})
	rest := [][]string{{"性文件", "", "", ""}, {"第二十条第（五）项", "", "", ""}}
	r := report.Extract(pagedTables(first, rest))
	for k, want := range map[string]string{"normative_docs.issued": "8", "normative_docs.repealed": "26", "normative_docs.in_force": "66"} {
		if c := r.Tables.Active[k]; c == nil || c.Raw != want {
			t.Errorf("%s: %+v, want %s", k, c, want)
		}
	}
}

// A blank row of its own at the head of a page (「规范性文件」 printed
// empty) is not joined to the row before.
func TestBlankRowAfterPageBreak(t *testing.T) {
	first := [][]string{{"第二十条第（一）项", "", "", ""}, {"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"}, {"规章", "0", "0", "0"}}
	rest := [][]string{{"规范性文件", "", "", ""}, {"第二十条第（五）项", "", "", ""}}
	r := report.Extract(pagedTables(first, rest))
	if c := r.Tables.Active["regulations.made"]; c == nil || c.Raw != "0" {
		t.Errorf("regulations.made: %+v", c)
	}
	if c := r.Tables.Active["normative_docs.made"]; c == nil || !c.Blank {
		t.Errorf("normative_docs.made: %+v, want a blank cell", c)
	}
}

// A positioned table 四 whose value row has blank cells is read by the
// columns of its header line when no row is complete.
func TestReviewRowByHeaderColumns(t *testing.T) {
	var xs []float64
	var heads []string
	for i := range 15 {
		xs = append(xs, 100+float64(i)*30)
		heads = append(heads, []string{"结果", "结果", "其他", "尚未", "总计"}[i%5])
	}
	lines := []ingest.Line{
		placedLine(1, []string{"四、政府信息公开行政复议、行政诉讼情况"}, []float64{200}),
		placedLine(2, []string{"行政复议", "行政诉讼"}, []float64{160, 400}),
		placedLine(3, []string{"未经复议直接起诉", "复议后起诉"}, []float64{310, 460}),
		placedLine(4, heads, xs),
		placedLine(5, []string{"5", "2", "7", "8", "1", "9"}, []float64{100, 190, 220, 250, 340, 370}),
		placedLine(6, []string{"五、存在的主要问题及改进情况"}, []float64{200}),
	}
	r := report.Extract(&ingest.Document{Format: ingest.FormatPDF, Pages: 1, Lines: lines})
	if s := reviewText(r); s != "5 _ _ 2 7 8 _ _ 1 9 _ _ _ _ _" {
		t.Errorf("table 四 read as %s", s)
	}
}
