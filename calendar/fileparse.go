package calendar

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// maxRange bounds one holiday range, to catch a mistyped date.
const maxRange = 31

// fileParser walks a calendar file's YAML nodes, keeping the first mistake.
type fileParser struct {
	name string
	out  []yearData
	err  error
}

func (p *fileParser) fail(n *yaml.Node, format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf("日历文件 %s 第%d行：%s", p.name, n.Line, fmt.Sprintf(format, args...))
	}
}

// mapping calls each field's function; a key not listed is a mistake.
func (p *fileParser) mapping(n *yaml.Node, keys string, fields map[string]func(*yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		p.fail(n, "应为“键: 值”形式的映射（键：%s）", keys)
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		f, ok := fields[k.Value]
		if !ok {
			p.fail(k, "未知的键“%s”（可用：%s）", k.Value, keys)
			continue
		}
		f(v)
	}
}

func (p *fileParser) seq(n *yaml.Node, what string) []*yaml.Node {
	if n.Kind != yaml.SequenceNode {
		p.fail(n, "%s 应为列表", what)
		return nil
	}
	return n.Content
}

func (p *fileParser) years(n *yaml.Node) {
	for _, yn := range p.seq(n, "years") {
		y := p.year(yn)
		if slices.ContainsFunc(p.out, func(o yearData) bool { return o.year == y.year }) {
			p.fail(yn, "%d 年重复出现", y.year)
		}
		p.out = append(p.out, y)
	}
}

func (p *fileParser) year(n *yaml.Node) yearData {
	var y yearData
	var hs, ws *yaml.Node
	p.mapping(n, "year、holidays、workdays", map[string]func(*yaml.Node){
		"year":     func(v *yaml.Node) { y.year = p.yearNumber(v) },
		"holidays": func(v *yaml.Node) { hs = v },
		"workdays": func(v *yaml.Node) { ws = v },
	})
	if y.year == 0 {
		p.fail(n, "缺少 year（年份）")
		return y
	}
	if hs != nil {
		for _, hn := range p.seq(hs, "holidays") {
			y.holidays = append(y.holidays, p.holiday(hn, y.year))
		}
	}
	if ws != nil {
		for _, wn := range p.seq(ws, "workdays") {
			y.workdays = append(y.workdays, p.date(wn, y.year))
		}
	}
	p.overlaps(n, y)
	return y
}

func (p *fileParser) yearNumber(n *yaml.Node) int {
	y, err := strconv.Atoi(n.Value)
	if err != nil || y < 1900 || y > 2200 {
		p.fail(n, "年份“%s”无效", n.Value)
		return 0
	}
	return y
}

func (p *fileParser) holiday(n *yaml.Node, year int) holidayRange {
	var h holidayRange
	var from, to *yaml.Node
	p.mapping(n, "name、from、to", map[string]func(*yaml.Node){
		"name": func(v *yaml.Node) { h.name = strings.TrimSpace(v.Value) },
		"from": func(v *yaml.Node) { from = v },
		"to":   func(v *yaml.Node) { to = v },
	})
	if h.name == "" || from == nil {
		p.fail(n, "节假日需要 name（名称）和 from（第一天），to（最后一天）可省略")
		return h
	}
	h.from, h.to = p.date(from, year), p.date(from, year)
	if to != nil {
		h.to = p.date(to, year)
	}
	if days := h.to.Sub(h.from).Hours() / 24; days < 0 || days >= maxRange {
		p.fail(n, "%s的放假日期 %s 至 %s 无效（最后一天不应早于第一天，且相隔不超过 %d 天）", h.name, from.Value, to.Value, maxRange)
	}
	return h
}

// date reads a date of the year's arrangement: in the year, or in the
// December before it (元旦).
func (p *fileParser) date(n *yaml.Node, year int) time.Time {
	t, err := ParseDate(n.Value)
	switch {
	case err != nil:
		p.fail(n, "%v", err)
	case t.Year() != year && (t.Year() != year-1 || t.Month() != time.December):
		p.fail(n, "日期 %s 不属于 %d 年的安排（应在该年内，或前一年 12 月）", n.Value, year)
	}
	return t
}

// overlaps refuses a date listed both as a day off and as a working day.
func (p *fileParser) overlaps(n *yaml.Node, y yearData) {
	for _, w := range y.workdays {
		for _, h := range y.holidays {
			if !w.Before(h.from) && !w.After(h.to) {
				p.fail(n, "%s 既在%s放假期间，又列为调休上班日", w.Format(time.DateOnly), h.name)
			}
		}
	}
}
