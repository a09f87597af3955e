package engine

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/report"
)

// sumCheck is one arithmetic relation checked by sumcheck(): the cells of
// the reported side must add up to the cells of the computed side.
type sumCheck struct {
	relation        string
	reported, parts []*cellSpec
	repVal, compVal float64
	ok              bool
}

// SumCheck explains an arithmetic relation in a message: check() returns it.
type SumCheck struct {
	OK       bool    `expr:"ok"`
	Reported float64 `expr:"reported"` // sum of the reported side
	Computed float64 `expr:"computed"` // sum of the parts
	Diff     float64 `expr:"diff"`     // |reported − computed|
	// ReportedParts and Parts list the two sides as "label value + …";
	// Cells lists every cell with key, value, page and line.
	ReportedParts string `expr:"reported_parts"`
	Parts         string `expr:"parts"`
	Cells         string `expr:"cells"`
}

// sumcheck evaluates a relation and records it for check(). A cell whose
// reading was chosen by this very relation makes the element manual.
func (e *Env) sumcheck(relation string, reported, parts []*cellSpec) bool {
	rep, comp := e.sumOf(relation, reported), e.sumOf(relation, parts)
	ok := math.Abs(rep-comp) < 1e-6
	if !e.el.checked || (e.el.check.ok && !ok) {
		c := &e.el.check
		c.relation, c.repVal, c.compVal, c.ok = relation, rep, comp, ok
		c.reported = append(c.reported[:0], reported...)
		c.parts = append(c.parts[:0], parts...)
		e.el.checked = true
	}
	return ok
}

func (e *Env) sumOf(relation string, specs []*cellSpec) float64 {
	total := 0.0
	for _, s := range specs {
		v, c := e.use(s)
		total += v
		if c != nil && slices.Contains(c.Relations, relation) {
			e.el.manual = append(e.el.manual, "单元格 "+s.key+" 的读数是依据本项勾稽关系（"+relation+"）选定的，不能再用来验证该关系"+noteSuffix(c.Note))
		}
	}
	return total
}

func noteSuffix(note string) string {
	if note == "" {
		return ""
	}
	return "：" + note
}

// explain turns the recorded check into a SumCheck with its texts.
func (e *Env) explain() SumCheck {
	c := e.el.check
	if !e.el.checked {
		return SumCheck{OK: true}
	}
	return SumCheck{
		OK: c.ok, Reported: c.repVal, Computed: c.compVal, Diff: math.Abs(c.repVal - c.compVal),
		ReportedParts: e.terms(c.reported), Parts: e.terms(c.parts),
		Cells: e.cellList(append(append([]*cellSpec{}, c.reported...), c.parts...)),
	}
}

// terms lists cells as "label value + label value", labelled by what varies.
func (e *Env) terms(specs []*cellSpec) string {
	parts := make([]string, len(specs))
	for i, s := range specs {
		parts[i] = prevLabel(s, shortLabel(s, specs)) + " " + cellText(e.cell(s))
	}
	return strings.Join(parts, " + ")
}

// shortLabel names a cell by its column when all cells share a row, by its
// row when they share a column, else by both.
func shortLabel(s *cellSpec, all []*cellSpec) string {
	sameRow, sameCol := true, true
	for _, o := range all {
		sameRow = sameRow && o.table == s.table && o.row == s.row
		sameCol = sameCol && o.table == s.table && o.col == s.col
	}
	switch {
	case s.table == tableActive || len(all) == 1 || (!sameRow && !sameCol):
		return s.label
	case sameRow && s.table == tableReview:
		return reviewCols[s.col]
	case sameRow:
		return colLabels[s.col]
	case s.table == tableReview:
		return groupLabels[s.row]
	}
	return rowLabels[s.row]
}

// cellList lists cells as "key=value（第p页第l行）", separated by "；".
func (e *Env) cellList(specs []*cellSpec) string {
	parts := make([]string, 0, len(specs))
	for _, s := range specs {
		c := e.cell(s)
		parts = append(parts, s.key+"="+cellText(c)+e.whereCell(s, c))
	}
	return strings.Join(parts, "；")
}

func cellPos(c *report.Cell) (int, int) {
	if c == nil {
		return 0, 0
	}
	return c.Page, c.Line
}

// cellText is a cell's value as shown in messages.
func cellText(c *report.Cell) string {
	switch {
	case c == nil:
		return "缺失"
	case c.Value != nil:
		return formatNumber(*c.Value)
	case c.Blank:
		return "空白"
	}
	return "无法读取"
}

// where formats a source position as "（第3页第88行）".
func where(page, line int) string {
	s := ""
	if page > 0 {
		s += "第" + strconv.Itoa(page) + "页"
	}
	if line > 0 {
		s += "第" + strconv.Itoa(line) + "行"
	}
	if s == "" {
		return ""
	}
	return "（" + s + "）"
}

// formatNumber prints integers without decimals and other numbers with the
// digits they need.
func formatNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
