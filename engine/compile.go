package engine

import (
	"errors"
	"reflect"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/vm"
)

// Expected results of the expression fields.
type exprKind int

const (
	kindBool exprKind = iota // when, assert, applies
	kindList                 // each
	kindAny                  // message placeholders
)

// maxNodes bounds the size of one expression.
const maxNodes = 5000

// injector passes the Env to every table function as its first argument
// and checks constant arguments; a fresh one is used per compilation.
type injector struct {
	errs []argError
}

type argError struct {
	from int
	msg  string
}

// elementFunc reads Env.It: the injector turns `it` into a call of it,
// which is much cheaper than the reflective field access of a struct env.
const elementFunc = "__element__"

var elementOption = expr.Function(elementFunc, func(p ...any) (any, error) {
	return p[0].(*Env).itAny, nil
}, new(func(*Env) string))

// Visit implements ast.Visitor.
func (v *injector) Visit(node *ast.Node) {
	if id, ok := (*node).(*ast.IdentifierNode); ok && id.Value == "it" {
		ast.Patch(node, &ast.CallNode{Callee: &ast.IdentifierNode{Value: elementFunc},
			Arguments: []ast.Node{&ast.IdentifierNode{Value: "$env"}}})
		return
	}
	call, ok := (*node).(*ast.CallNode)
	if !ok {
		return
	}
	id, ok := call.Callee.(*ast.IdentifierNode)
	if !ok || funcIndex[id.Value] == nil {
		return
	}
	if f := funcIndex[id.Value]; f != nil && f.Check != nil {
		check := f.Check
		for i, a := range call.Arguments {
			if s, ok := a.(*ast.StringNode); ok {
				if err := check(i, s.Value); err != nil {
					v.errs = append(v.errs, argError{a.Location().From, id.Value + ": " + err.Error()})
				}
			}
		}
	}
	call.Arguments = append([]ast.Node{&ast.IdentifierNode{Value: "$env"}}, call.Arguments...)
}

// compileExpr compiles one expression. It returns the program or the
// errors with their rune offsets in src.
func compileExpr(src string, kind exprKind) (*vm.Program, []argError) {
	inj := &injector{}
	opts := append([]expr.Option{expr.Env(&Env{}), expr.Patch(inj), expr.MaxNodes(maxNodes), elementOption}, funcOptions...)
	switch kind {
	case kindBool:
		opts = append(opts, expr.AsBool())
	case kindList:
		opts = append(opts, expr.AsKind(reflect.Slice))
	}
	prog, err := expr.Compile(src, opts...)
	if err != nil {
		ae := toArgError(err)
		if kind == kindList && strings.HasPrefix(ae.msg, "expected slice, but got ") {
			ae.msg = "each must give a list of strings, not " + strings.TrimPrefix(ae.msg, "expected slice, but got ")
		}
		return nil, append(inj.errs, ae)
	}
	if kind == kindList {
		if t := prog.Node().Type(); t != sliceOfString && t != sliceOfAny {
			return nil, []argError{{0, "each must give a list of strings, not " + t.String()}}
		}
	}
	if len(inj.errs) > 0 {
		return nil, inj.errs
	}
	return prog, nil
}

// toArgError extracts the message and position of an expr error.
func toArgError(err error) argError {
	var fe *file.Error
	if errors.As(err, &fe) {
		return argError{fe.From, cleanMsg(fe.Message)}
	}
	return argError{-1, cleanMsg(err.Error())}
}

// cleanMsg hides the Env parameter from messages about function types.
func cleanMsg(m string) string {
	m = strings.ReplaceAll(m, "*engine.Env, ", "")
	m = strings.ReplaceAll(m, "*engine.Env", "")
	return strings.TrimSpace(m)
}
