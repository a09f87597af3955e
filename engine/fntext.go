package engine

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func fnHasSection(e *Env, a []any) (any, error) { return e.r.Section(a[0].(string)) != nil, nil }

func fnSections(e *Env, _ []any) (any, error) {
	out := make([]string, len(e.r.Sections))
	for i, s := range e.r.Sections {
		out[i] = s.Key
	}
	return out, nil
}

func fnSectionKeys(*Env, []any) (any, error) { return sectionKeysAny, nil }

func fnHeading(e *Env, a []any) (any, error) {
	if s := e.r.Section(a[0].(string)); s != nil {
		return s.Heading, nil
	}
	return "", nil
}

func fnNumber(e *Env, a []any) (any, error) {
	if s := e.r.Section(a[0].(string)); s != nil {
		return s.Number, nil
	}
	return "", nil
}

func fnSectionNo(e *Env, a []any) (any, error) {
	if s := e.r.Section(a[0].(string)); s != nil {
		return numeralValue(s.Number), nil
	}
	return 0, nil
}

func fnRank(_ *Env, a []any) (any, error)     { return sectionRank(a[0].(string)), nil }
func fnOfficial(_ *Env, a []any) (any, error) { return officialHeading(a[0].(string)), nil }

// fnMisplaced lists the sections that come before key in the report but
// after it in the template.
func fnMisplaced(e *Env, a []any) (any, error) {
	key := a[0].(string)
	rank := sectionRank(key)
	out := []string{}
	for _, s := range e.r.Sections {
		if s.Key == key {
			break
		}
		if sectionRank(s.Key) > rank {
			out = append(out, s.Key)
		}
	}
	return out, nil
}

func fnText(e *Env, a []any) (any, error) {
	if s := e.r.Section(a[0].(string)); s != nil {
		return s.Text, nil
	}
	return "", nil
}

func fnChars(e *Env, a []any) (any, error) {
	n := 0
	for _, t := range e.searchIn(a[0].(string)) {
		n += utf8.RuneCountInString(t.norm)
	}
	return n, nil
}

func fnFind(e *Env, a []any) (any, error) {
	pat := normalise(a[1].(string))
	m := e.search(a[0].(string), func(s string) []int {
		if i := strings.Index(s, pat); i >= 0 {
			return []int{i, i + len(pat)}
		}
		return nil
	})
	return m != nil, nil
}

func fnMatch(e *Env, a []any) (any, error) {
	re, err := compileRegexp(a[1].(string))
	if err != nil {
		return nil, err
	}
	_, ok := e.submatch(a[0].(string), re)
	return ok, nil
}

func fnCount(e *Env, a []any) (any, error) {
	p, err := compileRegexp(a[1].(string))
	if err != nil {
		return nil, err
	}
	n := 0
	for _, t := range e.searchIn(a[0].(string)) {
		n += p.count(t.norm)
	}
	return n, nil
}

func fnQuote(e *Env, a []any) (any, error) {
	re, err := compileRegexp(a[1].(string))
	if err != nil {
		return nil, err
	}
	n := len(e.el.quotes)
	if _, ok := e.submatch(a[0].(string), re); ok {
		return e.el.quotes[n].Quote, nil
	}
	return "", nil
}

func fnNumberIn(e *Env, a []any) (any, error) {
	re, err := compileRegexp(a[1].(string))
	if err != nil {
		return nil, err
	}
	s, ok := e.submatch(a[0].(string), re)
	if !ok {
		return nil, fmt.Errorf("number_in: no match for %q", a[1])
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil {
		return nil, fmt.Errorf("number_in: %q is not a number", s)
	}
	return v, nil
}

func fnQuoted(e *Env, _ []any) (any, error) { return e.el.quoted, nil }
