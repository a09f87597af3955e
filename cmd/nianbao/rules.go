package main

import (
	"encoding/json"
	"fmt"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/render"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/spf13/cobra"
)

func newRulesCmd(a *app) *cobra.Command {
	c := &cobra.Command{Use: "rules", Short: "列出、查看、测试规则，输出函数参考"}
	c.AddCommand(
		&cobra.Command{Use: "list", Short: "列出所有规则", Args: needArgs(0, 0, ""),
			RunE: func(*cobra.Command, []string) error { return a.rulesList() }},
		&cobra.Command{Use: "show 规则编号", Short: "显示一条规则的全部内容", Args: needArgs(1, 1, "请给出规则编号，如 APP-BALANCE"),
			RunE: func(_ *cobra.Command, args []string) error { return a.rulesShow(args[0]) }},
		&cobra.Command{Use: "test", Short: "运行所有规则的测试用例", Args: needArgs(0, 0, ""),
			RunE: func(*cobra.Command, []string) error { return a.rulesTest() }},
		&cobra.Command{Use: "doc", Short: "输出规则表达式可用函数的参考（Markdown）", Args: needArgs(0, 0, ""),
			RunE: func(*cobra.Command, []string) error { return a.rulesDoc() }},
	)
	return c
}

// ruleJSON is a rule as `rules list/show --format json` print it.
type ruleJSON struct {
	ID       string  `json:"id"`
	Title    string  `json:"title"`
	Category string  `json:"category"`
	Severity string  `json:"severity"`
	Weight   float64 `json:"weight"`
	Gate     bool    `json:"gate"`
	Cite     string  `json:"cite"`
	Pack     string  `json:"pack"`
	When     string  `json:"when,omitempty"`
	Each     string  `json:"each,omitempty"`
	Assert   string  `json:"assert"`
	Message  string  `json:"message"`
	File     string  `json:"file"`
	Line     int     `json:"line"`
}

func toJSON(r engine.RuleInfo) ruleJSON {
	return ruleJSON{ID: r.ID, Title: r.Title, Category: r.Category, Severity: r.Severity, Weight: r.Weight,
		Gate: r.Gate, Cite: r.Cite, Pack: r.Pack, When: r.When, Each: r.Each, Assert: r.Assert,
		Message: r.Message, File: r.File, Line: r.Line}
}

func (a *app) rulesList() error {
	format, eng, err := a.rulesSetup("rules list")
	if err != nil {
		return err
	}
	rules := eng.Rules()
	if format == "json" {
		list := make([]ruleJSON, len(rules))
		for i, r := range rules {
			list[i] = toJSON(r)
		}
		return a.write(func(w writer) error { return writeJSON(w, list) })
	}
	rows := make([][]string, len(rules))
	for i, r := range rules {
		rows[i] = []string{r.ID, r.Title, render.CategoryLabel(r.Category), render.SeverityLabel(r.Severity),
			fmt.Sprint(r.Weight), yesNo(r.Gate), r.Cite, r.Pack}
	}
	return a.write(func(w writer) error {
		if err := render.Grid(w, listColumns, rows); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "共 %d 条规则。\n", len(rules))
		return err
	})
}

var listColumns = []render.Column{
	{Header: "规则"}, {Header: "检查项", Max: 36}, {Header: "类别"}, {Header: "严重程度"},
	{Header: "权重", Align: tw.AlignRight}, {Header: "门槛"}, {Header: "依据", Max: 30}, {Header: "规则包"},
}

// rulesSetup gives the output format and the loaded engine of a rules command.
func (a *app) rulesSetup(name string) (string, *engine.Engine, error) {
	format, err := a.set.format(name, "table", "table", "json")
	if err != nil {
		return "", nil, err
	}
	eng, err := a.engine()
	return format, eng, err
}

func writeJSON(w writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func yesNo(b bool) string {
	if b {
		return "是"
	}
	return ""
}
