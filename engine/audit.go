package engine

import (
	"sort"

	"github.com/nianbao/nianbao/report"
)

// Audit evaluates the packs that apply to the report and scores it. It is
// safe for concurrent use: each call has its own environment and VM.
func (e *Engine) Audit(r *report.Report) ReportResult { return e.AuditWith(r, Inputs{}) }

// AuditWith is Audit with the other inputs the rules may draw on: the
// previous year's report, a ledger of policy documents, the batch.
func (e *Engine) AuditWith(r *report.Report, in Inputs) ReportResult {
	if r == nil {
		return ReportResult{Results: []Result{}, Error: "没有可审查的报告内容"}
	}
	meta := r.Meta
	res := ReportResult{File: meta.Source.File, SHA256: meta.Source.SHA256, Meta: &meta,
		Problems: r.Problems, Results: []Result{}}
	x := &evaluator{env: newEnv(r, &e.cfg)}
	x.env.in = &in
	rules := e.selectRules(x)
	if len(rules) == 0 {
		res.Error = "没有适用于该报告的规则包"
		return res
	}
	for _, rl := range rules {
		res.Results = append(res.Results, x.run(rl))
	}
	e.cfg.applyWaivers(&res)
	sortResults(res.Results)
	e.score(&res)
	return res
}

// selectRules returns the enabled rules of the packs whose applies is true;
// when two applying packs share a rule id, the pack sorted last wins.
func (e *Engine) selectRules(x *evaluator) []*rule {
	byID := map[string]*rule{}
	for _, p := range e.packs {
		x.env.reset("")
		ok, err := x.vm.Run(p.applies, x.env)
		if err != nil || !ok.(bool) {
			continue
		}
		for _, r := range p.rules {
			if !r.disabled {
				byID[r.spec.id] = r
			}
		}
	}
	out := make([]*rule, 0, len(byID))
	for _, r := range byID {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].spec.id < out[j].spec.id })
	return out
}

// sortResults orders results by category, then rule id.
func sortResults(rs []Result) {
	sort.SliceStable(rs, func(i, j int) bool {
		ci, cj := categoryRank(rs[i].Category), categoryRank(rs[j].Category)
		if ci != cj {
			return ci < cj
		}
		return rs[i].Rule < rs[j].Rule
	})
}
