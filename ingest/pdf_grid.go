package ingest

import (
	"math"
	"slices"
	"sort"
)

// Finding ruled tables. A table is a connected set of horizontal and
// vertical rulings; its grid lines are the distinct positions of those
// rulings, and a cell is a run of grid slots not parted by a ruling.

// Ruling geometry, in points.
const (
	// ruleMaxThick is the thickest bar taken for a ruling.
	ruleMaxThick = 3.0
	// ruleMinLength is the shortest ruling: shorter marks are glyph parts
	// or decoration.
	ruleMinLength = 3.0
	// ruleSnap is how far apart two rulings may be and still be one grid
	// line, and how far a ruling may fall short of the one it meets.
	ruleSnap = 2.0
)

// box is a rectangle in PDF points (y grows upwards).
type box struct{ x0, y0, x1, y1 float64 }

func (b box) width() float64  { return b.x1 - b.x0 }
func (b box) height() float64 { return b.y1 - b.y0 }

// finite reports whether the box has only finite coordinates.
func (b box) finite() bool { return glyph{x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1}.finite() }

// thin reports whether the box is a line or bar: thin on one axis and
// long enough on the other.
func (b box) thin() bool {
	w, h := b.width(), b.height()
	return (h <= ruleMaxThick && w >= ruleMinLength && w > 2*h) ||
		(w <= ruleMaxThick && h >= ruleMinLength && h > 2*w)
}

// ruling is a horizontal (at y = pos, from a to b along x) or vertical (at
// x = pos, from a to b along y) table line.
type ruling struct {
	vertical bool
	pos      float64
	a, b     float64
}

// rulingOf turns a thin box into a ruling.
func rulingOf(b box) ruling {
	if b.width() > b.height() {
		return ruling{pos: (b.y0 + b.y1) / 2, a: b.x0, b: b.x1}
	}
	return ruling{vertical: true, pos: (b.x0 + b.x1) / 2, a: b.y0, b: b.y1}
}

// covers reports whether the ruling passes through v along its length.
func (r ruling) covers(v float64) bool { return r.a <= v && v <= r.b }

// meets reports whether a horizontal and a vertical ruling touch or cross.
func meets(h, v ruling) bool {
	return v.pos >= h.a-ruleSnap && v.pos <= h.b+ruleSnap && h.pos >= v.a-ruleSnap && h.pos <= v.b+ruleSnap
}

// tableRulings groups rulings into tables: the sets connected by
// crossings. Sets with fewer than two lines in either direction are not
// tables.
func tableRulings(boxes []box) [][]ruling {
	var hs, vs []ruling
	for _, b := range boxes {
		if r := rulingOf(b); r.vertical {
			vs = append(vs, r)
		} else {
			hs = append(hs, r)
		}
	}
	all := append(slices.Clone(hs), vs...)
	parent := make([]int, len(all))
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
	idx := make([]int, len(vs)) // vertical rulings by position
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmpFloat(vs[a].pos, vs[b].pos) })
	for i, h := range hs {
		k := sort.Search(len(idx), func(k int) bool { return vs[idx[k]].pos >= h.a-ruleSnap })
		for ; k < len(idx) && vs[idx[k]].pos <= h.b+ruleSnap; k++ {
			if meets(h, vs[idx[k]]) {
				parent[find(i)] = find(len(hs) + idx[k])
			}
		}
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	joinCollinear(hs, 0, union)
	joinCollinear(vs, len(hs), union)
	groups := map[int][]ruling{}
	var roots []int
	for i, r := range all {
		root := find(i)
		if _, ok := groups[root]; !ok {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], r)
	}
	var out [][]ruling
	for _, root := range roots {
		if g := groups[root]; countVertical(g) >= 2 && len(g)-countVertical(g) >= 2 {
			out = append(out, g)
		}
	}
	return out
}

// joinCollinear joins rulings that continue one another on one line (a
// border drawn cell by cell, where a spanning cell meets no crossing
// line). rs[i] is element offset+i of the union.
func joinCollinear(rs []ruling, offset int, union func(a, b int)) {
	idx := make([]int, len(rs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmpFloat(rs[a].pos, rs[b].pos) })
	for start := 0; start < len(idx); {
		end := start + 1
		for end < len(idx) && rs[idx[end]].pos-rs[idx[end-1]].pos <= ruleSnap {
			end++
		}
		line := idx[start:end]
		slices.SortFunc(line, func(a, b int) int { return cmpFloat(rs[a].a, rs[b].a) })
		reach := rs[line[0]].b
		for k := 1; k < len(line); k++ {
			if rs[line[k]].a <= reach+ruleSnap {
				union(offset+line[k-1], offset+line[k])
			}
			reach = max(reach, rs[line[k]].b)
		}
		start = end
	}
}

// countVertical counts the vertical rulings of a set.
func countVertical(rs []ruling) int {
	n := 0
	for _, r := range rs {
		if r.vertical {
			n++
		}
	}
	return n
}

// clusterPositions returns the distinct positions of rulings, merging those
// closer than ruleSnap, in ascending order.
func clusterPositions(rs []ruling) []float64 {
	ps := make([]float64, len(rs))
	for i, r := range rs {
		ps[i] = r.pos
	}
	slices.Sort(ps)
	var out []float64
	sum, n := 0.0, 0
	for i, p := range ps {
		if i > 0 && p-ps[i-1] > ruleSnap {
			out = append(out, sum/float64(n))
			sum, n = 0, 0
		}
		sum += p
		n++
	}
	if n > 0 {
		out = append(out, sum/float64(n))
	}
	return out
}

// nearest returns the index of the position in ps closest to v.
func nearest(ps []float64, v float64) int {
	best := 0
	for i, p := range ps {
		if math.Abs(p-v) < math.Abs(ps[best]-v) {
			best = i
		}
	}
	return best
}
