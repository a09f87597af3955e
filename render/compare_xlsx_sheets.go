package render

import (
	"strconv"

	"github.com/nianbao/nianbao/compare"
)

func ratesSheet(c *compare.Comparison) xlsxSheet {
	s := xlsxSheet{name: "通过率", wrap: []int{1},
		header: []string{"规则", "检查项", "类别", "通过率（%）", "通过", "不通过", "需人工", "错误", "不适用", "未检查"}}
	for _, r := range c.Rates {
		rule := ruleOf(c, r.Rule)
		s.rows = append(s.rows, []any{r.Rule, rule.Title, CategoryLabel(rule.Category), scoreValue(r.Rate),
			r.Pass, r.Fail, r.Manual, r.Error, r.NA, r.NotRun})
	}
	return s
}

// changesSheet lists, per pair of years, the cross-year rules, the rules
// whose outcome changed and the key cells whose value changed.
func changesSheet(c *compare.Comparison) xlsxSheet {
	s := xlsxSheet{name: "逐年变化", paint: []int{6, 7}, wrap: []int{5, 8},
		header: []string{"机关", "年度", "对照年度", "相邻年度", "类型", "项目", "上一年度", "本年度", "说明"}}
	for _, t := range c.Trends {
		for _, p := range t.Pairs {
			s.rows = append(s.rows, pairRows(c, t.Agency, p)...)
		}
	}
	return s
}

func pairRows(c *compare.Comparison, agency string, p compare.Pair) [][]any {
	lead := func(kind, item string) []any {
		return []any{agency, p.ToYear, p.FromYear, yesNo(p.Consecutive), kind, item}
	}
	var rows [][]any
	for _, f := range p.Cross {
		rows = append(rows, append(lead("跨年度规则", f.Rule+" "+ruleOf(c, f.Rule).Title), nil, StatusLabel(f.Status), f.Message))
	}
	for _, ch := range p.Changed {
		rows = append(rows, append(lead("结果变化", ch.Rule+" "+ruleOf(c, ch.Rule).Title),
			StatusLabel(ch.From), StatusLabel(ch.To), nil))
	}
	for _, ch := range p.Cells {
		rows = append(rows, append(lead("数据变化", cellLabel(c, ch.Key)), scoreValue(ch.From), scoreValue(ch.To),
			deltaText(ch.From, ch.To)))
	}
	return rows
}

func yesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}

// numbers turns the text in the given columns into numbers where it is one.
func numbers(rows [][]any, cols ...int) {
	for _, row := range rows {
		for _, c := range cols {
			s, _ := row[c].(string)
			if s == "" {
				row[c] = nil
			} else if v, err := strconv.ParseFloat(s, 64); err == nil {
				row[c] = v
			}
		}
	}
}
