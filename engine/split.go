package engine

import (
	"strings"
	"unicode/utf8"
)

// piece is a byte range of a text.
type piece struct{ start, end int }

// splitKeep cuts s at any of the separators (dropped) into pieces without
// white space at either end, skipping empty ones.
func splitKeep(s, seps string) []piece {
	var out []piece
	start := 0
	add := func(end int) {
		p := s[start:end]
		if t := strings.TrimSpace(p); t != "" {
			from := start + strings.Index(p, t)
			out = append(out, piece{from, from + len(t)})
		}
	}
	for i, r := range s {
		if strings.ContainsRune(seps, r) {
			add(i)
			start = i + utf8.RuneLen(r)
		}
	}
	add(len(s))
	return out
}

// cutAt is the largest rune boundary of s at or before n.
func cutAt(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
