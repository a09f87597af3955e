package serve

import (
	"strconv"
	"unicode/utf8"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/render"
	"github.com/nianbao/nianbao/report"
)

// resultView is what the result page reads.
type resultView struct {
	ID         string
	File       string
	Meta       []metaItem
	Score      string
	ScoreValue float64
	Grade      string
	GradeClass string
	Capped     bool
	Counts     engine.Counts
	Categories []categoryRow
	Rules      []ruleRow
	Findings   []findingView
	Tables     []grid
	Sections   []sectionLink
	Lines      []lineView
	Problems   []report.Problem
	Error      string // the engine could not audit the report
}

type metaItem struct{ Label, Value string }

type categoryRow struct {
	Title, Score, Weight string
	Counts               engine.Counts
}

type ruleRow struct {
	Rule, Title, Category, Severity, Weight string
	Status, Class, Brief, Elements, Href    string
}

// newResultView builds the page of one stored outcome.
func newResultView(id string, o *outcome) *resultView {
	res := &o.audit.Reports[0]
	v := &resultView{ID: id, File: res.File, Meta: metaItems(res.Meta, o.report), Grade: orDash(res.Grade),
		GradeClass: gradeClass(res.Grade), Capped: res.Capped, Counts: res.Counts, Problems: res.Problems, Error: res.Error}
	v.Score = scoreText(res.Score)
	if res.Score != nil {
		v.ScoreValue = *res.Score
	}
	for _, c := range res.Categories {
		v.Categories = append(v.Categories, categoryRow{Title: c.Title, Score: scoreText(c.Score), Weight: num(c.Weight), Counts: c.Counts})
	}
	c := newCiter(o.doc.Lines)
	for _, r := range res.Results {
		v.Rules = append(v.Rules, newRuleRow(r))
		if isFinding(r) {
			c.add(r)
		}
	}
	c.resolve()
	v.Findings, v.Tables = c.findings, tables(o.report, c.cells)
	v.Sections, v.Lines = sectionLinks(o.report), c.lineViews(o.report)
	return v
}

// isFinding tells the results that need the user's attention.
func isFinding(r engine.Result) bool {
	return r.Status == engine.Fail || r.Status == engine.Error || r.Status == engine.Manual
}

func newRuleRow(r engine.Result) ruleRow {
	row := ruleRow{Rule: r.Rule, Title: r.Title, Category: categoryLabels[r.Category], Severity: severityLabels[r.Severity],
		Weight: num(r.Weight), Status: statusText(r), Class: statusClass(r), Brief: brief(r.Message), Elements: elementsText(r.Elements)}
	if row.Category == "" {
		row.Category = r.Category
	}
	if isFinding(r) {
		row.Href = "#f-" + r.Rule
	}
	return row
}

var (
	categoryLabels = map[string]string{"structure": "结构", "completeness": "完整性", "accuracy": "准确性",
		"timeliness": "及时性", "quality": "质量"}
	severityLabels = map[string]string{"error": "严重", "warning": "警告", "info": "提示"}
	levelLabels    = map[string]string{"government": "人民政府", "department": "政府部门", "other": "其他机关"}
	templateLabels = map[string]string{"2021": "2021 版", "2019": "2019 版", "mixed": "新旧混用", "unknown": "未识别"}
)

func metaItems(m *report.Meta, r *report.Report) []metaItem {
	if m == nil {
		m = &r.Meta
	}
	year := "—"
	if m.Year > 0 {
		year = strconv.Itoa(m.Year)
	}
	tpl := orDash(templateLabels[m.Template])
	if m.Expected != "" {
		tpl += "（应为 " + templateLabels[m.Expected] + "）"
	}
	items := []metaItem{{"机关", orDash(m.Agency)}, {"年度", year}, {"层级", orDash(levelLabels[m.Level])},
		{"模板", tpl}, {"发布日期", orDash(m.Published) + render.DateSource(m.PublishedFrom)}, {"格式", orDash(m.Source.Format)}}
	if m.Source.Pages > 0 {
		items = append(items, metaItem{"页数", strconv.Itoa(m.Source.Pages)})
	}
	return append(items, metaItem{"SHA-256", m.Source.SHA256})
}

// brief shortens a message for the rules table; the finding has it whole.
func brief(s string) string {
	const n = 60
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

func scoreText(p *float64) string {
	if p == nil {
		return "—"
	}
	return strconv.FormatFloat(*p, 'f', 1, 64)
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
