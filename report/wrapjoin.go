package report

import (
	"strings"

	"github.com/nianbao/nianbao/ingest"
)

// Wrapped labels in a table without ruling lines. Where a PDF table has no
// lines to give its cells, a row label too long for its column wraps onto
// the lines below its numbers: 「1.属于国 2 0 0 0 0 0 2」 then 「家秘密」.
// A line of label words only, standing left of the numbers' columns, right
// after a line with numbers, is the rest of that line's labels: each piece
// is joined to the label piece above it, so the row reads
// 「1.属于国家秘密 2 0 0 0 0 0 2」 and the extra line goes.

// joinWrappedLabels rewrites the positioned lines of a document (not the
// rows of real tables, listed in grid) so that wrapped label lines join
// the row above them.
func joinWrappedLabels(lines []ingest.Line, grid map[int]bool) {
	for i := 0; i < len(lines); i++ {
		if grid[i] {
			continue
		}
		labels, values, ok := splitRow(lines[i])
		if !ok {
			continue
		}
		j := i + 1
		for ; j < len(lines) && !grid[j] && continuesLabels(lines[j], lines[i].Page, labels, values[0].x0); j++ {
			for _, c := range lines[j].Cells {
				k := nearestPiece(labels, c)
				labels[k].text += lines[j].Text[c.Start:c.End]
			}
		}
		if j == i+1 {
			continue
		}
		lines[i] = rebuild(lines[i], append(labels, values...))
		for k := i + 1; k < j; k++ {
			lines[k].Text, lines[k].Cells = "", nil
		}
		i = j - 1
	}
}

// piece is a positioned piece of a line being rebuilt.
type piece struct {
	text   string
	x0, x1 float64
}

// splitRow returns a positioned line's label pieces and the number pieces
// after them, when it has both: a table row.
func splitRow(l ingest.Line) (labels, values []piece, ok bool) {
	for _, c := range l.Cells {
		p := piece{l.Text[c.Start:c.End], c.X0, c.X1}
		switch {
		case isNumberText(p.text):
			values = append(values, p)
		case len(values) == 0:
			labels = append(labels, p)
		default:
			return nil, nil, false // words after the numbers: not a table row
		}
	}
	return labels, values, len(labels) > 0 && len(values) > 0
}

// continuesLabels reports whether line l, on the same page, holds only
// label words standing over the label pieces, left of the first number
// column (at x), none of them the start of a label of its own (（二）…, 5.…).
func continuesLabels(l ingest.Line, page int, labels []piece, x float64) bool {
	if l.Page != page || len(l.Cells) == 0 || len(l.Cells) > len(labels) {
		return false
	}
	for _, c := range l.Cells {
		t := l.Text[c.Start:c.End]
		if c.X1 > x || isNumberText(t) || startsRowLabel(t) {
			return false // past the labels, a number, or a label of its own
		}
		if c.X1 < labels[0].x0-1 || c.X0 > labels[len(labels)-1].x1+1 && c.X0 > x {
			return false
		}
	}
	return true
}

// nearestPiece returns the label piece that c overlaps most, or the one
// whose left edge is nearest.
func nearestPiece(labels []piece, c ingest.Span) int {
	best, bestOver := 0, -1.0
	for k, p := range labels {
		over := min(p.x1, c.X1) - max(p.x0, c.X0)
		if over > bestOver {
			best, bestOver = k, over
		}
	}
	return best
}

// rebuild makes a line from pieces, tab-separated, with their positions.
func rebuild(l ingest.Line, pieces []piece) ingest.Line {
	var b strings.Builder
	l.Cells = nil
	for i, p := range pieces {
		if i > 0 {
			b.WriteByte('\t')
		}
		start := b.Len()
		b.WriteString(p.text)
		l.Cells = append(l.Cells, ingest.Span{Start: start, End: b.Len(), X0: p.x0, X1: p.x1})
	}
	l.Text = b.String()
	return l
}

// isNumberText reports whether a piece is one number as printed (digits,
// a decimal point, thousands separators, a sign).
func isNumberText(s string) bool {
	s = strings.TrimSpace(fold(s))
	if s == "" {
		return false
	}
	digits := 0
	for _, r := range s {
		switch {
		case isDigit(r):
			digits++
		case r == '.' || r == ',' || r == '-':
		default:
			return false
		}
	}
	return digits > 0
}
