package compare

import "math"

// trends follows each agency across its years: the one agency of a years
// comparison, or each agency with two or more years in mixed input.
func (c *Comparison) trends(groups []*group) []Trend {
	out := []Trend{}
	for _, g := range groups {
		if c.Mode == ModeYears || c.Mode == ModeMixed && len(g.items) > 1 {
			out = append(out, c.trend(g))
		}
	}
	return out
}

func (c *Comparison) trend(g *group) Trend {
	t := Trend{Agency: g.name(), Reports: []int{}, Missing: []int{}, Pairs: []Pair{}}
	for i, it := range g.items {
		t.Reports = append(t.Reports, it.index)
		if i == 0 {
			continue
		}
		prev := g.items[i-1]
		for y := prev.entry.Year + 1; y < it.entry.Year; y++ {
			t.Missing = append(t.Missing, y)
		}
		t.Pairs = append(t.Pairs, c.pair(prev, it))
	}
	return t
}

// pair compares two reports of an agency, the later's cross-year rules
// included as they were audited.
func (c *Comparison) pair(a, b item) Pair {
	p := Pair{From: a.index, To: b.index, FromYear: a.entry.Year, ToYear: b.entry.Year,
		Consecutive: b.entry.Year == a.entry.Year+1, Cross: []Finding{}, Changed: []Change{}, Cells: []CellChange{}}
	if a.entry.Score != nil && b.entry.Score != nil {
		d := math.Round((*b.entry.Score-*a.entry.Score)*10) / 10
		p.ScoreChange = &d
	}
	for _, res := range b.result.Results {
		if c.crossYear(res.Rule) {
			p.Cross = append(p.Cross, Finding{Rule: res.Rule, Status: res.Status, Message: res.Message})
		}
	}
	for _, r := range c.Rules {
		from, ok1 := a.entry.Outcomes[r.ID]
		to, ok2 := b.entry.Outcomes[r.ID]
		if !r.CrossYear && ok1 && ok2 && from.Status != to.Status {
			p.Changed = append(p.Changed, Change{Rule: r.ID, From: from.Status, To: to.Status})
		}
	}
	for _, k := range c.Cells {
		if from, to := a.entry.Values[k.Key], b.entry.Values[k.Key]; !sameValue(from, to) {
			p.Cells = append(p.Cells, CellChange{Key: k.Key, From: from, To: to})
		}
	}
	return p
}

func (c *Comparison) crossYear(id string) bool {
	for _, r := range c.Rules {
		if r.ID == id {
			return r.CrossYear
		}
	}
	return false
}
