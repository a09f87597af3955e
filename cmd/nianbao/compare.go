package main

import (
	"fmt"
	"strings"

	"github.com/nianbao/nianbao/compare"
	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/render"
	"github.com/nianbao/nianbao/report"
	"github.com/spf13/cobra"
)

func newCompareCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "compare [参数] 路径...",
		Short: "比较同一机关的多个年度，或同一年度的多个机关",
		Long: "compare 与 audit 一样读取并检查全部报告（含上一年度配对），然后按机关（名称去掉空格后相同，或只差前面的地名）分组：\n" +
			"  · 只有一个机关：逐年对照（规则×年度、得分趋势、各年度之间的跨年度规则和变化）；\n" +
			"  · 同一年度的多个机关：排名、机关×规则矩阵和各规则通过率；\n" +
			"  · 多个机关、多个年度：有两个以上年度的机关逐年对照，有两个以上机关的年度分别排名。\n" +
			"同一机关同一年度有多份报告时只比较第一份；无法读取的文件列出原因，退出状态为 2。",
		Example: "  nianbao compare fixtures/reports/pingtan-*.txt\n" +
			"  nianbao compare --format xlsx --output 比较.xlsx reports/2024/\n" +
			"  nianbao compare --manifest 清单.csv --format html --output 比较.html reports/",
		Args: needArgs(1, -1, "请给出要比较的年报文件或文件夹"),
		RunE: func(_ *cobra.Command, args []string) error { return a.compare(args) },
	}
}

// compare audits every input as audit does, compares the results and
// decides the exit status with audit's verdict.
func (a *app) compare(args []string) error {
	rend, format, err := a.compareRenderer()
	if err != nil {
		return err
	}
	if err := a.refuseBinary(format); err != nil {
		return err
	}
	srcs, eng, in, err := a.batch(args)
	if err != nil {
		return err
	}
	results, models := a.auditModels(eng, srcs, in)
	a.warnUnreadable(results)
	tool := engine.Tool{Name: "nianbao", Version: version, Packs: eng.Packs()}
	cmp := compare.Build(tool, compareInputs(results, models), compare.Options{CrossYear: crossYearRules(eng)})
	a.warnSkipped(cmp.Skipped)
	if err := a.write(func(w writer) error { return rend.RenderComparison(w, cmp) }); err != nil {
		return err
	}
	return a.set.thresholds().verdict(&engine.Audit{Tool: tool, Reports: results})
}

// compareRenderer picks the output format; sarif, which has no place for a
// comparison, is refused with the reason.
func (a *app) compareRenderer() (render.CompareRenderer, string, error) {
	format := a.set.Format
	if format != "sarif" || !a.set.formatChanged {
		var err error
		if format, err = a.set.format("compare", "table", render.CompareFormats()...); err != nil {
			return nil, "", err
		}
	}
	rend, err := render.NewCompare(format, render.Options{Color: a.color(format)})
	if err != nil {
		return nil, "", fail("%v", err)
	}
	return rend, format, nil
}

func compareInputs(results []engine.ReportResult, models []*report.Report) []compare.Input {
	out := make([]compare.Input, len(results))
	for i := range results {
		out[i] = compare.Input{Result: results[i], Report: models[i]}
	}
	return out
}

// crossYearRules are the rules that need the previous year's report: those
// whose `when` asks for it.
func crossYearRules(eng *engine.Engine) map[string]bool {
	out := map[string]bool{}
	for _, r := range eng.Rules() {
		if strings.Contains(r.When, "has_prev(") {
			out[r.ID] = true
		}
	}
	return out
}

// warnSkipped names on stderr each readable report left out of the comparison.
func (a *app) warnSkipped(ss []compare.Skipped) {
	for _, s := range ss {
		fmt.Fprintf(a.stderr, "nianbao：提示：%s 未参加比较：%s\n", s.File, s.Reason)
	}
}
