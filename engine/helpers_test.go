package engine_test

import (
	"encoding/json"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
	"github.com/nianbao/nianbao/rules"
)

func loadClean(tb testing.TB, name string) *report.Report {
	tb.Helper()
	src, err := rules.FS.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	r := &report.Report{}
	if err := json.Unmarshal(src, r); err != nil {
		tb.Fatal(err)
	}
	return r
}

// onlyRules returns a config that disables every rule but ids.
func onlyRules(tb testing.TB, ids ...string) engine.Config {
	e, err := engine.New(engine.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	keep := map[string]bool{}
	for _, id := range ids {
		keep[id] = true
	}
	var cfg engine.Config
	for _, r := range e.Rules() {
		if !keep[r.ID] {
			cfg.Disable = append(cfg.Disable, r.ID)
		}
	}
	return cfg
}

// newEngine makes an engine or fails the test.
func newEngine(tb testing.TB, opts engine.Options) *engine.Engine {
	tb.Helper()
	e, err := engine.New(opts)
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// setValue sets a cell of table 三 to a number.
func setValue(r *report.Report, row, col string, v float64) {
	c := *r.Tables.Applications[row][col]
	c.Value, c.Raw = &v, ""
	r.Tables.Applications[row][col] = &c
}

// result returns the rule's result or fails.
func result(tb testing.TB, res engine.ReportResult, id string) engine.Result {
	tb.Helper()
	for _, r := range res.Results {
		if r.Rule == id {
			return r
		}
	}
	tb.Fatalf("no result for %s", id)
	return engine.Result{}
}
