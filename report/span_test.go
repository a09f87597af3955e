package report_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// Regression tests for issue 8: the cells of real (HTML, Word) tables are
// read by the grid's span marks, never by comparing texts.

// td writes one HTML cell; attrs such as `colspan="2"` may be empty.
func td(attrs, text string) string {
	if attrs != "" {
		attrs = " " + attrs
	}
	return "<td" + attrs + ">" + text + "</td>"
}

// tr writes one HTML row.
func tr(cells ...string) string { return "<tr>" + strings.Join(cells, "") + "</tr>\n" }

// zeros returns n cells holding 0.
func zeros(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = td("", "0")
	}
	return out
}

// wordTable3 writes table 三 as Word exports it to HTML: a three-column label
// area (merged by colspan and rowspan), a leaf header row with an empty cell,
// and rows given by values (seven cells each; rows not given are zeros).
func wordTable3(values map[string][]string) string {
	var b strings.Builder
	b.WriteString("<table>\n")
	b.WriteString(tr(td(`colspan="3"`, "申请人情况"), td("", "自然人"), td(`colspan="5"`, "法人或其他组织"), td("", "总计")))
	b.WriteString(tr(td(`colspan="3"`, ""), td("", ""), td("", "商业企业"), td("", "科研机构"), td("", "社会公益组织"), td("", "法律服务机构"), td("", "其他"), td("", "")))
	results := len(report.AppRows2021) - 3 // rows under 三、本年度办理结果
	for _, row := range report.AppRows2021 {
		v := values[row.Key]
		if v == nil {
			v = zeros(7)
		}
		var label []string
		switch {
		case row.Key == "new" || row.Key == "carried_in" || row.Key == "carried_out":
			label = []string{td(`colspan="3"`, row.Label)}
		case row.Key == "granted":
			label = []string{td(`rowspan="`+strconv.Itoa(results)+`"`, "三、本年度办理结果"), td(`colspan="2"`, "（一）予以公开")}
		case row.Key == "partial":
			label = []string{td(`colspan="2"`, "（二）部分公开")}
		case row.Key == "withheld_state_secret":
			label = []string{td(`rowspan="8"`, "（三）不予公开"), td("", "1.属于国家秘密")}
		case row.Key == "total":
			label = []string{td(`colspan="2"`, "（七）总计")}
		default:
			label = []string{td("", subLabel(row.Label))}
			if g, ok := groups[row.Key]; ok {
				label = append([]string{td(`rowspan="`+strconv.Itoa(g.rows)+`"`, g.label)}, label...)
			}
		}
		b.WriteString(tr(append(label, v...)...))
	}
	b.WriteString("</table>\n")
	return b.String()
}

// groups are the label cells merged down over several result rows, keyed by
// their first row.
var groups = map[string]struct {
	label string
	rows  int
}{
	"unavailable_not_held": {"（四）无法提供", 3},
	"rejected_complaint":   {"（五）不予处理", 5},
	"other_no_correction":  {"（六）其他处理", 3},
}

// subLabel is the numbered part of a result row label ("2.重复申请").
func subLabel(l string) string { return l[strings.LastIndex(l, "）")+len("）"):] }

// wordReport wraps tables 二 and 三 (and a table 四 of zeros) in a page.
func wordReport(active, apps string) string {
	review := "<table>\n" + tr(td(`colspan="5"`, "行政复议"), td(`colspan="10"`, "行政诉讼")) +
		tr(td(`rowspan="2"`, "结果维持"), td(`rowspan="2"`, "结果纠正"), td(`rowspan="2"`, "其他结果"), td(`rowspan="2"`, "尚未审结"), td(`rowspan="2"`, "总计"), td(`colspan="5"`, "未经复议直接起诉"), td(`colspan="5"`, "复议后起诉")) +
		tr(td("", "结果维持"), td("", "结果纠正"), td("", "其他结果"), td("", "尚未审结"), td("", "总计"), td("", "结果维持"), td("", "结果纠正"), td("", "其他结果"), td("", "尚未审结"), td("", "总计")) +
		tr(zeros(15)...) + "</table>\n"
	return "<html><head><title>某区某局2022年政府信息公开工作年度报告</title></head><body>\n" +
		"<p>某区某局2022年政府信息公开工作年度报告</p>\n<p>一、总体情况</p>\n<p>本局依法公开政府信息。</p>\n" +
		"<p>二、主动公开政府信息情况</p>\n" + active +
		"<p>三、收到和处理政府信息公开申请情况</p>\n" + apps +
		"<p>四、政府信息公开行政复议、行政诉讼情况</p>\n" + review +
		"<p>五、存在的主要问题及改进情况</p>\n<p>无。</p>\n<p>六、其他需要报告的事项</p>\n<p>无。</p>\n</body></html>\n"
}

