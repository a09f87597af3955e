package engine_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// A local pack's fixture cases can give the previous report and peers; a
// "prev:" key in set is refused (prev_set patches the previous report).
func TestCrossFixtures(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"clean-2021.json", "prev-2021.json"} {
		src, err := os.ReadFile(filepath.Join("../rules/testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pack := header + `  - id: LOCAL-PREV-NEW
    title: 本年新收不多于上年
    category: accuracy
    severity: info
    when: has_prev()
    assert: cell("applications.new.total") <= prev_cell("applications.new.total")
    message: 本年新收 {{ cell("applications.new.total") }}，上年 {{ prev_cell("applications.new.total") }}
tests:
  - {rule: LOCAL-PREV-NEW, case: 减少, report: clean-2021.json, prev: prev-2021.json, expect: pass}
  - {rule: LOCAL-PREV-NEW, case: 增加, report: clean-2021.json, prev: prev-2021.json,
     prev_set: {applications.new.total: 90}, expect: fail, message: 本年新收 101，上年 90}
  - {rule: LOCAL-PREV-NEW, case: 无上年, report: clean-2021.json, peers: [prev-2021.json], expect: na}
`
	p := filepath.Join(dir, "local.yaml")
	if err := os.WriteFile(p, []byte(pack), 0o644); err != nil {
		t.Fatal(err)
	}
	e := newEngine(t, engine.Options{RulePaths: []string{p}, Config: onlyRules(t)})
	n := 0
	for _, r := range e.Test() {
		if r.Pack == "local" {
			n++
			if !r.OK {
				t.Errorf("%s %s: %s", r.Rule, r.Case, r.Detail)
			}
		}
	}
	if n != 3 {
		t.Errorf("%d local cases", n)
	}

	bad := strings.Replace(pack, "prev_set: {applications.new.total: 90}", "set: {prev:applications.new.total: 90}", 1)
	if err := os.WriteFile(p, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := engine.New(engine.Options{RulePaths: []string{p}})
	if err == nil || !strings.Contains(err.Error(), `unknown cell key "prev:applications.new.total" (patch the previous report with prev_set)`) {
		t.Errorf("err = %v", err)
	}
}
