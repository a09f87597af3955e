package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// brokenModel is the good report's model with 本年新收 总计 changed to 999,
// so that its row and column sums fail.
func brokenModel(t *testing.T) string {
	t.Helper()
	var model map[string]any
	nianbao(t, nil, "parse", goodReport).must(t, 0).decode(t, &model)
	apps := model["tables"].(map[string]any)["applications"].(map[string]any)
	row, _ := apps["new"].(map[string]any)
	if row == nil {
		row = map[string]any{}
		apps["new"] = row
	}
	row["total"] = map[string]any{"value": 999, "raw": "999", "line": 1, "confidence": "high"}
	data, _ := json.Marshal(model)
	return writeFile(t, "broken.json", string(data))
}

// --min-score and --fail-on turn findings into exit status 1; without them
// the same findings exit 0.
func TestThresholds(t *testing.T) {
	path := brokenModel(t)
	nianbao(t, nil, "audit", path).must(t, 0)
	r := nianbao(t, nil, "audit", "--min-score", "100", path).must(t, 1)
	if !strings.Contains(r.stderr, "低于 100") {
		t.Errorf("stderr = %q, want the score named", r.stderr)
	}
	r = nianbao(t, nil, "audit", "--fail-on", "warning", path).must(t, 1)
	if !strings.Contains(r.stderr, "不通过（--fail-on warning）") {
		t.Errorf("stderr = %q, want the failing rule named", r.stderr)
	}
	nianbao(t, []string{"NIANBAO_MIN_SCORE=100"}, "audit", path).must(t, 1)
}

// An unreadable input outranks a crossed threshold.
func TestVerdictOrder(t *testing.T) {
	score := 10.0
	a := &engine.Audit{Reports: []engine.ReportResult{{File: "a", Score: &score}, {File: "b", Error: "b: 文件为空"}}}
	err := thresholds{minScore: 60}.verdict(a)
	if e, ok := err.(*exitError); !ok || e.code != exitBad {
		t.Errorf("verdict = %v, want exit 2", err)
	}
	a.Reports = a.Reports[:1]
	if e, ok := (thresholds{minScore: 60}).verdict(a).(*exitError); !ok || e.code != exitThreshold {
		t.Errorf("verdict = %v, want exit 1", e)
	}
	if err := (thresholds{minScore: 5}).verdict(a); err != nil {
		t.Errorf("verdict = %v, want nil", err)
	}
}

func TestFailOnSeverity(t *testing.T) {
	r := engine.ReportResult{Results: []engine.Result{
		{Rule: "W", Severity: "warning", Status: engine.Fail},
		{Rule: "E", Severity: "error", Status: engine.Pass},
		{Rule: "I", Severity: "info", Status: engine.Fail},
	}}
	if got := (thresholds{failOn: "error"}).failedRule(r); got != "" {
		t.Errorf("--fail-on error caught %q", got)
	}
	if got := (thresholds{failOn: "warning"}).failedRule(r); got != "W" {
		t.Errorf("--fail-on warning caught %q, want W", got)
	}
}

func TestParallelKeepsOrder(t *testing.T) {
	got := parallel(100, 7, func(i int) int { return i * i })
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d = %d", i, v)
		}
	}
}
