package engine

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// srcPos is a 1-based line and character column in a YAML file.
type srcPos struct{ line, col int }

// posOf returns the source position of the rune at index i of the scalar's
// value. Expression errors give rune offsets into the value; this maps them
// back through block scalars (|, >), quotes, escapes and line folding.
func posOf(lines [][]rune, n *yaml.Node, i int) srcPos {
	ps := scalarPositions(lines, n)
	switch {
	case len(ps) == 0:
		return srcPos{n.Line, n.Column}
	case i < len(ps):
		return ps[i]
	}
	last := ps[len(ps)-1]
	return srcPos{last.line, last.col + 1}
}

// scalarPositions returns the position of every rune of n.Value, or nil
// when the source cannot be matched to the value exactly.
func scalarPositions(lines [][]rune, n *yaml.Node) []srcPos {
	if n.Line < 1 || n.Line > len(lines) {
		return nil
	}
	var s scanned
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		s = scanBlock(lines, n)
	} else {
		s = scanFlow(lines, n)
	}
	if strings.TrimRight(string(s.out), "\n") != strings.TrimRight(n.Value, "\n") {
		return nil
	}
	return s.pos
}

// scanned is a decoded scalar with the source position of each rune.
type scanned struct {
	out []rune
	pos []srcPos
}

func (s *scanned) emit(r rune, line, col int) {
	s.out = append(s.out, r)
	s.pos = append(s.pos, srcPos{line + 1, col + 1})
}

// trimLine drops trailing blanks emitted from 0-based line l: YAML
// folding removes them.
func (s *scanned) trimLine(l int) {
	for k := len(s.out) - 1; k >= 0 && (s.out[k] == ' ' || s.out[k] == '\t') && s.pos[k].line == l+1; k-- {
		s.out, s.pos = s.out[:k], s.pos[:k]
	}
}

func isBlank(line []rune) bool { return strings.TrimSpace(string(line)) == "" }

func indentOf(line []rune) int {
	i := 0
	for i < len(line) && line[i] == ' ' {
		i++
	}
	return i
}

// scanFlow decodes a plain, single-quoted or double-quoted scalar.
func scanFlow(lines [][]rune, n *yaml.Node) scanned {
	var s scanned
	quote := map[yaml.Style]rune{yaml.SingleQuotedStyle: '\'', yaml.DoubleQuotedStyle: '"'}[n.Style]
	l, c := n.Line-1, n.Column-1
	if quote != 0 {
		c++
	}
	want := len([]rune(n.Value))
	for l < len(lines) && len(s.out) < want {
		var done bool
		c, done = scanFlowLine(&s, lines[l], l, c, quote, want)
		if done || len(s.out) >= want {
			break
		}
		if c < 0 { // escaped line break: no separator
			l++
			if l < len(lines) {
				c = indentOf(lines[l])
			}
			continue
		}
		l, c = foldBreak(&s, lines, l)
	}
	return s
}

// scanFlowLine decodes runes of one line from column c. It returns the next
// column (-1 after an escaped line break) and whether the scalar ended.
func scanFlowLine(s *scanned, line []rune, l, c int, quote rune, want int) (int, bool) {
	for c < len(line) && len(s.out) < want {
		r := line[c]
		switch {
		case quote == '\'' && r == '\'':
			if c+1 < len(line) && line[c+1] == '\'' {
				s.emit('\'', l, c)
				c += 2
				continue
			}
			return c, true
		case quote == '"' && r == '"':
			return c, true
		case quote == '"' && r == '\\':
			if c+1 >= len(line) {
				return -1, false
			}
			u, size := unescape(line[c+1:])
			s.emit(u, l, c)
			c += 1 + size
			continue
		}
		s.emit(r, l, c)
		c++
	}
	return c, false
}

// foldBreak folds the line break after line l: one space, or one newline per
// following blank line. It returns the next line and its first column.
func foldBreak(s *scanned, lines [][]rune, l int) (int, int) {
	s.trimLine(l)
	end := len(lines[l])
	blanks := 0
	for l++; l < len(lines) && isBlank(lines[l]); l++ {
		s.emit('\n', l, 0)
		blanks++
	}
	if blanks == 0 {
		s.emit(' ', l-1, end)
	}
	if l < len(lines) {
		return l, indentOf(lines[l])
	}
	return l, 0
}

var simpleEscapes = map[rune]rune{
	'0': 0, 'a': 7, 'b': 8, 't': 9, '\t': 9, 'n': 10, 'v': 11, 'f': 12, 'r': 13, 'e': 27,
	' ': ' ', '"': '"', '/': '/', '\\': '\\', 'N': 0x85, '_': 0xA0, 'L': 0x2028, 'P': 0x2029,
}

// unescape decodes the escape after a backslash, returning the rune and the
// number of source runes it used.
func unescape(rest []rune) (rune, int) {
	if r, ok := simpleEscapes[rest[0]]; ok {
		return r, 1
	}
	digits := map[rune]int{'x': 2, 'u': 4, 'U': 8}[rest[0]]
	if digits == 0 || len(rest) < 1+digits {
		return rest[0], 1
	}
	var v rune
	for _, d := range rest[1 : 1+digits] {
		v = v*16 + rune(strings.IndexRune("0123456789abcdef", d|0x20))
	}
	return v, 1 + digits
}
