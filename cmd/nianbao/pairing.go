package main

import (
	"context"
	"fmt"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// A batch is audited in three steps, so that audits stay parallel and the
// output stays in input order: every source is read first (loadAll), then
// each report is given the same agency's report on the year before and the
// batch is indexed once for text shared across agencies (crossInputs),
// then the reports are audited.

// loaded is one source read into a report model, or the reason it could
// not be.
type loaded struct {
	src source
	r   *report.Report
	sha string
	err error
}

// loadOneContext reads one source, giving up on a PDF when ctx is done; a
// panic while reading becomes its error.
func loadOneContext(ctx context.Context, src source, flags overrides) (d loaded) {
	d.src = src
	defer func() {
		if p := recover(); p != nil {
			d.r, d.err = nil, fmt.Errorf("%s", internalError(src, p).Error)
		}
	}()
	d.r, d.sha, d.err = loadContext(ctx, src, flags)
	return d
}

// crossInputs gives each report its inputs: base (the ledger, and --prev
// for a single report), the previous year's report found in the batch,
// and the batch itself when it holds more than one report.
func (a *app) crossInputs(docs []loaded, base engine.Inputs) []engine.Inputs {
	rs := make([]*report.Report, len(docs))
	for i, d := range docs {
		if d.err == nil {
			rs[i] = d.r
		}
	}
	prev := pairPrev(rs, a.warnAmbiguous)
	var batch *engine.Batch
	if countReports(rs) > 1 {
		batch = engine.NewBatch(rs)
	}
	out := make([]engine.Inputs, len(docs))
	for i := range docs {
		out[i] = base
		if out[i].Prev == nil {
			out[i].Prev = prev[i]
		}
		out[i].Batch = batch
	}
	return out
}

func countReports(rs []*report.Report) int {
	n := 0
	for _, r := range rs {
		if r != nil {
			n++
		}
	}
	return n
}

// warnAmbiguous says on stderr that a report was left unpaired.
func (a *app) warnAmbiguous(r *report.Report, names []string) {
	fmt.Fprintf(a.stderr, "nianbao：提示：%s 的上一年度报告不能确定（候选机关：%s），跨年度规则不适用；可用 --manifest 统一机关名称\n",
		r.Meta.Source.File, joinNames(names))
}

// prevReport reads --prev, the previous year's report of a single input.
// It is not changed by --year, --agency and the other overrides, which are
// the audited report's.
func (a *app) prevReport(srcs []source) (*report.Report, error) {
	if a.prev == "" {
		return nil, nil
	}
	if len(srcs) != 1 {
		return nil, fail("--prev 只能与一份报告同时使用（批量检查时按机关和年度自动配对上一年度报告）")
	}
	r, _, err := load(source{path: a.prev, named: true}, overrides{})
	if err != nil {
		return nil, fail("无法读取 --prev 指定的上一年度报告：%v", err)
	}
	return r, nil
}
