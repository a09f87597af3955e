package compare

import "sort"

// mode tells what the groups hold.
func mode(groups []*group) string {
	switch {
	case len(groups) == 0:
		return ModeEmpty
	case len(groups) == 1:
		return ModeYears
	}
	year := groups[0].items[0].entry.Year
	for _, g := range groups {
		if len(g.items) != 1 || g.items[0].entry.Year != year {
			return ModeMixed
		}
	}
	return ModeAgencies
}

// agenciesAndYears names the groups and lists their years.
func agenciesAndYears(groups []*group) ([]string, []int) {
	names, years := []string{}, []int{}
	seen := map[int]bool{}
	for _, g := range groups {
		names = append(names, g.name())
		for _, it := range g.items {
			if y := it.entry.Year; !seen[y] {
				seen[y] = true
				years = append(years, y)
			}
		}
	}
	sort.Ints(years)
	return names, years
}

// name is the agency as its latest report names it.
func (g *group) name() string { return g.items[len(g.items)-1].entry.Name() }
