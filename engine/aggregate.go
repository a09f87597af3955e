package engine

import (
	"slices"
	"strconv"
	"strings"
)

// aggregate collects the outcomes of a rule's elements.
type aggregate struct {
	counts   Counts
	fails    []string
	manual   []string
	bad      []string
	errs     []string
	evidence []Evidence
	seen     map[string]bool
}

// element adds one element's outcome with its evidence. msg is the rule's
// message for a failing element; errMsg a runtime error.
func (a *aggregate) element(env *Env, st Status, msg, errMsg string) {
	a.counts.Add(st)
	if st == Pass || st == NA {
		return
	}
	switch {
	case st == Fail:
		a.fails = append(a.fails, msg)
	case errMsg != "":
		a.errs = append(a.errs, "规则运行出错："+errMsg)
	}
	a.bad = appendNew(a.bad, env.el.bad...)
	if st == Manual {
		a.manual = appendNew(a.manual, env.el.manual...)
	}
	a.addEvidence(env, st == Error)
}

// addEvidence adds the element's cells and quotes; for an error, only the
// cells that could not be read.
func (a *aggregate) addEvidence(env *Env, badOnly bool) {
	if a.seen == nil {
		a.seen = map[string]bool{}
	}
	for _, u := range env.el.used {
		if !badOnly || !u.cell.Readable() {
			ev := cellEvidence(u)
			if u.spec.prev {
				ev.File = env.prevFile()
			}
			a.add(ev)
		}
	}
	for _, q := range env.el.quotes {
		a.add(q)
	}
}

func (a *aggregate) add(ev Evidence) {
	id := ev.Key + "\x00" + ev.Quote + "\x00" + strconv.Itoa(ev.Line)
	if !a.seen[id] {
		a.seen[id] = true
		a.evidence = append(a.evidence, ev)
	}
}

// finish sets the rule's status, credit, message and evidence.
func (a *aggregate) finish(res *Result, each bool) {
	c := a.counts
	switch {
	case c.Fail > 0:
		res.Status = Fail
	case c.Error > 0:
		res.Status = Error
	case c.Manual > 0:
		res.Status = Manual
	case c.Pass > 0:
		res.Status = Pass
	default:
		res.Status = NA
	}
	if c.Pass+c.Fail > 0 {
		res.Credit = float64(c.Pass) / float64(c.Pass+c.Fail)
	}
	if each {
		res.Elements = &c
	}
	if res.Status != Pass {
		res.Message = a.message()
	}
	if a.evidence != nil {
		res.Evidence = a.evidence
	}
}

// message lists the failures, then what needs manual review, then what
// could not be read.
func (a *aggregate) message() string {
	lines := append([]string{}, a.fails...)
	if len(a.manual) > 0 {
		lines = append(lines, "需人工核对："+strings.Join(a.manual, "；"))
	}
	if len(a.bad) > 0 {
		lines = append(lines, "无法读取或缺失："+listSome(a.bad, 12))
	}
	return strings.Join(append(lines, a.errs...), "\n")
}

// appendNew appends the strings not yet in list.
func appendNew(list []string, items ...string) []string {
	for _, s := range items {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// listSome joins up to n items, then counts the rest.
func listSome(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, "、")
	}
	return strings.Join(items[:n], "、") + " 等 " + strconv.Itoa(len(items)) + " 项"
}
