package compare

import (
	"math"
	"sort"

	"github.com/nianbao/nianbao/engine"
)

// rankings orders the agencies of each year by score: the one year of an
// agencies comparison, or each year with two or more agencies in mixed input.
func (c *Comparison) rankings(groups []*group) []Ranking {
	byYear := map[int][]item{}
	for _, g := range groups {
		for _, it := range g.items {
			byYear[it.entry.Year] = append(byYear[it.entry.Year], it)
		}
	}
	years := make([]int, 0, len(byYear))
	for y, its := range byYear {
		if c.Mode == ModeAgencies || c.Mode == ModeMixed && len(its) > 1 {
			years = append(years, y)
		}
	}
	sort.Ints(years)
	out := []Ranking{}
	for _, y := range years {
		out = append(out, ranking(y, byYear[y]))
	}
	return out
}

// ranking ranks the items of a year: by score, highest first; equal scores
// share a rank and are listed by agency name, then file.
func ranking(year int, its []item) Ranking {
	its = append([]item(nil), its...)
	sort.SliceStable(its, func(i, j int) bool { return ahead(its[i].entry, its[j].entry) })
	r := Ranking{Year: year, Entries: []Ranked{}}
	for i, it := range its {
		rank := i + 1
		switch s := it.entry.Score; {
		case s == nil:
			rank = 0
		case i > 0 && its[i-1].entry.Score != nil && *its[i-1].entry.Score == *s:
			rank = r.Entries[i-1].Rank
		}
		r.Entries = append(r.Entries, Ranked{Rank: rank, Report: it.index})
	}
	return r
}

// ahead reports whether a is listed before b in a ranking.
func ahead(a, b Entry) bool {
	sa, sb := scoreOf(a), scoreOf(b)
	if sa != sb {
		return sa > sb
	}
	if a.Agency != b.Agency {
		return engine.AgencyKey(a.Agency) < engine.AgencyKey(b.Agency)
	}
	return a.File < b.File
}

// scoreOf is an entry's score; no score ranks below every score.
func scoreOf(e Entry) float64 {
	if e.Score == nil {
		return math.Inf(-1)
	}
	return *e.Score
}

// byRank puts the groups of an agencies comparison (one report each) in
// ranking order, so that the reports are listed by rank.
func byRank(groups []*group) []*group {
	out := append([]*group(nil), groups...)
	sort.SliceStable(out, func(i, j int) bool { return ahead(out[i].items[0].entry, out[j].items[0].entry) })
	return out
}

// passRates counts each rule's outcomes across the reports.
func passRates(rules []Rule, reports []Entry) []PassRate {
	out := make([]PassRate, 0, len(rules))
	for _, r := range rules {
		pr := PassRate{Rule: r.ID}
		for _, e := range reports {
			o, ok := e.Outcomes[r.ID]
			if !ok {
				pr.NotRun++
				continue
			}
			pr.add(o.Status)
		}
		if n := pr.Pass + pr.Fail; n > 0 {
			v := math.Round(1000*float64(pr.Pass)/float64(n)) / 10
			pr.Rate = &v
		}
		out = append(out, pr)
	}
	return out
}

func (pr *PassRate) add(s engine.Status) {
	switch s {
	case engine.Pass:
		pr.Pass++
	case engine.Fail:
		pr.Fail++
	case engine.Manual:
		pr.Manual++
	case engine.Error:
		pr.Error++
	case engine.NA:
		pr.NA++
	}
}
