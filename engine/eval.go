package engine

import (
	"strings"

	"github.com/expr-lang/expr/vm"
)

// evaluator runs rules on one report. It owns an Env and a VM and is not
// shared between goroutines; compiled programs are.
type evaluator struct {
	env *Env
	vm  vm.VM
}

// run evaluates one rule: its when, its each list, and assert per element.
func (x *evaluator) run(r *rule) Result {
	s := r.spec
	res := Result{Rule: s.id, Title: s.title, Category: s.category, Severity: r.severity,
		Weight: r.weight, Cite: s.cite, Gate: s.gate, Evidence: []Evidence{}}
	var agg aggregate
	if st := x.when(r, &agg); st != Pass {
		agg.finish(&res, false)
		res.Status = st
		return res
	}
	elems, each, err := x.elements(r)
	if err != nil {
		agg.element(x.env, Error, "", "each："+firstLine(err))
	}
	for _, it := range elems {
		x.element(r, it, &agg)
	}
	agg.finish(&res, each)
	return res
}

// when evaluates the rule's condition: Pass when the rule applies, NA when
// it does not, Error (recorded in agg) when it cannot be told.
func (x *evaluator) when(r *rule, agg *aggregate) Status {
	if r.when == nil {
		return Pass
	}
	x.env.reset("")
	ok, err := x.vm.Run(r.when, x.env)
	switch {
	case err != nil || len(x.env.el.bad) > 0:
		agg.element(x.env, Error, "", firstLine(err))
		return Error
	case !ok.(bool):
		return NA
	}
	return Pass
}

// elements returns the rule's each list, or one empty element.
func (x *evaluator) elements(r *rule) ([]string, bool, error) {
	if r.each == nil {
		return []string{""}, false, nil
	}
	x.env.reset("")
	out, err := x.vm.Run(r.each, x.env)
	if err != nil {
		return nil, true, err
	}
	list, err := strs(out)
	return list, true, err
}

// element evaluates assert for one element and adds its outcome.
func (x *evaluator) element(r *rule, it string, agg *aggregate) {
	x.env.reset(it)
	var out any
	var err error
	if r.direct != nil {
		out, err = r.direct.Fn(x.env, []any{x.env.itAny})
	} else {
		out, err = x.vm.Run(r.assert, x.env)
	}
	if err != nil {
		agg.element(x.env, Error, "", elementPrefix(it)+firstLine(err))
		return
	}
	st := x.env.outcome(out.(bool))
	msg := ""
	if st == Fail && r.msg != nil {
		msg = r.msg.render(&x.vm, x.env)
	}
	agg.element(x.env, st, msg, "")
}

func elementPrefix(it string) string {
	if it == "" {
		return ""
	}
	return it + "："
}

// firstLine is the first line of an error (expr appends a source snippet).
func firstLine(err error) string {
	if err == nil {
		return ""
	}
	line, _, _ := strings.Cut(err.Error(), "\n")
	return line
}
