package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

func f(v float64) *float64 { return &v }

// audited is a hand-made readable input: an agency's report of a year with
// a score and rule outcomes ("RULE=status").
func audited(file, agency string, year int, score *float64, outcomes ...string) Input {
	r := engine.ReportResult{File: file, Score: score, Meta: &report.Meta{Agency: agency, Year: year}}
	if score != nil {
		r.Grade = engine.Grade(*score)
	}
	for _, o := range outcomes {
		id, st, _ := strings.Cut(o, "=")
		r.Results = append(r.Results, engine.Result{Rule: id, Title: id + " 标题", Category: "accuracy", Status: engine.Status(st)})
		r.Counts.Add(engine.Status(st))
	}
	return Input{Result: r, Report: &report.Report{Meta: *r.Meta}}
}

func build(in ...Input) *Comparison {
	return Build(engine.Tool{Name: "nianbao"}, in, Options{CrossYear: map[string]bool{"CARRY-OVER": true}})
}

func files(c *Comparison) []string {
	var out []string
	for _, e := range c.Reports {
		out = append(out, e.File)
	}
	return out
}

// One agency under two spellings of its name is one trend, by year; the
// pair across the missing 2020 is not consecutive.
func TestYearsMode(t *testing.T) {
	c := build(
		audited("b.txt", "淮安市洪泽区人民政府", 2021, f(80), "A=pass", "CARRY-OVER=na"),
		audited("a.txt", "洪泽区人民政府", 2019, f(70), "A=fail"),
		audited("c.txt", "淮安市洪泽区人民政府", 2022, f(85), "A=pass", "CARRY-OVER=fail"),
	)
	if c.Mode != ModeYears || !slices.Equal(files(c), []string{"a.txt", "b.txt", "c.txt"}) {
		t.Fatalf("mode %s, reports %v", c.Mode, files(c))
	}
	tr := c.Trends[0]
	if tr.Agency != "淮安市洪泽区人民政府" || !slices.Equal(tr.Missing, []int{2020}) || len(tr.Pairs) != 2 {
		t.Fatalf("trend %+v", tr)
	}
	gap, next := tr.Pairs[0], tr.Pairs[1]
	if gap.Consecutive || !next.Consecutive || *gap.ScoreChange != 10 {
		t.Errorf("pairs %+v", tr.Pairs)
	}
	if len(gap.Changed) != 1 || gap.Changed[0] != (Change{Rule: "A", From: engine.Fail, To: engine.Pass}) {
		t.Errorf("changed %+v", gap.Changed)
	}
	// CARRY-OVER is listed per pair, not among the changed outcomes.
	if len(next.Cross) != 1 || next.Cross[0].Status != engine.Fail || len(next.Changed) != 0 {
		t.Errorf("2021→2022 %+v", next)
	}
	if len(c.Rankings) != 0 {
		t.Errorf("rankings %+v", c.Rankings)
	}
}

// Several agencies of one year are ranked; equal scores share a rank and
// the reports are listed by rank.
func TestAgenciesMode(t *testing.T) {
	c := build(
		audited("x.txt", "甲市教育局", 2024, f(70), "A=fail", "B=pass"),
		audited("y.txt", "乙市教育局", 2024, f(90), "A=pass", "B=manual"),
		audited("z.txt", "丙市教育局", 2024, f(70), "A=pass"),
		audited("n.txt", "丁市教育局", 2024, nil),
	)
	if c.Mode != ModeAgencies || !slices.Equal(files(c), []string{"y.txt", "z.txt", "x.txt", "n.txt"}) {
		t.Fatalf("mode %s, reports %v", c.Mode, files(c))
	}
	var ranks []int
	for _, r := range c.Rankings[0].Entries {
		ranks = append(ranks, r.Rank)
	}
	if !slices.Equal(ranks, []int{1, 2, 2, 0}) {
		t.Errorf("ranks %v", ranks)
	}
	a, b := c.Rates[0], c.Rates[1]
	if a.Rule != "A" || *a.Rate != 66.7 || a.Pass != 2 || a.Fail != 1 || a.NotRun != 1 {
		t.Errorf("rate A %+v", a)
	}
	if *b.Rate != 100 || b.Manual != 1 || b.Pass != 1 || b.NotRun != 2 {
		t.Errorf("rate B %+v", b)
	}
}

func resultError(file, msg string) engine.ReportResult {
	return engine.ReportResult{File: file, Error: msg}
}
