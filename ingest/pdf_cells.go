package ingest

import (
	"strings"
	"unicode/utf8"
)

// ruledCellText is the text of a table cell: its glyphs laid out as rows, top
// to bottom, joined in reading order. Chinese text wrapped inside the cell
// joins with nothing; Latin words and numbers that stand apart keep a
// space, so two numbers in one cell never fuse into one.
func ruledCellText(gs []glyph) string {
	var b strings.Builder
	for _, r := range groupRows(gs) {
		for _, piece := range strings.Split(rowLine(r.glyphs).Text, "\t") {
			joinPiece(&b, piece)
		}
	}
	return b.String()
}

// joinPiece appends a piece of cell text, with a space unless Chinese
// text stands on either side.
func joinPiece(b *strings.Builder, piece string) {
	if piece == "" {
		return
	}
	if s := b.String(); s != "" {
		last, _ := utf8.DecodeLastRuneInString(s)
		first, _ := utf8.DecodeRuneInString(piece)
		if !isCJKGlyph(last) && !isCJKGlyph(first) {
			b.WriteByte(' ')
		}
	}
	b.WriteString(piece)
}

// maxCellGlyphs is the most characters a table cell holds; a box with
// more is page layout (a bordered column of text), not a cell.
const maxCellGlyphs = 200

// notTableCell reports whether a cell's glyphs show that its "table" is
// not one to read by cells: a box of running text, or a number stacked
// with other text (see stackedNumbers).
func notTableCell(gs []glyph) bool {
	return len(gs) > maxCellGlyphs || stackedNumbers(gs)
}

// stackedNumbers reports whether a cell holds a number together with
// anything else: another row, or other pieces standing apart on its row.
// A ruled number cell holds one number; such a cell means the table rules
// its columns but not its rows (or not all its lines), so its cells are
// whole columns or blocks, and it is read by gaps instead.
func stackedNumbers(gs []glyph) bool {
	rows := groupRows(gs)
	for _, r := range rows {
		pieces := strings.Split(rowLine(r.glyphs).Text, "\t")
		numbers := 0
		for _, p := range pieces {
			if isNumberText(p) {
				numbers++
			}
		}
		if numbers > 0 && (len(rows) > 1 || len(pieces) > 1) {
			return true
		}
	}
	return false
}

// isNumberText reports whether s is a number: digits with at most a
// sign, decimal point, thousands separator or percent sign.
func isNumberText(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case isDigit(r):
			digits++
		case !strings.ContainsRune(" .,-%．，－％", r):
			return false
		}
	}
	return digits > 0
}
