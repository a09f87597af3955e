package ingest

import (
	"math"
	"slices"
	"sort"
)

// maxGridSlots is the largest grid read as a table; a denser mesh of
// lines is a drawing, not a table, and is read as text.
const maxGridSlots = 20000

// ruledTable is the grid of one ruled table: column lines xs (left to
// right) and row lines ys (top to bottom), and for each slot between them
// the cell it belongs to. Slots that no ruling parts belong to one cell.
type ruledTable struct {
	xs, ys []float64
	cell   [][]int  // cell id of slot [row][col]
	cells  int      // number of cells
	strip  float64  // the narrowest row or column
	hs, vs []ruling // the rulings
}

// newRuledTable builds the grid of a connected set of rulings on a page
// whose usual text height is em, or returns nil when it has fewer than
// two columns (a frame around text is not a table).
func newRuledTable(rs []ruling, em float64) *ruledTable {
	strip := max(minStrip, stripEm*em)
	var hs, vs []ruling
	for _, r := range rs {
		if r.vertical {
			vs = append(vs, r)
		} else {
			hs = append(hs, r)
		}
	}
	xs := withOuterEdges(clusterPositions(vs, strip), hs, strip)
	ys := withOuterEdges(clusterPositions(hs, strip), vs, strip)
	if len(xs) < 3 || len(ys) < 2 || (len(xs)-1)*(len(ys)-1) > maxGridSlots {
		return nil
	}
	for i, j := 0, len(ys)-1; i < j; i, j = i+1, j-1 {
		ys[i], ys[j] = ys[j], ys[i]
	}
	t := &ruledTable{xs: xs, ys: ys, strip: strip, hs: hs, vs: vs}
	t.joinSlots()
	return t
}

// continueColumns gives the table the column lines carry of the table it
// continues from the page before, when it shares one side of that
// table's frame and each of its column lines is one of carry's. A
// spanning cell cut by the page break may carry no text on the new page
// and draw no line, or no box at all (Chromium drops the fragment of a
// label column); with the columns of the first part, the rows keep the
// same slots, the cell that lost its lines repeated as spans are.
func (t *ruledTable) continueColumns(carry []float64) {
	if len(carry) <= len(t.xs) || (len(carry)-1)*(len(t.ys)-1) > maxGridSlots {
		return
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < t.strip }
	first, last := t.xs[0], t.xs[len(t.xs)-1]
	if !near(carry[0], first) && !near(carry[len(carry)-1], last) {
		return
	}
	if slices.ContainsFunc(t.xs, func(x float64) bool { return !near(carry[nearest(carry, x)], x) }) {
		return
	}
	t.xs = slices.Clone(carry)
	t.joinSlots()
}

// withOuterEdges adds to the grid lines ps an outer edge where the rulings
// across them reach clearly beyond the first or last line: a table drawn
// without its left and right (or top and bottom) frame. Rulings that
// overshoot by less than a strip (cells cut by a page break, open at the
// top) add no edge.
func withOuterEdges(ps []float64, across []ruling, strip float64) []float64 {
	if len(ps) == 0 || len(across) == 0 {
		return ps
	}
	lo, hi := across[0].a, across[0].b
	for _, r := range across {
		lo, hi = min(lo, r.a), max(hi, r.b)
	}
	if lo < ps[0]-strip {
		ps = append([]float64{lo}, ps...)
	}
	if hi > ps[len(ps)-1]+strip {
		ps = append(ps, hi)
	}
	return ps
}

// joinSlots gives each slot its cell: neighbouring slots belong to one
// cell unless a ruling runs between them through the middle of their
// common side.
func (t *ruledTable) joinSlots() {
	hs, vs := t.hs, t.vs
	nr, nc := len(t.ys)-1, len(t.xs)-1
	parent := make([]int, nr*nc)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		if ra, rb := find(a), find(b); ra != rb {
			parent[max(ra, rb)] = min(ra, rb) // the top-left slot stays the root
		}
	}
	vAt, hAt := bucket(vs, t.xs, t.strip), bucket(hs, t.ys, t.strip)
	for r := range nr {
		mid := (t.ys[r] + t.ys[r+1]) / 2
		for c := 1; c < nc; c++ {
			if !ruled(vAt[c], mid) {
				union(r*nc+c-1, r*nc+c)
			}
		}
	}
	for c := range nc {
		mid := (t.xs[c] + t.xs[c+1]) / 2
		for r := 1; r < nr; r++ {
			if !ruled(hAt[r], mid) {
				union((r-1)*nc+c, r*nc+c)
			}
		}
	}
	t.number(find)
}

// number numbers the cells in reading order of their first slot.
func (t *ruledTable) number(find func(int) int) {
	nr, nc := len(t.ys)-1, len(t.xs)-1
	ids := map[int]int{}
	t.cell = make([][]int, nr)
	for r := range nr {
		t.cell[r] = make([]int, nc)
		for c := range nc {
			root := find(r*nc + c)
			id, ok := ids[root]
			if !ok {
				id = len(ids)
				ids[root] = id
			}
			t.cell[r][c] = id
		}
	}
	t.cells = len(ids)
}

// bucket sorts rulings by the grid line they lie on (within strip, as
// clusterPositions merged them).
func bucket(rs []ruling, lines []float64, strip float64) [][]ruling {
	out := make([][]ruling, len(lines))
	for _, r := range rs {
		if i := nearest(lines, r.pos); math.Abs(lines[i]-r.pos) < strip {
			out[i] = append(out[i], r)
		}
	}
	return out
}

// ruled reports whether one of the rulings runs through v.
func ruled(rs []ruling, v float64) bool {
	for _, r := range rs {
		if r.covers(v) {
			return true
		}
	}
	return false
}

// contains reports whether the point lies inside the table's frame.
func (t *ruledTable) contains(x, y float64) bool {
	return x >= t.xs[0] && x <= t.xs[len(t.xs)-1] && y <= t.ys[0] && y >= t.ys[len(t.ys)-1]
}

// overlaps reports whether the frames of two tables overlap.
func (t *ruledTable) overlaps(o *ruledTable) bool {
	return t.xs[0] < o.xs[len(o.xs)-1] && o.xs[0] < t.xs[len(t.xs)-1] &&
		t.ys[len(t.ys)-1] < o.ys[0] && o.ys[len(o.ys)-1] < t.ys[0]
}

// slot returns the row and column of the slot holding the point, which
// must lie inside the frame.
func (t *ruledTable) slot(x, y float64) (int, int) {
	c := sort.SearchFloat64s(t.xs, x) - 1
	r := sort.Search(len(t.ys), func(i int) bool { return t.ys[i] <= y }) - 1
	return min(max(r, 0), len(t.ys)-2), min(max(c, 0), len(t.xs)-2)
}
