package ingest

import (
	"math"

	pdfium "github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// Limits on the drawing read from one page to find table rulings. Each
// object or segment read is a call into WebAssembly, so a page drawn with
// a huge number of paths is read only up to these counts.
const (
	// maxPathObjects is the number of path objects examined per page.
	maxPathObjects = 20000
	// maxPageObjects is the number of page objects of any kind (text
	// objects and objects inside forms too) looked at per page.
	maxPageObjects = 50000
	// maxPathSegments is the number of segments read per page from paths
	// that are not a thin line as a whole (frames, grids in one path).
	maxPathSegments = 20000
)

// pageRules returns the thin lines and bars drawn on page index (0-based)
// that may be table rulings, as boxes in page space: stroked or filled
// paths whose box is thin (Word, WPS and Chromium draw each border so) or
// a dot (of a dotted line),
// and the straight edges of stroked paths that outline cells or a whole
// grid. Paths inside form XObjects are read too, to maxFormDepth.
func pageRules(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, index int) (drawing, error) {
	lp, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: doc, Index: index})
	if err != nil {
		return drawing{}, err
	}
	defer inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: lp.Page})
	page := requests.Page{ByReference: &lp.Page}
	n, err := inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: page})
	if err != nil {
		return drawing{}, err
	}
	r := ruleReader{inst: inst, objectsLeft: maxPageObjects, pathsLeft: maxPathObjects, segmentsLeft: maxPathSegments}
	for i := 0; i < n.Count && r.pathsLeft > 0 && r.objectsLeft > 0; i++ {
		if o, err := inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: page, Index: i}); err == nil {
			r.readObject(o.PageObject, identity, 0)
		}
	}
	return r.drawing, nil
}

// drawing is what a page draws that can make tables: rulings, and the
// edges of filled rectangles (cell backgrounds), which count only where
// no ruled table is.
type drawing struct {
	rules, fills []box
}

// turn turns the drawing by q quarter turns, as the page's glyphs were.
func (d drawing) turn(q int) drawing {
	return drawing{turnBoxes(d.rules, q), turnBoxes(d.fills, q)}
}

// maxFormDepth is how deep form XObjects nested in one another are read.
const maxFormDepth = 3

// ruleReader collects the rulings of one page.
type ruleReader struct {
	inst pdfium.Pdfium
	drawing
	objectsLeft  int
	pathsLeft    int
	segmentsLeft int
}

// matrix is a PDF transformation [a b c d e f]: x' = a*x + c*y + e,
// y' = b*x + d*y + f.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// apply transforms a point.
func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// then returns the transformation m followed by n.
func (m matrix) then(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// box transforms a box and returns the box around the result.
func (m matrix) box(b box) box {
	x0, y0 := m.apply(b.x0, b.y0)
	x1, y1 := m.apply(b.x1, b.y1)
	x2, y2 := m.apply(b.x0, b.y1)
	x3, y3 := m.apply(b.x1, b.y0)
	return box{min(x0, x1, x2, x3), min(y0, y1, y2, y3), max(x0, x1, x2, x3), max(y0, y1, y2, y3)}
}

// objectMatrix returns the transformation of a page object.
func (r *ruleReader) objectMatrix(obj references.FPDF_PAGEOBJECT) (matrix, bool) {
	m, err := r.inst.FPDFPageObj_GetMatrix(&requests.FPDFPageObj_GetMatrix{PageObject: obj})
	if err != nil {
		return matrix{}, false
	}
	x := m.Matrix
	return matrix{float64(x.A), float64(x.B), float64(x.C), float64(x.D), float64(x.E), float64(x.F)}, true
}

// readObject adds the rulings of a path object, or of the paths inside a
// form object; to (the form space's transformation to the page) places
// objects nested in forms.
func (r *ruleReader) readObject(obj references.FPDF_PAGEOBJECT, to matrix, depth int) {
	r.objectsLeft--
	t, err := r.inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: obj})
	switch {
	case err != nil:
	case t.Type == enums.FPDF_PAGEOBJ_PATH:
		r.pathsLeft--
		r.readPath(obj, to)
	case t.Type == enums.FPDF_PAGEOBJ_FORM && depth < maxFormDepth:
		r.readForm(obj, to, depth)
	}
}

// readForm reads the objects of a form XObject.
func (r *ruleReader) readForm(obj references.FPDF_PAGEOBJECT, to matrix, depth int) {
	fm, ok := r.objectMatrix(obj)
	n, err := r.inst.FPDFFormObj_CountObjects(&requests.FPDFFormObj_CountObjects{PageObject: obj})
	if !ok || err != nil {
		return
	}
	for i := 0; i < n.Count && r.pathsLeft > 0 && r.objectsLeft > 0; i++ {
		if o, err := r.inst.FPDFFormObj_GetObject(&requests.FPDFFormObj_GetObject{PageObject: obj, Index: uint64(i)}); err == nil {
			r.readObject(o.PageObject, fm.then(to), depth+1)
		}
	}
}

// readPath adds the rulings one path object draws. A path that fails to
// read is skipped: rulings only help the layout.
func (r *ruleReader) readPath(obj references.FPDF_PAGEOBJECT, to matrix) {
	b, err := r.inst.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: obj})
	if err != nil {
		return
	}
	bb := to.box(box{float64(b.Left), float64(b.Bottom), float64(b.Right), float64(b.Top)})
	if !bb.finite() {
		return
	}
	if bb.thin() || bb.dot() {
		r.rules = append(r.rules, bb)
		return
	}
	mode, err := r.inst.FPDFPath_GetDrawMode(&requests.FPDFPath_GetDrawMode{PageObject: obj})
	if err != nil || (!mode.Stroke && mode.FillMode == enums.FPDF_FILLMODE_NONE) {
		return
	}
	pts := r.points(obj, to)
	if mode.Stroke {
		r.rules = append(r.rules, strokedEdges(pts)...)
		return
	}
	bars, edges := filledRules(pts)
	r.rules, r.fills = append(r.rules, bars...), append(r.fills, edges...)
}

