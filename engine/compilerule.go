package engine

import (
	"github.com/expr-lang/expr/vm"
)

// rule is a compiled rule with its effective severity and weight.
type rule struct {
	spec               *ruleSpec
	pack               string
	when, each, assert *vm.Program
	msg                *message
	severity           string
	weight             float64
	disabled           bool
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
	if s.message.node != nil {
		r.msg = d.compileMessage(s.message)
	}
	return r, d.errs
}
