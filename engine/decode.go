package engine

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// decoder reads a YAML node tree strictly, collecting every error with its
// position instead of stopping at the first.
type decoder struct {
	file  string
	lines [][]rune
	errs  []*RuleError
	at    string // the rule being decoded, for error context
}

// errAt records an error at a node.
func (d *decoder) errAt(n *yaml.Node, field, format string, args ...any) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	d.errs = append(d.errs, d.errPos(srcPos{line, col}, field, fmt.Sprintf(format, args...)))
}

// errPos builds an error at a source position, with its line as snippet.
func (d *decoder) errPos(p srcPos, field, msg string) *RuleError {
	e := &RuleError{File: d.file, Line: p.line, Col: p.col, Rule: d.at, Field: field, Msg: msg}
	if p.line >= 1 && p.line <= len(d.lines) {
		e.Snippet = string(d.lines[p.line-1])
	}
	return e
}

// fields walks a mapping, calling the handler of each known key and
// reporting unknown and duplicate keys.
func (d *decoder) fields(n *yaml.Node, what string, handlers map[string]func(*yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		d.errAt(n, "", "%s must be a mapping", what)
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		h, ok := handlers[k.Value]
		switch {
		case !ok:
			d.errAt(k, "", "unknown field %q in %s (known: %s)", k.Value, what, known(handlers))
		case seen[k.Value]:
			d.errAt(k, "", "duplicate field %q in %s", k.Value, what)
		default:
			seen[k.Value] = true
			if h != nil {
				h(v)
			}
		}
	}
}

func known(h map[string]func(*yaml.Node)) string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

// str reads a scalar string.
func (d *decoder) str(n *yaml.Node, field string) string {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errAt(n, field, "must be a string")
		return ""
	}
	return n.Value
}

// strings reads a sequence of strings.
func (d *decoder) strList(n *yaml.Node, field string) []string {
	if n.Kind != yaml.SequenceNode {
		d.errAt(n, field, "must be a list")
		return nil
	}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		out = append(out, d.str(c, field))
	}
	return out
}

// float reads a number.
func (d *decoder) float(n *yaml.Node, field string) float64 {
	v, err := strconv.ParseFloat(n.Value, 64)
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") || err != nil {
		d.errAt(n, field, "must be a number")
	}
	return v
}

// boolean reads true or false.
func (d *decoder) boolean(n *yaml.Node, field string) bool {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		d.errAt(n, field, "must be true or false")
		return false
	}
	return n.Value == "true"
}

// syntaxError turns a yaml.v3 error ("yaml: line 4: …") into a RuleError.
func (d *decoder) syntaxError(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			line, _ = strconv.Atoi(num)
			msg = tail
		}
	}
	d.errs = append(d.errs, d.errPos(srcPos{line, 0}, "", msg))
}
