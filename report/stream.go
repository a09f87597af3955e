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
//
// Positions in the stream are byte offsets into text; line and off are kept
// for every byte.
type stream struct {
	text string
	line []int32 // index into doc.Lines
	off  []int32 // byte offset of the source rune within its line
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
	if r < 0x2000 || r >= 0x4E00 && r <= 0x9FFF {
		return r
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		return f
	}
	return r
}

// isSpace reports whether r separates words (including NBSP and ideographic space).
func isSpace(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return false
	}
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
	if strings.Contains(t, "--") && pipeRule.MatchString(t) || len(t) < 40 && hasDigit(t) && pageNumber.MatchString(fold(t)) {
		return true
	}
	if doc.Pages == 0 {
		return false
	}
	// A bare 1–3 digit number as the last line of a page is its page number.
	last := i == len(doc.Lines)-1 || doc.Lines[i+1].Page != doc.Lines[i].Page
	return last && len(t) < 12 && barePageNo.MatchString(t)
}

var barePageNo = regexp.MustCompile(`^\s*\d{1,3}\s*$`)

// runningLines finds the running headers and footers of a paged document:
// a line standing first or last on its page whose text (digits aside)
// stands there on at least two pages. Their numbers are not table cells.
func runningLines(doc *ingest.Document) map[int]bool {
	if doc.Pages < 2 {
		return nil
	}
	edges := map[string][]int{}
	for i, l := range doc.Lines {
		first := i == 0 || doc.Lines[i-1].Page != l.Page
		last := i == len(doc.Lines)-1 || doc.Lines[i+1].Page != l.Page
		if (first || last) && strings.TrimSpace(l.Text) != "" {
			k := digitsAway.ReplaceAllString(compact(l.Text), "#")
			edges[k] = append(edges[k], i)
		}
	}
	skip := map[int]bool{}
	for k, idx := range edges {
		if len(idx) >= 2 && k != "#" {
			for _, i := range idx {
				skip[i] = true
			}
		}
	}
	return skip
}

var digitsAway = regexp.MustCompile(`\d+`)

// newStream compacts the whole document.
func newStream(doc *ingest.Document) *stream {
	n := 0
	for _, l := range doc.Lines {
		n += len(l.Text) + 1
	}
	s := &stream{line: make([]int32, 0, n), off: make([]int32, 0, n)}
	var b strings.Builder
	b.Grow(n)
	var last rune
	pending := false
	running := runningLines(doc)
	for i := range doc.Lines {
		if skipLine(doc, i) || running[i] {
			continue
		}
		for off, r := range doc.Lines[i].Text {
			r = foldRune(r)
			if isSpace(r) {
				pending = true
				continue
			}
			if pending && isDigit(r) && isDigit(last) {
				s.push(&b, ' ', i, off)
			}
			pending = false
			s.push(&b, r, i, off)
			last = r
		}
		pending = true
	}
	s.text = b.String()
	return s
}

func (s *stream) push(b *strings.Builder, r rune, line, off int) {
	n, _ := b.WriteRune(r)
	for k := 0; k < n; k++ {
		s.line = append(s.line, int32(line))
		s.off = append(s.off, int32(off))
	}
}

// hasDigit reports whether s has an ASCII or full-width digit.
func hasDigit(s string) bool {
	for _, r := range s {
		if isDigit(r) || r >= '０' && r <= '９' {
			return true
		}
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// find returns the byte span of the first match of re in text[from:to], or -1.
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
	loc := re.FindStringIndex(s.text[from:to])
	if loc == nil {
		return -1, -1
	}
	return from + loc[0], from + loc[1]
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
	return s.text[a:b]
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
	return int(s.line[p])
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
