package ingest

import (
	"slices"
	"strings"
)

// pageTable is a ruled table read from a page: its grid (a spanning cell
// repeated in every slot it covers, span marking the copies) and the index
// of its first row among the page's lines.
type pageTable struct {
	first int
	cells [][]string
	span  [][]bool
	xs    []float64 // the grid's column lines
}

// block is a piece of a page in reading order: a text row or a table.
type block struct {
	top   float64
	line  Line
	table *ruledTable
	glyph [][]glyph // glyphs of each cell of the table
}

// layoutRuled lays out a page whose drawing has table rulings: each ruled
// table becomes one Line per grid row (cell texts joined by tabs, the
// cells' extents in Cells) and a pageTable; the glyphs outside tables are
// laid out as rows, as layoutLines does. Tables made of the edges of cell
// backgrounds count where they do not overlap a ruled one (shading is
// not always drawn cell by cell). carry is the column lines of the last
// table of the previous page, which the page's top table may continue
// (see continueColumns), or nil.
func layoutRuled(glyphs []glyph, d drawing, carry []float64) ([]Line, []pageTable) {
	em := usualHeight(glyphs)
	tables := ruledTables(d.rules, em, nil)
	tables = append(tables, ruledTables(d.fills, em, tables)...)
	if len(tables) == 0 {
		return layoutLines(glyphs), nil
	}
	top := slices.MaxFunc(tables, func(a, b *ruledTable) int { return cmpFloat(a.ys[0], b.ys[0]) })
	top.continueColumns(carry)
	blocks, rest := tableBlocks(tables, glyphs)
	for _, r := range groupRows(rest) {
		if l := rowLine(r.glyphs); l.Text != "" {
			blocks = append(blocks, block{top: r.centerY(), line: l})
		}
	}
	slices.SortStableFunc(blocks, func(a, b block) int { return cmpFloat(b.top, a.top) })
	var lines []Line
	var out []pageTable
	for _, b := range blocks {
		if b.table == nil {
			lines = append(lines, b.line)
			continue
		}
		rows, pt := ruledRows(b.table, b.glyph)
		if len(rows) == 0 {
			continue
		}
		pt.first, pt.xs = len(lines), b.table.xs
		lines = append(lines, rows...)
		out = append(out, pt)
	}
	return lines, out
}

// ruledTables builds the tables of a set of rulings, leaving out those
// that overlap one of others.
func ruledTables(rules []box, em float64, others []*ruledTable) []*ruledTable {
	var out []*ruledTable
	for _, rs := range tableRulings(rules) {
		t := newRuledTable(rs, em)
		if t != nil && !slices.ContainsFunc(others, t.overlaps) {
			out = append(out, t)
		}
	}
	return out
}

// usualHeight is the median height of the glyphs, or 0 if there are none.
func usualHeight(glyphs []glyph) float64 {
	if len(glyphs) == 0 {
		return 0
	}
	hs := make([]float64, len(glyphs))
	for i, g := range glyphs {
		hs[i] = g.height()
	}
	slices.Sort(hs)
	return hs[len(hs)/2]
}

// tableBlocks hands each glyph to the cell of the table whose frame holds
// its centre; it returns a block per table and the glyphs outside tables.
func tableBlocks(tables []*ruledTable, glyphs []glyph) ([]block, []glyph) {
	blocks := make([]block, len(tables))
	for i, t := range tables {
		blocks[i] = block{top: t.ys[0], table: t, glyph: make([][]glyph, t.cells)}
	}
	var rest []glyph
	for _, g := range glyphs {
		x, y := (g.x0+g.x1)/2, g.centerY()
		i := slices.IndexFunc(tables, func(t *ruledTable) bool { return t.contains(x, y) })
		if i < 0 {
			rest = append(rest, g)
			continue
		}
		r, c := tables[i].slot(x, y)
		id := tables[i].cell[r][c]
		blocks[i].glyph[id] = append(blocks[i].glyph[id], g)
	}
	kept := blocks[:0]
	for _, b := range blocks {
		if !slices.ContainsFunc(b.glyph, notTableCell) {
			kept = append(kept, b)
			continue
		}
		for _, gs := range b.glyph {
			rest = append(rest, gs...)
		}
	}
	return kept, rest
}

