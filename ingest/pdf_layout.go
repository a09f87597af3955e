package ingest

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// glyph is one character of a PDF page with its box in PDF points (origin
// at the bottom left of the page, y growing upwards).
type glyph struct {
	r              rune
	x0, y0, x1, y1 float64
}

func (g glyph) width() float64   { return g.x1 - g.x0 }
func (g glyph) height() float64  { return g.y1 - g.y0 }
func (g glyph) centerY() float64 { return (g.y0 + g.y1) / 2 }

// finite reports whether the glyph's box has only finite coordinates.
func (g glyph) finite() bool {
	for _, v := range [...]float64{g.x0, g.y0, g.x1, g.y1} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// Layout tuning, in units of the text height (the em of the larger of two
// neighbouring glyphs).
const (
	// rowTolerance is how far apart two glyph centres may be vertically
	// and still sit on the same visual row.
	rowTolerance = 0.4
	// tabGap is the horizontal gap that separates two cells of a row.
	tabGap = 0.7
	// numberTabGap is the gap that separates two numbers: digits of one
	// number touch, so any clear gap between digits means two cells.
	numberTabGap = 0.3
	// spaceGap is the gap that stands for a word space between Latin
	// letters or digits. Chinese text gets no spaces.
	spaceGap = 0.2
	// duplicateOverlap is how much a repeated glyph must overlap its twin
	// to count as the same glyph drawn twice (fake bold, shadows).
	duplicateOverlap = 0.7
)

// row is a visual row of glyphs being built.
type row struct {
	glyphs []glyph
	sumY   float64 // sum of glyph centres, for the mean
	sumH   float64 // sum of glyph heights, for the mean
	band   glyph   // the box around the row's glyphs (r unused)
	tall   float64 // the tallest glyph: the row's type size
}

func (r *row) centerY() float64 { return r.sumY / float64(len(r.glyphs)) }
func (r *row) height() float64  { return r.sumH / float64(len(r.glyphs)) }

func (r *row) add(g glyph) {
	if len(r.glyphs) == 0 {
		r.band = g
	}
	r.glyphs = append(r.glyphs, g)
	r.sumY += g.centerY()
	r.sumH += g.height()
	r.band.y0, r.band.y1 = math.Min(r.band.y0, g.y0), math.Max(r.band.y1, g.y1)
	r.tall = math.Max(r.tall, g.height())
}

// layoutPage turns the glyphs of one page into text rows, top to bottom,
// with cells that stand apart separated by tabs.
func layoutPage(glyphs []glyph) []string {
	lines := layoutLines(glyphs)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text
	}
	return out
}

// layoutLines is layoutPage with each line's cells and their positions.
func layoutLines(glyphs []glyph) []Line {
	rows := groupRows(glyphs)
	out := make([]Line, 0, len(rows))
	for _, r := range rows {
		if l := rowLine(r.glyphs); l.Text != "" {
			out = append(out, l)
		}
	}
	return out
}

// groupRows clusters glyphs into visual rows by the vertical position of
// their centres, and returns the rows top to bottom.
func groupRows(glyphs []glyph) []*row {
	gs := slices.Clone(glyphs)
	slices.SortStableFunc(gs, func(a, b glyph) int {
		return cmpFloat(b.centerY(), a.centerY()) // top first
	})
	var rows []*row
	for _, g := range gs {
		if len(rows) > 0 && sameRow(rows[len(rows)-1], g) {
			rows[len(rows)-1].add(g)
			continue
		}
		r := &row{}
		r.add(g)
		rows = append(rows, r)
	}
	return rows
}

// sameRow reports whether g lies on row r: their centres are closer than
// rowTolerance times the row's type size (its tallest glyph, or g if
// taller), or g is a small glyph inside the row's band (or the row, so
// far only small glyphs, lies inside g's box). Punctuation such as 、，。
// can have much smaller or shifted boxes than the characters around it;
// measured by its own height it would stand on a line of its own and
// split 「一、总体情况」.
func sameRow(r *row, g glyph) bool {
	h := math.Max(r.tall, g.height())
	if math.Abs(r.centerY()-g.centerY()) <= rowTolerance*h {
		return true
	}
	return inBand(g, r.band, r.tall) || inBand(r.band, g, g.height())
}

// Small glyphs, in units of the type size of the line they join.
const (
	// smallGlyph is the height below which a glyph is small.
	smallGlyph = 0.6
	// bandSlack is how far a small glyph may stick out of the line's band.
	bandSlack = 0.1
)

