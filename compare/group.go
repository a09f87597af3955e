package compare

import (
	"fmt"
	"sort"

	"github.com/nianbao/nianbao/engine"
)

// group is the reports of one agency, by year once sorted.
type group struct {
	names []string // every name seen, for matching
	items []item
}

// group sorts the inputs into agencies: unreadable inputs and reports
// without a year are set aside, and of two reports of one agency and year
// the first in input order is kept (as previous-year pairing does).
func (c *Comparison) group(in []Input) []*group {
	var groups []*group
	for i := range in {
		r := &in[i].Result
		switch {
		case r.Error != "":
			c.Unreadable = append(c.Unreadable, Unreadable{File: r.File, Error: r.Error})
		case r.Meta == nil || r.Meta.Year == 0:
			c.Skipped = append(c.Skipped, Skipped{File: r.File,
				Reason: "未能识别报告年度，不参加比较；请用 --year 或 --manifest 指定年度"})
		default:
			e := newEntry(&in[i])
			g := findGroup(groups, e.Agency)
			if g == nil {
				g = &group{}
				groups = append(groups, g)
			}
			g.names = append(g.names, e.Agency)
			g.items = append(g.items, item{entry: e, result: r})
		}
	}
	for _, g := range groups {
		c.sortGroup(g)
	}
	return groups
}

// findGroup returns the group whose every name names the same body as
// agency, or nil. An empty name matches nothing: such a report stands alone.
func findGroup(groups []*group, agency string) *group {
	for _, g := range groups {
		if matchesAll(g.names, agency) {
			return g
		}
	}
	return nil
}

func matchesAll(names []string, agency string) bool {
	for _, n := range names {
		if !engine.SameAgency(n, agency) {
			return false
		}
	}
	return true
}

// sortGroup orders a group by year and drops second reports of a year.
func (c *Comparison) sortGroup(g *group) {
	sort.SliceStable(g.items, func(i, j int) bool { return g.items[i].entry.Year < g.items[j].entry.Year })
	kept := g.items[:0]
	for _, it := range g.items {
		if n := len(kept); n > 0 && kept[n-1].entry.Year == it.entry.Year {
			first := kept[n-1].entry
			c.Skipped = append(c.Skipped, Skipped{File: it.entry.File, Reason: fmt.Sprintf(
				"与 %s 同为%s %d 年度的报告，只比较前者", first.File, first.Name(), first.Year)})
			continue
		}
		kept = append(kept, it)
	}
	g.items = kept
}
