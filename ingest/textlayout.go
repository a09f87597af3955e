package ingest

import (
	"strings"
	"unicode/utf8"
)

// Text laid out in columns. A converter such as pdftotext -layout keeps a
// table's columns by padding with spaces, so a cell printed blank is a gap
// in the column, not a missing number. In such text each line's pieces get
// their positions, as PDF lines do, and the reader places short rows by
// column. Positions count characters, not display width: pdftotext -layout
// puts each character, Chinese or not, in one column of its grid.

// Thresholds for text laid out in columns.
const (
	// layoutGap is the run of spaces that separates two cells.
	layoutGap = 2
	// layoutRows is how many lines must hold two or more numbers set apart
	// by a cell gap for the text to count as laid out.
	layoutRows = 8
)

// positionLayout gives every line of laid-out text its cells; other text
// is left as it is (its spaces say nothing about columns).
func positionLayout(lines []Line) {
	rows := 0
	for _, l := range lines {
		if spacedNumbers(l.Text) {
			rows++
		}
	}
	if rows < layoutRows {
		return
	}
	for i := range lines {
		lines[i].Cells = textCells(lines[i].Text)
	}
}

// spacedNumbers reports whether a line has two numbers with a cell gap
// between them ("821        35").
func spacedNumbers(s string) bool {
	cells := textCells(s)
	n := 0
	for i, c := range cells {
		if isNumberPiece(s[c.Start:c.End]) {
			if n > 0 && c.X0-cells[i-1].X1 >= layoutGap {
				return true
			}
			n++
		}
	}
	return false
}

// isNumberPiece reports whether a piece is one number (digits with a
// decimal point or thousands separators).
func isNumberPiece(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isDigit(r) && r != '.' && r != ',' && r != '-' {
			return false
		}
	}
	return true
}

// textCells splits a line at runs of layoutGap or more spaces, and at a
// single space between two digits (two numbers), with each piece's
// display columns.
func textCells(s string) []Span {
	var cells []Span
	col := 0.0
	start, gap := -1, 0
	for i, r := range s {
		const w = 1.0
		if r == ' ' || r == '\t' || r == '\u3000' {
			gap++
			col += w
			continue
		}
		split := start < 0 || gap >= layoutGap || gap > 0 && isDigit(r) && isDigit(lastRune(s[:i]))
		if split {
			if start >= 0 {
				cells[len(cells)-1].End = trimEnd(s, start, i)
			}
			cells = append(cells, Span{Start: i, X0: col})
			start = i
		}
		gap = 0
		col += w
		cells[len(cells)-1].X1 = col
	}
	if start >= 0 {
		cells[len(cells)-1].End = trimEnd(s, start, len(s))
	}
	return cells
}

// trimEnd returns the end of s[start:end] without trailing spaces.
func trimEnd(s string, start, end int) int {
	return start + len(strings.TrimRight(s[start:end], " \t\u3000"))
}

// lastRune returns the last non-space rune of s.
func lastRune(s string) rune {
	s = strings.TrimRight(s, " \t\u3000")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
