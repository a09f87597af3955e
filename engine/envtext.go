package engine

import (
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"

	"github.com/nianbao/nianbao/report"
)

// section returns the section's normalised text, or nil when the report
// has no such section.
func (e *Env) section(key string) *normText {
	if t, ok := e.texts[key]; ok {
		return t
	}
	var t *normText
	if key == "preamble" {
		t = newNormText(key, e.r.Preamble, 1)
	} else if s := e.r.Section(key); s != nil {
		text, line := body(s)
		t = newNormText(key, text, line)
	}
	if e.texts == nil {
		e.texts = map[string]*normText{}
	}
	e.texts[key] = t
	return t
}

// body returns a section's text without its heading, and the line it
// starts on: searching the heading would find 改进 in every 五、存在的主要问题及改进情况.
func body(s *report.Section) (string, int) {
	text, line := s.Text, s.Line
	if s.Heading != "" {
		if rest, ok := strings.CutPrefix(text, s.Heading); ok {
			text = rest
			if rest, ok := strings.CutPrefix(text, "\n"); ok {
				text, line = rest, line+1
			}
		}
	}
	return text, line
}

// searchIn returns the texts named by where: comma-separated section keys,
// or "" for the whole report. An absent section makes the element an error.
func (e *Env) searchIn(where string) []*normText {
	var out []*normText
	if where == "" {
		out = append(out, e.section("preamble"))
		for _, s := range e.r.Sections {
			out = append(out, e.section(s.Key))
		}
		return out
	}
	for _, k := range strings.Split(where, ",") {
		if t := e.section(k); t != nil {
			out = append(out, t)
		} else {
			e.el.bad = append(e.el.bad, "章节「"+officialHeading(k)+"」")
		}
	}
	return out
}

// search finds the first match of a normalised text in where and records
// its sentence as evidence; without a match it records the sections read.
func (e *Env) search(where string, find func(string) []int) []int {
	ts := e.searchIn(where)
	for _, t := range ts {
		if m := find(t.norm); m != nil {
			q, line := t.quote(m[0], m[1])
			e.el.quotes = append(e.el.quotes, Evidence{Key: "sections." + t.key, Line: line, Quote: q})
			e.el.quoted = q
			return m
		}
	}
	for _, t := range ts {
		if s := e.r.Section(t.key); s != nil {
			e.el.quotes = append(e.el.quotes, Evidence{Key: "sections." + t.key, Line: s.Line, Page: s.Page, Quote: s.Heading})
		}
	}
	return nil
}

// submatch returns group 1 of the match (or the whole match) in where. The
// result is kept for the rest of the audit: rules often ask the same
// question twice (match, then number_in, then quoted).
func (e *Env) submatch(where string, p *pattern) (string, bool) {
	key := memoKey{where, p.re.String()}
	if m, ok := e.memo[key]; ok {
		e.el.quotes = append(e.el.quotes, m.quotes...)
		if m.found {
			e.el.quoted = m.quoted
		}
		return m.text, m.found
	}
	nq, nb := len(e.el.quotes), len(e.el.bad)
	var text string
	m := e.search(where, func(s string) []int {
		loc := p.find(s)
		if loc != nil {
			g := 0
			if len(loc) >= 4 && loc[2] >= 0 {
				g = 2
			}
			text = s[loc[g]:loc[g+1]]
		}
		return loc
	})
	if len(e.el.bad) == nb {
		if e.memo == nil {
			e.memo = map[memoKey]memoHit{}
		}
		e.memo[key] = memoHit{text: text, found: m != nil, quoted: e.el.quoted,
			quotes: append([]Evidence(nil), e.el.quotes[nq:]...)}
	}
	return text, m != nil
}

// memoKey names a text search of one audit.
type memoKey struct{ where, pattern string }

// memoHit is the remembered outcome of a search.
type memoHit struct {
	text, quoted string
	found        bool
	quotes       []Evidence
}

// pattern is a compiled regular expression with the literals one of which
// every match must contain. Texts without them are ruled out by a fast
// substring search; when every match starts with one of them, the regexp
// is only tried, anchored, where a literal occurs.
type pattern struct {
	re       *regexp.Regexp
	anchored *regexp.Regexp // ^(?:re), set when matches start with a literal
	lits     []string       // nil: no such literal known
}

// find returns the submatch indexes of the leftmost match in s, or nil.
func (p *pattern) find(s string) []int {
	if p.lits == nil {
		return p.re.FindStringSubmatchIndex(s)
	}
	if p.anchored == nil {
		if !p.mayMatch(s) {
			return nil
		}
		return p.re.FindStringSubmatchIndex(s)
	}
	for from := 0; from < len(s); {
		i := p.nextLiteral(s, from)
		if i < 0 {
			return nil
		}
		if loc := p.anchored.FindStringSubmatchIndex(s[i:]); loc != nil {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += i
				}
			}
			return loc
		}
		from = i + 1
	}
	return nil
}

