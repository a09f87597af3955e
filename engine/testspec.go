package engine

import (
	"go.yaml.in/yaml/v3"
)

// testSpec is one fixture case of a pack: a model dump, patches, and the
// status the rule must give on it.
type testSpec struct {
	rule, name, report, expect, message string
	set                                 []cellPatch
	meta                                *yaml.Node
	drop, order                         []string
	sections                            map[string]*yaml.Node
	ledger                              []LedgerEntry
	cross                               *crossCase // previous report and peers
	node                                *yaml.Node
	pack                                *packFile
}

// cellPatch sets one cell: a number, null (unreadable), "blank",
// "missing" (absent), or a mapping of Cell fields.
type cellPatch struct {
	key  string
	node *yaml.Node
}

var statuses = map[string]bool{"pass": true, "fail": true, "na": true, "manual": true, "error": true}

func (d *decoder) tests(n *yaml.Node) []*testSpec {
	d.at = ""
	if n.Kind != yaml.SequenceNode {
		d.errAt(n, "", "tests must be a list")
		return nil
	}
	out := make([]*testSpec, 0, len(n.Content))
	for _, tn := range n.Content {
		out = append(out, d.test(tn))
	}
	return out
}

func (d *decoder) test(n *yaml.Node) *testSpec {
	t := &testSpec{node: n, sections: map[string]*yaml.Node{}}
	d.fields(n, "a test", merged(d.crossFields(t), map[string]func(*yaml.Node){
		"rule":          func(v *yaml.Node) { t.rule = d.str(v, "rule") },
		"case":          func(v *yaml.Node) { t.name = d.str(v, "case") },
		"report":        func(v *yaml.Node) { t.report = d.str(v, "report") },
		"expect":        func(v *yaml.Node) { t.expect = d.str(v, "expect") },
		"message":       func(v *yaml.Node) { t.message = d.str(v, "message") },
		"set":           func(v *yaml.Node) { t.set = d.cellPatches(v) },
		"meta":          func(v *yaml.Node) { t.meta = v; d.fields(v, "meta", metaFields) },
		"drop_sections": func(v *yaml.Node) { t.drop = d.sectionList(v, "drop_sections") },
		"order":         func(v *yaml.Node) { t.order = d.sectionList(v, "order") },
		"sections":      func(v *yaml.Node) { d.sectionPatches(v, t.sections) },
		"ledger":        func(v *yaml.Node) { t.ledger = d.ledger(v) },
	}))
	if t.rule == "" || t.name == "" || t.report == "" {
		d.errAt(n, "", "a test needs rule, case and report")
	}
	if !statuses[t.expect] {
		d.errAt(n, "expect", "expect %q is not one of pass, fail, na, manual, error", t.expect)
	}
	return t
}

// metaFields are the Meta fields a test may set (JSON names).
var metaFields = func() map[string]func(*yaml.Node) {
	m := map[string]func(*yaml.Node){}
	for _, k := range []string{"agency", "year", "level", "template", "expected", "published", "title", "old_format_features"} {
		m[k] = func(*yaml.Node) {}
	}
	return m
}()

func (d *decoder) cellPatches(n *yaml.Node) []cellPatch {
	if n.Kind != yaml.MappingNode {
		d.errAt(n, "set", "set must be a mapping of cell keys")
		return nil
	}
	var out []cellPatch
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if s, ok := cellSpecs[k.Value]; !ok || s.prev {
			d.errAt(k, "set", "unknown cell key %q (patch the previous report with prev_set)", k.Value)
			continue
		}
		switch {
		case v.Kind == yaml.MappingNode:
			d.fields(v, "a cell", cellFields)
		case v.Tag == "!!str" && v.Value != "blank" && v.Value != "missing":
			d.errAt(v, "set", "a cell is set to a number, null, \"blank\", \"missing\" or a mapping")
		}
		out = append(out, cellPatch{k.Value, v})
	}
	return out
}

var cellFields = map[string]func(*yaml.Node){
	"value": nil, "blank": nil, "raw": nil, "line": nil, "page": nil,
	"confidence": nil, "note": nil, "relations": nil,
}

func (d *decoder) sectionList(n *yaml.Node, field string) []string {
	keys := d.strList(n, field)
	for i, k := range keys {
		if sectionRank(k) == 0 {
			d.errAt(n.Content[i], field, "unknown section %q", k)
		}
	}
	return keys
}

func (d *decoder) sectionPatches(n *yaml.Node, out map[string]*yaml.Node) {
	if n.Kind != yaml.MappingNode {
		d.errAt(n, "sections", "sections must be a mapping of section keys")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if sectionRank(k.Value) == 0 {
			d.errAt(k, "sections", "unknown section %q", k.Value)
		}
		d.fields(v, "a section", sectionFields)
		out[k.Value] = v
	}
}

var sectionFields = map[string]func(*yaml.Node){"heading": nil, "number": nil, "text": nil, "line": nil, "page": nil}
