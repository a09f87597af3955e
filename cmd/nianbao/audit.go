package main

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/render"
	"github.com/spf13/cobra"
)

func newAuditCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "audit [参数] 路径...",
		Short: "检查年报（文件或文件夹）并打分",
		Example: "  nianbao audit 年报.pdf\n  nianbao audit --format json --min-score 60 reports/\n" +
			"  nianbao audit --manifest 清单.csv --fail-on error reports/",
		Args: needArgs(1, -1, "请给出要检查的文件或文件夹"),
		RunE: func(_ *cobra.Command, args []string) error { return a.audit(args) },
	}
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
	srcs, err := a.sources(args)
	if err != nil {
		return err
	}
	eng, err := a.engine()
	if err != nil {
		return err
	}
	result := &engine.Audit{
		Tool:    engine.Tool{Name: "nianbao", Version: version, Packs: eng.Packs()},
		Reports: a.auditAll(eng, srcs),
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
func (a *app) auditAll(eng *engine.Engine, srcs []source) []engine.ReportResult {
	jobs := a.set.Jobs
	if jobs == 0 {
		jobs = runtime.NumCPU()
	}
	flags := a.set.flagOverrides()
	done := parallel(len(srcs), jobs, func(i int) *engine.ReportResult {
		return auditOne(eng, srcs[i], flags)
	})
	out := make([]engine.ReportResult, 0, len(done))
	for _, r := range done {
		if r != nil {
			out = append(out, *r)
		}
	}
	return out
}

// auditOne audits one source. An input that cannot be read becomes a result
// with only File and Error; nil means the source was skipped.
func auditOne(eng *engine.Engine, src source, flags overrides) (res *engine.ReportResult) {
	defer func() {
		if p := recover(); p != nil {
			res = &engine.ReportResult{File: src.path,
				Error: fmt.Sprintf("%s: 内部错误，无法检查此文件（%v）；请把此文件和这条消息报告给开发者", src.path, p)}
		}
	}()
	r, sha, err := load(src, flags)
	if errors.Is(err, errNotModel) {
		return nil
	}
	if err != nil {
		return &engine.ReportResult{File: src.path, Error: err.Error()}
	}
	out := eng.Audit(r)
	out.File = src.path
	if out.SHA256 == "" {
		out.SHA256 = sha
	}
	if out.Meta == nil {
		out.Meta = &r.Meta
	}
	return &out
}

// warnUnreadable names each input that could not be read on stderr.
func (a *app) warnUnreadable(rs []engine.ReportResult) {
	for _, r := range rs {
		if r.Error != "" {
			fmt.Fprintf(a.stderr, "nianbao：无法检查 %s\n", r.Error)
		}
	}
}
