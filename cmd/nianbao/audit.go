package main

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/render"
	"github.com/nianbao/nianbao/report"
	"github.com/spf13/cobra"
)

func newAuditCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "audit [参数] 路径...",
		Short: "检查年报（文件或文件夹）并打分",
		Example: "  nianbao audit 年报.pdf\n  nianbao audit --format json --min-score 60 reports/\n" +
			"  nianbao audit --manifest 清单.csv --fail-on error reports/\n  nianbao audit --prev 2023年报.pdf 2024年报.pdf",
		Args: needArgs(1, -1, "请给出要检查的文件或文件夹"),
		RunE: func(c *cobra.Command, args []string) error {
			a.prev, _ = c.Flags().GetString("prev")
			return a.audit(args)
		},
	}
	cmd.Flags().String("prev", "", "同一机关上一年度的年报（只检查一份报告时；批量检查时按机关和年度自动配对）")
	return cmd
}

// audit checks every input, renders the results and decides the exit status.
func (a *app) audit(args []string) error {
	format, err := a.set.format("audit", "table", render.Formats()...)
	if err != nil {
		return err
	}
	rend, err := render.New(format, render.Options{Color: a.color(format)})
	if err != nil {
		return fail("%v", err)
	}
	if err := a.refuseBinary(format); err != nil {
		return err
	}
	srcs, eng, in, err := a.batch(args)
	if err != nil {
		return err
	}
	if in.Prev, err = a.prevReport(srcs); err != nil {
		return err
	}
	result := &engine.Audit{
		Tool:    engine.Tool{Name: "nianbao", Version: version, Packs: eng.Packs()},
		Reports: a.auditAll(eng, srcs, in),
	}
	a.warnUnreadable(result.Reports)
	if err := a.write(func(w writer) error { return rend.Render(w, result) }); err != nil {
		return err
	}
	return a.set.thresholds().verdict(result)
}

// sources expands the arguments and attaches the manifest's metadata.
func (a *app) sources(args []string) ([]source, error) {
	srcs := collect(args)
	if a.set.Manifest == "" {
		return srcs, nil
	}
	m, err := readManifest(a.set.Manifest)
	if err != nil {
		return nil, err
	}
	for i := range srcs {
		srcs[i].override, _ = m.lookup(srcs[i].path)
	}
	return srcs, nil
}

// inputs reads what the rules may draw on besides the reports: the ledger
// of policy documents (--ledger).
func (a *app) inputs() (engine.Inputs, error) {
	var in engine.Inputs
	if a.set.Ledger == "" {
		return in, nil
	}
	var err error
	in.Ledger, err = readLedger(a.set.Ledger)
	return in, err
}

// engine loads the rule packs; a rule that does not compile is the user's
// mistake (exit 2), reported as the engine words it.
func (a *app) engine() (*engine.Engine, error) {
	eng, err := engine.New(engine.Options{RulePaths: a.set.Rules, Config: a.set.Engine})
	if err != nil {
		return nil, &exitError{code: exitBad, msg: err.Error()}
	}
	return eng, nil
}

// auditAll audits the sources on a worker pool, keeping their order.
func (a *app) auditAll(eng *engine.Engine, srcs []source, in engine.Inputs) []engine.ReportResult {
	out, _ := a.auditModels(eng, srcs, in)
	return out
}

// auditModels is auditAll that also returns, beside each result, the report
// model it was audited from (nil for an input that could not be read).
func (a *app) auditModels(eng *engine.Engine, srcs []source, in engine.Inputs) ([]engine.ReportResult, []*report.Report) {
	jobs := a.set.Jobs
	if jobs == 0 {
		jobs = runtime.NumCPU()
	}
	flags := a.set.flagOverrides()
	docs := a.loadAll(srcs, flags, jobs)
	ins := a.crossInputs(docs, in)
	done := parallel(len(docs), jobs, func(i int) *engine.ReportResult {
		return auditOne(eng, docs[i], ins[i])
	})
	out := make([]engine.ReportResult, 0, len(done))
	models := make([]*report.Report, 0, len(done))
	for i, r := range done {
		if r != nil {
			out = append(out, *r)
			models = append(models, docs[i].r)
		}
	}
	return out, models
}

// auditOne audits one loaded source. An input that could not be read
// becomes a result with only File and Error; nil means the source was skipped.
func auditOne(eng *engine.Engine, d loaded, in engine.Inputs) (res *engine.ReportResult) {
	src := d.src
	defer func() {
		if p := recover(); p != nil {
			res = internalError(src, p)
		}
	}()
	if errors.Is(d.err, errNotModel) {
		return nil
	}
	if d.err != nil {
		return &engine.ReportResult{File: src.path, Error: d.err.Error()}
	}
	out := eng.AuditWith(d.r, in)
	out.File = src.path
	if out.SHA256 == "" {
		out.SHA256 = d.sha
	}
	if out.Meta == nil {
		out.Meta = &d.r.Meta
	}
	return &out
}

// internalError is the result of a source whose reading or audit panicked.
func internalError(src source, p any) *engine.ReportResult {
	return &engine.ReportResult{File: src.path,
		Error: fmt.Sprintf("%s: 内部错误，无法检查此文件（%v）；请把此文件和这条消息报告给开发者", src.path, p)}
}

// warnUnreadable names each input that could not be read on stderr.
func (a *app) warnUnreadable(rs []engine.ReportResult) {
	for _, r := range rs {
		if r.Error != "" {
			fmt.Fprintf(a.stderr, "nianbao：无法检查 %s\n", r.Error)
		}
	}
}

// batch resolves the inputs of a batch command (audit, compare): the
// sources, the loaded rule engine and the other inputs (ledger).
func (a *app) batch(args []string) ([]source, *engine.Engine, engine.Inputs, error) {
	srcs, err := a.sources(args)
	if err != nil {
		return nil, nil, engine.Inputs{}, err
	}
	eng, err := a.engine()
	if err != nil {
		return nil, nil, engine.Inputs{}, err
	}
	in, err := a.inputs()
	return srcs, eng, in, err
}
