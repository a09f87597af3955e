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
	// ruleMaxThick is the thickest bar taken for a ruling (Chromium draws a
	// 5px CSS border 3.75 pt thick).
	ruleMaxThick = 6.0
	// ruleMinLength is the shortest ruling: shorter marks are glyph parts
	// or decoration.
	ruleMinLength = 3.0
	// ruleSnap is how far apart two rulings may be and still be one grid
	// line.
	ruleSnap = 2.0
	// joinGap is how far a ruling may fall short of the one it meets and
	// still belong to its table (cells drawn as separate boxes, CSS
	// border-spacing).
	joinGap = 4.0
	// minStrip is the narrowest row or column of a grid, in points and
	// in units of the page's usual text height (stripEm): no text fits
	// in less.
	minStrip = 5.0
	stripEm  = 0.8
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

// dot reports whether the box is a small mark that a dotted line is made
// of (Chromium draws a dotted border as one square per dot).
func (b box) dot() bool {
	w, h := b.width(), b.height()
	return w >= 0 && h >= 0 && w <= dotMax && h <= dotMax && max(w, h) < ruleMinLength
}

// Dotted lines, in points.
const (
	// dotMax is the largest dot.
	dotMax = 2.0
	// dotGap is the widest gap between two dots of one line.
	dotGap = 3.0
	// dotMin is the fewest dots that make a line.
	dotMin = 4
)

// dottedLines joins dots that follow one another on a horizontal or a
// vertical line into the bars of those lines.
func dottedLines(dots []box) []box {
	out := chainDots(dots, false)
	return append(out, chainDots(dots, true)...)
}

// chainDots finds runs of dots on horizontal lines (vertical lines when
// vertical is set, by swapping the axes).
func chainDots(dots []box, vertical bool) []box {
	bs := make([]box, len(dots))
	for i, d := range dots {
		if vertical {
			d = box{d.y0, d.x0, d.y1, d.x1}
		}
		bs[i] = d
	}
	line := func(b box) float64 { return math.Round(b.y0 + b.y1) } // half-point bands
	slices.SortFunc(bs, func(a, b box) int {
		if c := cmpFloat(line(a), line(b)); c != 0 {
			return c
		}
		return cmpFloat(a.x0, b.x0)
	})
	var out []box
	for i := 0; i < len(bs); {
		j, run := i+1, bs[i]
		for j < len(bs) && line(bs[j]) == line(bs[j-1]) && bs[j].x0-bs[j-1].x1 <= dotGap {
			run.x1, run.y0, run.y1 = max(run.x1, bs[j].x1), min(run.y0, bs[j].y0), max(run.y1, bs[j].y1)
			j++
		}
		if j-i >= dotMin && run.width() >= ruleMinLength {
			if vertical {
				run = box{run.y0, run.x0, run.y1, run.x1}
			}
			out = append(out, run)
		}
		i = j
	}
	return out
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
	return v.pos >= h.a-joinGap && v.pos <= h.b+joinGap && h.pos >= v.a-joinGap && h.pos <= v.b+joinGap
}

// tableRulings groups rulings into tables: the sets connected by
// crossings. Sets with fewer than two lines in either direction are not
// tables (an underline, a rule between paragraphs).
func tableRulings(boxes []box) [][]ruling {
	var hs, vs []ruling
	var dots []box
	boxes = slices.DeleteFunc(slices.Clone(boxes), func(b box) bool {
		if b.dot() {
			dots = append(dots, b)
		}
		return !b.thin()
	})
	for _, b := range append(boxes, dottedLines(dots)...) {
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
		k := sort.Search(len(idx), func(k int) bool { return vs[idx[k]].pos >= h.a-joinGap })
		for ; k < len(idx) && vs[idx[k]].pos <= h.b+joinGap; k++ {
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
			if rs[line[k]].a <= reach+joinGap {
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

// clusterPositions returns the grid lines the rulings lie on, in
// ascending order: rulings closer than ruleSnap are one line, and two
// lines closer than strip (a strip no text fits in: a double border, or a
// spanning cell whose border a producer draws a little off the row line)
// are one, at the place of the one with more ruling length.
func clusterPositions(rs []ruling, strip float64) []float64 {
	rs = slices.Clone(rs)
	slices.SortFunc(rs, func(a, b ruling) int { return cmpFloat(a.pos, b.pos) })
	type line struct{ pos, sum, n, length float64 }
	var lines []line
	for i, r := range rs {
		if i == 0 || r.pos-rs[i-1].pos > ruleSnap {
			lines = append(lines, line{})
		}
		l := &lines[len(lines)-1]
		l.sum, l.n, l.length = l.sum+r.pos, l.n+1, l.length+r.b-r.a
		l.pos = l.sum / l.n
	}
	var out []float64
	var weight []float64
	for _, l := range lines {
		if k := len(out) - 1; k >= 0 && l.pos-out[k] < strip {
			if l.length > weight[k] {
				out[k] = l.pos
			}
			weight[k] += l.length
			continue
		}
		out, weight = append(out, l.pos), append(weight, l.length)
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
