package report

import (
	"regexp"
	"strings"
)

// Reading pipe rows by column. A grid row (a real table rewritten as a pipe
// row, or a converter's Markdown table) has its cells in columns; a blank
// cell standing under a label column — the slot a spanning label left
// empty when a converter dropped the span — is not a value.

// pipeCol returns the 0-based cell index of a token on a text pipe row
// (Markdown), or -1 when the token is not on one.
func (x *extractor) pipeCol(t token) int {
	if l := x.lines[t.line]; !l.pipe || l.grid {
		return -1
	}
	raw := x.doc.Lines[t.line].Text
	off := int(x.s.off[t.pos])
	if off > len(raw) {
		return -1
	}
	n := strings.Count(raw[:off], "|")
	if t.blank && strings.HasPrefix(raw[off:], "|") {
		return n // a blank cell's token is the pipe that opens it
	}
	return n - 1
}

// headerCol returns the cell index at which a header word (re) stands on a
// pipe row of stream span [a,b) that has no digits, or -1.
func (x *extractor) headerCol(re *regexp.Regexp, a, b int) int {
	for from := a; from < b; {
		p, e := x.s.find(re, from, b)
		if p < 0 {
			return -1
		}
		from = e
		li := x.s.lineAt(p)
		if x.lines[li].pipe && !hasDigit(x.doc.Lines[li].Text) {
			return x.pipeCol(token{pos: p, line: li})
		}
	}
	return -1
}

// dropLabelSlots removes the blank pipe cells that stand left of the first
// value column col (a label column) on a row that has its label; col < 0
// keeps every token. A row of numbers without a label (values a converter
// put in a table of their own) has no label columns.
func (x *extractor) dropLabelSlots(toks []token, col int) []token {
	if col <= 0 {
		return toks
	}
	out := toks[:0:0]
	for _, t := range toks {
		if t.blank && t.pipe && x.lines[t.line].labelled {
			if c := x.pipeCol(t); c >= 0 && c < col {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}
