package engine_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

func waiverCfg(expires string, supervisor bool) engine.Options {
	return engine.Options{Config: engine.Config{Today: "2025-02-01", Supervisor: supervisor,
		Waivers: []engine.Waiver{{Rule: "APP-ROW-TOTAL", Reason: "本市表三按旧口径统计", Expires: expires}}}}
}

// A waiver in force shows on the result and takes the failure out of the
// score; the supervisor switch shows it but scores the failure; an expired
// waiver no longer applies and is a finding of its own.
func TestWaivers(t *testing.T) {
	r := loadClean(t, "clean-2021.json")
	setValue(r, "new", "total", 100)
	plain := newEngine(t, engine.Options{}).Audit(r)

	active := newEngine(t, waiverCfg("2025-03-31", false)).Audit(r)
	row := result(t, active, "APP-ROW-TOTAL")
	if row.Status != engine.Fail || row.Waiver == nil || row.Waiver.Ignored || row.Waiver.Expired {
		t.Fatalf("waived result: %+v", row)
	}
	if *active.Score <= *plain.Score {
		t.Errorf("waived failure still scored: %v vs %v", *active.Score, *plain.Score)
	}

	sup := newEngine(t, waiverCfg("2025-03-31", true)).Audit(r)
	if row := result(t, sup, "APP-ROW-TOTAL"); row.Waiver == nil || !row.Waiver.Ignored || *sup.Score != *plain.Score {
		t.Errorf("supervisor: %+v score %v, want ignored waiver and score %v", row.Waiver, *sup.Score, *plain.Score)
	}

	old := newEngine(t, waiverCfg("2025-01-31", false)).Audit(r)
	exp := result(t, old, engine.WaiverExpired)
	if exp.Status != engine.Fail || !strings.Contains(exp.Message, "2025-01-31") || !strings.Contains(exp.Message, "APP-ROW-TOTAL") {
		t.Errorf("expired waiver finding: %+v", exp)
	}
	if row := result(t, old, "APP-ROW-TOTAL"); !row.Waiver.Expired || *old.Score >= *plain.Score {
		t.Errorf("expired waiver still applied: %+v, score %v vs %v", row.Waiver, *old.Score, *plain.Score)
	}
}

// A waiver naming no rule, without reason or with a bad date is refused.
func TestWaiverValidation(t *testing.T) {
	for _, w := range []engine.Waiver{
		{Rule: "NO-SUCH-RULE", Reason: "x", Expires: "2025-01-01"},
		{Rule: "APP-BALANCE", Expires: "2025-01-01"},
		{Rule: "APP-BALANCE", Reason: "x", Expires: "31/01/2025"},
	} {
		if _, err := engine.New(engine.Options{Config: engine.Config{Waivers: []engine.Waiver{w}}}); err == nil {
			t.Errorf("waiver %+v accepted", w)
		}
	}
}
