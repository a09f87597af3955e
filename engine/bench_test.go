package engine_test

import (
	"math"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// coreRules are the checks BenchmarkRulesGo writes in plain Go.
var coreRules = []string{"APP-BALANCE", "APP-RESULTS-SUM", "APP-ROW-TOTAL", "REVIEW-TOTAL", "VALUES-VALID"}

// BenchmarkRulesExpr audits the clean 2021 model with every rule.
func BenchmarkRulesExpr(b *testing.B) {
	e, err := engine.New(engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	r := loadClean(b, "clean-2021.json")
	b.ReportAllocs()
	for b.Loop() {
		if res := e.Audit(r); res.Counts.Fail != 0 {
			b.Fatal("clean model fails")
		}
	}
}

// BenchmarkRulesExprCore audits the clean model with the five rules that
// BenchmarkRulesGo reimplements: the fair comparison.
func BenchmarkRulesExprCore(b *testing.B) {
	e, err := engine.New(engine.Options{Config: onlyRules(b, coreRules...)})
	if err != nil {
		b.Fatal(err)
	}
	r := loadClean(b, "clean-2021.json")
	b.ReportAllocs()
	for b.Loop() {
		if res := e.Audit(r); res.Counts.Pass != len(coreRules) {
			b.Fatal("clean model fails")
		}
	}
}

// BenchmarkRulesGo runs the same five checks in plain Go.
func BenchmarkRulesGo(b *testing.B) {
	r := loadClean(b, "clean-2021.json")
	b.ReportAllocs()
	for b.Loop() {
		if n := goChecks(r); n != 0 {
			b.Fatal("clean model fails", n)
		}
	}
}

var resultRows2021 = report.ResultRows(report.AppRows2021)

// goChecks counts failing elements of the five core checks.
func goChecks(r *report.Report) int {
	apps := r.Tables.Applications
	num := func(c *report.Cell) float64 { v, _ := c.Number(); return v }
	fails := 0
	for _, c := range report.AppColumns {
		k := c.Key
		if num(apps["new"][k])+num(apps["carried_in"][k]) != num(apps["total"][k])+num(apps["carried_out"][k]) {
			fails++
		}
		sum := 0.0
		for _, row := range resultRows2021 {
			sum += num(apps[row.Key][k])
		}
		if sum != num(apps["total"][k]) {
			fails++
		}
	}
	for _, row := range report.AppRows2021 {
		sum := 0.0
		for _, c := range report.ApplicantColumns {
			sum += num(apps[row.Key][c.Key])
		}
		if sum != num(apps[row.Key]["total"]) {
			fails++
		}
	}
	for _, g := range report.ReviewGroups {
		sum := 0.0
		for _, c := range report.ReviewColumns[:4] {
			sum += num(r.Tables.Review[g.Key][c.Key])
		}
		if sum != num(r.Tables.Review[g.Key]["total"]) {
			fails++
		}
	}
	return fails + goValues(r)
}

// goValues checks that counts are non-negative integers.
func goValues(r *report.Report) int {
	fails := 0
	bad := func(c *report.Cell, decimal bool) {
		if c == nil || c.Value == nil {
			return
		}
		if v := *c.Value; v < 0 || (!decimal && v != math.Floor(v)) {
			fails++
		}
	}
	for _, a := range report.ActiveCells2021 {
		bad(r.Tables.Active[a.Key], a.Decimal)
	}
	for _, row := range report.AppRows2021 {
		for _, c := range report.AppColumns {
			bad(r.Tables.Applications[row.Key][c.Key], false)
		}
	}
	for _, g := range report.ReviewGroups {
		for _, c := range report.ReviewColumns {
			bad(r.Tables.Review[g.Key][c.Key], false)
		}
	}
	return fails
}
