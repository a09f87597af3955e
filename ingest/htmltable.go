package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// layoutCellRunes is the cell text length past which a table is taken for
// page layout rather than data.
const layoutCellRunes = 300

// tableRows returns the rows of table t in order: its own <tr> children and
// those of its <thead>, <tbody> and <tfoot> (not the rows of nested tables).
func tableRows(t *html.Node) []*html.Node {
	var rows []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					rows = append(rows, r)
				}
			}
		}
	}
	return rows
}

// rowCells returns the <td> and <th> children of row tr.
func rowCells(tr *html.Node) []*html.Node {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			cells = append(cells, c)
		}
	}
	return cells
}

// hasNestedTable reports whether a table lies below n.
func hasNestedTable(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Table || hasNestedTable(c) {
			return true
		}
	}
	return false
}

// isLayoutTable reports whether table t arranges the page rather than
// holding data: it has at most one cell, a cell with long text, or a cell
// holding a table of its own with several rows. Layout tables are read as
// ordinary blocks, and the tables inside them as tables.
func isLayoutTable(t *html.Node) bool {
	cells := 0
	for _, tr := range tableRows(t) {
		for _, td := range rowCells(tr) {
			cells++
			if textRunes(td) > layoutCellRunes || holdsDataTable(td) {
				return true
			}
		}
	}
	return cells <= 1
}

// holdsDataTable reports whether a table with two rows or more lies below n.
func holdsDataTable(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Table && len(tableRows(c)) >= 2 || holdsDataTable(c) {
			return true
		}
	}
	return false
}

// textRunes counts the non-space characters of the text below n.
func textRunes(n *html.Node) int {
	if n.Type == html.TextNode {
		return len([]rune(strings.Join(strings.Fields(n.Data), "")))
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textRunes(c)
	}
	return total
}

// tableGrid expands the rows of table t into a grid, honouring rowspan
// (clipped to the table's last row) and colspan.
func tableGrid(t *html.Node, b *budget) *grid {
	g := newGrid(b)
	rows := tableRows(t)
	for r, tr := range rows {
		c := 0
		for _, td := range rowCells(tr) {
			c = g.freeCol(r, c)
			rs := min(parseSpan(attr(td, "rowspan")), len(rows)-r)
			cs := parseSpan(attr(td, "colspan"))
			g.place(r, c, rs, cs, cellText(td))
			if g.full {
				return g
			}
			c += cs
		}
	}
	return g
}

// cellText returns the text of a cell on one line: paragraphs, line breaks
// and the cells of nested tables are joined (without a space between
// Chinese characters), whitespace is collapsed.
func cellText(td *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	visit(td)
	return cellString(b.String())
}
