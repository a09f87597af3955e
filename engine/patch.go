package engine

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/nianbao/nianbao/report"
	"go.yaml.in/yaml/v3"
)

// apply patches a model with the test's changes.
func (t *testSpec) apply(r *report.Report) error {
	for _, p := range t.set {
		if err := setCell(r, cellSpecs[p.key], p.node); err != nil {
			return err
		}
	}
	if t.meta != nil {
		if err := patchMeta(&r.Meta, t.meta); err != nil {
			return err
		}
	}
	r.Sections = slices.DeleteFunc(r.Sections, func(s report.Section) bool { return slices.Contains(t.drop, s.Key) })
	for key, n := range t.sections {
		s := r.Section(key)
		if s == nil {
			r.Sections = append(r.Sections, report.Section{Key: key})
			s = &r.Sections[len(r.Sections)-1]
		}
		if err := n.Decode(s); err != nil {
			return err
		}
	}
	reorder(r, t.order)
	return nil
}

// setCell replaces a cell: a number, null (unreadable), "blank",
// "missing", or a mapping of Cell fields over the current cell.
func setCell(r *report.Report, s *cellSpec, n *yaml.Node) error {
	old := lookup(r, s)
	c := &report.Cell{Confidence: report.High}
	if old != nil {
		cp := *old
		c = &cp
	}
	switch {
	case n.Tag == "!!null":
		c.Value, c.Blank, c.Raw = nil, false, "?"
	case n.Value == "missing":
		c = nil
	case n.Value == "blank":
		c.Value, c.Blank, c.Raw = nil, true, "—"
	case n.Kind == yaml.MappingNode:
		if err := n.Decode(c); err != nil {
			return err
		}
	default:
		v, err := strconv.ParseFloat(n.Value, 64)
		if err != nil {
			return err
		}
		c.Value, c.Blank, c.Raw = &v, false, n.Value
	}
	putCell(r, s, c)
	return nil
}

// putCell stores (or, for nil, removes) a cell in the model.
func putCell(r *report.Report, s *cellSpec, c *report.Cell) {
	t := &r.Tables
	switch s.table {
	case tableActive:
		t.Active = putIn(t.Active, s.key, c)
	case tableApps:
		if t.Applications == nil {
			t.Applications = map[string]map[string]*report.Cell{}
		}
		t.Applications[s.row] = putIn(t.Applications[s.row], s.col, c)
	default:
		if t.Review == nil {
			t.Review = map[string]map[string]*report.Cell{}
		}
		t.Review[s.row] = putIn(t.Review[s.row], s.col, c)
	}
}

func putIn(m map[string]*report.Cell, k string, c *report.Cell) map[string]*report.Cell {
	if m == nil {
		m = map[string]*report.Cell{}
	}
	if c == nil {
		delete(m, k)
	} else {
		m[k] = c
	}
	return m
}

// patchMeta overlays meta fields (JSON names). Setting the year also sets
// the expected template unless the patch gives it.
func patchMeta(m *report.Meta, n *yaml.Node) error {
	var patch map[string]any
	if err := n.Decode(&patch); err != nil {
		return err
	}
	var cur map[string]any
	b, _ := json.Marshal(m)
	_ = json.Unmarshal(b, &cur)
	for k, v := range patch {
		cur[k] = v
	}
	b, err := json.Marshal(cur)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, m); err != nil {
		return err
	}
	if _, ok := patch["expected"]; !ok {
		if _, ok := patch["year"]; ok {
			m.Expected = report.ExpectedTemplate(m.Year)
		}
	}
	return nil
}

// reorder puts the listed sections first, in that order.
func reorder(r *report.Report, order []string) {
	if len(order) == 0 {
		return
	}
	rank := func(k string) int {
		if i := slices.Index(order, k); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortStableFunc(r.Sections, func(a, b report.Section) int { return rank(a.Key) - rank(b.Key) })
}
