package main

import (
	"strings"
	"testing"
)

// Waivers from the config file show in the JSON and the table; the
// supervisor switch ignores them; an expired one is a finding.
func TestWaiversFromConfig(t *testing.T) {
	cfg := writeFile(t, "waivers.yaml", `waivers:
  - rule: APP-ROW-TOTAL
    agency: 广州市协作办公室
    reason: 表三总计列按旧口径填报
    expires: 2099-03-31
  - rule: INTERP-TIMELY
    reason: 试行期
    expires: 2020-01-01
`)
	var got struct {
		Reports []struct {
			Score   float64
			Results []struct {
				Rule, Status string
				Waiver       *struct {
					Reason           string
					Ignored, Expired bool
				}
			}
		}
	}
	nianbao(t, nil, "audit", "--format", "json", "--config", cfg, goodReport).must(t, 0).decode(t, &got)
	find := func(rule string) (string, bool, bool, bool) {
		for _, r := range got.Reports[0].Results {
			if r.Rule == rule {
				if r.Waiver == nil {
					return r.Status, false, false, false
				}
				return r.Status, true, r.Waiver.Ignored, r.Waiver.Expired
			}
		}
		return "", false, false, false
	}
	if st, w, ign, exp := find("APP-ROW-TOTAL"); st != "fail" || !w || ign || exp {
		t.Errorf("APP-ROW-TOTAL: %s waiver=%v ignored=%v expired=%v", st, w, ign, exp)
	}
	if st, _, _, _ := find("WAIVER-EXPIRED"); st != "fail" {
		t.Errorf("no WAIVER-EXPIRED finding for the expired INTERP-TIMELY waiver")
	}
	waived := got.Reports[0].Score
	table := nianbao(t, nil, "audit", "--config", cfg, goodReport).must(t, 0).stdout
	if !strings.Contains(table, "已豁免") || !strings.Contains(table, "豁免已于 2020-01-01 到期") {
		t.Errorf("table does not show the waivers:\n%s", table)
	}
	nianbao(t, nil, "audit", "--format", "json", "--supervisor", "--config", cfg, goodReport).must(t, 0).decode(t, &got)
	if _, w, ign, _ := find("APP-ROW-TOTAL"); !w || !ign || got.Reports[0].Score >= waived {
		t.Errorf("supervisor: waiver=%v ignored=%v score %v (waived %v)", w, ign, got.Reports[0].Score, waived)
	}
}
