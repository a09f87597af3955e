package main

import (
	"encoding/json"

	"github.com/nianbao/nianbao/render"
	"github.com/nianbao/nianbao/report"
	"github.com/spf13/cobra"
)

func newParseCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "parse [参数] 文件",
		Short: "提取年报的章节和表格，输出报告模型（可修改后交给 audit 重新检查）",
		Example: "  nianbao parse 年报.pdf > 年报.json\n  nianbao audit 年报.json\n" +
			"  nianbao parse --format table 年报.html",
		Args: needArgs(1, 1, "请给出一个年报文件"),
		RunE: func(_ *cobra.Command, args []string) error { return a.parse(args[0]) },
	}
}

// parse prints the model extracted from one file.
func (a *app) parse(path string) error {
	format, err := a.set.format("parse", "json", "json", "table")
	if err != nil {
		return err
	}
	srcs, err := a.sources([]string{path})
	if err != nil {
		return err
	}
	d := loadWithin(srcs[0], a.set.flagOverrides(), a.set.Timeout)
	if d.err != nil {
		return fail("无法解析 %v", d.err)
	}
	r := d.r
	return a.write(func(w writer) error {
		if format == "table" {
			return render.Model(w, r)
		}
		return writeModel(w, r)
	})
}

// writeModel writes the model as the contract's JSON, lists as [] not null.
func writeModel(w writer, r *report.Report) error {
	out := *r
	if out.Sections == nil {
		out.Sections = []report.Section{}
	}
	if out.Problems == nil {
		out.Problems = []report.Problem{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(&out)
}