// count returns the number of non-overlapping matches in s, found as find
// finds them (prefiltered and anchored where possible).
func (p *pattern) count(s string) int {
	if p.lits == nil || p.anchored == nil {
		if p.lits != nil && !p.mayMatch(s) {
			return 0
		}
		return len(p.re.FindAllStringIndex(s, -1))
	}
	sc := literalScanner{p: p, s: s, next: make([]int, len(p.lits))}
	n := 0
	for from := 0; from < len(s); {
		i := sc.at(from)
		if i < 0 {
			break
		}
		loc := p.anchored.FindStringIndex(s[i:])
		if loc == nil {
			from = i + 1
			continue
		}
		n++
		from = i + max(loc[1], 1)
	}
	return n
}

// literalScanner finds the next literal occurrence, remembering each
// literal's next position so that the text is scanned once per literal.
type literalScanner struct {
	p    *pattern
	s    string
	next []int // per literal: its next index at or after the last from, -1 when none
	init bool
}

// at returns the earliest index >= from where a literal starts, or -1.
func (sc *literalScanner) at(from int) int {
	best := -1
	for k, l := range sc.p.lits {
		if !sc.init || sc.next[k] >= 0 && sc.next[k] < from {
			sc.next[k] = -1
			if j := strings.Index(sc.s[from:], l); j >= 0 {
				sc.next[k] = from + j
			}
		}
		if sc.next[k] >= 0 && (best < 0 || sc.next[k] < best) {
			best = sc.next[k]
		}
	}
	sc.init = true
	return best
}

// nextLiteral is the earliest index at or after from where a literal starts.
func (p *pattern) nextLiteral(s string, from int) int {
	best := -1
	for _, l := range p.lits {
		if i := strings.Index(s[from:], l); i >= 0 && (best < 0 || from+i < best) {
			best = from + i
		}
	}
	return best
}

// mayMatch reports whether s contains one of the required literals.
func (p *pattern) mayMatch(s string) bool {
	for _, l := range p.lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

var regexps sync.Map // pattern → *pattern

// compileRegexp compiles a pattern once per process.
func compileRegexp(src string) (*pattern, error) {
	if p, ok := regexps.Load(src); ok {
		return p.(*pattern), nil
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, err
	}
	p := &pattern{re: re}
	if tree, err := syntax.Parse(src, syntax.Perl); err == nil {
		var atStart bool
		p.lits, atStart = requiredLiterals(tree.Simplify())
		if atStart && p.lits != nil {
			p.anchored = regexp.MustCompile(`^(?:` + src + `)`)
		}
	}
	regexps.Store(src, p)
	return p, nil
}

// requiredLiterals returns literals one of which any match of t contains
// (nil when it cannot tell), and whether every match starts with one.
func requiredLiterals(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(t.Rune)}, true
	case syntax.OpCharClass:
		return classLiterals(t.Rune), true
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return requiredLiterals(t.Sub[0])
		}
	case syntax.OpConcat:
		return bestLiterals(t.Sub)
	case syntax.OpAlternate:
		var out []string
		start := true
		for _, s := range t.Sub {
			l, st := requiredLiterals(s)
			if l == nil {
				return nil, false
			}
			out, start = append(out, l...), start && st
		}
		return out, start
	}
	return nil, false
}

// classLiterals lists the runes of a small character class ([核查]), or
// nil for a large one.
func classLiterals(ranges []rune) []string {
	var out []string
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i+1]-ranges[i] > 16 || len(out) > 16 {
			return nil
		}
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			out = append(out, string(r))
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// bestLiterals picks the literals of a concatenation: those of its first
// part when it has some (matches then start with them, so the regexp can be
// tried anchored), else the part whose shortest literal is longest.
func bestLiterals(parts []*syntax.Regexp) ([]string, bool) {
	if len(parts) > 0 {
		if l, st := requiredLiterals(parts[0]); l != nil && st {
			return l, true
		}
	}
	var best []string
	score := 0
	for _, s := range parts {
		l, _ := requiredLiterals(s)
		if l == nil {
			continue
		}
		m := len(l[0])
		for _, x := range l {
			m = min(m, len(x))
		}
		if m > score {
			best, score = l, m
		}
	}
	return best, false
}

// sectionRank is the 1-based position of a section key in the template.
func sectionRank(key string) int {
	for i, s := range report.SectionKeys {
		if s.Key == key {
			return i + 1
		}
	}
	return 0
}

// officialHeading is the template heading of a section key.
func officialHeading(key string) string {
	if r := sectionRank(key); r > 0 {
		return report.SectionKeys[r-1].Label
	}
	return key
}

// numeralValue reads a section number as written: 一…十 or 1…10, with any
// surrounding punctuation. It returns 0 when there is none.
func numeralValue(s string) int {
	s = strings.Trim(normalise(s), "()、.,:（）")
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	for i, n := range []rune("一二三四五六七八九十") {
		if s == string(n) {
			return i + 1
		}
	}
	return 0
}
