package render

import (
	"fmt"
	"io"

	"github.com/nianbao/nianbao/engine"
	"github.com/olekukonko/tablewriter/tw"
)

func init() {
	register("table", func(o Options) Renderer { return &Table{paint: newPainter(o.Color)} })
}

// Table renders an audit for people: for each report a header block, the
// category scores, the results grid and the evidence of every finding; with
// several reports, a summary grid at the end.
type Table struct{ paint painter }

// Widths (display columns) at which long cells wrap.
const (
	titleWidth   = 30
	messageWidth = 50
)

// Render writes the audit.
func (t *Table) Render(w io.Writer, a *engine.Audit) error {
	ew := &errWriter{w: w}
	for i := range a.Reports {
		if i > 0 {
			ew.printf("\n")
		}
		t.report(ew, &a.Reports[i])
	}
	if len(a.Reports) > 1 {
		ew.printf("\n")
		t.summary(ew, a.Reports)
	}
	return ew.err
}

func (t *Table) report(ew *errWriter, r *engine.ReportResult) {
	ew.printf("文件：%s\n", r.File)
	if r.Error != "" {
		ew.printf("%s%s\n", t.paint.bad("错误："), r.Error)
		return
	}
	t.header(ew, r)
	ew.printf("\n类别得分：\n")
	ew.grid(categoryColumns, categoryRows(r.Categories))
	ew.printf("\n检查结果：\n")
	ew.grid(resultColumns, t.resultRows(r.Results))
	t.evidence(ew, r.Results)
	t.problems(ew, r)
}

func (t *Table) header(ew *errWriter, r *engine.ReportResult) {
	if m := r.Meta; m != nil {
		ew.printf("机关：%s\n", orDash(m.Agency))
		ew.printf("年度：%s　层级：%s　模板：%s（应为 %s）\n",
			year(m.Year), LevelLabel(m.Level), TemplateLabel(m.Template), TemplateLabel(m.Expected))
	}
	grade := orDash(r.Grade)
	if r.Capped {
		grade += "（门槛规则不通过，等级封顶）"
	}
	ew.printf("得分/等级：%s／%s\n", score(r.Score), t.paint.grade(r.Grade, grade))
	ew.printf("计数：%s\n", countsLine(r.Counts))
}

var categoryColumns = []Column{
	{Header: "类别"}, {Header: "得分", Align: tw.AlignRight}, {Header: "权重", Align: tw.AlignRight},
	{Header: "通过", Align: tw.AlignRight}, {Header: "不通过", Align: tw.AlignRight},
	{Header: "不适用", Align: tw.AlignRight}, {Header: "需人工", Align: tw.AlignRight},
	{Header: "错误", Align: tw.AlignRight},
}

func categoryRows(cs []engine.CategoryScore) [][]string {
	rows := make([][]string, 0, len(cs))
	for _, c := range cs {
		title := c.Title
		if title == "" {
			title = CategoryLabel(c.ID)
		}
		rows = append(rows, append([]string{title, score(c.Score), number(c.Weight)}, countCells(c.Counts)...))
	}
	return rows
}

var resultColumns = []Column{
	{Header: "规则"}, {Header: "检查项", Max: titleWidth}, {Header: "类别"}, {Header: "严重程度"},
	{Header: "权重", Align: tw.AlignRight}, {Header: "结果"}, {Header: "说明", Max: messageWidth},
}

func (t *Table) resultRows(rs []engine.Result) [][]string {
	rows := make([][]string, 0, len(rs))
	for _, r := range rs {
		rows = append(rows, []string{
			r.Rule, r.Title, CategoryLabel(r.Category), SeverityLabel(r.Severity),
			number(r.Weight), t.paint.status(r.Status), explanation(r),
		})
	}
	return rows
}

// explanation is the 说明 cell: the message, and for a per-element rule
// that did not pass, how many elements passed.
func explanation(r engine.Result) string {
	msg := waiverNote(r.Waiver) + r.Message
	e := r.Elements
	if e == nil || r.Status == engine.Pass || r.Status == engine.NA {
		return msg
	}
	return msg + fmt.Sprintf("［逐项：通过 %d，未通过 %d］", e.Pass, e.Fail+e.Error+e.Manual)
}

// waiverNote is WaiverText in brackets, to lead a message.
func waiverNote(w *engine.WaiverNote) string {
	if t := WaiverText(w); t != "" {
		return "［" + t + "］"
	}
	return ""
}
