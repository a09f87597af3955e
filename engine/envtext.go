package engine

import (
	"regexp"
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

// submatch returns group 1 of the match (or the whole match) in where.
func (e *Env) submatch(where string, re *regexp.Regexp) (string, bool) {
	var text string
	m := e.search(where, func(s string) []int {
		loc := re.FindStringSubmatchIndex(s)
		if loc != nil {
			g := 0
			if len(loc) >= 4 && loc[2] >= 0 {
				g = 2
			}
			text = s[loc[g]:loc[g+1]]
		}
		return loc
	})
	return text, m != nil
}

var regexps sync.Map // pattern → *regexp.Regexp

// compileRegexp compiles a pattern once per process.
func compileRegexp(p string) (*regexp.Regexp, error) {
	if re, ok := regexps.Load(p); ok {
		return re.(*regexp.Regexp), nil
	}
	re, err := regexp.Compile(p)
	if err != nil {
		return nil, err
	}
	regexps.Store(p, re)
	return re, nil
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
