package report

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// activeLabels match the row labels of table 二.
var activeLabels = map[string]*regexp.Regexp{
	"regulations":    regexp.MustCompile(`规章`),
	"normative_docs": regexp.MustCompile(`(?:行政)?规范性文件`),
	"licensing":      regexp.MustCompile(`行政许可`),
	"other_services": regexp.MustCompile(`其他对外管理服务`),
	"penalty":        regexp.MustCompile(`行政处罚`),
	"coercion":       regexp.MustCompile(`行政强制`),
	"fees":           regexp.MustCompile(`行政事业性收费`),
	"procurement":    regexp.MustCompile(`政府集中采购`),
}

var activeHeader = regexp.MustCompile(`信息内容|本年制发件数|本年新制作数量|现行有效件数|第二十条`)

var oldColumns = regexp.MustCompile(`本年新制作|本年新公开|对外公开总数|上一年项目数|本年增/?减`)

// active extracts table 二 from stream span [a,b).
func (x *extractor) active(a, b int) {
	if p, _ := x.s.find(activeHeader, a, b); p < 0 {
		x.problem("active", x.s.lineAt(a), "第二部分没有主动公开情况统计表（未找到「信息内容」「本年制发件数」等表头）")
		return
	}
	old := false
	if p, _ := x.s.find(oldColumns, a, b); p >= 0 {
		old = true
		x.oldFeature("表二使用 2019 年版列（本年新制作数量/对外公开总数量/上一年项目数量等）")
	}
	x.oldActive = old
	cells := ActiveCells(old)
	var found []anchor
	for _, row := range activeRows(cells) {
		if p, e := x.s.find(activeLabels[row], a, b); p >= 0 {
			found = append(found, anchor{row, p, e})
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].pos < found[j].pos })
	got := map[string]bool{}
	toks := make([][]token, len(found))
	for i, an := range found {
		end := b
		if i+1 < len(found) {
			end = found[i+1].pos
		}
		toks[i] = x.tokens(an.end, end)
		if i == len(found)-1 {
			toks[i] = x.beforeNarrative(toks[i])
		}
	}
	x.reattachRows(found, toks, cells)
	for i, an := range found {
		toks[i] = firstRun(toks[i], rowWidth(an.key, cells))
	}
	centres := x.columnCentres(toks, 3)
	for i, an := range found {
		x.activeRow(an, toks[i], cells, centres)
		got[an.key] = true
	}
	for _, row := range activeRows(cells) {
		if !got[row] {
			x.nullActive(row, cells, 0, "未找到该行")
		}
	}
	x.checkNormativeLabel(a, b, old)
}

// activeRows lists the row keys of table 二 in order.
func activeRows(cells []ActiveCell) []string {
	var out []string
	for _, c := range cells {
		row := strings.SplitN(c.Key, ".", 2)[0]
		if len(out) == 0 || out[len(out)-1] != row {
			out = append(out, row)
		}
	}
	return out
}

// rowWidth is the number of cells of a row of table 二.
func rowWidth(row string, all []ActiveCell) int {
	n := 0
	for _, c := range all {
		if strings.HasPrefix(c.Key, row+".") {
			n++
		}
	}
	return n
}

// activeRow reads one row's cells from the tokens after its label; on a
// positioned (PDF) line a short row is read by the columns of the full
// three-cell rows, and a row with no number at all is blank.
func (x *extractor) activeRow(an anchor, toks []token, all []ActiveCell, centres []float64) {
	var cells []ActiveCell
	for _, c := range all {
		if strings.HasPrefix(c.Key, an.key+".") {
			cells = append(cells, c)
		}
	}
	n := len(cells)
	li := x.s.lineAt(an.pos)
	if len(toks) > 0 && len(toks) < n && n == 3 && x.positioned(toks) {
		if placed := x.placeByColumns(toks, centres); placed != nil {
			toks = placed
		}
	}
	positioned := len(x.doc.Lines[li].Cells) > 0
	switch {
	case len(toks) == n:
		for i, c := range cells {
			x.r.Tables.Active[c.Key] = x.activeCell(c, toks[i])
		}
	case fused(toks, n):
		x.fusedActive(cells, toks)
	case len(toks) == 0 && positioned:
		for _, c := range cells {
			cell := &Cell{Blank: true, Confidence: Low, Note: "本行在页面上没有任何数字，视为空白"}
			cell.Line, cell.Page = x.doc.Lines[li].No, x.doc.Lines[li].Page
			x.r.Tables.Active[c.Key] = cell
		}
	case len(toks) == 0:
		x.nullActive(an.key, all, li, "未读到数字")
	default:
		x.nullActive(an.key, all, toks[0].line, fmt.Sprintf("读到 %d 个数（%s），应为 %d 个", len(toks), joinRaw(toks), n)+x.mergedNote(toks))
	}
}

// activeCell reads one cell of table 二. A minus before a number is its
// sign; only 本年增/减 may be negative, so elsewhere the reading is kept as
// written but marked.
func (x *extractor) activeCell(c ActiveCell, t token) *Cell {
	cell := x.tokCell(t, High)
	if t.neg && !c.Signed {
		cell.Confidence = Low
		cell.Note = "该列不应为负数，按原文「" + t.raw + "」读作负数"
	}
	return cell
}

// fusedActive splits fused digits when exactly one reading exists.
func (x *extractor) fusedActive(cells []ActiveCell, toks []token) {
	opts, _ := readings(toks, len(cells))
	row := strings.SplitN(cells[0].Key, ".", 2)[0]
	if len(opts) != 1 {
		x.nullActive(row, cells, toks[0].line, fmt.Sprintf("数字连在一起（%s），有 %d 种拆分，无法确定，未取值", joinRaw(toks), len(opts)))
		return
	}
	for i, c := range cells {
		cell := &Cell{Raw: opts[0][i], Confidence: Low, Note: fmt.Sprintf("数字连在一起（%s），只有一种拆分", joinRaw(toks))}
		x.placeCell(cell, toks[0])
		setValue(cell, opts[0][i])
		x.r.Tables.Active[c.Key] = cell
	}
}

// nullActive records a row of table 二 as unreadable.
func (x *extractor) nullActive(row string, cells []ActiveCell, li int, why string) {
	line, page := 0, 0
	if li > 0 && li < len(x.doc.Lines) {
		line, page = x.doc.Lines[li].No, x.doc.Lines[li].Page
	}
	for _, c := range cells {
		if strings.HasPrefix(c.Key, row+".") {
			x.r.Tables.Active[c.Key] = &Cell{Line: line, Page: page, Confidence: Low}
		}
	}
	x.problemAt("active."+row, line, fmt.Sprintf("表二「%s」：%s", rowName(row, cells), why))
}

func rowName(row string, cells []ActiveCell) string {
	for _, c := range cells {
		if strings.HasPrefix(c.Key, row+".") {
			return c.Row
		}
	}
	return row
}

// checkNormativeLabel notes the 2019 label 规范性文件 in a 2021-column table.
func (x *extractor) checkNormativeLabel(a, b int, old bool) {
	if old {
		return
	}
	if p, _ := x.s.find(regexp.MustCompile(`规范性文件`), a, b); p >= 0 {
		if q, _ := x.s.find(regexp.MustCompile(`行政规范性文件`), a, b); q < 0 {
			x.oldFeature("表二行标签为「规范性文件」而非「行政规范性文件」")
		}
	}
}
