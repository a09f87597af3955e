package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/compare"
)

var reports2024 = []string{fixtureReports + "huaian-2024.pdf", fixtureReports + "hongze-2024.pdf", fixtureReports + "sh-kewei-2024.md"}

// Three agencies of 2024: ranked by their audit scores (淮安 87.9, 上海市科委
// 77.0, 洪泽 76.7), and the pass rates count each rule's outcomes.
func TestCompare2024Agencies(t *testing.T) {
	c := compareJSON(t, 0, reports2024...)
	if c.Mode != compare.ModeAgencies || len(c.Rankings) != 1 || c.Rankings[0].Year != 2024 {
		t.Fatalf("mode %s rankings %+v", c.Mode, c.Rankings)
	}
	scores := auditScores(t, reports2024...)
	var order []string
	for i, r := range c.Rankings[0].Entries {
		e := c.Reports[r.Report]
		order = append(order, filepath.Base(e.File))
		if r.Rank != i+1 || *e.Score != scores[e.File] {
			t.Errorf("%s: rank %d score %v (audit %v)", e.File, r.Rank, *e.Score, scores[e.File])
		}
	}
	if !slices.Equal(order, []string{"huaian-2024.pdf", "sh-kewei-2024.md", "hongze-2024.pdf"}) {
		t.Errorf("ranking %v", order)
	}
	rates := map[string]compare.PassRate{}
	for _, r := range c.Rates {
		rates[r.Rule] = r
	}
	// STRUCT-ORDER fails for 上海市科委 only; TPL-VERSION passes for 淮安 only;
	// GOV-ACCOUNTABILITY is na for a department (上海市科委) and fails for both governments.
	for id, want := range map[string]string{"STRUCT-ORDER": "66.7 2 1 0", "TPL-VERSION": "33.3 1 2 0",
		"GOV-ACCOUNTABILITY": "0 0 2 1", "STRUCT-SECTIONS": "100 3 0 0"} {
		r := rates[id]
		if got := fmt.Sprintf("%v %d %d %d", *r.Rate, r.Pass, r.Fail, r.NA); got != want {
			t.Errorf("%s rate pass fail na = %s, want %s", id, got, want)
		}
	}
	if rates["DEADLINE"].Rate != nil || rates["DEADLINE"].Manual != 3 {
		t.Errorf("DEADLINE (no publication dates) %+v", rates["DEADLINE"])
	}
}

// The key cells are the hand-checked ones of fixtures/expected.
func TestCompare2024Cells(t *testing.T) {
	c := compareJSON(t, 0, reports2024...)
	for _, e := range c.Reports {
		var want struct {
			Applications map[string]map[string]*float64
			Review       map[string]map[string]*float64
		}
		id := strings.TrimSuffix(filepath.Base(e.File), filepath.Ext(e.File))
		raw, err := os.ReadFile("../../fixtures/expected/" + id + ".json")
		if err != nil || json.Unmarshal(raw, &want) != nil {
			t.Fatalf("%s: %v", id, err)
		}
		checks := map[string]*float64{
			"applications.new.total": want.Applications["new"]["total"], "applications.total.total": want.Applications["total"]["total"],
			"applications.granted.total":   want.Applications["granted"]["total"],
			"review.reconsideration.total": want.Review["reconsideration"]["total"],
		}
		for key, w := range checks {
			if got := e.Values[key]; got == nil || *got != *w {
				t.Errorf("%s %s = %v, want %v", id, key, got, *w)
			}
		}
	}
}

// The table has the ranking, the agency × rule matrix and the pass rates.
func TestCompare2024Table(t *testing.T) {
	out := squeeze(nianbao(t, nil, append([]string{"compare"}, reports2024...)...).must(t, 0).stdout)
	for _, want := range []string{
		"比较：2024 年度 3 个机关的报告", "排名：", "│ 1 │ 淮安市人民政府 │ 87.9 │ 良好 │ 16 │ 4 │ 4 │ 2 │ 0 │",
		"│ 3 │ 淮安市洪泽区人民政府 │ 76.7 │ 良好 │", "机关 × 规则（按名次排列；※ 为跨年度规则）：",
		"│ 规则 │ 检查项 │ 淮安市人民政府 │ 上海市科委 │ 淮安市洪泽区人民政府 │",
		"│ TPL-VERSION │ 采用 2021 年版年报格式，未↩ │ 通过 │ 不通过 │ 不通过 │",
		"各规则通过率", "│ STRUCT-ORDER │ 各部分按模板的顺序和编号排列 │ 66.7% │ 2 │ 1 │ 0 │ 0 │ 0 │ 0 │",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q\n%s", want, out)
		}
	}
}
