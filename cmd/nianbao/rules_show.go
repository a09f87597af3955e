package main

import (
	"fmt"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/render"
)

// rulesShow prints everything of one rule, its expressions and its place.
func (a *app) rulesShow(id string) error {
	format, eng, err := a.rulesSetup("rules show")
	if err != nil {
		return err
	}
	r, ok := eng.Rule(id)
	if !ok {
		return fail("没有编号为“%s”的规则；运行“nianbao rules list”查看所有规则", id)
	}
	if format == "json" {
		return a.write(func(w writer) error { return writeJSON(w, toJSON(r)) })
	}
	return a.write(func(w writer) error {
		_, err := fmt.Fprint(w, describe(r))
		return err
	})
}

// describe lays a rule out as labelled lines; multi-line expressions are
// indented under their label.
func describe(r engine.RuleInfo) string {
	gate := "否"
	if r.Gate {
		gate = "是（不通过时等级封顶为不合格）"
	}
	fields := [][2]string{
		{"规则", r.ID}, {"检查项", r.Title},
		{"类别", render.CategoryLabel(r.Category) + "（" + r.Category + "）"},
		{"严重程度", render.SeverityLabel(r.Severity) + "（" + r.Severity + "）"},
		{"权重", fmt.Sprint(r.Weight)}, {"门槛", gate}, {"依据", r.Cite}, {"规则包", r.Pack},
		{"位置", fmt.Sprintf("%s:%d", r.File, r.Line)},
		{"适用条件（when）", r.When}, {"逐项（each）", r.Each},
		{"断言（assert）", r.Assert}, {"说明（message）", r.Message},
	}
	var b strings.Builder
	for _, f := range fields {
		if f[1] == "" {
			continue
		}
		v := strings.TrimRight(f[1], "\n")
		if strings.Contains(v, "\n") {
			v = "\n    " + strings.ReplaceAll(v, "\n", "\n    ")
		}
		fmt.Fprintf(&b, "%s：%s\n", f[0], v)
	}
	return b.String()
}

// rulesTest runs every rule's fixtures; any failure exits 1.
func (a *app) rulesTest() error {
	format, eng, err := a.rulesSetup("rules test")
	if err != nil {
		return err
	}
	results := eng.Test()
	failed := 0
	for _, t := range results {
		if !t.OK {
			failed++
		}
	}
	err = a.write(func(w writer) error {
		if format == "json" {
			return writeJSON(w, testJSON(results))
		}
		return testTable(w, results, failed)
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return &exitError{code: exitThreshold, msg: fmt.Sprintf("%d 个规则测试用例未通过", failed)}
	}
	return nil
}
