package report

import (
	"fmt"
	"strings"
)

const appWidth = 7

// readRow reads the values that follow a row label up to stream position end.
// Values on a Markdown row of their own with no label (a table broken by the
// extraction tool) are returned apart, to be matched to rows by order.
func (x *extractor) readRow(an anchor, end int) (*rowRead, [][]token) {
	var inline []token
	byLine := map[int][]token{}
	var order []int
	for _, t := range x.dropLabelSlots(x.tokens(an.end, end), x.appValueCol) {
		if li := x.lines[t.line]; li.pipe && !li.labelled {
			if _, ok := byLine[t.line]; !ok {
				order = append(order, t.line)
			}
			byLine[t.line] = append(byLine[t.line], t)
			continue
		}
		inline = append(inline, t)
	}
	var detached [][]token
	for _, li := range order {
		g := trimBlanks(byLine[li], appWidth)
		if len(g) == appWidth {
			detached = append(detached, g)
		} else {
			x.problem("applications", li, fmt.Sprintf("表三中有一行脱离了行标签的数字（%d 个），无法对应到行，已忽略", len(g)))
		}
	}
	rr := &rowRead{key: an.key, line: x.s.lineAt(an.pos)}
	inline = x.dropSpanBlank(inline)
	inline = trimBlanks(inline, appWidth)
	switch {
	case len(inline) == appWidth:
		rr.toks, rr.options = inline, [][]string{texts(inline)}
	case len(inline) > appWidth && len(inline)%appWidth == 0 && !inline[0].pipe:
		// Several rows' numbers after one label: this row's and those of
		// rows whose labels stand before or after it without numbers
		// (text that puts a column of labels before a column of values).
		// All are assigned to the rows lacking numbers, in order.
		for i := 0; i < len(inline); i += appWidth {
			detached = append(detached, inline[i:i+appWidth])
		}
	case fused(inline, appWidth):
		rr.toks, rr.fused = inline, true
		all, complete := readings(inline, appWidth)
		for _, o := range all {
			if rowTotalFits(values(o)) {
				rr.options = append(rr.options, o)
			}
		}
		rr.forced = len(all) == 1 && len(rr.options) == 1
		switch {
		case !complete:
			rr.problem = fmt.Sprintf("数字连在一起（%s），可能的拆分过多，无法确定", joinRaw(inline))
		case len(all) == 1 && len(rr.options) == 0:
			rr.problem = fmt.Sprintf("数字连在一起（%s），唯一的拆分（%s）不能使总计等于各列之和，未取值", joinRaw(inline), strings.Join(all[0], " "))
		case len(rr.options) == 0:
			rr.problem = fmt.Sprintf("数字连在一起（%s），没有一种拆分能使总计等于各列之和", joinRaw(inline))
		}
	case len(inline) > 0 && len(detached) > 0:
		x.problem("applications."+an.key, inline[0].line, fmt.Sprintf("「%s」行附近有零散数字 %s，无法对应到单元格，已忽略", rowLabel(an.key), joinRaw(inline)))
	case len(inline) > 0:
		rr.toks, rr.short = inline, true
		rr.problem = fmt.Sprintf("读到 %d 个数（%s），应为 %d 个，无法确定各数对应的列", len(inline), joinRaw(inline), appWidth) + x.mergedNote(inline)
	}
	return rr, detached
}

// dropSpanBlank settles a pipe row with one cell too many, blank at both
// ends (| 四、结转下年度继续办理 | | 1 | … | 0 | |): the empty cell after the
// label is the label's second column unless the table's rows end with an
// empty cell, as its neighbouring rows show.
func (x *extractor) dropSpanBlank(t []token) []token {
	n := len(t)
	if n != appWidth+1 || !t[0].blank || !t[n-1].blank || !t[0].pipe || t[0].line != t[n-1].line {
		return t
	}
	if x.rowsEndBlank(t[0].line) {
		return t[:n-1]
	}
	return t[1:]
}

// rowsEndBlank reports whether the nearest pipe row with numbers around
// line li (the same table) ends with an empty cell; true when none is found.
func (x *extractor) rowsEndBlank(li int) bool {
	for d := 1; d <= 6; d++ {
		for _, j := range []int{li - d, li + d} {
			if j < 0 || j >= len(x.lines) || !x.lines[j].pipe {
				continue
			}
			cells := strings.Split(strings.Trim(strings.TrimSpace(x.doc.Lines[j].Text), "|"), "|")
			if hasDigit(x.doc.Lines[j].Text) && len(cells) > appWidth {
				return strings.TrimSpace(cells[len(cells)-1]) == ""
			}
		}
	}
	return true
}

// trimBlanks drops blank cells beyond the width: at the end of a row first
// (Markdown rows often end with an empty cell), then at its start (an empty
// label cell before the values).
func trimBlanks(t []token, width int) []token {
	for len(t) > width {
		switch {
		case t[len(t)-1].blank:
			t = t[:len(t)-1]
		case t[0].blank:
			t = t[1:]
		default:
			return t
		}
	}
	return t
}

func texts(t []token) []string {
	out := make([]string, len(t))
	for i, x := range t {
		out[i] = cellText(x)
	}
	return out
}

func joinRaw(t []token) string {
	var parts []string
	for _, x := range t {
		if x.blank {
			parts = append(parts, "空")
		} else {
			parts = append(parts, x.raw)
		}
	}
	return "「" + strings.Join(parts, " ") + "」"
}

// rowLabel returns the official label of a row of table 三.
func rowLabel(key string) string {
	for _, r := range AppRows2021 {
		if r.Key == key {
			return r.Label
		}
	}
	for _, r := range AppRows2019 {
		if r.Key == key {
			return r.Label
		}
	}
	return key
}

// assignDetached gives detached value rows, in document order, to the rows
// that have no values of their own, in template order — but only when the
// counts agree; otherwise nothing is guessed.
func (x *extractor) assignDetached(rows []Row, reads map[string]*rowRead, detached [][]token) {
	if len(detached) == 0 {
		return
	}
	var lacking []string
	for _, r := range rows {
		if rr := reads[r.Key]; rr == nil || (len(rr.options) == 0 && rr.problem == "") {
			lacking = append(lacking, r.Key)
		}
	}
	if len(lacking) != len(detached) {
		x.problem("applications", detached[0][0].line, fmt.Sprintf("表三有 %d 行数字脱离了行标签，而缺少数字的行有 %d 行，无法按顺序对应", len(detached), len(lacking)))
		return
	}
	for i, key := range lacking {
		reads[key] = &rowRead{key: key, toks: detached[i], options: [][]string{texts(detached[i])}, detached: true}
	}
}
