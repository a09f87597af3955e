package render

import (
	"github.com/nianbao/nianbao/compare"
	"github.com/nianbao/nianbao/engine"
)

// Cells of a comparison as text, shared by every format.

// signed writes a change with its sign: +41.4, -3, 0.
func signed(v float64) string {
	if v > 0 {
		return "+" + number(v)
	}
	return number(v)
}

// outcomeText is a rule's outcome on an entry; — when it was not run.
func outcomeText(p painter, e compare.Entry, rule string) string {
	o, ok := e.Outcomes[rule]
	switch {
	case !ok:
		return "—"
	case o.Waived:
		return "不通过（已豁免）"
	}
	return p.status(o.Status)
}

// valueText is a key cell's number, or ? when missing or unread.
func valueText(v *float64) string {
	if v == nil {
		return "?"
	}
	return number(*v)
}

// deltaText is the change between two readings, or "" when one is missing.
func deltaText(from, to *float64) string {
	if from == nil || to == nil {
		return ""
	}
	return signed(*to - *from)
}

// rateText is a pass rate as a percentage, or — when nothing was decided.
func rateText(r *float64) string {
	if r == nil {
		return "—"
	}
	return number(*r) + "%"
}

// ruleOf returns a rule of the comparison by id.
func ruleOf(c *compare.Comparison, id string) compare.Rule {
	for _, r := range c.Rules {
		if r.ID == id {
			return r
		}
	}
	return compare.Rule{ID: id}
}

// categoryScore is an entry's score in a category, or —.
func categoryScore(e compare.Entry, id string) string {
	for _, cs := range e.Categories {
		if cs.ID == id {
			return score(cs.Score)
		}
	}
	return "—"
}

// entryGrade is an entry's grade, noting a cap by a gate rule.
func entryGrade(e compare.Entry) string {
	if e.Capped {
		return orDash(e.Grade) + "（封顶）"
	}
	return orDash(e.Grade)
}

// statusWord is the Chinese outcome of a status in a change ("" → —).
func statusWord(p painter, s engine.Status) string {
	if s == "" {
		return "—"
	}
	return p.status(s)
}
