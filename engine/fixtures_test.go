package engine_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// TestFixturesFlagMissingCases: a rule without a failing case is a defect,
// and a case whose expectation is wrong fails with a detail.
func TestFixturesFlagMissingCases(t *testing.T) {
	dir := t.TempDir()
	model := loadClean(t, "clean-2021.json")
	b := []byte(dump(t, model))
	if err := os.WriteFile(filepath.Join(dir, "model.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "local.yaml")
	src := header + `  - id: LOCAL-FEE
    title: 收费金额不超过 1000 万元
    category: quality
    severity: info
    assert: cell("fees.amount") <= 1000
    message: 收费金额 {{ cell("fees.amount") }} 万元
tests:
  - {rule: LOCAL-FEE, case: 正常, report: model.json, expect: pass}
  - {rule: LOCAL-FEE, case: 期望错误, report: model.json, expect: fail}
`
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	e := newEngine(t, engine.Options{RulePaths: []string{p}})
	var local []engine.TestResult
	for _, r := range e.Test() {
		if r.Pack == "local" {
			local = append(local, r)
		}
	}
	if len(local) != 2 || !local[0].OK || local[1].OK || local[1].Detail != "期望 fail，得到 pass" {
		t.Errorf("%+v", local)
	}

	src2 := header + `  - id: LOCAL-ONLY-PASS
    title: 只有通过样例
    category: quality
    severity: info
    assert: "true"
    message: x
tests:
  - {rule: LOCAL-ONLY-PASS, case: 正常, report: model.json, expect: pass}
`
	if err := os.WriteFile(p, []byte(src2), 0o644); err != nil {
		t.Fatal(err)
	}
	e = newEngine(t, engine.Options{RulePaths: []string{p}})
	found := false
	for _, r := range e.Test() {
		found = found || (r.Rule == "LOCAL-ONLY-PASS" && !r.OK && r.Detail == "缺少不通过样例")
	}
	if !found {
		t.Error("a rule without a failing case was not flagged")
	}
}

// TestEmptyReport: nothing extracted gives a capped, explained result, no panic.
func TestEmptyReport(t *testing.T) {
	e := newEngine(t, engine.Options{})
	res := e.Audit(&report.Report{})
	if !res.Capped || result(t, res, "STRUCT-SECTIONS").Status != engine.Fail ||
		result(t, res, "APP-BALANCE").Status != engine.Error {
		t.Errorf("%+v", res.Counts)
	}
	if res := e.Audit(nil); res.Error == "" {
		t.Error("nil report")
	}
}
