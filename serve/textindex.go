package serve

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nianbao/nianbao/ingest"
)

// textIndex finds quoted sentences in a document's text. Quotes are
// matched with white space ignored, so a sentence broken across lines or
// spaced out by a PDF still matches.
type textIndex struct {
	lines   []ingest.Line
	starts  []int  // byte offset of each line in full
	full    string // the lines joined by "\n"
	compact []byte // full without white space
	orig    []int  // orig[i] is the offset in full of compact[i]
}

// span is a byte range [a, b) of the full text.
type span struct{ a, b int }

func newTextIndex(lines []ingest.Line) *textIndex {
	t := &textIndex{lines: lines, starts: make([]int, len(lines))}
	var sb strings.Builder
	for i, l := range lines {
		t.starts[i] = sb.Len()
		sb.WriteString(l.Text)
		sb.WriteByte('\n')
	}
	t.full = sb.String()
	for off := 0; off < len(t.full); {
		r, size := utf8.DecodeRuneInString(t.full[off:])
		if !unicode.IsSpace(r) {
			for k := range size {
				t.compact = append(t.compact, t.full[off+k])
				t.orig = append(t.orig, off+k)
			}
		}
		off += size
	}
	return t
}

// find locates quote, first from the start of the 1-based line (when
// known), then anywhere.
func (t *textIndex) find(quote string, line int) (span, bool) {
	q := []byte(strings.Map(dropSpace, quote))
	if len(q) == 0 {
		return span{}, false
	}
	from := 0
	if line >= 1 && line <= len(t.starts) {
		from = sort.SearchInts(t.orig, t.starts[line-1])
	}
	i := bytes.Index(t.compact[from:], q)
	if i >= 0 {
		i += from
	} else if i = bytes.Index(t.compact, q); i < 0 {
		return span{}, false
	}
	return span{t.orig[i], t.orig[i+len(q)-1] + 1}, true
}

func dropSpace(r rune) rune {
	if unicode.IsSpace(r) {
		return -1
	}
	return r
}

// lineRange is the byte range of the 0-based line i, without its newline.
func (t *textIndex) lineRange(i int) span {
	return span{t.starts[i], t.starts[i] + len(t.lines[i].Text)}
}
