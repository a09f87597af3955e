package engine

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/nianbao/nianbao/report"
)

// TestResult is the outcome of one fixture case of a rule, or a rule's
// missing case (Case "", OK false).
type TestResult struct {
	Pack, Rule, Case string
	Want, Got        Status
	OK               bool
	Detail           string
}

// Test runs every rule's fixture cases and flags rules that lack a passing
// or a failing case.
func (e *Engine) Test() []TestResult {
	var out []TestResult
	seen := map[*rule]*[2]bool{}
	for _, p := range e.packs {
		for _, t := range p.file.tests {
			r := e.findRule(p.info.ID, t.rule)
			tr := e.runCase(r, t, p.file)
			out = append(out, tr)
			if seen[r] == nil {
				seen[r] = &[2]bool{}
			}
			seen[r][0] = seen[r][0] || t.expect == string(Pass)
			seen[r][1] = seen[r][1] || t.expect == string(Fail)
		}
	}
	return append(out, e.missingCases(seen)...)
}

// missingCases reports the rules without a pass or a fail case.
func (e *Engine) missingCases(seen map[*rule]*[2]bool) []TestResult {
	var out []TestResult
	for _, p := range e.packs {
		for _, r := range p.rules {
			has := seen[r]
			if has == nil {
				has = &[2]bool{}
			}
			if !has[0] {
				out = append(out, TestResult{Pack: r.pack, Rule: r.spec.id, Want: Pass, Detail: "缺少通过样例"})
			}
			if !has[1] {
				out = append(out, TestResult{Pack: r.pack, Rule: r.spec.id, Want: Fail, Detail: "缺少不通过样例"})
			}
		}
	}
	return out
}

// runCase evaluates one rule on a patched model dump.
func (e *Engine) runCase(r *rule, t *testSpec, pf *packFile) TestResult {
	tr := TestResult{Pack: r.pack, Rule: t.rule, Case: t.name, Want: Status(t.expect)}
	rep, err := loadCase(t, pf)
	if err != nil {
		tr.Got, tr.Detail = Error, err.Error()
		return tr
	}
	x := &evaluator{env: newEnv(rep, &e.cfg)}
	x.env.in = t.inputs()
	if err := loadCross(t, pf, x.env.in); err != nil {
		tr.Got, tr.Detail = Error, err.Error()
		return tr
	}
	res := x.run(r)
	tr.Got = res.Status
	tr.OK = tr.Got == tr.Want && strings.Contains(res.Message, t.message)
	if !tr.OK {
		tr.Detail = fmt.Sprintf("期望 %s，得到 %s", tr.Want, tr.Got)
		if t.message != "" {
			tr.Detail += fmt.Sprintf("；消息应包含「%s」", t.message)
		}
		if res.Message != "" {
			tr.Detail += "：" + res.Message
		}
	}
	return tr
}

// loadCase reads the case's model dump and applies its patches.
func loadCase(t *testSpec, pf *packFile) (*report.Report, error) {
	name := path.Join(pf.dir, t.report)
	src, err := fs.ReadFile(pf.fsys, name)
	if err != nil {
		return nil, fmt.Errorf("%s: test %s/%s: %w", pf.file, t.rule, t.name, err)
	}
	rep := &report.Report{}
	if err := json.Unmarshal(src, rep); err != nil {
		return nil, fmt.Errorf("%s: test %s/%s: %s: %w", pf.file, t.rule, t.name, t.report, err)
	}
	if err := t.apply(rep); err != nil {
		return nil, fmt.Errorf("%s:%d: test %s/%s: %w", pf.file, t.node.Line, t.rule, t.name, err)
	}
	return rep, nil
}

// checkTests verifies that every test names a loaded rule.
func (e *Engine) checkTests() []*RuleError {
	var errs []*RuleError
	for _, p := range e.packs {
		d := &decoder{file: p.file.file, lines: p.file.lines}
		for _, t := range p.file.tests {
			if t.rule != "" && e.findRule(p.info.ID, t.rule) == nil {
				d.errAt(t.node, "tests", "unknown rule %s", t.rule)
			}
		}
		errs = append(errs, d.errs...)
	}
	return errs
}
