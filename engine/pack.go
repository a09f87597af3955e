package engine

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// packFile is a decoded rule pack file, before compilation.
type packFile struct {
	file    string // as shown in errors: "rules/gov-2021.yaml"
	fsys    fs.FS  // where its test reports are
	dir     string // directory of the file within fsys
	lines   [][]rune
	info    PackInfo
	title   string
	applies field
	rules   []*ruleSpec
	tests   []*testSpec
}

// field is an expression or text field with its YAML node.
type field struct {
	text string
	node *yaml.Node
}

// ruleSpec is one rule as written.
type ruleSpec struct {
	id, title, category, severity, cite string
	weight                              *float64
	gate                                bool
	when, each, assert, message         field
	line                                int
	pack                                *packFile
	nodes                               map[string]*yaml.Node // value node of each field
}

var ruleID = regexp.MustCompile(`^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$`)

// decodePack reads a pack file. Errors are collected in d.
func decodePack(d *decoder, src []byte, fsys fs.FS, dir string) *packFile {
	sum := sha256.Sum256(src)
	pf := &packFile{file: d.file, fsys: fsys, dir: dir, lines: d.lines}
	pf.info.SHA256 = hex.EncodeToString(sum[:])
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		d.syntaxError(err)
		return pf
	}
	if len(doc.Content) == 0 {
		d.errAt(nil, "", "empty rule pack")
		return pf
	}
	d.fields(doc.Content[0], "the pack file", map[string]func(*yaml.Node){
		"pack":  func(n *yaml.Node) { d.packHeader(n, pf) },
		"rules": func(n *yaml.Node) { pf.rules = d.rules(n, pf) },
		"tests": func(n *yaml.Node) { pf.tests = d.tests(n) },
	})
	if pf.info.ID == "" {
		d.errAt(doc.Content[0], "", "missing pack.id")
	}
	return pf
}

func (d *decoder) packHeader(n *yaml.Node, pf *packFile) {
	d.fields(n, "pack", map[string]func(*yaml.Node){
		"id":      func(v *yaml.Node) { pf.info.ID = d.str(v, "id") },
		"version": func(v *yaml.Node) { pf.info.Version = d.str(v, "version") },
		"title":   func(v *yaml.Node) { pf.title = d.str(v, "title") },
		"applies": func(v *yaml.Node) { pf.applies = field{d.str(v, "applies"), v} },
	})
}

func (d *decoder) rules(n *yaml.Node, pf *packFile) []*ruleSpec {
	if n.Kind != yaml.SequenceNode {
		d.errAt(n, "", "rules must be a list")
		return nil
	}
	var out []*ruleSpec
	seen := map[string]bool{}
	for _, rn := range n.Content {
		r := d.rule(rn, pf)
		if seen[r.id] {
			d.errAt(r.nodes["id"], "id", "duplicate rule id %s in this pack", r.id)
		}
		seen[r.id] = true
		out = append(out, r)
	}
	d.at = ""
	return out
}

func (d *decoder) rule(n *yaml.Node, pf *packFile) *ruleSpec {
	r := &ruleSpec{line: n.Line, pack: pf, nodes: map[string]*yaml.Node{}}
	d.at = ruleIDOf(n)
	expr := func(f *field, name string) func(*yaml.Node) {
		return func(v *yaml.Node) { *f = field{d.str(v, name), v} }
	}
	d.fields(n, "a rule", keepNodes(r.nodes, map[string]func(*yaml.Node){
		"id":       func(v *yaml.Node) { r.id = d.str(v, "id") },
		"title":    func(v *yaml.Node) { r.title = d.str(v, "title") },
		"category": func(v *yaml.Node) { r.category = d.str(v, "category") },
		"severity": func(v *yaml.Node) { r.severity = d.str(v, "severity") },
		"weight":   func(v *yaml.Node) { w := d.float(v, "weight"); r.weight = &w },
		"gate":     func(v *yaml.Node) { r.gate = d.boolean(v, "gate") },
		"cite":     func(v *yaml.Node) { r.cite = d.str(v, "cite") },
		"when":     expr(&r.when, "when"),
		"each":     expr(&r.each, "each"),
		"assert":   expr(&r.assert, "assert"),
		"message":  expr(&r.message, "message"),
	}))
	d.validateRule(n, r)
	return r
}

// keepNodes wraps handlers so that they also record their value node.
func keepNodes(nodes map[string]*yaml.Node, hs map[string]func(*yaml.Node)) map[string]func(*yaml.Node) {
	out := map[string]func(*yaml.Node){}
	for k, h := range hs {
		out[k] = func(v *yaml.Node) { nodes[k] = v; h(v) }
	}
	return out
}

// ruleIDOf finds the id of a rule mapping before decoding it, for errors.
func ruleIDOf(n *yaml.Node) string {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "id" {
			return n.Content[i+1].Value
		}
	}
	return ""
}

func (d *decoder) validateRule(n *yaml.Node, r *ruleSpec) {
	at := func(field string) *yaml.Node {
		if v := r.nodes[field]; v != nil {
			return v
		}
		return n
	}
	switch {
	case r.id == "":
		d.errAt(n, "", "missing id")
	case !ruleID.MatchString(r.id):
		d.errAt(at("id"), "id", "%q must be upper-case words joined by hyphens, like APP-BALANCE", r.id)
	}
	if strings.TrimSpace(r.title) == "" {
		d.errAt(n, "", "missing title")
	}
	if categoryRank(r.category) == len(Categories) {
		d.errAt(at("category"), "category", "%q is not one of structure, completeness, accuracy, timeliness, quality", r.category)
	}
	if _, ok := SeverityWeights[r.severity]; !ok {
		d.errAt(at("severity"), "severity", "%q is not one of error, warning, info", r.severity)
	}
	if r.weight != nil && *r.weight < 0 {
		d.errAt(at("weight"), "weight", "must not be negative")
	}
	if r.assert.node == nil {
		d.errAt(n, "", "missing assert")
	}
	if r.message.node == nil {
		d.errAt(n, "", "missing message")
	}
}

// splitLines splits a source into lines of runes.
func splitLines(src []byte) [][]rune {
	parts := bytes.Split(src, []byte("\n"))
	out := make([][]rune, len(parts))
	for i, p := range parts {
		out[i] = []rune(strings.TrimSuffix(string(p), "\r"))
	}
	return out
}
