package engine

import (
	"strconv"
)

func fnHasPrev(e *Env, _ []any) (any, error) { return e.prev() != nil, nil }

// prevMeta returns a field of the previous report's metadata, or zero.
func prevMeta[T any](e *Env, get func(*Env) T) (any, error) {
	if e.prev() == nil {
		var zero T
		return zero, nil
	}
	return get(e), nil
}

func fnPrevYear(e *Env, _ []any) (any, error) {
	return prevMeta(e, func(e *Env) int { return e.prev().Meta.Year })
}

func fnPrevAgency(e *Env, _ []any) (any, error) {
	return prevMeta(e, func(e *Env) string { return e.prev().Meta.Agency })
}

func fnPrevTemplate(e *Env, _ []any) (any, error) {
	return prevMeta(e, func(e *Env) string { return e.prev().Meta.Template })
}

func fnPrevFile(e *Env, _ []any) (any, error) { return e.prevFile(), nil }

func fnPrevCell(e *Env, a []any) (any, error) { return e.value(prevPrefix + a[0].(string)) }

// fnCopied measures the text of `where` also found in the previous
// year's report, recording the longest passages as evidence.
func fnCopied(e *Env, a []any) (any, error) {
	where := a[0].(string)
	c := e.crossState()
	res, ok := c.copied[where]
	if !ok {
		res = e.copiedFromPrev(where)
		c.copied[where] = res
	}
	e.el.quotes = append(e.el.quotes, res.evidence...)
	return res.o, nil
}

func (e *Env) copiedFromPrev(where string) copyResult {
	p := e.prev()
	if p == nil {
		return copyResult{o: summarise(nil, 0)}
	}
	c := e.crossState()
	if c.prev == nil {
		c.prev = newDocIndex(p)
	}
	var ps []passage
	total := 0
	for _, key := range e.textKeys(where) {
		f := e.ownText(key)
		if f == nil {
			continue
		}
		total += len(f.units)
		for _, s := range runs(f, shingleSize, c.prev.match) {
			ps = append(ps, passage{key, f, s})
		}
	}
	res := copyResult{o: summarise(ps, total)}
	res.o.Source = describe(p)
	for _, q := range longest(ps, maxQuotes) {
		at := c.prev.fps[q.doc]
		note := "上年报告第" + strconv.Itoa(at.lineAt(q.at)) + "行起有相同文字，共 " + strconv.Itoa(q.size()) + " 字"
		res.evidence = append(res.evidence, passageEvidence(q, note))
	}
	return res
}

// passageEvidence quotes a copied passage of the audited report.
func passageEvidence(p passage, note string) Evidence {
	key := "sections." + p.section
	if p.section == "preamble" {
		key = "preamble"
	}
	return Evidence{Key: key, Line: p.f.lineAt(p.from), Quote: p.f.quote(p.from, p.to, 120), Note: note}
}

// prevItems are the problems the previous report states, once per audit.
func (e *Env) prevItems() []problemItem {
	c := e.crossState()
	if c.items == nil {
		c.items = []problemItem{}
		if p := e.prev(); p != nil {
			c.items = problemItems(p)
		}
	}
	return c.items
}

func fnPrevProblems(e *Env, _ []any) (any, error) {
	items := e.prevItems()
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.text
	}
	return out, nil
}

// fnFollowup looks for one of last year's problems in this year's report
// and records both sentences as evidence.
func fnFollowup(e *Env, a []any) (any, error) {
	problem := a[0].(string)
	f := e.followUp(problem)
	line := 0
	for _, it := range e.prevItems() {
		if it.text == problem {
			line = it.line
		}
	}
	e.el.quotes = append(e.el.quotes, Evidence{Key: prevPrefix + "sections.problems", File: e.prevFile(), Line: line,
		Quote: problem, Note: "上年报告所列问题；比对关键词：" + f.Terms})
	if f.Found != "" {
		e.el.quotes = append(e.el.quotes, Evidence{Key: "sections." + f.Section, Line: f.Line, Quote: clip(f.Found, 160),
			Note: "本年报告中最接近的句子，关键词重合 " + strconv.FormatFloat(100*f.Score, 'f', 0, 64) + "%"})
	}
	e.el.quoted = f.Found
	return f, nil
}
