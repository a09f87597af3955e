package ingest

import "strings"

const (
	maxSpan    = 1000     // largest rowspan/colspan/gridSpan honoured
	maxColumns = 1000     // grid columns past this are dropped
	slotCost   = 16       // budget charged per grid slot besides its text
	gridBudget = 32 << 20 // expanded cell bytes allowed in one document
)

// tableTooLarge is the error for a table whose spans expand past the budget.
func tableTooLarge() *Error {
	return &Error{Problem: "表格展开合并单元格后过大（行列跨度异常），可能是恶意文件，已拒绝"}
}

// budget bounds the memory that span expansion may take in one document, so
// a small input with huge spans cannot blow up.
type budget struct{ left int }

// spend takes n from the budget and reports whether there was enough.
func (b *budget) spend(n int) bool {
	if n > b.left {
		b.left = 0
		return false
	}
	b.left -= n
	return true
}

// grid is a table being expanded into a dense matrix: a cell spanning rows
// or columns is repeated in every slot it covers, and the slots beyond its
// first one are marked as copies.
type grid struct {
	cells  [][]string
	filled [][]bool
	copies [][]bool
	budget *budget
	full   bool // the budget ran out; the grid is incomplete
}

// newGrid returns an empty grid charging its slots to b.
func newGrid(b *budget) *grid { return &grid{budget: b} }

// occupied reports whether slot (r, c) has been filled.
func (g *grid) occupied(r, c int) bool {
	return r < len(g.filled) && c < len(g.filled[r]) && g.filled[r][c]
}

// freeCol returns the first column at or after c that is free in row r.
func (g *grid) freeCol(r, c int) int {
	for g.occupied(r, c) {
		c++
	}
	return c
}

// at returns the text of slot (r, c), or "" outside the grid.
func (g *grid) at(r, c int) string {
	if r < 0 || r >= len(g.cells) || c < 0 || c >= len(g.cells[r]) {
		return ""
	}
	return g.cells[r][c]
}

// place fills the rs×cs rectangle at (r, c) with text, leaving slots that
// an earlier (overlapping) cell already holds. Every slot but (r, c) is a
// copy of the cell.
func (g *grid) place(r, c, rs, cs int, text string) {
	g.fill(r, c, rs, cs, text, false)
}

// extend fills cs slots of row r from column c with a copy of a cell that
// starts in an earlier row (a Word cell continuing a vertical merge): every
// slot is a copy.
func (g *grid) extend(r, c, cs int, text string) {
	g.fill(r, c, 1, cs, text, true)
}

// fill places text in the rs×cs rectangle at (r, c); the first slot is a
// copy only when first is true.
func (g *grid) fill(r, c, rs, cs int, text string, first bool) {
	for i := r; i < r+rs; i++ {
		for j := c; j < c+cs && j < maxColumns; j++ {
			if !g.put(i, j, text, first || i != r || j != c) {
				return
			}
		}
	}
}

// put fills one slot; it returns false once the budget is spent.
func (g *grid) put(r, c int, text string, copied bool) bool {
	if g.full || !g.budget.spend(len(text)+slotCost) {
		g.full = true
		return false
	}
	for len(g.cells) <= r {
		g.cells = append(g.cells, nil)
		g.filled = append(g.filled, nil)
		g.copies = append(g.copies, nil)
	}
	for len(g.cells[r]) <= c {
		g.cells[r] = append(g.cells[r], "")
		g.filled[r] = append(g.filled[r], false)
		g.copies[r] = append(g.copies[r], false)
	}
	if !g.filled[r][c] {
		g.cells[r][c], g.filled[r][c], g.copies[r][c] = text, true, copied
	}
	return true
}

// dense returns the table with its rows padded to one width with "" (pad
// slots are not copies), dropping rows that have no cell at all. Its Line
// is not set. It returns an empty Table if the budget runs out.
func (g *grid) dense() Table {
	width := 0
	for _, row := range g.cells {
		width = max(width, len(row))
	}
	var t Table
	for r, row := range g.cells {
		if !anyTrue(g.filled[r]) {
			continue
		}
		if !g.budget.spend((width - len(row)) * slotCost) {
			g.full = true
			return Table{}
		}
		span := g.copies[r]
		for len(row) < width {
			row, span = append(row, ""), append(span, false)
		}
		t.Cells, t.Span = append(t.Cells, row), append(t.Span, span)
	}
	return t
}

// anyTrue reports whether some element of v is true.
func anyTrue(v []bool) bool {
	for _, x := range v {
		if x {
			return true
		}
	}
	return false
}

// parseSpan reads a span attribute the way browsers do (leading digits,
// "2px" is 2) and clamps it to [1, maxSpan].
func parseSpan(s string) int { return max(parseCount(s), 1) }

// parseCount reads the leading digits of s as a number clamped to
// [0, maxSpan].
func parseCount(s string) int {
	s = strings.TrimSpace(s)
	n := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
		if n > maxSpan {
			return maxSpan
		}
	}
	return n
}

// appendTable adds a finished grid t to doc: one Line per row (cells joined
// by tabs) and the Table, its Line set to the first of those rows.
func appendTable(lines []Line, tables []Table, t Table) ([]Line, []Table) {
	if len(t.Cells) == 0 {
		return lines, tables
	}
	t.Line = len(lines) + 1
	tables = append(tables, t)
	for _, row := range t.Cells {
		lines = append(lines, Line{No: len(lines) + 1, Text: strings.Join(row, "\t")})
	}
	return lines, tables
}
