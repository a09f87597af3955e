package report_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// Regression tests for issue 8, digit splitting: a number read from a real
// cell is one number, and a split is a value only when the row total holds.

// A real table whose rows have six value cells (the 其他 column missing):
// "15" in a grid cell is fifteen, not 1 and 5 to make up the seventh cell
// (1+5 = 6 would have "fit" the row total).
func TestGridCellIsNeverSplit(t *testing.T) {
	var b strings.Builder
	b.WriteString("<table>\n" + tr(td("", "申请人情况"), td("", "自然人"), td("", "商业企业"), td("", "科研机构"), td("", "社会公益组织"), td("", "法律服务机构"), td("", "总计")))
	for _, row := range report.AppRows2021 {
		v := zeros(6)
		if row.Key == "new" {
			v = cellsOf("15", "", "", "", "", "6")
		}
		b.WriteString(tr(append([]string{td("", row.Label)}, v...)...))
	}
	b.WriteString("</table>\n")
	r := extractHTML(t, wordReport(wordTable2("0", "0"), b.String()))
	for _, c := range report.AppColumns {
		if v := cellValue(r.Tables.Applications["new"][c.Key]); v != nil {
			t.Errorf("new.%s = %v, want null", c.Key, v)
		}
	}
	if !problemMentions(r, "applications.new", "本年新收") || !problemMentions(r, "applications.new", "读到 6 个数") {
		t.Errorf("no problem naming the row and the six numbers read: %v", r.Problems)
	}
}

// A PDF row whose label line carries positions and whose last numbers fell
// on a line without them: "1011" stood in one cell of the page, so it is not
// read as 1 · 0 · 1 · 1 (which with 1 1 5 would have fit the row total).
func TestPositionedCellIsNeverSplit(t *testing.T) {
	lines := []ingest.Line{
		{Text: "某市某局2023年政府信息公开工作年度报告"},
		{Text: "三、收到和处理政府信息公开申请情况"},
		{Text: "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计"},
	}
	for _, row := range report.AppRows2021 {
		label := row.Label
		if row.Key == "total" {
			label = "（七）总计"
		}
		if row.Key != "new" {
			lines = append(lines, positioned(label, []string{"0", "0", "0", "0", "0", "0", "0"}))
			continue
		}
		lines = append(lines, positioned(label, []string{"1011"}), ingest.Line{Text: "1 1 5"})
	}
	lines = append(lines, ingest.Line{Text: "四、政府信息公开行政复议、行政诉讼情况"})
	for i := range lines {
		lines[i].No, lines[i].Page = i+1, 1
	}
	r := report.Extract(&ingest.Document{Path: "mixed.pdf", Format: ingest.FormatPDF, Lines: lines, Pages: 1})
	for _, c := range report.AppColumns {
		if v := cellValue(r.Tables.Applications["new"][c.Key]); v != nil {
			t.Errorf("new.%s = %v, want null", c.Key, v)
		}
	}
	if !problemMentions(r, "applications.new", "本年新收") {
		t.Errorf("no problem naming the row: %v", r.Problems)
	}
}

// Seven fused digits have one split only, one digit a cell; it breaks the
// row total (1+…+6 ≠ 7), so it is no value: the row is null and the problem
// quotes the split.
func TestOnlySplitBreakingTheTotalIsNotKept(t *testing.T) {
	r := extractText(t, table3(map[string]string{"new": "1234567"}))
	for _, c := range report.AppColumns {
		if v := cellValue(r.Tables.Applications["new"][c.Key]); v != nil {
			t.Errorf("new.%s = %v, want null", c.Key, v)
		}
	}
	if !problemMentions(r, "applications.new", "1 2 3 4 5 6 7") || !problemMentions(r, "applications.new", "本年新收") {
		t.Errorf("no problem naming the row and the split: %v", r.Problems)
	}
	// The same for table 四: fifteen digits, one split, group totals broken.
	r = extractText(t, table3(nil)+"行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉\n123456789012345\n五、存在的主要问题及改进情况\n")
	for _, g := range report.ReviewGroups {
		for _, c := range report.ReviewColumns {
			if v := cellValue(r.Tables.Review[g.Key][c.Key]); v != nil {
				t.Errorf("review.%s.%s = %v, want null", g.Key, c.Key, v)
			}
		}
	}
	if !problemMentions(r, "review", "各组总计") {
		t.Errorf("no problem saying the group totals fail: %v", r.Problems)
	}
	// A unique split that fits stays a (low-confidence) value.
	r = extractText(t, table3(map[string]string{"new": "1000001"}))
	if v := cellValue(r.Tables.Applications["new"]["total"]); v != 1.0 {
		t.Errorf("new.total from 1000001 = %v, want 1", v)
	}
}

// unreadHaveProblems checks that every cell left null (not blank) has a
// problem keyed by its row (or its table, for table 四), naming the row.
func unreadHaveProblems(t *testing.T, r *report.Report) {
	t.Helper()
	has := func(keys ...string) bool {
		for _, p := range r.Problems {
			for _, k := range keys {
				if p.Key == k {
					return true
				}
			}
		}
		return false
	}
	for k, c := range r.Tables.Active {
		if c.Value == nil && !c.Blank && !has("active."+strings.SplitN(k, ".", 2)[0]) {
			t.Errorf("active.%s unread without a problem for its row", k)
		}
	}
	for row, cells := range r.Tables.Applications {
		for col, c := range cells {
			if c.Value == nil && !c.Blank && !has("applications."+row) {
				t.Errorf("applications.%s.%s unread without a problem for its row", row, col)
			}
		}
	}
	for g, cells := range r.Tables.Review {
		for col, c := range cells {
			if c.Value == nil && !c.Blank && !has("review", "review."+g) {
				t.Errorf("review.%s.%s unread without a problem", g, col)
			}
		}
	}
}

// Every unread cell of the fixtures and of the regression shapes has a
// problem saying why.
func TestUnreadCellsHaveProblems(t *testing.T) {
	for _, name := range []string{"gz-xiezuo-2022.txt", "hongze-2023.pdf", "hongze-2024.pdf", "huaian-2024.pdf", "pingtan-2018.txt", "pingtan-2019.txt", "pingtan-2021.txt", "pingtan-2022.txt", "sh-kewei-2024.md", "sh-office-2019.docx", "sh-office-2019.html"} {
		t.Run(name, func(t *testing.T) { unreadHaveProblems(t, extractFile(t, "../fixtures/reports/"+name)) })
	}
	shapes := map[string]string{
		"one split breaks the total": table3(map[string]string{"new": "1234567"}),
		"two splits fit":             table3(map[string]string{"new": "270020130", "granted": "270020130", "total": ""}),
		"short row":                  table3(map[string]string{"new": "12 3 1 16"}),
		"too many splits":            table3(map[string]string{"new": strings.Repeat("1234567890", 12)}),
	}
	for name, text := range shapes {
		t.Run(name, func(t *testing.T) { unreadHaveProblems(t, extractText(t, text)) })
	}
	t.Run("value spanning two columns", func(t *testing.T) {
		unreadHaveProblems(t, extractHTML(t, wordReport(wordTable2019(), wordTable3(nil))))
	})
}
