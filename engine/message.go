package engine

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/expr-lang/expr/vm"
)

// message is a Chinese text with {{ expression }} placeholders, compiled
// once and rendered only for elements that do not pass.
type message struct{ parts []msgPart }

// msgPart is literal text, or a placeholder when prog is set.
type msgPart struct {
	text string
	prog *vm.Program
}

// compileMessage parses the placeholders of f; errors are added to d.
func (d *decoder) compileMessage(f field) *message {
	m := &message{}
	rs := []rune(f.text)
	for i := 0; i < len(rs); {
		open := indexRunes(rs, i, "{{")
		if open < 0 {
			m.parts = append(m.parts, msgPart{text: string(rs[i:])})
			break
		}
		m.parts = append(m.parts, msgPart{text: string(rs[i:open])})
		end := indexRunes(rs, open+2, "}}")
		if end < 0 {
			d.errs = append(d.errs, d.errPos(posOf(d.lines, f.node, open), "message", "unclosed {{"))
			return nil
		}
		src := string(rs[open+2 : end])
		prog, errs := compileExpr(src, kindAny)
		d.exprErrors(f, "message", open+2, errs)
		m.parts = append(m.parts, msgPart{prog: prog})
		i = end + 2
	}
	return m
}

func indexRunes(rs []rune, from int, sub string) int {
	if i := strings.Index(string(rs[from:]), sub); i >= 0 {
		return from + len([]rune(string(rs[from:])[:i]))
	}
	return -1
}

// render evaluates the placeholders; a failing placeholder shows its error.
func (m *message) render(v *vm.VM, env *Env) string {
	var b strings.Builder
	for _, p := range m.parts {
		if p.prog == nil {
			b.WriteString(p.text)
			continue
		}
		out, err := v.Run(p.prog, env)
		if err != nil {
			b.WriteString("〈" + err.Error() + "〉")
			continue
		}
		b.WriteString(formatValue(out))
	}
	return b.String()
}

// formatValue prints a placeholder's value: numbers without needless
// decimals, lists joined with "、".
func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return formatNumber(x)
	case int:
		return strconv.Itoa(x)
	case bool:
		if x {
			return "是"
		}
		return "否"
	case []string:
		return strings.Join(x, "、")
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = formatValue(e)
		}
		return strings.Join(parts, "、")
	}
	return fmt.Sprint(v)
}