// ruledRows returns the Lines and grid of a table whose cells hold the
// given glyphs. Tables with no text are dropped, and so are redundant
// rows (see redundantRow).
func ruledRows(t *ruledTable, cellGlyphs [][]glyph) ([]Line, pageTable) {
	texts := make([]string, t.cells)
	text := false
	for id, gs := range cellGlyphs {
		texts[id] = ruledCellText(gs)
		text = text || texts[id] != ""
	}
	var lines []Line
	var pt pageTable
	if !text {
		return nil, pt
	}
	var above []int // cell ids of the last row kept
	for r, ids := range t.cell {
		if redundantRow(t, r, texts) {
			continue
		}
		row, span := make([]string, len(ids)), make([]bool, len(ids))
		for c, id := range ids {
			// A copy repeats the slot to its left or the one above it
			// in the grid as emitted (rows dropped do not count).
			row[c], span[c] = texts[id], (c > 0 && ids[c-1] == id) || (above != nil && above[c] == id)
		}
		above = ids
		lines = append(lines, gridLine(row, t.xs))
		pt.cells, pt.span = append(pt.cells, row), append(pt.span, span)
	}
	return lines, pt
}

// redundantRow reports whether grid row r adds nothing: it has no text
// at all (the sliver of a row a page break cut, which LibreOffice draws
// as a row of its own), or no cell starts in it with text and most of its
// slots continue cells from above. The latter comes from a border that
// parts only some columns, as where a producer ends a spanning cell short
// of the row line. A row of blank cells under a spanning label is kept:
// its blank cells start in it.
func redundantRow(t *ruledTable, r int, texts []string) bool {
	if !slices.ContainsFunc(t.cell[r], func(id int) bool { return texts[id] != "" }) {
		return true
	}
	if r == 0 {
		return false
	}
	copies := 0
	for c, id := range t.cell[r] {
		switch {
		case t.cell[r-1][c] == id:
			copies++
		case texts[id] != "":
			return false
		}
	}
	return 2*copies > len(t.cell[r])
}

// gridLine joins a grid row's cells with tabs, each cell's Span spanning
// its column between the grid lines xs.
func gridLine(row []string, xs []float64) Line {
	var b strings.Builder
	cells := make([]Span, len(row))
	for c, s := range row {
		if c > 0 {
			b.WriteByte('\t')
		}
		cells[c] = Span{Start: b.Len(), X0: xs[c], X1: xs[c+1]}
		b.WriteString(s)
		cells[c].End = b.Len()
	}
	return Line{Text: b.String(), Cells: cells}
}

// hasCellGap reports whether some line has cells that stand apart. A page
// of prose has none, and reading its drawing (a call into WebAssembly per
// object) is skipped.
func hasCellGap(lines []Line) bool {
	return slices.ContainsFunc(lines, func(l Line) bool { return len(l.Cells) > 1 })
}

// turnBoxes turns boxes by q quarter turns.
func turnBoxes(bs []box, q int) []box {
	if q == 0 {
		return bs
	}
	out := make([]box, len(bs))
	for i, b := range bs {
		g := rotateGlyph(glyph{x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1}, q)
		out[i] = box{g.x0, g.y0, g.x1, g.y1}
	}
	return out
}

// addPage appends the lines and ruled tables of page (1-based) to d.
func (d *Document) addPage(page int, lines []Line, tables []pageTable) {
	base := len(d.Lines)
	for _, l := range lines {
		l.Page = page
		d.Lines = append(d.Lines, l)
	}
	for _, t := range tables {
		d.Tables = append(d.Tables, Table{Line: base + t.first + 1, Page: page, Cells: t.cells, Span: t.span})
	}
}