// inBand reports whether the box small is a small glyph (against type
// size size) lying within the vertical band of box line.
func inBand(small, line glyph, size float64) bool {
	slack := bandSlack * size
	return small.height() < smallGlyph*size && small.y0 >= line.y0-slack && small.y1 <= line.y1+slack
}

// rowText sorts a row's glyphs left to right and joins them, putting a tab
// between glyphs separated by a cell-sized gap.
func rowText(glyphs []glyph) string { return rowLine(glyphs).Text }

// rowLine is rowText with the tab-separated cells and their extents.
func rowLine(glyphs []glyph) Line {
	gs := slices.Clone(glyphs)
	slices.SortStableFunc(gs, func(a, b glyph) int { return cmpFloat(a.x0, b.x0) })
	gs = dropDuplicates(gs)
	var b strings.Builder
	var cells []Span
	for i, g := range gs {
		if i > 0 {
			sep := separator(gs[i-1], g)
			b.WriteString(sep)
			if sep == "\t" {
				cells[len(cells)-1].End = b.Len() - 1
				cells = append(cells, Span{Start: b.Len(), X0: g.x0})
			}
		} else {
			cells = append(cells, Span{X0: g.x0})
		}
		b.WriteRune(g.r)
		cells[len(cells)-1].X1 = g.x1
	}
	if len(cells) > 0 {
		cells[len(cells)-1].End = b.Len()
	}
	return Line{Text: b.String(), Cells: cells}
}

// dropDuplicates removes a glyph that repeats the previous one almost at
// the same place, as producers do to fake bold type.
func dropDuplicates(gs []glyph) []glyph {
	out := gs[:0]
	for _, g := range gs {
		if n := len(out); n > 0 && isDuplicate(out[n-1], g) {
			continue
		}
		out = append(out, g)
	}
	return out
}

// isDuplicate reports whether b is the same character as a drawn over it.
func isDuplicate(a, b glyph) bool {
	if a.r != b.r {
		return false
	}
	overlap := math.Min(a.x1, b.x1) - math.Max(a.x0, b.x0)
	w := math.Max(a.width(), b.width())
	return w > 0 && overlap >= duplicateOverlap*w
}

// separator returns what goes between two neighbouring glyphs of a row:
// a tab for a cell gap, a space for a word gap between Latin text, or
// nothing.
func separator(a, b glyph) string {
	em := math.Max(a.height(), b.height())
	if em <= 0 {
		return ""
	}
	gap := (b.x0 - a.x1) / em
	switch {
	case isDigit(a.r) && isDigit(b.r) && gap > numberTabGap:
		return "\t"
	case gap > tabGap:
		return "\t"
	case gap > spaceGap && !isCJKGlyph(a.r) && !isCJKGlyph(b.r):
		return " "
	}
	return ""
}

// isDigit reports whether r is an ASCII or full-width decimal digit.
func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

// isCJKGlyph reports whether r is a CJK character or full-width punctuation,
// around which Chinese text puts no spaces.
func isCJKGlyph(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) ||
		(r >= 0xFF00 && r <= 0xFFEF) || (r >= 0x2E80 && r <= 0x2FDF) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—' || r == '·'
}

// cmpFloat compares two floats for sorting.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// angleSlack is how far (in radians, ~15°) a glyph's angle may stray from
// the page's main direction of text.
const angleSlack = 15 * math.Pi / 180

// uprightGlyphs keeps the glyphs that run in the page's main text direction
// (dropping rotated stamps and watermarks) and, when that direction is
// sideways or upside down, turns their boxes so the text reads left to
// right. angles are in radians, counter-clockwise, one per glyph. It also
// returns the quarter turns the page was turned by (see rotateGlyph).
func uprightGlyphs(glyphs []glyph, angles []float64) ([]glyph, int) {
	if len(glyphs) == 0 {
		return glyphs, 0
	}
	var count [4]int
	quarters := make([]int, len(glyphs))
	for i, a := range angles {
		quarters[i] = quarterTurn(a)
		if quarters[i] >= 0 {
			count[quarters[i]]++
		}
	}
	main := 0
	for q := range count {
		if count[q] > count[main] {
			main = q
		}
	}
	out := glyphs[:0]
	for i, g := range glyphs {
		if quarters[i] == main {
			out = append(out, rotateGlyph(g, main))
		}
	}
	return out, main
}

// quarterTurn rounds an angle to the nearest quarter turn (0 to 3), or
// returns -1 for an angle well between two quarter turns. A negative angle
// (PDFium's "unknown") counts as upright.
func quarterTurn(a float64) int {
	if a < 0 || math.IsNaN(a) || math.IsInf(a, 0) {
		return 0
	}
	a = math.Mod(a, 2*math.Pi)
	q := math.Round(a / (math.Pi / 2))
	if math.Abs(a-q*math.Pi/2) > angleSlack {
		return -1
	}
	return int(q) % 4
}

