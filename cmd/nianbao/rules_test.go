package main

import (
	"os"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// `rules list --format json` gives every rule's identifying fields.
func TestRulesListJSON(t *testing.T) {
	var rules []map[string]any
	nianbao(t, nil, "rules", "list", "--format", "json").must(t, 0).decode(t, &rules)
	if len(rules) == 0 {
		t.Fatal("no rules")
	}
	ids := map[string]bool{}
	for _, r := range rules {
		keys(t, "rule", r, "id", "title", "category", "severity", "weight", "cite", "pack")
		for _, k := range []string{"id", "title", "category", "severity", "pack"} {
			if s, _ := r[k].(string); s == "" {
				t.Errorf("rule %v has an empty %s", r["id"], k)
			}
		}
		ids[r["id"].(string)] = true
	}
	if !ids["APP-BALANCE"] {
		t.Error("the core rule APP-BALANCE is not listed")
	}
}

func TestRulesListTable(t *testing.T) {
	r := nianbao(t, nil, "rules", "list").must(t, 0)
	for _, want := range []string{"规则", "检查项", "严重程度", "APP-BALANCE", "条规则。"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("no %q in:\n%s", want, r.stdout)
		}
	}
}

// `rules show` prints the rule's expressions and where it is defined.
func TestRulesShow(t *testing.T) {
	r := nianbao(t, nil, "rules", "show", "APP-BALANCE").must(t, 0)
	for _, want := range []string{"规则：APP-BALANCE", "断言（assert）：", "位置：", ".yaml:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("no %q in:\n%s", want, r.stdout)
		}
	}
}

// `rules test` prints a table of cases and a summary; its exit status
// agrees with the summary.
func TestRulesTest(t *testing.T) {
	r := nianbao(t, nil, "rules", "test")
	if !strings.Contains(r.stdout, "期望") || !strings.Contains(r.stdout, "个用例：通过") {
		t.Fatalf("no case table or summary:\n%s\n%s", r.stdout, r.stderr)
	}
	failed := strings.Contains(r.stdout, "✗")
	if failed && r.code != 1 || !failed && r.code != 0 {
		t.Errorf("exit %d with failures=%v:\n%s", r.code, failed, r.stdout)
	}
}

// `rules doc` documents every rule of every pack and every function of the
// engine's registry, and docs/rules.md is its current output.
func TestRulesDoc(t *testing.T) {
	r := nianbao(t, nil, "rules", "doc").must(t, 0)
	_, fns, ok := strings.Cut(r.stdout, "# 规则表达式可用的函数")
	if n := strings.Count(fns, "\n## "); !ok || n != len(engine.Functions) {
		t.Errorf("%d functions documented, the engine has %d", n, len(engine.Functions))
	}
	if !strings.Contains(r.stdout, "cell(key string) float64") {
		t.Errorf("no signature of cell():\n%.300s", r.stdout)
	}
	var list []ruleJSON
	nianbao(t, nil, "rules", "list", "--format", "json").must(t, 0).decode(t, &list)
	for _, rule := range list {
		if !strings.Contains(r.stdout, "### "+rule.ID+"（"+rule.Pack+"）") {
			t.Errorf("rule %s of %s not documented", rule.ID, rule.Pack)
		}
	}
	committed, err := os.ReadFile("../../docs/rules.md")
	if err != nil || string(committed) != r.stdout {
		t.Errorf("docs/rules.md is not the output of `nianbao rules doc` (regenerate it: go run ./cmd/nianbao rules doc -o docs/rules.md)")
	}
}

// A rule that does not compile stops every command with exit 2, pointing
// at the file, line and column with a caret.
func TestBadRulePack(t *testing.T) {
	pack := writeFile(t, "local.yaml", `pack:
  id: local-test
  version: "0.1"
  title: 测试
  applies: "true"
rules:
  - id: LOCAL-BAD
    title: 错误的规则
    category: quality
    severity: warning
    cite: 测试
    assert: year() >
    message: 坏
`)
	for _, args := range [][]string{{"audit", goodReport}, {"rules", "list"}} {
		r := nianbao(t, nil, append(args, "--rules", pack)...).must(t, 2)
		if !strings.Contains(r.stderr, pack+":12:") || !strings.Contains(r.stderr, "^") {
			t.Errorf("%v: stderr %q should point at %s:12 with a caret", args, r.stderr, pack)
		}
		if r.stdout != "" {
			t.Errorf("%v: printed %q", args, r.stdout)
		}
	}
}
