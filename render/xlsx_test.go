package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// openXLSX renders the sample and opens the workbook again.
func openXLSX(t *testing.T) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(renderFormat(t, "xlsx", sampleAudit())))
	if err != nil {
		t.Fatalf("workbook does not open: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// The golden file is every sheet's cells as text, a row a line, cells
// separated by tabs (GetRows drops empty cells at the end of a row).
func TestXLSXGolden(t *testing.T) {
	f := openXLSX(t)
	var b strings.Builder
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("== " + name + "\n")
		for _, row := range rows {
			b.WriteString(strings.Join(row, "\t") + "\n")
		}
	}
	golden(t, "audit.xlsx.golden", []byte(b.String()))
}

func TestXLSXSheets(t *testing.T) {
	f := openXLSX(t)
	if got := f.GetSheetList(); !slices.Equal(got, []string{"汇总", "发现", "矩阵", "规则"}) {
		t.Fatalf("sheets = %q", got)
	}
	headers := map[string]string{
		"汇总": "文件 机关 年度 层级 模板 发布日期 得分 等级 通过 不通过 不适用 需人工 错误 说明",
		"发现": "文件 机关 年度 规则 检查项 类别 严重程度 权重 结果 说明 证据",
		"矩阵": "文件 机关 年度 得分 等级 STRUCT-SECTIONS STRUCT-ORDER APP-BALANCE NARRATIVE-MATCH DEADLINE FEE-DISCLOSED OVERVIEW-COVERAGE PROBLEMS-SPECIFIC CARRY-OVER GOV-ACCOUNTABILITY",
		"规则": "规则 检查项 类别 严重程度 权重 门槛 依据",
	}
	for sheet, want := range headers {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) == 0 {
			t.Fatalf("%s: %v", sheet, err)
		}
		if got := strings.Join(rows[0], " "); got != want {
			t.Errorf("%s header = %s\nwant %s", sheet, got, want)
		}
	}
	for _, c := range []struct{ sheet, cell, want string }{
		{"汇总", "G2", "72.5"}, {"汇总", "H3", "良好"}, {"汇总", "H4", "无法读取"}, {"汇总", "N4", "fixtures/bad/empty.txt: 文件为空"},
		{"汇总", "C2", "2022"}, {"汇总", "J2", "3"},
		{"发现", "D2", "APP-BALANCE"}, {"发现", "I3", "无法判断"}, {"发现", "I5", "不通过（已豁免）"},
		{"矩阵", "H2", "不通过"}, {"矩阵", "H3", "通过"}, {"矩阵", "G3", ""}, {"矩阵", "E4", "无法读取"}, {"矩阵", "N3", "不通过"},
		{"规则", "F4", "是"},
	} {
		if got, _ := f.GetCellValue(c.sheet, c.cell); got != c.want {
			t.Errorf("%s!%s = %q, want %q", c.sheet, c.cell, got, c.want)
		}
	}
	// Numbers are numbers, so that Excel sorts and sums them.
	if typ, _ := f.GetCellType("汇总", "G2"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("score cell type = %v, want a number", typ)
	}
}

// Each sheet freezes its header row (矩阵 also its first column), filters
// its header row and colours outcomes.
func TestXLSXLayout(t *testing.T) {
	f := openXLSX(t)
	filters := map[string]string{}
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" {
			filters[d.Scope] = d.RefersTo
		}
	}
	wantFilter := map[string]string{"汇总": "$A$1:$N$4", "发现": "$A$1:$K$9", "矩阵": "$A$1:$O$4", "规则": "$A$1:$G$11"}
	for _, sheet := range f.GetSheetList() {
		p, err := f.GetPanes(sheet)
		if err != nil || !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s panes = %+v, %v; want the header row frozen", sheet, p, err)
		}
		if x := map[bool]int{true: 1, false: 0}[sheet == "矩阵"]; p.XSplit != x {
			t.Errorf("%s frozen columns = %d, want %d", sheet, p.XSplit, x)
		}
		if got := filters[sheet]; !strings.HasSuffix(got, "!"+wantFilter[sheet]) {
			t.Errorf("%s autofilter = %q, want …!%s", sheet, got, wantFilter[sheet])
		}
	}
	cf, err := f.GetConditionalFormats("发现")
	if err != nil {
		t.Fatal(err)
	}
	rules := cf["I2:I9"]
	if len(rules) != len(xlsxWords) || rules[0].Value != `"不通过"` || rules[0].Format == nil {
		t.Errorf("发现!I2:I9 conditional formats = %+v", rules)
	}
	if w, _ := f.GetColWidth("发现", "J"); w != 60 {
		t.Errorf("说明 column width = %v, want the 60 bound", w)
	}
	if w, _ := f.GetColWidth("汇总", "B"); w != float64(narrow.StringWidth("北京市某区人民政府")+2) {
		t.Errorf("机关 column width = %v, want its display width + 2", w)
	}
}

// The same audit gives the same bytes, with no clock in the properties.
func TestXLSXDeterministic(t *testing.T) {
	a, b := renderFormat(t, "xlsx", sampleAudit()), renderFormat(t, "xlsx", sampleAudit())
	if !bytes.Equal(a, b) {
		t.Error("two renderings differ")
	}
	f := openXLSX(t)
	p, err := f.GetDocProps()
	if err != nil || p.Created != xlsxDate || p.Modified != xlsxDate || p.Creator != "nianbao" {
		t.Errorf("document properties = %+v, %v", p, err)
	}
}

func TestXLSXIsBinary(t *testing.T) {
	if !Binary("xlsx") || Binary("csv") || Binary("html") {
		t.Error("only xlsx is binary")
	}
}
