package report

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// token is a number (or a blank cell) found in the stream between labels.
type token struct {
	raw string // as folded, e.g. "12", "0.00", "-15", "−15", "减15"
	// neg: a minus sign is attached to the number ("-15", "－15", "−15",
	// "减15", "15-"); raw keeps the sign as written.
	neg   bool
	pos   int  // stream position
	end   int  // stream position after the token
	line  int  // document line index
	blank bool // an empty pipe cell or a printed "—"/"/"
	pipe  bool // read from a Markdown pipe row
	// cell: read from a real cell (a row of an HTML/Word table, or a piece
	// of a PDF line that carries positions), so it is one number, never
	// several fused together.
	cell bool
	// placed: the token was put under its column by its position on the
	// page (a blank one stands for a cell printed empty).
	placed bool
	// note says how the token was cut from the text around it.
	note string
}

// lineInfo says what kind of line a document line is.
type lineInfo struct {
	pipe     bool // a Markdown pipe row "| a | b |"
	labelled bool // it has a cell with words in it (a row label)
	grid     bool // a row of a real table (rewritten as a pipe row)
	merged   bool // a number of this grid row spans several cells
	// numbering: a row of column numbers (| 1 | 2 | 3 | 4 |) that a
	// converter put over a table; its numbers are no cells.
	numbering bool
}

// classifyLines looks at each line once.
func classifyLines(lines []string) []lineInfo {
	out := make([]lineInfo, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		// A pipe row has two cells, or is one cell closed on both sides
		// ("| 0 |", as converters write a one-column table).
		if !strings.HasPrefix(t, "|") || strings.Count(t, "|") < 3 && (len(t) < 3 || !strings.HasSuffix(t, "|")) {
			continue
		}
		out[i].pipe = true
		cells := strings.Split(strings.Trim(t, "|"), "|")
		for _, c := range cells {
			if hasHan(c) {
				out[i].labelled = true
			}
		}
		out[i].numbering = isNumbering(cells)
	}
	return out
}

