package ingest

import (
	"strings"
	"unicode"
)

// isCollapsible reports whether r is whitespace that HTML collapses (ASCII
// whitespace and the no-break space of &nbsp;). The ideographic space U+3000,
// used for indentation in Chinese text, is kept as written.
func isCollapsible(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0':
		return true
	}
	return false
}

// isInvisible reports whether r is a zero-width character that pages leave
// in text by accident (BOMs of included files, zero-width spaces).
func isInvisible(r rune) bool {
	return r == '\ufeff' || r == '\u200b'
}

// isWide reports whether r is a CJK character or full-width form, between
// which a line break in the source is not a space.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) ||
		(r >= 0x2e80 && r <= 0x303f) || // radicals, CJK symbols and punctuation
		(r >= 0xff00 && r <= 0xffef) // full-width forms
}

// normalizeSpace collapses each run of whitespace in s to one space and trims
// the ends. A run holding a line break between two wide characters is
// dropped, so "本年新\n制作数量" reads "本年新制作数量".
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	inSpace, newline := false, false
	for _, r := range s {
		switch {
		case isInvisible(r):
			continue
		case isCollapsible(r):
			inSpace = true
			newline = newline || r == '\n' || r == '\r'
			continue
		}
		if inSpace && b.Len() > 0 && !(newline && isWide(prev) && isWide(r)) {
			b.WriteByte(' ')
		}
		inSpace, newline = false, false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// cellString normalizes the text of a table cell: one line, collapsed
// whitespace, no tab (tabs separate cells in Lines), no blank padding.
func cellString(s string) string {
	return strings.TrimFunc(normalizeSpace(s), unicode.IsSpace)
}

// countHan counts the Chinese characters in s.
func countHan(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}
