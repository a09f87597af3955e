package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/compare"
	"github.com/nianbao/nianbao/engine"
)

const fixtureReports = "../../fixtures/reports/"

func compareJSON(t *testing.T, code int, args ...string) compare.Comparison {
	t.Helper()
	var c compare.Comparison
	nianbao(t, nil, append([]string{"compare", "--format", "json"}, args...)...).must(t, code).decode(t, &c)
	return c
}

// auditScores are the scores `audit` gives the same batch, by file.
func auditScores(t *testing.T, args ...string) map[string]float64 {
	t.Helper()
	var a engine.Audit
	nianbao(t, nil, append([]string{"audit", "--format", "json"}, args...)...).must(t, 0).decode(t, &a)
	out := map[string]float64{}
	for _, r := range a.Reports {
		out[r.File] = *r.Score
	}
	return out
}

var pingtanYears = []string{fixtureReports + "pingtan-2018.txt", fixtureReports + "pingtan-2019.txt", fixtureReports + "pingtan-2021.txt", fixtureReports + "pingtan-2022.txt"}

// 平潭 2018, 2019, 2021, 2022: one agency, every year, scores as audited,
// and the cross-year rules per pair — na across the missing 2020.
func TestComparePingtanYears(t *testing.T) {
	c := compareJSON(t, 0, pingtanYears...)
	if c.Mode != compare.ModeYears || !slices.Equal(c.Years, []int{2018, 2019, 2021, 2022}) || len(c.Trends) != 1 {
		t.Fatalf("mode %s years %v trends %d", c.Mode, c.Years, len(c.Trends))
	}
	tr := c.Trends[0]
	if tr.Agency != "平潭综合实验区" || !slices.Equal(tr.Missing, []int{2020}) || len(tr.Pairs) != 3 {
		t.Fatalf("trend %s missing %v pairs %d", tr.Agency, tr.Missing, len(tr.Pairs))
	}
	scores := auditScores(t, pingtanYears...)
	for _, e := range c.Reports {
		if *e.Score != scores[e.File] {
			t.Errorf("%s: score %v, audit gives %v", e.File, *e.Score, scores[e.File])
		}
	}
	for i, want := range []bool{true, false, true} {
		if tr.Pairs[i].Consecutive != want {
			t.Errorf("pair %d→%d consecutive = %v", tr.Pairs[i].FromYear, tr.Pairs[i].ToYear, !want)
		}
	}
	gap := crossOf(tr.Pairs[1])
	for _, id := range []string{"CARRY-OVER", "INFORCE-MOVEMENT", "COPY-PREV", "PROBLEMS-FOLLOWUP"} {
		if gap[id] != "na" {
			t.Errorf("2019→2021 %s = %q, want na (no 2020 report to compare with)", id, gap[id])
		}
	}
	// 2022's 上年结转 row is 2021's 结转下年度继续办理 row; 规范性文件 cells are fused.
	last := crossOf(tr.Pairs[2])
	if last["CARRY-OVER"] != "pass" || last["PROBLEMS-FOLLOWUP"] != "manual" || last["INFORCE-MOVEMENT"] != "error" {
		t.Errorf("2021→2022 cross-year rules %v", last)
	}
	if _, ok := gap["COPY-PEER"]; ok {
		t.Error("COPY-PEER (other agencies) is listed among the cross-year rules")
	}
}

func crossOf(p compare.Pair) map[string]engine.Status {
	out := map[string]engine.Status{}
	for _, f := range p.Cross {
		out[f.Rule] = f.Status
	}
	return out
}

// What changed from 2021 to 2022, as the reports print it: 本年新收 70
// (64 0 0 2 0 4 70) → 74 (71 3 0 0 0 0 74); 行政诉讼（未经复议）12 → 1;
// GOV-ACCOUNTABILITY failed in 2021 and passes in 2022 (社会评议和责任追究).
func TestComparePingtanChanges(t *testing.T) {
	p := compareJSON(t, 0, pingtanYears...).Trends[0].Pairs[2]
	cells := map[string][2]float64{}
	for _, ch := range p.Cells {
		cells[ch.Key] = [2]float64{*ch.From, *ch.To}
	}
	for key, want := range map[string][2]float64{
		"applications.new.total": {70, 74}, "applications.total.total": {69, 75},
		"applications.carried_in.total": {0, 1}, "applications.carried_out.total": {1, 0},
		"review.reconsideration.total": {3, 2}, "review.litigation_direct.total": {12, 1},
	} {
		if cells[key] != want {
			t.Errorf("%s: %v, want %v", key, cells[key], want)
		}
	}
	if _, ok := cells["review.litigation_after.total"]; ok {
		t.Error("an unchanged cell (复议后起诉 0 → 0) is listed")
	}
	if !slices.Contains(p.Changed, compare.Change{Rule: "GOV-ACCOUNTABILITY", From: "fail", To: "pass"}) {
		t.Errorf("changed %+v", p.Changed)
	}
}

// The table shows every year, the rule × year grid with the cross-year
// rules, and says why 2019 → 2021 has no cross-year comparison.
func TestComparePingtanTable(t *testing.T) {
	out := nianbao(t, nil, append([]string{"compare"}, pingtanYears...)...).must(t, 0).stdout
	for _, want := range []string{
		"比较：同一机关（平潭综合实验区）的 4 份年度报告", "规则 × 年度", "│ 2018 │ 62.9 │ 合格 │", "│ 2022 │ 91.2 │ 优秀 │",
		"CARRY-OVER ※", "INFORCE-MOVEMENT ※", "COPY-PREV ※", "PROBLEMS-FOLLOWUP ※",
		"逐年变化 2019 → 2021：得分 94.5 → 88.7（-5.8）。不是相邻年度（缺 2020 年度报告）：跨年度规则不适用",
		"│ 本年新收申请 │ 70 │ 74 │ +4 │",
	} {
		if !strings.Contains(squeeze(out), want) {
			t.Errorf("table lacks %q", want)
		}
	}
}

// squeeze collapses the runs of spaces of each line, so that a test can
// look for a grid row whatever the column widths.
func squeeze(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}
