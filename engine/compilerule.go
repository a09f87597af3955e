package engine

import (
	"reflect"
	"regexp"
	"strings"

	"github.com/expr-lang/expr/vm"
)

// rule is a compiled rule with its effective severity and weight.
type rule struct {
	spec               *ruleSpec
	pack               string
	when, each, assert *vm.Program
	msg                *message
	// direct is set when assert is just `f(it)` for a table function f
	// returning bool: the evaluator then calls f without a VM run.
	direct   *Func
	severity string
	weight   float64
	disabled bool
}

// exprErrors records expression errors of a field; offset is the rune index
// of the expression within the field's value.
func (d *decoder) exprErrors(f field, name string, offset int, errs []argError) {
	for _, e := range errs {
		p := srcPos{f.node.Line, f.node.Column}
		if e.from >= 0 {
			p = posOf(d.lines, f.node, offset+e.from)
		}
		d.errs = append(d.errs, d.errPos(p, name, e.msg))
	}
}

// program compiles an optional expression field (nil when absent).
func (d *decoder) program(f field, name string, kind exprKind) *vm.Program {
	if f.node == nil {
		return nil
	}
	prog, errs := compileExpr(f.text, kind)
	d.exprErrors(f, name, 0, errs)
	return prog
}

// compileRule compiles the expressions of a rule spec.
func compileRule(s *ruleSpec, pack string) (*rule, []*RuleError) {
	d := &decoder{file: s.pack.file, lines: s.pack.lines, at: s.id}
	r := &rule{spec: s, pack: pack}
	r.when = d.program(s.when, "when", kindBool)
	r.each = d.program(s.each, "each", kindList)
	r.assert = d.program(s.assert, "assert", kindBool)
	if r.assert != nil {
		r.direct = directCall(s.assert.text)
	}
	if s.message.node != nil {
		r.msg = d.compileMessage(s.message)
	}
	return r, d.errs
}

var directCallRe = regexp.MustCompile(`^([a-z_]+)\(it\)$`)

// directCall returns the function of an assert that is only `f(it)`, where
// f takes one string and returns bool; nil otherwise. Such an assert (the
// completeness and validity rules, hundreds of elements a report) is
// evaluated by calling f directly, with the same result as the VM.
func directCall(src string) *Func {
	m := directCallRe.FindStringSubmatch(strings.TrimSpace(src))
	if m == nil {
		return nil
	}
	f := funcIndex[m[1]]
	if f == nil || len(f.Types) != 1 {
		return nil
	}
	t := reflect.TypeOf(f.Types[0]).Elem()
	if t.NumIn() != 2 || t.In(1).Kind() != reflect.String || t.NumOut() != 1 || t.Out(0).Kind() != reflect.Bool {
		return nil
	}
	return f
}
