package rules_test

import (
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// TestPacks compiles the embedded packs and runs every fixture case; each
// rule must have a passing and a failing case.
func TestPacks(t *testing.T) {
	e, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	results := e.Test()
	if len(results) < 2*len(e.Rules()) {
		t.Fatalf("%d cases for %d rules", len(results), len(e.Rules()))
	}
	for _, r := range results {
		if !r.OK {
			t.Errorf("%s/%s %q: %s", r.Pack, r.Rule, r.Case, r.Detail)
		}
	}
}

// TestCoreRules checks that both packs have the contract's core rule IDs.
func TestCoreRules(t *testing.T) {
	e, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	core := []string{"STRUCT-SECTIONS", "STRUCT-ORDER", "TPL-VERSION", "TABLE-ACTIVE-COMPLETE",
		"TABLE-APPS-COMPLETE", "TABLE-REVIEW-COMPLETE", "APP-BALANCE", "APP-RESULTS-SUM",
		"APP-ROW-TOTAL", "REVIEW-TOTAL", "VALUES-VALID"}
	for _, pack := range []string{"gov-2019", "gov-2021"} {
		for _, id := range core {
			if _, ok := e.Rule(pack + "/" + id); !ok {
				t.Errorf("%s lacks %s", pack, id)
			}
		}
	}
	if r, _ := e.Rule("STRUCT-SECTIONS"); !r.Gate || r.Severity != "error" {
		t.Errorf("STRUCT-SECTIONS must be an error gate: %+v", r)
	}
}
