package engine_test

import (
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// TestScoreByHand recomputes a score from the rules' weights and credits.
func TestScoreByHand(t *testing.T) {
	e := newEngine(t, engine.Options{})
	r := loadClean(t, "clean-2021.json")
	setValue(r, "new", "total", 100)                                 // fails 1 of 7 columns, 1 of 25 rows, and the narrative
	r.Tables.Active["fees.amount"].Value, r.Meta.Published = nil, "" // fees.amount unreadable; DEADLINE manual
	// INTERP-TIMELY passes on the official calendar: 2 working days (国庆
	// make-up Saturday and Sunday), where Monday to Friday would count 6.
	ledger := []engine.LedgerEntry{{Document: "关于做好节后复工工作的通知", Published: "2023-09-28", Interpretation: "2023-10-08"}}
	res := e.AuditWith(r, engine.Inputs{Ledger: ledger})

	// accuracy (rules of weight 10 unless noted):
	//   APP-BALANCE 6/7, APP-RESULTS-SUM 1, APP-ROW-TOTAL 24/25, REVIEW-TOTAL 1,
	//   VALUES-VALID 1 (fees.amount is no longer a value), NARRATIVE-MATCH (5) 1/2
	acc := round1(100 * (10*6.0/7 + 10 + 10*24.0/25 + 10 + 10 + 5*0.5) / 55)
	// completeness: TABLE-ACTIVE-COMPLETE errors (weight 0); the others pass
	comp := 100.0
	// timeliness: DEADLINE manual (weight 0), INTERP-TIMELY passes (the ledger)
	want := round1((20*100 + 25*comp + 35*acc + 10*100 + 10*100) / 100)

	cats := map[string]float64{}
	for _, c := range res.Categories {
		if c.Score != nil {
			cats[c.ID] = *c.Score
		}
	}
	if cats["accuracy"] != acc || cats["completeness"] != comp || cats["timeliness"] != 100 {
		t.Errorf("categories %v, want accuracy %v", cats, acc)
	}
	if res.Score == nil || *res.Score != want || res.Grade != engine.Grade(want) {
		t.Errorf("score %v %s, want %v", res.Score, res.Grade, want)
	}
	c := res.Counts
	// na: the five cross-year rules (no previous report, no batch)
	if c.Pass != 16 || c.Fail != 3 || c.Manual != 1 || c.Error != 1 || c.NA != 5 {
		t.Errorf("counts %+v", c)
	}
}

// TestGateCapsGrade: a missing section fails the STRUCT-SECTIONS gate and
// caps the grade whatever the score.
func TestGateCapsGrade(t *testing.T) {
	e := newEngine(t, engine.Options{})
	r := loadClean(t, "clean-2021.json")
	r.Sections = r.Sections[:5]
	res := e.Audit(r)
	if !res.Capped || res.Grade != engine.GradeFail || *res.Score < 90 {
		t.Errorf("capped %v grade %s score %v", res.Capped, res.Grade, *res.Score)
	}
}

// TestCategoryWeights uses configured weights and shows them.
func TestCategoryWeights(t *testing.T) {
	e := newEngine(t, engine.Options{Config: engine.Config{CategoryWeights: map[string]float64{"quality": 0}}})
	r := loadClean(t, "clean-2021.json")
	r.Sections[4].Text = "五、存在的主要问题及改进情况\n无。"
	res := e.Audit(r)
	if *res.Score != 100 || res.Categories[4].Weight != 0 || *res.Categories[4].Score != 0 {
		t.Errorf("score %v, quality %+v", *res.Score, res.Categories[4])
	}
}

func round1(v float64) float64 { return float64(int64(v*10+0.5)) / 10 }