// wordTable2 writes table 二 (2021 template) as Word exports it: the
// decision counts are one cell spanning the three value columns.
func wordTable2(licensing, fees string) string {
	var b strings.Builder
	b.WriteString("<table>\n")
	b.WriteString(tr(td(`colspan="4"`, "第二十条第（一）项")))
	b.WriteString(tr(td("", "信息内容"), td("", "本年制发件数"), td("", "本年废止件数"), td("", "现行有效件数")))
	b.WriteString(tr(td("", "规章"), td("", "0"), td("", "0"), td("", "0")))
	b.WriteString(tr(td("", "行政规范性文件"), td("", "3"), td("", "3"), td("", "3")))
	b.WriteString(tr(td(`colspan="4"`, "第二十条第（五）项")))
	b.WriteString(tr(td("", "信息内容"), td(`colspan="3"`, "本年处理决定数量")))
	b.WriteString(tr(td("", "行政许可"), td(`colspan="3"`, licensing)))
	b.WriteString(tr(td(`colspan="4"`, "第二十条第（六）项")))
	b.WriteString(tr(td("", "信息内容"), td(`colspan="3"`, "本年处理决定数量")))
	b.WriteString(tr(td("", "行政处罚"), td(`colspan="3"`, "0")))
	b.WriteString(tr(td("", "行政强制"), td(`colspan="3"`, "0")))
	b.WriteString(tr(td(`colspan="4"`, "第二十条第（八）项")))
	b.WriteString(tr(td("", "信息内容"), td(`colspan="3"`, "本年收费金额（单位：万元）")))
	b.WriteString(tr(td("", "行政事业性收费"), td(`colspan="3"`, fees)))
	b.WriteString("</table>\n")
	return b.String()
}

