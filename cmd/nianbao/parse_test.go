package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// `parse` prints the contract's model object.
func TestParseJSONContract(t *testing.T) {
	var got map[string]any
	nianbao(t, nil, "parse", goodReport).must(t, 0).decode(t, &got)
	keys(t, "model", got, "meta", "sections", "tables", "problems")
	keys(t, "tables", got["tables"].(map[string]any), "active", "applications", "review")
	keys(t, "meta", got["meta"].(map[string]any), "agency", "year", "level", "template", "published")
	if _, ok := got["sections"].([]any); !ok {
		t.Errorf("sections = %v, want a list", got["sections"])
	}
	if _, ok := got["problems"].([]any); !ok {
		t.Errorf("problems = %v, want a list", got["problems"])
	}
}

// A model dump, corrected by hand, can be audited again: the correction is
// used and nothing else changes.
func TestAuditEditedModel(t *testing.T) {
	dump := nianbao(t, nil, "parse", goodReport).must(t, 0).stdout
	var model map[string]any
	if err := json.Unmarshal([]byte(dump), &model); err != nil {
		t.Fatal(err)
	}
	model["meta"].(map[string]any)["agency"] = "某某市某某局"
	edited, _ := json.Marshal(model)
	path := writeFile(t, "edited.json", string(edited))

	var orig, again auditJSON
	nianbao(t, nil, "audit", "--format", "json", goodReport).must(t, 0).decode(t, &orig)
	nianbao(t, nil, "audit", "--format", "json", path).must(t, 0).decode(t, &again)
	if got := again.Reports[0].Meta["agency"]; got != "某某市某某局" {
		t.Errorf("agency = %v, want the edited one", got)
	}
	if o, a := orig.Reports[0].Score, again.Reports[0].Score; o == nil || a == nil || *o != *a {
		t.Errorf("score %v from the file, %v from its dump: want the same", o, a)
	}
}

// A JSON file named on the command line that is not a model is an error.
func TestAuditNotAModel(t *testing.T) {
	path := writeFile(t, "other.json", `{"id": "x"}`)
	r := nianbao(t, nil, "audit", path).must(t, 2)
	if !strings.Contains(r.stderr, path) || !strings.Contains(r.stderr, "不是 nianbao parse 输出的报告模型") {
		t.Errorf("stderr = %q", r.stderr)
	}
	bad := writeFile(t, "typo.json", `{"meta": {"agencyy": "x"}}`)
	r = nianbao(t, nil, "audit", bad).must(t, 2)
	if !strings.Contains(r.stderr, `unknown field "agencyy"`) {
		t.Errorf("a misspelt key is not reported: %q", r.stderr)
	}
}

// `parse --format table` prints the sections and the three tables.
func TestParseTable(t *testing.T) {
	r := nianbao(t, nil, "parse", "--format", "table", goodReport).must(t, 0)
	for _, want := range []string{"章节", "表二", "表三", "表四", "一、本年新收政府信息公开申请数量", "行政复议"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("no %q in:\n%s", want, r.stdout)
		}
	}
}

// An unreadable file given to parse exits 2 naming it.
func TestParseUnreadable(t *testing.T) {
	r := nianbao(t, nil, "parse", badDir+"/empty.txt").must(t, 2)
	if !strings.Contains(r.stderr, "empty.txt") || !strings.Contains(r.stderr, "文件为空") {
		t.Errorf("stderr = %q", r.stderr)
	}
}
