package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestCompareMarkdownGolden(t *testing.T) {
	out := renderCompare(t, "md", false)
	golden(t, "compare.md.golden", out)
	if bytes.Contains(out, []byte("<script>")) || !bytes.Contains(out, []byte(`\<script\>`)) {
		t.Error("markup from a report is not escaped")
	}
}

func TestCompareHTMLGolden(t *testing.T) {
	golden(t, "compare.html.golden", renderCompare(t, "html", false))
}

// The page is self-contained: no script, nothing fetched; report text is
// escaped; each agency's years have a line chart and each year a bar chart.
func TestCompareHTMLSelfContained(t *testing.T) {
	page := string(renderCompare(t, "html", false))
	for _, bad := range []string{"<script", "src=", "href=\"http", "@import", "url("} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
		t.Error("the message's markup is not escaped")
	}
	if strings.Count(page, "<svg") != 2 || !strings.Contains(page, `class="line gap"`) || !strings.Contains(page, "<circle") {
		t.Error("want a line chart (dashed across 2023) and a bar chart")
	}
}

func TestCompareCSVGolden(t *testing.T) {
	out := renderCompare(t, "csv", false)
	golden(t, "compare.csv.golden", out)
	recs := parseCSV(t, out)
	if got := strings.Join(recs[0][:13], " "); got != "机关 年度 名次 得分 等级 通过 不通过 不适用 需人工 错误 文件 STRUCT-SECTIONS GOV-ACCOUNTABILITY" {
		t.Errorf("header %s", got)
	}
	// 5 compared reports, 1 copy left out, 1 unreadable file.
	if len(recs) != 8 || recs[7][4] != "无法读取" || recs[7][len(recs[7])-1] != "fixtures/bad/empty.txt: 文件为空" {
		t.Errorf("rows %q", recs)
	}
}

// The workbook's sheets, frozen and filtered headers, and numbers.
func TestCompareXLSX(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(renderCompare(t, "xlsx", false)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"排名", "趋势", "矩阵", "通过率", "逐年变化"}) {
		t.Fatalf("sheets %q", got)
	}
	var dump strings.Builder
	for _, name := range f.GetSheetList() {
		rows, _ := f.GetRows(name)
		dump.WriteString("== " + name + "\n")
		for _, row := range rows {
			dump.WriteString(strings.Join(row, "\t") + "\n")
		}
		if p, err := f.GetPanes(name); err != nil || !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s panes %+v", name, p)
		}
	}
	golden(t, "compare.xlsx.golden", []byte(dump.String()))
	if typ, _ := f.GetCellType("排名", "D2"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("score cell type = %v, want a number", typ)
	}
	if !bytes.Equal(renderCompare(t, "xlsx", false), renderCompare(t, "xlsx", false)) {
		t.Error("two renderings differ")
	}
}
