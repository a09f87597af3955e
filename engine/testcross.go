package engine

import (
	"fmt"

	"github.com/nianbao/nianbao/report"
	"go.yaml.in/yaml/v3"
)

// A fixture case may give the previous year's report and other reports of
// the batch, as model dumps relative to the pack file, with patches for the
// previous one:
//
//	prev: testdata/clean-2022.json
//	prev_set: {applications.carried_out.total: 3}
//	prev_meta: {template: "2019"}
//	prev_sections: {problems: {text: "…"}}
//	peers: [testdata/peer-2023.json]

// crossCase holds a case's previous report and peers.
type crossCase struct {
	prev  string
	patch testSpec // set, meta and sections patches of the previous report
	peers []string
}

// crossFields are the test fields of crossCase.
func (d *decoder) crossFields(t *testSpec) map[string]func(*yaml.Node) {
	c := func() *crossCase {
		if t.cross == nil {
			t.cross = &crossCase{patch: testSpec{sections: map[string]*yaml.Node{}}}
		}
		return t.cross
	}
	return map[string]func(*yaml.Node){
		"prev":          func(v *yaml.Node) { c().prev = d.str(v, "prev") },
		"prev_set":      func(v *yaml.Node) { c().patch.set = d.cellPatches(v) },
		"prev_meta":     func(v *yaml.Node) { c().patch.meta = v; d.fields(v, "prev_meta", metaFields) },
		"prev_sections": func(v *yaml.Node) { d.sectionPatches(v, c().patch.sections) },
		"peers":         func(v *yaml.Node) { c().peers = d.strList(v, "peers") },
	}
}

// loadCross fills in the case's previous report and peers.
func loadCross(t *testSpec, pf *packFile, in *Inputs) error {
	c := t.cross
	if c == nil {
		return nil
	}
	if c.prev == "" && (c.patch.set != nil || c.patch.meta != nil || len(c.patch.sections) > 0) {
		return fmt.Errorf("%s:%d: test %s/%s: prev_set, prev_meta and prev_sections need prev", pf.file, t.node.Line, t.rule, t.name)
	}
	if c.prev != "" {
		p, err := loadDump(t, pf, c.prev)
		if err == nil {
			err = c.patch.apply(p)
		}
		if err != nil {
			return err
		}
		in.Prev = p
	}
	for _, name := range c.peers {
		p, err := loadDump(t, pf, name)
		if err != nil {
			return err
		}
		in.Peers = append(in.Peers, p)
	}
	return nil
}

// loadDump reads a model dump named by a case.
func loadDump(t *testSpec, pf *packFile, name string) (*report.Report, error) {
	return loadCase(&testSpec{rule: t.rule, name: t.name, report: name, node: t.node}, pf)
}

// merged adds the handlers of b to a.
func merged(a, b map[string]func(*yaml.Node)) map[string]func(*yaml.Node) {
	for k, h := range b {
		a[k] = h
	}
	return a
}
