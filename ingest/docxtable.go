package ingest

import "encoding/xml"

// structure handles the table-structure elements of a top-level table:
// rows, cells, w:gridBefore, w:gridSpan and w:vMerge.
func (t *docxTable) structure(e xml.StartElement) {
	switch e.Name.Local {
	case "tr":
		t.row, t.col, t.inCell = t.row+1, 0, false
	case "tc":
		t.row = max(t.row, 0) // a cell outside any row
		t.inCell, t.span, t.merge = true, 1, false
		t.cell.Reset()
	case "gridBefore":
		if !t.inCell {
			t.col = parseCount(wordVal(e))
		}
	case "gridSpan":
		if t.inCell {
			t.span = parseSpan(wordVal(e))
		}
	case "vMerge":
		if t.inCell {
			v := wordVal(e)
			t.merge = v == "" || v == "continue"
		}
	}
}

// endCell places the closed cell in the grid. A cell continuing a vertical
// merge repeats the text above it (that of the restart cell) and is a copy
// in every slot, as an HTML rowspan leaves it.
func (t *docxTable) endCell() {
	if !t.inCell {
		return
	}
	if t.merge {
		t.g.extend(t.row, t.col, t.span, t.g.at(t.row-1, t.col))
	} else {
		t.g.place(t.row, t.col, 1, t.span, cellString(t.cell.String()))
	}
	t.col += t.span
	t.inCell = false
}

// wordVal returns the w:val attribute of e, or "".
func wordVal(e xml.StartElement) string {
	for _, a := range e.Attr {
		if a.Name.Local == "val" {
			return a.Value
		}
	}
	return ""
}
