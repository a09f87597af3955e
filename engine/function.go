package engine

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/expr-lang/expr"
)

// Func is a function that rule expressions may call. Every function takes
// the Env as a hidden first parameter, passed by the compiler.
type Func struct {
	Name   string
	Params []string // parameter names for the reference, without the Env
	// Types are the signatures as new(func(*Env, …) R), checked at compile
	// time. A []string parameter also accepts an expr array ([]any).
	Types []any
	Doc   string // English, for rule authors
	Fn    func(e *Env, args []any) (any, error)
	// Check, when set, validates a constant string argument at compile time
	// (arg is 0-based, without the Env).
	Check func(arg int, value string) error
}

// Signature renders the function as "name(p type, …) result".
func (f Func) Signature() string {
	t := reflect.TypeOf(f.Types[0]).Elem()
	params := make([]string, 0, t.NumIn()-1)
	for i := 1; i < t.NumIn(); i++ {
		params = append(params, f.Params[i-1]+" "+typeName(t.In(i)))
	}
	out := ""
	if t.NumOut() > 0 {
		out = " " + typeName(t.Out(0))
	}
	return f.Name + "(" + strings.Join(params, ", ") + ")" + out
}

func typeName(t reflect.Type) string {
	switch {
	case t == sliceOfString || t == sliceOfAny:
		return "list"
	case t.Kind() == reflect.Struct:
		return t.Name()
	}
	return t.String()
}

var sliceOfString, sliceOfAny = reflect.TypeOf([]string(nil)), reflect.TypeOf([]any(nil))

// lists returns the prototype's signature and every variant with a
// []string parameter taking []any instead, so that both lists returned by
// functions and array literals type-check.
func lists(proto any) []any {
	t := reflect.TypeOf(proto).Elem()
	var out []any
	var rec func(i int, in []reflect.Type)
	rec = func(i int, in []reflect.Type) {
		if i == len(in) {
			ft := reflect.FuncOf(append([]reflect.Type{}, in...), []reflect.Type{t.Out(0)}, false)
			out = append(out, reflect.New(ft).Interface())
			return
		}
		rec(i+1, in)
		if in[i] == sliceOfString {
			alt := append([]reflect.Type{}, in...)
			alt[i] = sliceOfAny
			rec(i+1, alt)
		}
	}
	in := make([]reflect.Type, t.NumIn())
	for i := range in {
		in[i] = t.In(i)
	}
	rec(0, in)
	return out
}

// funcIndex maps names to the table.
var funcIndex = map[string]*Func{}

// funcOptions are the expr options registering the table.
var funcOptions []expr.Option

func init() {
	for i := range Functions {
		f := &Functions[i]
		if _, dup := funcIndex[f.Name]; dup {
			panic("engine: duplicate function " + f.Name)
		}
		funcIndex[f.Name] = f
		fn := f.Fn
		funcOptions = append(funcOptions, expr.Function(f.Name, func(p ...any) (any, error) {
			return fn(p[0].(*Env), p[1:])
		}, f.Types...))
	}
}

// strs converts a list argument to strings.
func strs(v any) ([]string, error) {
	switch l := v.(type) {
	case []string:
		return l, nil
	case []any:
		out := make([]string, len(l))
		for i, x := range l {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("list element %v is not a string", x)
			}
			out[i] = s
		}
		return out, nil
	}
	return nil, fmt.Errorf("expected a list of strings, got %T", v)
}

// Reference renders the function table as Markdown for rule authors.
func Reference() string {
	var b strings.Builder
	b.WriteString("| function | description |\n| --- | --- |\n")
	for _, f := range Functions {
		b.WriteString("| `" + f.Signature() + "` | " + strings.ReplaceAll(f.Doc, "|", "\\|") + " |\n")
	}
	return b.String()
}
