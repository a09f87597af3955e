package report

import (
	"math"
	"sort"
)

// Reading rows by column position. A PDF row whose blank cells are simply
// not printed has fewer numbers than columns; where the page tells where
// each number stands, the numbers are put under the columns that full rows
// of the same table define, and the columns left over are blank cells.

// tokenX returns the horizontal centre of the PDF cell a token was read
// from, or false when the line carries no positions.
func (x *extractor) tokenX(t token) (float64, bool) {
	l := x.doc.Lines[t.line]
	off := int(x.s.off[t.pos])
	for _, c := range l.Cells {
		if off >= c.Start && off < c.End {
			return (c.X0 + c.X1) / 2, true
		}
	}
	return 0, false
}

// columnCentres derives n column centres from rows that have exactly n
// numbers on one positioned line: the median centre of each column.
func (x *extractor) columnCentres(rows [][]token, n int) []float64 {
	cols := make([][]float64, n)
	for _, r := range rows {
		if len(r) != n || r[0].line != r[n-1].line {
			continue
		}
		for i, t := range r {
			cx, ok := x.tokenX(t)
			if !ok {
				return nil
			}
			cols[i] = append(cols[i], cx)
		}
	}
	if len(cols[0]) == 0 {
		return nil
	}
	out := make([]float64, n)
	for i, c := range cols {
		sort.Float64s(c)
		out[i] = c[len(c)/2]
	}
	for i := 1; i < n; i++ {
		if out[i] <= out[i-1] {
			return nil
		}
	}
	return out
}

// placeByColumns puts each token of a short row under the nearest column
// centre. It fails (nil) unless every token lies within a third of the
// column spacing of a distinct column, in order. Columns without a token
// get a blank token.
func (x *extractor) placeByColumns(toks []token, centres []float64) []token {
	if centres == nil || len(toks) == 0 || len(toks) > len(centres) || toks[0].line != toks[len(toks)-1].line {
		return nil
	}
	tol := math.Inf(1)
	for i := 1; i < len(centres); i++ {
		tol = math.Min(tol, (centres[i]-centres[i-1])/3)
	}
	out := make([]token, len(centres))
	for i := range out {
		out[i] = token{blank: true, pos: toks[0].pos, line: toks[0].line, placed: true}
	}
	last := -1
	for _, t := range toks {
		cx, ok := x.tokenX(t)
		if !ok || t.blank {
			return nil
		}
		col := nearest(centres, cx)
		if col <= last || math.Abs(centres[col]-cx) > tol {
			return nil
		}
		t.placed = true
		out[col], last = t, col
	}
	return out
}

// nearest returns the index of the centre closest to v.
func nearest(centres []float64, v float64) int {
	best := 0
	for i, c := range centres {
		if math.Abs(c-v) < math.Abs(centres[best]-v) {
			best = i
		}
	}
	return best
}

// positioned reports whether the tokens were read from PDF lines that carry
// cell positions: there numbers stand apart by position, so a short row is
// read by column (and no number is split, see whole).
func (x *extractor) positioned(toks []token) bool {
	for _, t := range toks {
		if len(x.doc.Lines[t.line].Cells) == 0 {
			return false
		}
	}
	return len(toks) > 0
}
