package render

import (
	"io"
	"regexp"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

func init() { register("md", func(Options) Renderer { return Markdown{} }) }

// Markdown renders an audit for a ticket or a wiki page: a summary table
// when there are several reports, then per report its heading, score line,
// category and rule tables, findings with their evidence, and extraction
// problems. Text from reports is escaped so it cannot turn into markup.
type Markdown struct{}

// Render writes the audit as Markdown.
func (Markdown) Render(w io.Writer, a *engine.Audit) error {
	ew := &errWriter{w: w}
	ew.printf("# 政府信息公开工作年度报告检查结果\n\n%s\n", md(toolLine(a.Tool)))
	if len(a.Reports) > 1 {
		ew.printf("\n## 汇总\n\n")
		mdTable(ew, summaryColumns, mdSummaryRows(a.Reports))
	}
	for i := range a.Reports {
		mdReport(ew, &a.Reports[i])
	}
	return ew.err
}

// toolLine names the program and the rule packs of a run.
func toolLine(t engine.Tool) string {
	packs := make([]string, 0, len(t.Packs))
	for _, p := range t.Packs {
		packs = append(packs, p.ID+" "+p.Version)
	}
	return "检查工具：" + joinSpace(t.Name, t.Version) + "；规则包：" + orDash(strings.Join(packs, "、"))
}

func mdSummaryRows(rs []engine.ReportResult) [][]string {
	rows := make([][]string, 0, len(rs))
	for i := range rs {
		r, m := &rs[i], meta(&rs[i])
		if r.Error != "" {
			rows = append(rows, []string{r.File, "—", "—", "—", "无法读取", "", "", "", "", ""})
			continue
		}
		row := []string{r.File, orDash(m.Agency), year(m.Year), score(r.Score), orDash(r.Grade)}
		rows = append(rows, append(row, countCells(r.Counts)...))
	}
	return rows
}

func mdReport(ew *errWriter, r *engine.ReportResult) {
	ew.printf("\n## %s\n\n", md(r.File))
	if r.Error != "" {
		ew.printf("**无法读取**：%s\n", md(r.Error))
		return
	}
	m := meta(r)
	ew.printf("- 机关：%s\n", md(orDash(m.Agency)))
	ew.printf("- 年度：%s；层级：%s；模板：%s（应为 %s）\n", year(m.Year), LevelLabel(m.Level), TemplateLabel(m.Template), TemplateLabel(m.Expected))
	ew.printf("- **得分 %s，等级 %s**；%s\n", score(r.Score), md(gradeText(r)), countsLine(r.Counts))
	ew.printf("\n### 类别得分\n\n")
	mdTable(ew, categoryColumns, categoryRows(r.Categories))
	ew.printf("\n### 检查结果\n\n")
	mdTable(ew, resultColumns, mdResultRows(r.Results))
	mdFindings(ew, r.Results)
	mdProblems(ew, r)
}

// gradeText is the grade, noting a cap by a gate rule.
func gradeText(r *engine.ReportResult) string {
	if r.Capped {
		return orDash(r.Grade) + "（门槛规则不通过，等级封顶）"
	}
	return orDash(r.Grade)
}

func mdResultRows(rs []engine.Result) [][]string {
	rows := make([][]string, 0, len(rs))
	for _, r := range rs {
		rows = append(rows, []string{r.Rule, r.Title, CategoryLabel(r.Category), SeverityLabel(r.Severity),
			number(r.Weight), resultLabel(r), brief(r)})
	}
	return rows
}

// mdFindings lists every result that did not pass, with its evidence.
func mdFindings(ew *errWriter, rs []engine.Result) {
	first := true
	for _, r := range rs {
		if !finding(r) {
			continue
		}
		if first {
			ew.printf("\n### 发现与证据\n\n")
			first = false
		}
		ew.printf("- **%s** %s（%s）：%s\n", md(r.Rule), md(r.Title), resultLabel(r), md(oneLine(explanation(r))))
		for _, e := range r.Evidence {
			ew.printf("  - %s\n", md(oneLine(evidenceLine(e))))
			mdQuote(ew, e.Quote)
		}
	}
}

// mdQuote writes a quote from the report as a block quote under its evidence.
func mdQuote(ew *errWriter, q string) {
	if q == "" {
		return
	}
	for _, line := range strings.Split(strings.ReplaceAll(q, "\r\n", "\n"), "\n") {
		ew.printf("    > %s\n", mdLineStart(md(strings.TrimSpace(line))))
	}
}

func mdProblems(ew *errWriter, r *engine.ReportResult) {
	if len(r.Problems) == 0 {
		return
	}
	ew.printf("\n### 提取问题\n\n")
	for _, p := range r.Problems {
		ew.printf("- %s\n", md(oneLine(joinSpace(joinSpace(p.Key, lineRef(p.Line)), p.Message))))
	}
}

// mdTable writes a pipe table; cells are escaped and line breaks become <br>.
func mdTable(ew *errWriter, cols []Column, rows [][]string) {
	if ew.err != nil {
		return
	}
	headers, aligns := make([]string, len(cols)), make([]tw.Align, len(cols))
	for i, c := range cols {
		headers[i], aligns[i] = c.Header, c.Align
		if aligns[i] == "" {
			aligns[i] = tw.AlignLeft
		}
	}
	cells := make([][]string, len(rows))
	for i, row := range rows {
		cells[i] = make([]string, len(row))
		for j, c := range row {
			cells[i][j] = strings.Join(strings.Split(md(strings.ReplaceAll(c, "\r\n", "\n")), "\n"), "<br>")
		}
	}
	t := tablewriter.NewTable(ew.w, tablewriter.WithRenderer(renderer.NewMarkdown()),
		tablewriter.WithEastAsian(tw.Off), tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns}))
	t.Header(headers)
	if ew.err = t.Bulk(cells); ew.err == nil {
		ew.err = t.Render()
	}
}

// mdSpecial are the characters that could start markup, a link, raw HTML
// or an entity, or end a table cell.
var mdSpecial = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "~", `\~`, "&", `\&`, "#", `\#`)

// md escapes text so that Markdown shows it as written.
func md(s string) string { return mdSpecial.Replace(s) }

var (
	mdBullet  = regexp.MustCompile(`^([-+])(\s|$)`)
	mdOrdered = regexp.MustCompile(`^(\d+)([.)])(\s|$)`)
)

// mdLineStart keeps an escaped line from starting a list.
func mdLineStart(s string) string {
	s = mdBullet.ReplaceAllString(s, `\${1}${2}`)
	return mdOrdered.ReplaceAllString(s, `${1}\${2}${3}`)
}