// rotateGlyph turns a glyph's box clockwise by q quarter turns, undoing
// text that was rotated counter-clockwise by q quarter turns.
func rotateGlyph(g glyph, q int) glyph {
	rot := func(x, y float64) (float64, float64) {
		switch q {
		case 1:
			return y, -x
		case 2:
			return -x, -y
		case 3:
			return -y, x
		}
		return x, y
	}
	ax, ay := rot(g.x0, g.y0)
	bx, by := rot(g.x1, g.y1)
	return glyph{r: g.r, x0: math.Min(ax, bx), x1: math.Max(ax, bx), y0: math.Min(ay, by), y1: math.Max(ay, by)}
}

// pdfChar is a character as PDFium reports it: its loose box (advance
// width × font ascent to descent; zero when unknown), its angle in radians,
// counter-clockwise, and, when the loose box is in doubt, its tight glyph
// box.
type pdfChar struct {
	loose    glyph
	angle    float64
	tight    glyph
	hasTight bool
}

// Limits on loose boxes, beyond which a box is taken as wrong.
const (
	// looseLimitPage is how many times the page's usual loose box height
	// a loose box may be.
	looseLimitPage = 3.0
	// looseLimitGlyph is how many times the glyph's own size a loose box
	// may be on both axes.
	looseLimitGlyph = 10.0
	// looseMaxHeight is the tallest loose box (in points) taken on trust;
	// a taller one is checked against the glyph.
	looseMaxHeight = 48.0
)

// charGlyphs picks each character's box and turns the page upright. The
// loose box is the right measure for gaps and rows, but PDFium computes it
// wrongly for vertical CJK fonts (a box ~20 times too big); such a
// character keeps its tight box, made square. usual is the page's
// usualLooseHeight. It also returns the quarter turns the page was turned
// by.
func charGlyphs(chars []pdfChar, usual float64) ([]glyph, int) {
	glyphs := make([]glyph, 0, len(chars))
	angles := make([]float64, 0, len(chars))
	for _, c := range chars {
		if g := chooseBox(c, usual); g.finite() {
			glyphs = append(glyphs, g)
			angles = append(angles, c.angle)
		}
	}
	return uprightGlyphs(glyphs, angles)
}

// usualLooseHeight is the median height of the page's sound loose boxes,
// or 0 if there are none.
func usualLooseHeight(chars []pdfChar) float64 {
	var hs []float64
	for _, c := range chars {
		if h := c.loose.height(); c.loose.finite() && c.loose.width() > 0 && h > 0 && h <= looseMaxHeight {
			hs = append(hs, h)
		}
	}
	if len(hs) == 0 {
		return 0
	}
	slices.Sort(hs)
	return hs[len(hs)/2]
}

// doubtfulLoose reports whether a loose box must be checked against the
// glyph's tight box: it is not finite, empty, very tall, or much taller
// than usual.
func doubtfulLoose(c pdfChar, usual float64) bool {
	l := c.loose
	return !l.finite() || l.width() <= 0 || l.height() <= 0 || l.height() > looseMaxHeight ||
		(usual > 0 && l.height() > looseLimitPage*usual)
}

// chooseBox returns the loose box when it is trusted or plausible, else
// the tight box made square around its centre.
func chooseBox(c pdfChar, usual float64) glyph {
	if !c.hasTight || plausibleLoose(c, usual) {
		return c.loose
	}
	t := c.tight
	side := math.Max(t.width(), t.height())
	cx, cy := (t.x0+t.x1)/2, t.centerY()
	return glyph{r: t.r, x0: cx - side/2, x1: cx + side/2, y0: cy - side/2, y1: cy + side/2}
}

// plausibleLoose reports whether a character's loose box agrees with its
// tight box: it is not empty, contains the centre of the tight box, is not
// many times larger than the glyph on both axes, and (when usual > 0) is
// not many times taller than the page's usual loose box.
func plausibleLoose(c pdfChar, usual float64) bool {
	l, t := c.loose, c.tight
	if !l.finite() || l.width() <= 0 || l.height() <= 0 {
		return false
	}
	cx, cy := (t.x0+t.x1)/2, t.centerY()
	if cx < l.x0-1 || cx > l.x1+1 || cy < l.y0-1 || cy > l.y1+1 {
		return false
	}
	if usual > 0 && l.height() > looseLimitPage*usual {
		return false
	}
	side := math.Max(t.width(), t.height())
	return side <= 0 || l.width() <= looseLimitGlyph*side || l.height() <= looseLimitGlyph*side
}