// pathPoint is one point of a path in page space; move starts a subpath,
// close ends one by returning to its start, curve marks a Bézier end point.
type pathPoint struct {
	x, y               float64
	move, close, curve bool
}

// points reads the points of a path, transformed to page space (by the
// path's own matrix, then to), while the page's segment budget lasts.
func (r *ruleReader) points(obj references.FPDF_PAGEOBJECT, to matrix) []pathPoint {
	n, err := r.inst.FPDFPath_CountSegments(&requests.FPDFPath_CountSegments{PageObject: obj})
	if err != nil || n.Count <= 0 || n.Count > r.segmentsLeft {
		return nil // a path too big for what is left (a drawing) is skipped
	}
	r.segmentsLeft -= n.Count
	m, ok := r.objectMatrix(obj)
	if !ok {
		return nil
	}
	m = m.then(to)
	pts := make([]pathPoint, 0, n.Count)
	for i := range n.Count {
		p, ok := r.segment(obj, i)
		if !ok {
			return nil
		}
		p.x, p.y = m.apply(p.x, p.y)
		pts = append(pts, p)
	}
	return pts
}

// segment reads segment i of a path in the path's own space.
func (r *ruleReader) segment(obj references.FPDF_PAGEOBJECT, i int) (pathPoint, bool) {
	s, err := r.inst.FPDFPath_GetPathSegment(&requests.FPDFPath_GetPathSegment{PageObject: obj, Index: i})
	if err != nil {
		return pathPoint{}, false
	}
	pt, err := r.inst.FPDFPathSegment_GetPoint(&requests.FPDFPathSegment_GetPoint{PathSegment: s.PathSegment})
	if err != nil {
		return pathPoint{}, false
	}
	t, err := r.inst.FPDFPathSegment_GetType(&requests.FPDFPathSegment_GetType{PathSegment: s.PathSegment})
	if err != nil {
		return pathPoint{}, false
	}
	c, err := r.inst.FPDFPathSegment_GetClose(&requests.FPDFPathSegment_GetClose{PathSegment: s.PathSegment})
	if err != nil {
		return pathPoint{}, false
	}
	return pathPoint{x: float64(pt.X), y: float64(pt.Y), move: t.Type == enums.FPDF_SEGMENT_MOVETO,
		curve: t.Type == enums.FPDF_SEGMENT_BEZIERTO, close: c.IsClose}, true
}

// strokeHalf is half the thickness given to a stroked edge; the pen's
// width does not matter for finding a table.
const strokeHalf = 0.25

// strokedEdges returns the straight horizontal and vertical edges of a
// stroked path as thin boxes.
func strokedEdges(pts []pathPoint) []box {
	var out []box
	var start, prev pathPoint
	edge := func(a, b pathPoint) {
		e := box{math.Min(a.x, b.x) - strokeHalf, math.Min(a.y, b.y) - strokeHalf,
			math.Max(a.x, b.x) + strokeHalf, math.Max(a.y, b.y) + strokeHalf}
		if e.finite() && e.thin() {
			out = append(out, e)
		}
	}
	for i, p := range pts {
		switch {
		case p.move || i == 0:
			start = p
		case !p.curve:
			edge(prev, p)
		}
		if p.close && !p.move {
			edge(p, start)
		}
		prev = p
	}
	return out
}

// filledRules returns what a filled path draws for tables: bars, its
// subpaths that are thin (borders drawn as filled rectangles in one path),
// and edges, those of its subpaths that are rectangles (cell backgrounds:
// a table drawn as cells filled apart on a dark ground).
func filledRules(pts []pathPoint) (bars, edges []box) {
	for start := 0; start < len(pts); {
		end := start + 1
		for end < len(pts) && !pts[end].move {
			end++
		}
		sub := pts[start:end]
		b := pointsBox(sub)
		switch {
		case !b.finite():
		case b.thin():
			bars = append(bars, b)
		case isRect(sub, b):
			edges = append(edges, rectEdges(b)...)
		}
		start = end
	}
	return bars, edges
}

// pointsBox is the box around a run of points.
func pointsBox(pts []pathPoint) box {
	b := box{pts[0].x, pts[0].y, pts[0].x, pts[0].y}
	for _, p := range pts[1:] {
		b = box{math.Min(b.x0, p.x), math.Min(b.y0, p.y), math.Max(b.x1, p.x), math.Max(b.y1, p.y)}
	}
	return b
}

// isRect reports whether a subpath is the rectangle b: straight segments
// through its corners only.
func isRect(pts []pathPoint, b box) bool {
	if len(pts) < 4 || len(pts) > 5 {
		return false
	}
	on := func(v, a, c float64) bool { return math.Abs(v-a) < 0.01 || math.Abs(v-c) < 0.01 }
	for _, p := range pts {
		if p.curve || !on(p.x, b.x0, b.x1) || !on(p.y, b.y0, b.y1) {
			return false
		}
	}
	return true
}

// rectEdges returns the four sides of a rectangle as thin boxes.
func rectEdges(b box) []box {
	h := strokeHalf
	return []box{
		{b.x0, b.y0 - h, b.x1, b.y0 + h}, {b.x0, b.y1 - h, b.x1, b.y1 + h},
		{b.x0 - h, b.y0, b.x0 + h, b.y1}, {b.x1 - h, b.y0, b.x1 + h, b.y1},
	}
}
