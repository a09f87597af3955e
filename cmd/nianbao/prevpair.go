package main

import (
	"sort"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// pairPrev finds, for each report of a batch, the same agency's report on
// the year before (nil when there is none). Agencies match by
// engine.SameAgency: equal names once white space is removed, or names
// that differ only by the places written before them (淮安市洪泽区人民政府,
// 洪泽区人民政府). Pairing is conservative, since a wrong pair gives false
// findings: it is made only when it is one to one — the candidates on the
// year before all bear one agency name, and that name matches no other
// agency name of the report's year. Several files with one agency and year
// (the same report as PDF and HTML) are one candidate: the first in input
// order is used. Reports without an agency or a year are never paired.
// ambiguous is told of each report left unpaired for want of one-to-one.
func pairPrev(rs []*report.Report, ambiguous func(r *report.Report, names []string)) []*report.Report {
	byYear := map[int][]int{}
	for i, r := range rs {
		if pairable(r) {
			byYear[r.Meta.Year] = append(byYear[r.Meta.Year], i)
		}
	}
	out := make([]*report.Report, len(rs))
	for i, r := range rs {
		if !pairable(r) {
			continue
		}
		cands := matches(rs, byYear[r.Meta.Year-1], r.Meta.Agency)
		if len(cands) == 0 {
			continue
		}
		p := rs[cands[0]]
		names := distinctNames(rs, cands)
		back := distinctNames(rs, matches(rs, byYear[r.Meta.Year], p.Meta.Agency))
		if len(names) != 1 || len(back) != 1 {
			ambiguous(r, append(names, back...))
			continue
		}
		out[i] = p
	}
	return out
}

func pairable(r *report.Report) bool {
	return r != nil && r.Meta.Year > 0 && engine.AgencyKey(r.Meta.Agency) != ""
}

// matches returns the reports among idx whose agency SameAgency matches.
func matches(rs []*report.Report, idx []int, agency string) []int {
	var out []int
	for _, j := range idx {
		if engine.SameAgency(rs[j].Meta.Agency, agency) {
			out = append(out, j)
		}
	}
	return out
}

// distinctNames lists the normalised agency names of the reports, sorted.
func distinctNames(rs []*report.Report, idx []int) []string {
	seen := map[string]bool{}
	var out []string
	for _, j := range idx {
		if k := engine.AgencyKey(rs[j].Meta.Agency); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// joinNames lists names for a message.
func joinNames(names []string) string { return strings.Join(names, "、") }
