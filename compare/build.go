package compare

import (
	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// Input is one audited input: its result, and the report model it was
// audited from (nil when the input could not be read).
type Input struct {
	Result engine.ReportResult
	Report *report.Report
}

// Options tune a comparison.
type Options struct {
	// CrossYear holds the ids of the rules that need the previous year's
	// report; their outcomes are shown per pair of years.
	CrossYear map[string]bool
}

// Build compares the audited inputs. Reports are grouped by agency
// (engine.SameAgency); one group gives a trend across its years, several
// groups of one year a ranking, and anything else (mixed input) a trend
// for every agency with two or more years and a ranking for every year
// with two or more agencies. Unreadable inputs, reports without a year and
// second copies of an agency's year are listed, not compared.
func Build(tool engine.Tool, in []Input, opts Options) *Comparison {
	c := newComparison(tool)
	groups := c.group(in)
	c.Mode = mode(groups)
	c.Agencies, c.Years = agenciesAndYears(groups)
	if c.Mode == ModeAgencies {
		groups = byRank(groups)
	}
	for _, g := range groups {
		for i := range g.items {
			g.items[i].index = len(c.Reports)
			c.Reports = append(c.Reports, g.items[i].entry)
		}
	}
	c.Rules = ruleRows(groups, opts.CrossYear)
	c.Trends = c.trends(groups)
	c.Rankings = c.rankings(groups)
	c.Rates = passRates(c.Rules, c.Reports)
	return c
}

// newComparison is an empty comparison whose lists are not nil, so that
// the JSON has [] where there is nothing.
func newComparison(tool engine.Tool) *Comparison {
	return &Comparison{Tool: tool, Cells: KeyCells, Agencies: []string{}, Years: []int{}, Rules: []Rule{},
		Reports: []Entry{}, Trends: []Trend{}, Rankings: []Ranking{}, Rates: []PassRate{},
		Skipped: []Skipped{}, Unreadable: []Unreadable{}}
}

// item is a compared report while the comparison is built.
type item struct {
	entry  Entry
	result *engine.ReportResult
	index  int // in Comparison.Reports, once laid out
}

// newEntry summarises a readable report.
func newEntry(in *Input) Entry {
	r := &in.Result
	e := Entry{File: r.File, Score: r.Score, Grade: r.Grade, Capped: r.Capped, Counts: r.Counts,
		Categories: []Category{}, Outcomes: map[string]Outcome{}, Values: values(in.Report)}
	if r.Meta != nil {
		e.Agency, e.Year, e.Level = r.Meta.Agency, r.Meta.Year, r.Meta.Level
	}
	for _, cs := range r.Categories {
		e.Categories = append(e.Categories, Category{ID: cs.ID, Title: cs.Title, Score: cs.Score})
	}
	for _, res := range r.Results {
		e.Outcomes[res.Rule] = Outcome{Status: res.Status, Waived: waived(res)}
	}
	return e
}

// waived reports whether a waiver in force accepts the result's failure.
func waived(r engine.Result) bool {
	return r.Status == engine.Fail && r.Waiver != nil && !r.Waiver.Ignored && !r.Waiver.Expired
}
