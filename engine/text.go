package engine

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// normText is a text prepared for search: full-width forms folded to
// half-width and white space removed, with a map back to the source so that
// a match can be quoted as written, with its line.
type normText struct {
	key   string // section key, "preamble" for the text before section 一
	src   string
	norm  string
	off   []int // byte offset in src of each byte of norm
	line0 int   // line of src's first line
}

func newNormText(key string, src string, line0 int) *normText {
	t := &normText{key: key, src: src, line0: line0}
	var b strings.Builder
	b.Grow(len(src))
	t.off = make([]int, 0, len(src))
	for i, r := range src {
		if isHan(r) {
			b.WriteRune(r)
			t.off = append(t.off, i, i, i)
			continue
		}
		if unicode.IsSpace(r) {
			continue
		}
		n, _ := b.WriteRune(foldRune(r))
		for range n {
			t.off = append(t.off, i)
		}
	}
	t.norm = b.String()
	return t
}

// normalise applies the search normalisation to a pattern or text.
func normalise(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(foldRune(r))
		}
	}
	return b.String()
}

// isHan reports whether r is a common CJK ideograph (three UTF-8 bytes,
// never folded, never a space): the fast path of normalisation.
func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// foldRune maps full-width ASCII (１２，（）) to half-width.
func foldRune(r rune) rune {
	if r < 0x80 || isHan(r) {
		return r
	}
	if f := width.LookupRune(r).Folded(); f != 0 && f < 0x80 {
		return f
	}
	return r
}

// sentenceEnds end a quoted sentence.
const sentenceEnds = "。！？；!?;"

// quote returns the sentence around the normalised byte range [from, to)
// as written in the source (line breaks removed) and its line.
func (t *normText) quote(from, to int) (string, int) {
	if from >= len(t.off) {
		return "", t.line0 + strings.Count(t.src, "\n")
	}
	start, end := t.off[from], len(t.src)
	if to < len(t.off) {
		end = t.off[to]
	}
	if i := strings.LastIndexAny(t.src[:start], sentenceEnds); i >= 0 {
		_, size := firstRune(t.src[i:])
		start = i + size
	} else {
		start = 0
	}
	if i := strings.IndexAny(t.src[end:], sentenceEnds); i >= 0 {
		_, size := firstRune(t.src[end+i:])
		end += i + size
	} else {
		end = len(t.src)
	}
	line := t.line0 + strings.Count(t.src[:t.off[from]], "\n")
	q := strings.Join(strings.Fields(t.src[start:end]), "")
	return clip(q, 160), line
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// clip shortens s to n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