func extractHTML(t *testing.T, page string) *report.Report {
	t.Helper()
	doc, err := ingest.Parse("word-export.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return report.Extract(doc)
}

func cellValue(c *report.Cell) any {
	if c == nil {
		return "missing"
	}
	if c.Value == nil {
		return nil
	}
	return *c.Value
}

// A leaf header row with empty cells made the old guess take the row above
// it ("法人或其他组织" ×5) for the header, so a data row of zeros lost four of
// its equal cells; span marks keep all seven.
func TestSpanZeroRowUnderEmptyLeafHeader(t *testing.T) {
	r := extractHTML(t, wordReport(wordTable2("0", "0"), wordTable3(nil)))
	for _, row := range report.AppRows2021 {
		for _, c := range report.AppColumns {
			cell := r.Tables.Applications[row.Key][c.Key]
			if v := cellValue(cell); v != 0.0 {
				t.Fatalf("applications.%s.%s = %v, want 0; problems %v", row.Key, c.Key, v, r.Problems)
			}
		}
	}
	if len(r.Problems) != 0 {
		t.Errorf("problems %v, want none", r.Problems)
	}
}

// A value cell spanning the three value columns is one value, whatever its
// text and whatever the header says; the rows around it keep their own
// equal values ("3 | 3 | 3" is three cells).
func TestSpanValueCellIsOneValue(t *testing.T) {
	r := extractHTML(t, wordReport(wordTable2("550", "12.5"), wordTable3(nil)))
	want := map[string]float64{
		"licensing.decisions":     550,
		"fees.amount":             12.5,
		"normative_docs.issued":   3,
		"normative_docs.repealed": 3,
		"normative_docs.in_force": 3,
		"regulations.in_force":    0,
		"coercion.decisions":      0,
		"penalty.decisions":       0,
	}
	for k, v := range want {
		if got := cellValue(r.Tables.Active[k]); got != v {
			t.Errorf("active.%s = %v, want %v; problems %v", k, got, v, r.Problems)
		}
	}
	if len(r.Problems) != 0 {
		t.Errorf("problems %v, want none", r.Problems)
	}
}

// Label cells merged down by rowspan (三、本年度办理结果, （三）不予公开 …)
// are read once: each row's values go to that row.
func TestSpanMergedLabelCells(t *testing.T) {
	vals := map[string][]string{
		"new":                   cellsOf("5", "1", "", "", "", "", "6"),
		"granted":               cellsOf("2", "1", "", "", "", "", "3"),
		"withheld_state_secret": cellsOf("1", "", "", "", "", "", "1"),
		"withheld_process":      cellsOf("2", "", "", "", "", "", "2"),
		"total":                 cellsOf("5", "1", "", "", "", "", "6"),
	}
	r := extractHTML(t, wordReport(wordTable2("0", "0"), wordTable3(vals)))
	check := map[string]float64{
		"new.total":                       6,
		"granted.natural_person":          2,
		"granted.commercial":              1,
		"partial.natural_person":          0,
		"withheld_state_secret.total":     1,
		"withheld_prohibited.total":       0,
		"withheld_process.natural_person": 2,
		"unavailable_not_held.total":      0,
		"rejected_duplicate.total":        0,
		"total.total":                     6,
	}
	for k, want := range check {
		p := strings.SplitN(k, ".", 2)
		if got := cellValue(r.Tables.Applications[p[0]][p[1]]); got != want {
			t.Errorf("applications.%s = %v, want %v; problems %v", k, got, want, r.Problems)
		}
	}
	if c := r.Tables.Applications["granted"]["research"]; c == nil || !c.Blank {
		t.Errorf("granted.research = %+v, want blank", c)
	}
	if len(r.Problems) != 0 {
		t.Errorf("problems %v, want none", r.Problems)
	}
}

func cellsOf(v ...string) []string {
	out := make([]string, len(v))
	for i, s := range v {
		out[i] = td("", s)
	}
	return out
}

// wordTable2019 writes table 二 of the 2019 template as Word exports it:
// 本年新公开数量 / 本年增/减 span two grid columns, their values too, and
// 行政许可 is printed as one value spanning 上一年项目数量 and 本年增/减.
func wordTable2019() string {
	var b strings.Builder
	b.WriteString("<table>\n")
	head := func(item string, cols ...string) {
		b.WriteString(tr(td(`colspan="5"`, item)))
		b.WriteString(tr(append([]string{td("", "信息内容")}, cols...)...))
	}
	row := func(label string, cols ...string) {
		b.WriteString(tr(append([]string{td("", label)}, cols...)...))
	}
	head("第二十条第（一）项", td("", "本年新制作数量"), td(`colspan="2"`, "本年新公开数量"), td("", "对外公开总数量"))
	row("规章", td("", "13"), td(`colspan="2"`, "13"), td("", "524"))
	row("规范性文件", td("", "60"), td(`colspan="2"`, "60"), td("", "368"))
	head("第二十条第（五）项", td("", "上一年项目数量"), td(`colspan="2"`, "本年增/减"), td("", "处理决定数量"))
	row("行政许可", td(`colspan="3"`, "5"), td("", "0"))
	row("其他对外管理服务事项", td("", "0"), td(`colspan="2"`, "0"), td("", "0"))
	head("第二十条第（六）项", td("", "上一年项目数量"), td(`colspan="2"`, "本年增/减"), td("", "处理决定数量"))
	row("行政处罚", td("", "0"), td(`colspan="2"`, "0"), td("", "0"))
	row("行政强制", td("", "0"), td(`colspan="2"`, "0"), td("", "0"))
	head("第二十条第（八）项", td("", "上一年项目数量"), td(`colspan="3"`, "本年增/减"))
	row("行政事业性收费", td("", "2"), td(`colspan="3"`, "-1"))
	head("第二十条第（九）项", td("", "采购项目数量"), td(`colspan="3"`, "采购总金额"))
	row("政府集中采购", td("", "6"), td(`colspan="3"`, "25.1"))
	b.WriteString("</table>\n")
	return b.String()
}

// Equal values in neighbouring cells are kept when no span made them (the
// old guess needed a header row without empty cells); a value spanning two
// value columns under separate column labels is one value, so its row is
// not guessed but left null with a problem naming the row.
func TestSpanValueCellUnderSeparateColumns(t *testing.T) {
	r := extractHTML(t, wordReport(wordTable2019(), wordTable3(nil)))
	want := map[string]any{
		"regulations.made":            13.0,
		"regulations.published":       13.0,
		"regulations.public_total":    524.0,
		"normative_docs.published":    60.0,
		"other_services.decisions":    0.0,
		"coercion.change":             0.0,
		"fees.change":                 -1.0,
		"procurement.amount":          25.1,
		"licensing.prev_items":        nil,
		"licensing.change":            nil,
		"licensing.decisions":         nil,
		"other_services.prev_items":   0.0,
		"normative_docs.public_total": 368.0,
	}
	for k, v := range want {
		if got := cellValue(r.Tables.Active[k]); got != v {
			t.Errorf("active.%s = %v, want %v", k, got, v)
		}
	}
	if !problemMentions(r, "active.licensing", "行政许可") || !problemMentions(r, "active.licensing", "2 个数") || !problemMentions(r, "active.licensing", "合并单元格") {
		t.Errorf("no problem naming 行政许可, the two values read and the merged cell: %v", r.Problems)
	}
	if len(r.Problems) != 1 {
		t.Errorf("problems %v, want only the one for 行政许可", r.Problems)
	}
}

// A value merged down over two rows (rowspan) is one number: the first row
// reads it, the second is short of a cell and left null with a problem
// naming the row and the merged cell.
func TestSpanValueMergedDown(t *testing.T) {
	vals := map[string][]string{
		"rejected_duplicate":   append(zeros(6), td(`rowspan="2"`, "0")),
		"rejected_publication": zeros(6),
	}
	r := extractHTML(t, wordReport(wordTable2("0", "0"), wordTable3(vals)))
	if v := cellValue(r.Tables.Applications["rejected_duplicate"]["total"]); v != 0.0 {
		t.Errorf("rejected_duplicate.total = %v, want 0", v)
	}
	for _, c := range report.AppColumns {
		if v := cellValue(r.Tables.Applications["rejected_publication"][c.Key]); v != nil {
			t.Errorf("rejected_publication.%s = %v, want null", c.Key, v)
		}
	}
	if !problemMentions(r, "applications.rejected_publication", "公开出版物") || !problemMentions(r, "applications.rejected_publication", "合并单元格") {
		t.Errorf("no problem naming the row and the merged cell: %v", r.Problems)
	}
	unreadHaveProblems(t, r)
}
