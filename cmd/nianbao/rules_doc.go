package main

import (
	"fmt"
	"strings"

	"github.com/nianbao/nianbao/engine"
)

// rulesDoc prints the reference of the functions rule expressions may call,
// generated from the engine's registry, as Markdown.
func (a *app) rulesDoc() error {
	return a.write(func(w writer) error {
		_, err := fmt.Fprint(w, functionReference(engine.Functions))
		return err
	})
}

func functionReference(fns []engine.Func) string {
	var b strings.Builder
	b.WriteString("# 规则表达式可用的函数\n\n")
	b.WriteString("规则的 when、each、assert 和 message 中可调用下列函数（共 " + fmt.Sprint(len(fns)) + " 个）。\n")
	for _, f := range fns {
		fmt.Fprintf(&b, "\n## %s\n\n```\n", f.Name)
		for i := range f.Types {
			b.WriteString(engine.Func{Name: f.Name, Params: f.Params, Types: f.Types[i : i+1]}.Signature() + "\n")
		}
		fmt.Fprintf(&b, "```\n\n%s\n", f.Doc)
	}
	return b.String()
}
