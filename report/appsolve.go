package report

import (
	"fmt"
	"strconv"
)

// resolveApps turns row readings into cells. Rows with several possible
// readings of fused digits are settled by the table's column relations
// when exactly one combination satisfies them; otherwise they stay null.
func (x *extractor) resolveApps(rows []Row, reads map[string]*rowRead) {
	var ambiguous []*rowRead
	for _, r := range rows {
		if rr := reads[r.Key]; rr != nil && len(rr.options) > 1 {
			ambiguous = append(ambiguous, rr)
		}
	}
	chosen, relations := x.solveColumns(rows, reads, ambiguous)
	for _, r := range rows {
		x.setAppRow(r.Key, reads[r.Key], chosen, relations)
	}
}

// solveColumns tries every combination of the ambiguous rows' readings and
// keeps those under which each column balances (一+二 = 七+四) and sums
// (七 = the result rows). It returns the choice when exactly one fits.
func (x *extractor) solveColumns(rows []Row, reads map[string]*rowRead, amb []*rowRead) (map[string]int, []string) {
	if len(amb) == 0 {
		return nil, nil
	}
	combos := 1
	for _, rr := range amb {
		combos *= len(rr.options)
		if combos > 100000 {
			return nil, nil
		}
	}
	var fits []map[string]int
	pick := map[string]int{}
	for c := 0; c < combos; c++ {
		n := c
		for _, rr := range amb {
			pick[rr.key] = n % len(rr.options)
			n /= len(rr.options)
		}
		if columnsHold(rows, reads, pick) {
			fits = append(fits, copyPick(pick))
		}
	}
	if len(fits) != 1 {
		return nil, nil
	}
	var rel []string
	for _, c := range AppColumns {
		rel = append(rel, "balance:"+c.Key, "results:"+c.Key)
	}
	return fits[0], rel
}

func copyPick(p map[string]int) map[string]int {
	out := make(map[string]int, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}

// columnsHold checks both column relations on every column; a row that
// could not be read makes the check fail (no evidence to choose by).
func columnsHold(rows []Row, reads map[string]*rowRead, pick map[string]int) bool {
	val := func(key string, col int) (float64, bool) {
		rr := reads[key]
		if rr == nil || len(rr.options) == 0 {
			return 0, false
		}
		return values(rr.options[pick[key]])[col], true
	}
	for col := range AppColumns {
		sum := 0.0
		for _, r := range ResultRows(rows) {
			v, ok := val(r.Key, col)
			if !ok {
				return false
			}
			sum += v
		}
		tot, ok1 := val("total", col)
		nw, ok2 := val("new", col)
		ci, ok3 := val("carried_in", col)
		co, ok4 := val("carried_out", col)
		if !(ok1 && ok2 && ok3 && ok4) || sum != tot || nw+ci != tot+co {
			return false
		}
	}
	return true
}

// setAppRow stores the seven cells of one row.
func (x *extractor) setAppRow(key string, rr *rowRead, chosen map[string]int, relations []string) {
	row := map[string]*Cell{}
	x.r.Tables.Applications[key] = row
	if rr == nil || len(rr.options) == 0 {
		msg := "未找到该行的数字"
		if rr == nil {
			msg = "未找到该行"
		} else if rr.problem != "" {
			msg = rr.problem
		}
		line, page := x.tokPlace(rr)
		for _, c := range AppColumns {
			row[c.Key] = &Cell{Line: line, Page: page, Confidence: Low}
		}
		x.problemAt("applications."+key, line, fmt.Sprintf("表三「%s」：%s", rowLabel(key), msg))
		return
	}
	idx, ok := chosen[key]
	if len(rr.options) > 1 && !ok {
		line, page := x.tokPlace(rr)
		for _, c := range AppColumns {
			row[c.Key] = &Cell{Line: line, Page: page, Confidence: Low}
		}
		x.problemAt("applications."+key, line, fmt.Sprintf("表三「%s」：数字连在一起（%s），有 %d 种拆分都使本行总计成立，无法确定，未取值", rowLabel(key), joinRaw(rr.toks), len(rr.options)))
		return
	}
	x.fillAppRow(row, key, rr, rr.options[idx], ok, relations)
}

// fillAppRow writes one reading into the row's cells.
func (x *extractor) fillAppRow(row map[string]*Cell, key string, rr *rowRead, cells []string, byColumns bool, relations []string) {
	for i, c := range AppColumns {
		cell := &Cell{Raw: cells[i], Confidence: High}
		t := rr.toks[min(i, len(rr.toks)-1)]
		if !rr.fused {
			t = rr.toks[i]
			cell.Raw = t.raw
		}
		x.placeCell(cell, t)
		setValue(cell, cells[i])
		switch {
		case byColumns:
			cell.Confidence, cell.Relations = Low, append([]string{"row:" + key}, relations...)
			cell.Note = fmt.Sprintf("数字连在一起（%s），按本行总计和各列勾稽关系唯一拆分", joinRaw(rr.toks))
		case rr.forced:
			cell.Confidence = Low
			cell.Note = fmt.Sprintf("数字连在一起（%s），按列数只有一种拆分", joinRaw(rr.toks))
		case rr.fused:
			cell.Confidence, cell.Relations = Low, []string{"row:" + key}
			cell.Note = fmt.Sprintf("数字连在一起（%s），按本行总计唯一拆分", joinRaw(rr.toks))
		case rr.detached:
			cell.Confidence = Low
			cell.Note = "该行数字与行标签分离，按表内顺序对应"
		case rr.empty:
			cell.Confidence = Low
			cell.Note = "本行在页面上没有任何数字，视为全部空白"
		case t.placed && t.blank:
			cell.Note = "本行数字少于列数，按页面上的列位置判断该格空白"
		case t.placed:
			cell.Note = "本行数字少于列数，按页面上的列位置对应到列"
		}
		row[c.Key] = cell
	}
}

// setValue parses a cell's text; "" and dashes are blank cells.
func setValue(c *Cell, s string) {
	if s == "" || isBlankText(s) {
		c.Blank = true
		return
	}
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		c.Value = &v
	}
}

// placeCell sets a cell's line and page from its token.
func (x *extractor) placeCell(c *Cell, t token) {
	l := x.doc.Lines[t.line]
	c.Line, c.Page = l.No, l.Page
}

func (x *extractor) tokPlace(rr *rowRead) (int, int) {
	if rr == nil || len(rr.toks) == 0 {
		return 0, 0
	}
	l := x.doc.Lines[rr.toks[0].line]
	return l.No, l.Page
}
