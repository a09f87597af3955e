package render

import (
	"io"

	"github.com/nianbao/nianbao/report"
	"github.com/olekukonko/tablewriter/tw"
)

// Model writes a short human summary of an extracted report (`parse
// --format table`): metadata, the sections found and the three tables.
func Model(w io.Writer, r *report.Report) error {
	ew := &errWriter{w: w}
	m := r.Meta
	ew.printf("文件：%s（%s）\n机关：%s\n", m.Source.File, orDash(m.Source.Format), orDash(m.Agency))
	ew.printf("年度：%s　层级：%s　模板：%s（应为 %s）　发布日期：%s\n",
		year(m.Year), LevelLabel(m.Level), TemplateLabel(m.Template), TemplateLabel(m.Expected), orDash(m.Published)+DateSource(m.PublishedFrom))
	ew.printf("\n章节（找到 %d 个）：\n", len(r.Sections))
	ew.grid(sectionColumns, sectionRows(r.Sections))
	ew.printf("\n表二 主动公开政府信息情况：\n")
	ew.grid(activeColumns, activeRows(r))
	ew.printf("\n表三 收到和处理政府信息公开申请情况：\n")
	ew.grid(matrixColumns("项目", report.AppColumns), matrixRows(r.Tables.Applications, appRows(r)))
	ew.printf("\n表四 政府信息公开行政复议、行政诉讼情况：\n")
	ew.grid(matrixColumns("类别", report.ReviewColumns), matrixRows(r.Tables.Review, reviewRows()))
	ew.printf("\n单元格：数字为读数，“空”为报告中留空，“?”为未能读取，“*”为低置信度读数。\n")
	modelProblems(ew, r.Problems)
	return ew.err
}

var sectionColumns = []Column{{Header: "部分"}, {Header: "序号"}, {Header: "标题（原文）", Max: 40}, {Header: "行", Align: tw.AlignRight}}

func sectionRows(ss []report.Section) [][]string {
	rows := make([][]string, 0, len(ss))
	for _, s := range ss {
		rows = append(rows, []string{s.Key, orDash(s.Number), orDash(s.Heading), year(s.Line)})
	}
	return rows
}

var activeColumns = []Column{{Header: "键"}, {Header: "项目"}, {Header: "指标"}, {Header: "数值", Align: tw.AlignRight}}

func activeRows(r *report.Report) [][]string {
	_, old := r.Tables.Active["regulations.made"]
	cells := report.ActiveCells(old || r.Meta.Template == report.Template2019)
	rows := make([][]string, 0, len(cells))
	for _, c := range cells {
		rows = append(rows, []string{c.Key, c.Row, c.Column, cellText(r.Tables.Active[c.Key])})
	}
	return rows
}

func matrixColumns(first string, cols []report.Column) []Column {
	out := []Column{{Header: first, Max: 40}}
	for _, c := range cols {
		out = append(out, Column{Header: c.Label, Align: tw.AlignRight})
	}
	return out
}

func matrixRows(m map[string]map[string]*report.Cell, rows []report.Row) [][]string {
	cols := report.AppColumns
	if len(rows) > 0 && rows[0].Key == report.ReviewGroups[0].Key {
		cols = report.ReviewColumns
	}
	out := make([][]string, 0, len(rows))
	for _, row := range rows {
		line := []string{row.Label}
		for _, c := range cols {
			line = append(line, cellText(m[row.Key][c.Key]))
		}
		out = append(out, line)
	}
	return out
}

func appRows(r *report.Report) []report.Row {
	_, single := r.Tables.Applications["other"]
	return report.AppRows(single)
}

func reviewRows() []report.Row {
	rows := make([]report.Row, len(report.ReviewGroups))
	for i, g := range report.ReviewGroups {
		rows[i] = report.Row{Key: g.Key, Label: g.Label}
	}
	return rows
}

// cellText shows a cell: its number, 空 when printed blank, ? when unread.
func cellText(c *report.Cell) string {
	s := "?"
	switch {
	case c == nil:
		return s
	case c.Value != nil:
		s = number(*c.Value)
	case c.Blank:
		s = "空"
	}
	if c.Confidence == report.Low {
		s += "*"
	}
	return s
}

func modelProblems(ew *errWriter, ps []report.Problem) {
	if len(ps) == 0 {
		return
	}
	ew.printf("\n提取问题：\n")
	for _, p := range ps {
		ew.printf("  · %s\n", joinSpace(joinSpace(p.Key, lineRef(p.Line)), p.Message))
	}
}
