package engine

import (
	"github.com/nianbao/nianbao/report"
)

// Env is the environment every rule expression is compiled against and run
// in. Its one variable is `it`, the current element of an `each` list.
// Everything else is reached through the functions of the Functions table,
// which receive the Env implicitly (the compiler passes `$env` as their
// first argument), so one compiled program serves every report and
// goroutine: each Audit makes its own Env.
type Env struct {
	// It is the current element of the rule's `each` list ("" without each).
	It string `expr:"it"`

	itAny any // It, boxed once per element
	r     *report.Report
	lay   *layout
	cfg   *Config
	in    *Inputs              // previous report, ledger, batch
	cross *crossState          // texts compared with other reports, built on first use
	texts map[string]*normText // normalised section texts, built on first use
	memo  map[memoKey]memoHit  // text searches already made in this audit
	el    element
	// buffers for list arguments
	bufA, bufB []*cellSpec
	// cells caches the model's cells by cellSpec.idx.
	cells  []*report.Cell
	cached []bool
}

// element is what one evaluation of an assert records: the cells and text it
// read and what it could not decide.
type element struct {
	used    []usedCell
	bad     []string // keys of cells that are absent or unreadable
	manual  []string // reasons the element needs manual review
	skip    bool     // the element does not apply
	quotes  []Evidence
	quoted  string // the last sentence found
	check   sumCheck
	checked bool
}

// usedCell is a cell read during an evaluation.
type usedCell struct {
	spec *cellSpec
	cell *report.Cell
}

func newEnv(r *report.Report, cfg *Config) *Env {
	n := len(cellSpecs)
	return &Env{r: r, lay: layoutOf(r), cfg: cfg, cells: make([]*report.Cell, n), cached: make([]bool, n)}
}

// cell returns the model's cell for a spec, or nil when it is absent.
func (e *Env) cell(s *cellSpec) *report.Cell {
	if !e.cached[s.idx] {
		e.cells[s.idx], e.cached[s.idx] = lookup(e.reportOf(s), s), true
	}
	return e.cells[s.idx]
}

// reset forgets the previous element, keeping the buffers.
func (e *Env) reset(it string) {
	e.It = it
	if b, ok := boxedKeys[it]; ok {
		e.itAny = b
	} else {
		e.itAny = it
	}
	el := &e.el
	el.used, el.bad, el.manual, el.quotes = el.used[:0], el.bad[:0], el.manual[:0], el.quotes[:0]
	el.skip, el.checked, el.quoted = false, false, ""
}

// use records a cell read; an absent or unreadable cell makes the element
// an error. It returns the cell's number (blank counts 0).
func (e *Env) use(s *cellSpec) (float64, *report.Cell) {
	c := e.cell(s)
	e.el.used = append(e.el.used, usedCell{s, c})
	v, ok := c.Number()
	if !ok {
		e.el.bad = append(e.el.bad, s.key)
	}
	return v, c
}

// outcome decides the element from the assert's value.
func (e *Env) outcome(ok bool) Status {
	switch {
	case e.el.skip:
		return NA
	case len(e.el.bad) > 0:
		return Error
	case len(e.el.manual) > 0:
		return Manual
	case ok:
		return Pass
	}
	return Fail
}
