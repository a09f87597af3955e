package render

import (
	"strconv"

	"github.com/nianbao/nianbao/compare"
	"github.com/nianbao/nianbao/engine"
	"github.com/olekukonko/tablewriter/tw"
)

// Grids of a comparison: each has a columns function and a rows function,
// shared by the table and Markdown formats.

var right = tw.AlignRight

// trendColumns: one row per year, with the scores and counts.
func trendColumns() []Column {
	cols := []Column{{Header: "年度", Align: right}, {Header: "得分", Align: right}, {Header: "等级"}}
	for _, cat := range engine.Categories {
		cols = append(cols, Column{Header: cat.Title, Align: right})
	}
	return append(cols, Column{Header: "通过", Align: right}, Column{Header: "不通过", Align: right},
		Column{Header: "不适用", Align: right}, Column{Header: "需人工", Align: right},
		Column{Header: "错误", Align: right}, Column{Header: "文件", Max: 36})
}

func trendRows(p painter, c *compare.Comparison, idx []int) [][]string {
	rows := make([][]string, 0, len(idx))
	for _, i := range idx {
		e := c.Reports[i]
		row := []string{year(e.Year), score(e.Score), p.grade(e.Grade, entryGrade(e))}
		for _, cat := range engine.Categories {
			row = append(row, categoryScore(e, cat.ID))
		}
		rows = append(rows, append(append(row, countCells(e.Counts)...), e.File))
	}
	return rows
}

// ruleMatrixColumns are the leading columns of a rule matrix, then one column
// per report headed by heads.
func ruleMatrixColumns(heads []string) []Column {
	cols := []Column{{Header: "规则"}, {Header: "检查项", Max: titleWidth}}
	for _, h := range heads {
		cols = append(cols, Column{Header: h})
	}
	return cols
}

// ruleMatrixRows are the rules run on any of the reports, with their outcome
// on each; a cross-year rule is marked ※.
func ruleMatrixRows(p painter, c *compare.Comparison, idx []int) [][]string {
	var rows [][]string
	for _, r := range c.Rules {
		if !ranOnAny(c, idx, r.ID) {
			continue
		}
		row := []string{ruleMark(r), r.Title}
		for _, i := range idx {
			row = append(row, outcomeText(p, c.Reports[i], r.ID))
		}
		rows = append(rows, row)
	}
	return rows
}

func ranOnAny(c *compare.Comparison, idx []int, rule string) bool {
	for _, i := range idx {
		if _, ok := c.Reports[i].Outcomes[rule]; ok {
			return true
		}
	}
	return false
}

func ruleMark(r compare.Rule) string {
	if r.CrossYear {
		return r.ID + " ※"
	}
	return r.ID
}

// yearHeads and agencyHeads head the columns of a trend and a ranking.
func yearHeads(c *compare.Comparison, idx []int) []string {
	out := make([]string, len(idx))
	for i, r := range idx {
		out[i] = year(c.Reports[r].Year)
	}
	return out
}

func agencyHeads(c *compare.Comparison, idx []int) []string {
	out := make([]string, len(idx))
	for i, r := range idx {
		out[i] = c.Reports[r].Name()
	}
	return out
}

// cellRows follow the key cells across the reports.
func cellRows(c *compare.Comparison, idx []int) [][]string {
	rows := make([][]string, 0, len(c.Cells))
	for _, k := range c.Cells {
		row := []string{k.Label}
		for _, i := range idx {
			row = append(row, valueText(c.Reports[i].Values[k.Key]))
		}
		rows = append(rows, row)
	}
	return rows
}

func cellColumns(heads []string) []Column {
	cols := []Column{{Header: "数据"}}
	for _, h := range heads {
		cols = append(cols, Column{Header: h, Align: right})
	}
	return cols
}

// rankOf is "3", or — for a report without a score.
func rankOf(r compare.Ranked) string {
	if r.Rank == 0 {
		return "—"
	}
	return strconv.Itoa(r.Rank)
}
