package main

import (
	"fmt"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/render"
)

// rulesDoc prints the rule reference as Markdown: every rule of the loaded
// packs (its basis, what it checks and its expressions), then the functions
// rule expressions may call, generated from the engine's registry.
func (a *app) rulesDoc() error {
	eng, err := a.engine()
	if err != nil {
		return err
	}
	return a.write(func(w writer) error {
		_, err := fmt.Fprint(w, ruleReference(eng.Packs(), eng.Rules())+"\n"+functionReference(engine.Functions))
		return err
	})
}

// ruleReference documents the rules, pack by pack.
func ruleReference(packs []engine.PackInfo, rules []engine.RuleInfo) string {
	var b strings.Builder
	b.WriteString("# nianbao 规则参考\n\n本文件由 `nianbao rules doc` 生成，请勿手工编辑。\n\n")
	b.WriteString("结果：通过、不通过、不适用（`when` 不成立）、需人工核查、无法判断（数据未能抽取）。\n")
	for _, p := range packs {
		fmt.Fprintf(&b, "\n## 规则包 %s（版本 %s）\n\n| 规则 | 检查项 | 类别 | 严重程度 | 权重 |\n| --- | --- | --- | --- | --- |\n", p.ID, p.Version)
		for _, r := range rules {
			if r.Pack == p.ID {
				fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s | %g |\n", r.ID, anchor(p.ID, r.ID), cellText(r.Title),
					render.CategoryLabel(r.Category), render.SeverityLabel(r.Severity), r.Weight)
			}
		}
		for _, r := range rules {
			if r.Pack == p.ID {
				ruleSection(&b, r)
			}
		}
	}
	return b.String()
}

// ruleSection documents one rule.
func ruleSection(b *strings.Builder, r engine.RuleInfo) {
	fmt.Fprintf(b, "\n<a id=\"%s\"></a>\n### %s（%s）\n\n%s\n\n", anchor(r.Pack, r.ID), r.ID, r.Pack, r.Title)
	fmt.Fprintf(b, "- 依据：%s\n- 类别：%s；严重程度：%s；权重：%g", r.Cite, render.CategoryLabel(r.Category), render.SeverityLabel(r.Severity), r.Weight)
	if r.Gate {
		b.WriteString("；门槛规则（不通过则等级封顶为不合格）")
	}
	fmt.Fprintf(b, "\n- 定义：`%s:%d`\n\n", r.File, r.Line)
	for _, part := range []struct{ label, expr string }{
		{"适用条件 when", r.When}, {"逐项 each", r.Each}, {"断言 assert", r.Assert}, {"说明 message", r.Message},
	} {
		if strings.TrimSpace(part.expr) != "" {
			fmt.Fprintf(b, "%s：\n\n```\n%s\n```\n\n", part.label, strings.TrimSpace(part.expr))
		}
	}
}

func anchor(pack, id string) string { return strings.ToLower(pack + "-" + id) }

func cellText(s string) string { return strings.ReplaceAll(s, "|", "\\|") }

// functionReference documents the function registry, one signature a line.
func functionReference(fns []engine.Func) string {
	var b strings.Builder
	b.WriteString("# 规则表达式可用的函数\n\n")
	b.WriteString("规则的 when、each、assert 和 message 中可调用下列函数（共 " + fmt.Sprint(len(fns)) + " 个）。\n")
	for _, f := range fns {
		fmt.Fprintf(&b, "\n## %s\n\n```\n%s\n```\n\n%s\n", f.Name, f.Signature(), f.Doc)
	}
	return b.String()
}
