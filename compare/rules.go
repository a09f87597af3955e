package compare

import (
	"sort"

	"github.com/nianbao/nianbao/engine"
)

// ruleRows lists every rule run on a compared report, in the order of the
// audit's results (category, then id). A rule's title is the one of its
// latest report, since packs reword titles between templates.
func ruleRows(groups []*group, cross map[string]bool) []Rule {
	byID := map[string]Rule{}
	latest := map[string]int{}
	for _, g := range groups {
		for _, it := range g.items {
			for _, res := range it.result.Results {
				if y, ok := latest[res.Rule]; ok && y > it.entry.Year {
					continue
				}
				latest[res.Rule] = it.entry.Year
				byID[res.Rule] = Rule{ID: res.Rule, Title: res.Title, Category: res.Category,
					Severity: res.Severity, CrossYear: cross[res.Rule]}
			}
		}
	}
	out := make([]Rule, 0, len(byID))
	for _, r := range byID {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		ci, cj := categoryRank(out[i].Category), categoryRank(out[j].Category)
		if ci != cj {
			return ci < cj
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// categoryRank is a category's place in report order.
func categoryRank(id string) int {
	for i, c := range engine.Categories {
		if c.ID == id {
			return i
		}
	}
	return len(engine.Categories)
}
