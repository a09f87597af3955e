package render

import (
	"github.com/nianbao/nianbao/compare"
)

var crossColumns = []Column{{Header: "规则"}, {Header: "检查项", Max: titleWidth}, {Header: "结果"}, {Header: "说明", Max: messageWidth}}

// crossRows are the cross-year rules of a pair's later report.
func crossRows(p painter, c *compare.Comparison, pr compare.Pair) [][]string {
	rows := make([][]string, 0, len(pr.Cross))
	for _, f := range pr.Cross {
		msg := f.Message
		if narrow.StringWidth(msg) > briefWidth {
			msg = narrow.Truncate(msg, briefWidth, "…")
		}
		rows = append(rows, []string{f.Rule, ruleOf(c, f.Rule).Title, statusWord(p, f.Status), msg})
	}
	return rows
}

func changeColumns(pr compare.Pair) []Column {
	return []Column{{Header: "规则"}, {Header: "检查项", Max: titleWidth}, {Header: year(pr.FromYear)}, {Header: year(pr.ToYear)}}
}

// changeRows are the rules whose outcome changed within a pair.
func changeRows(p painter, c *compare.Comparison, pr compare.Pair) [][]string {
	rows := make([][]string, 0, len(pr.Changed))
	for _, ch := range pr.Changed {
		rows = append(rows, []string{ch.Rule, ruleOf(c, ch.Rule).Title, statusWord(p, ch.From), statusWord(p, ch.To)})
	}
	return rows
}

func cellChangeColumns(pr compare.Pair) []Column {
	return []Column{{Header: "数据"}, {Header: year(pr.FromYear), Align: right}, {Header: year(pr.ToYear), Align: right},
		{Header: "增减", Align: right}}
}

// cellChangeRows are the key cells whose value changed within a pair.
func cellChangeRows(c *compare.Comparison, pr compare.Pair) [][]string {
	rows := make([][]string, 0, len(pr.Cells))
	for _, ch := range pr.Cells {
		rows = append(rows, []string{cellLabel(c, ch.Key), valueText(ch.From), valueText(ch.To), deltaText(ch.From, ch.To)})
	}
	return rows
}

func cellLabel(c *compare.Comparison, key string) string {
	for _, k := range c.Cells {
		if k.Key == key {
			return k.Label
		}
	}
	return key
}