// isNumbering reports whether the cells are 1, 2, 3… (at least three): a
// data row is never that, as its totals would not add up.
func isNumbering(cells []string) bool {
	n := 0
	for _, c := range cells {
		c = strings.TrimSpace(fold(c))
		if c == "" && n == 0 {
			continue
		}
		if c != strconv.Itoa(n+1) {
			return false
		}
		n++
	}
	return n >= 3
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

func isBlankMark(r rune) bool {
	return r == '—' || r == '/' || r == '-' || r == '–' || r == '－' || r == '\\'
}

// tokens lists the numbers and blank cells in stream span [a,b).
func (x *extractor) tokens(a, b int) []token {
	t := x.s.text
	b = min(b, len(t))
	var out []token
	for i := a; i < b; {
		r, size := utf8.DecodeRuneInString(t[i:])
		li := int(x.s.line[i])
		pipe := x.lines[li].pipe
		switch {
		case x.lines[li].numbering:
		case pipe && isDigit(r) && i > 0 && x.inLabel(i):
			size = numberEnd(t, i+1, b) - i // 数据1, 列2: a header cell's words
		case isMinus(r) && i+size < b && isDigitByte(t[i+size]) && x.signStart(i, pipe):
			j := numberEnd(t, i+size, b)
			out = append(out, token{raw: strings.ReplaceAll(t[i:j], ",", ""), neg: true, pos: i, end: j, line: li, pipe: pipe, cell: x.realCell(li)})
			size = j - i
		case isDigit(r):
			j := numberEnd(t, i+1, b)
			tok := token{raw: strings.ReplaceAll(t[i:j], ",", ""), pos: i, line: li, pipe: pipe, cell: x.realCell(li)}
			if k := trailingMinus(t, i, j, b, pipe); k > j {
				tok.raw, tok.neg, j = tok.raw+t[j:k], true, k
			}
			tok.end = j
			out = append(out, tok)
			size = j - i
		case r == '|' && pipe && i+1 < b && t[i+1] == '|' && int(x.s.line[i+1]) == li:
			out = append(out, token{pos: i, end: i + 1, line: li, blank: true, pipe: true})
		case isBlankMark(r) && pipe && i > 0 && i+size < b && t[i-1] == '|' && t[i+size] == '|':
			out = append(out, token{raw: string(r), pos: i, end: i + size, line: li, blank: true, pipe: true})
		case isBlankMark(r) && !pipe && x.standaloneMark(i):
			out = append(out, token{raw: string(r), pos: i, end: i + size, line: li, blank: true})
		}
		i += size
	}
	return out
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// realCell reports whether document line li is a row of a real table or a
// positioned PDF line, whose numbers each stand in a cell of their own.
func (x *extractor) realCell(li int) bool {
	return x.lines[li].grid || len(x.doc.Lines[li].Cells) > 0
}

// inLabel reports whether the digit at stream position i is part of a
// converter's column name: the cell starts with one or two Chinese
// characters right before it ("| 数据1 |", "| 列2 |"). A value glued to a
// long row label ("| 一、本年新收…数量 32 |") is still a value.
func (x *extractor) inLabel(i int) bool {
	bar := strings.LastIndexByte(x.s.text[:i], '|')
	if bar < 0 {
		return false
	}
	head := []rune(x.s.text[bar+1 : i])
	if len(head) == 0 || len(head) > 2 {
		return false
	}
	for _, r := range head {
		if r < 0x4e00 || r > 0x9fff {
			return false
		}
	}
	return true
}

// isMinus reports whether r can be a minus sign written before a number:
// the hyphen-minus (full-width folded to it), the minus sign, an en dash a
// converter put for it, or 减 (本年增/减 written "减15").
func isMinus(r rune) bool {
	return r == '-' || r == '−' || r == '–' || r == '减'
}

// signStart reports whether the minus at stream position i starts a cell
// rather than joining two numbers ("3-5"): on a pipe row it opens the cell
// ("| -15 |"); in text it follows a space, a label or the line start, never
// a digit or a slash ("本年增/减") in the source line.
func (x *extractor) signStart(i int, pipe bool) bool {
	if pipe {
		return i > 0 && x.s.text[i-1] == '|'
	}
	line, off := x.doc.Lines[x.s.line[i]].Text, x.s.off[i]
	_, size := utf8.DecodeRuneInString(line[off:])
	if next, _ := utf8.DecodeRuneInString(line[int(off)+size:]); !isDigit(foldRune(next)) {
		return false // "- 25": a dash cell, then a number
	}
	if off == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(line[:off])
	prev = foldRune(prev)
	return !isDigit(prev) && prev != '/' && prev != '增' && prev != '.'
}

// trailingMinus returns the end of a minus written after the number at
// [i,j) of a pipe cell ("| 15- |"), or j when there is none.
func trailingMinus(t string, i, j, b int, pipe bool) int {
	if !pipe || i == 0 || t[i-1] != '|' || j >= b {
		return j
	}
	r, size := utf8.DecodeRuneInString(t[j:])
	if (r == '-' || r == '−') && j+size < b && t[j+size] == '|' {
		return j + size
	}
	return j
}

// numberEnd returns the end of the number starting before j: digits, one
// decimal part, and thousands separators.
func numberEnd(t string, j, b int) int {
	for j < b {
		switch {
		case isDigitByte(t[j]):
		case t[j] == '.' && j+1 < b && isDigitByte(t[j+1]):
		case t[j] == ',' && j+3 < b && isDigitByte(t[j+1]) && isDigitByte(t[j+2]) && isDigitByte(t[j+3]):
		default:
			return j
		}
		j++
	}
	return j
}

// standaloneMark reports whether the dash or slash at stream position i
// stands alone between numbers in the raw text ("0 — 0", "3\t/\t5"), i.e.
// it is a cell printed as a dash.
func (x *extractor) standaloneMark(i int) bool {
	li := x.s.line[i]
	raw := x.doc.Lines[li].Text
	off := int(x.s.off[i])
	before := strings.TrimRight(raw[:off], " \t\u3000\u00a0")
	after := raw[off:]
	_, size := firstRune(after)
	after = strings.TrimLeft(after[size:], " \t\u3000\u00a0")
	okBefore := before == "" || len(before) < len(raw[:off]) && (endsNumOrMark(before) || endsHan(before))
	okAfter := after == "" || len(after) < len(raw[off+size:]) && startsNumOrMark(after)
	return okBefore && okAfter && (before != "" || after != "")
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func endsNumOrMark(s string) bool {
	r := []rune(s)
	c := foldRune(r[len(r)-1])
	return isDigit(c) || isBlankMark(c)
}

// endsHan reports whether s ends with a Chinese character (a row label).
func endsHan(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= 0x4e00 && r <= 0x9fff
}

func startsNumOrMark(s string) bool {
	c, _ := firstRune(s)
	c = foldRune(c)
	return isDigit(c) || isBlankMark(c)
}
