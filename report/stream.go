package report

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/nianbao/nianbao/ingest"
)

// stream is the document's text folded to half-width and compacted for
// matching: whitespace is dropped, except that one space is kept between two
// digits so separate numbers stay apart ("1 0" vs "10"). Every rune keeps the
// index of the document line it came from.
type stream struct {
	text []rune
	line []int // index into doc.Lines
	off  []int // byte offset of the source rune within its line
}

// fold maps full-width digits, letters and punctuation to half-width.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune maps one full-width rune to half-width.
func foldRune(r rune) rune {
	if r < 0x2000 {
		return r
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		return f
	}
	return r
}

// isSpace reports whether r separates words (including NBSP and ideographic space).
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' || r == '\u200b' || r == '\ufeff'
}

var (
	pipeRule   = regexp.MustCompile(`^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$`)
	pageNumber = regexp.MustCompile(`^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})\s*$`)
)

// skipLine reports whether a line carries no report content: a Markdown
// table rule, a page number, or a bare number closing a PDF page.
func skipLine(doc *ingest.Document, i int) bool {
	t := doc.Lines[i].Text
	if pipeRule.MatchString(t) || pageNumber.MatchString(fold(t)) {
		return true
	}
	if doc.Pages == 0 {
		return false
	}
	// A bare 1–3 digit number as the last line of a page is its page number.
	last := i == len(doc.Lines)-1 || doc.Lines[i+1].Page != doc.Lines[i].Page
	return last && barePageNo.MatchString(t)
}

var barePageNo = regexp.MustCompile(`^\s*\d{1,3}\s*$`)

// newStream compacts the whole document.
func newStream(doc *ingest.Document) *stream {
	s := &stream{}
	pending := false
	for i := range doc.Lines {
		if skipLine(doc, i) {
			continue
		}
		for off, r := range doc.Lines[i].Text {
			r = foldRune(r)
			if isSpace(r) {
				pending = true
				continue
			}
			if pending && len(s.text) > 0 && isDigit(r) && isDigit(s.text[len(s.text)-1]) {
				s.push(' ', i, off)
			}
			pending = false
			s.push(r, i, off)
		}
		pending = true
	}
	return s
}

func (s *stream) push(r rune, line, off int) {
	s.text = append(s.text, r)
	s.line = append(s.line, line)
	s.off = append(s.off, off)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// find returns the rune span of the first match of re in text[from:to], or -1.
func (s *stream) find(re *regexp.Regexp, from, to int) (int, int) {
	if from < 0 {
		from = 0
	}
	if to > len(s.text) || to < 0 {
		to = len(s.text)
	}
	if from >= to {
		return -1, -1
	}
	sub := string(s.text[from:to])
	loc := re.FindStringIndex(sub)
	if loc == nil {
		return -1, -1
	}
	a := len([]rune(sub[:loc[0]]))
	b := a + len([]rune(sub[loc[0]:loc[1]]))
	return from + a, from + b
}

// str returns the compact text of a span.
func (s *stream) str(a, b int) string {
	if a < 0 {
		a = 0
	}
	if b > len(s.text) {
		b = len(s.text)
	}
	if a >= b {
		return ""
	}
	return string(s.text[a:b])
}

// lineAt returns the document line index of rune position p.
func (s *stream) lineAt(p int) int {
	if len(s.line) == 0 {
		return 0
	}
	if p >= len(s.line) {
		p = len(s.line) - 1
	}
	if p < 0 {
		p = 0
	}
	return s.line[p]
}

// compact folds and strips whitespace from a short string, as the stream does.
func compact(t string) string {
	var b strings.Builder
	for _, r := range fold(t) {
		if !isSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
