package main

import (
	"testing"
)

// auditJSON is the part of `audit --format json` the tests look into.
type auditJSON struct {
	Tool    map[string]any `json:"tool"`
	Reports []struct {
		File    string         `json:"file"`
		Error   string         `json:"error"`
		Score   *float64       `json:"score"`
		Meta    map[string]any `json:"meta"`
		Results []struct {
			Rule, Status, Severity string
		} `json:"results"`
	} `json:"reports"`
}

// `audit --format json` prints the contract's object.
func TestAuditJSONContract(t *testing.T) {
	var got struct {
		Tool    map[string]any   `json:"tool"`
		Reports []map[string]any `json:"reports"`
	}
	nianbao(t, nil, "audit", "--format", "json", goodReport).must(t, 0).decode(t, &got)
	keys(t, "tool", got.Tool, "name", "version", "packs")
	if got.Tool["version"] != "test" || got.Tool["name"] != "nianbao" {
		t.Errorf("tool = %v, want name nianbao and the -ldflags version", got.Tool)
	}
	if len(got.Reports) != 1 {
		t.Fatalf("%d reports, want 1", len(got.Reports))
	}
	rep := got.Reports[0]
	keys(t, "report", rep, "file", "sha256", "meta", "score", "grade", "counts", "categories", "results")
	keys(t, "meta", rep["meta"].(map[string]any), "agency", "year", "level", "template", "published")
	keys(t, "counts", rep["counts"].(map[string]any), "pass", "fail", "na", "manual", "error")
	for _, c := range rep["categories"].([]any) {
		keys(t, "category", c.(map[string]any), "id", "score", "weight")
	}
	results := rep["results"].([]any)
	if len(results) == 0 {
		t.Fatal("no results")
	}
	for _, r := range results {
		keys(t, "result", r.(map[string]any), "rule", "title", "category", "severity", "weight", "status", "evidence")
	}
}

// The NIANBAO_FORMAT variable selects the format; a flag beats it.
func TestFormatFromEnvironment(t *testing.T) {
	var got auditJSON
	nianbao(t, []string{"NIANBAO_FORMAT=json"}, "audit", goodReport).must(t, 0).decode(t, &got)
	r := nianbao(t, []string{"NIANBAO_FORMAT=json"}, "audit", "--format", "table", goodReport).must(t, 0)
	if r.stdout == "" || r.stdout[0] == '{' {
		t.Errorf("--format table did not beat NIANBAO_FORMAT=json:\n%.200s", r.stdout)
	}
}
