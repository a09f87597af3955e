package render

import (
	"strconv"

	"github.com/nianbao/nianbao/compare"
)

var rankingColumns = []Column{
	{Header: "名次", Align: right}, {Header: "机关", Max: 30}, {Header: "得分", Align: right}, {Header: "等级"},
	{Header: "通过", Align: right}, {Header: "不通过", Align: right}, {Header: "不适用", Align: right},
	{Header: "需人工", Align: right}, {Header: "错误", Align: right}, {Header: "文件", Max: 36},
}

func rankingRows(p painter, c *compare.Comparison, rk compare.Ranking) [][]string {
	rows := make([][]string, 0, len(rk.Entries))
	for _, r := range rk.Entries {
		e := c.Reports[r.Report]
		row := []string{rankOf(r), e.Name(), score(e.Score), p.grade(e.Grade, entryGrade(e))}
		rows = append(rows, append(append(row, countCells(e.Counts)...), e.File))
	}
	return rows
}

// rankingIndex lists a ranking's reports in rank order.
func rankingIndex(rk compare.Ranking) []int {
	out := make([]int, len(rk.Entries))
	for i, r := range rk.Entries {
		out[i] = r.Report
	}
	return out
}

var rateColumns = []Column{
	{Header: "规则"}, {Header: "检查项", Max: titleWidth}, {Header: "通过率", Align: right}, {Header: "通过", Align: right},
	{Header: "不通过", Align: right}, {Header: "需人工", Align: right}, {Header: "错误", Align: right},
	{Header: "不适用", Align: right}, {Header: "未检查", Align: right},
}

func rateRows(c *compare.Comparison) [][]string {
	rows := make([][]string, 0, len(c.Rates))
	for _, r := range c.Rates {
		rows = append(rows, []string{r.Rule, ruleOf(c, r.Rule).Title, rateText(r.Rate), strconv.Itoa(r.Pass), strconv.Itoa(r.Fail),
			strconv.Itoa(r.Manual), strconv.Itoa(r.Error), strconv.Itoa(r.NA), strconv.Itoa(r.NotRun)})
	}
	return rows
}

// ratesHeading says across what the pass rates were counted.
func ratesHeading(c *compare.Comparison) string {
	switch c.Mode {
	case compare.ModeYears:
		return "各规则历年通过率（通过 ÷（通过＋不通过））"
	case compare.ModeAgencies:
		return "各规则通过率（通过 ÷（通过＋不通过），按机关计）"
	}
	return "各规则通过率（通过 ÷（通过＋不通过），按全部比较的报告计）"
}

// showRates tells whether a text view lists the pass rates: across
// agencies, not across the years of one agency (its matrix says as much).
func showRates(c *compare.Comparison) bool {
	return c.Mode == compare.ModeAgencies || c.Mode == compare.ModeMixed
}
