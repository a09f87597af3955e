package render

import (
	"bytes"
	"testing"

	"github.com/nianbao/nianbao/compare"
	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// sampleComparison is a hand-made comparison of mixed input: one agency
// in 2021, 2022 and 2024 (2023 missing), two other agencies of 2022, a
// second copy of a report and an unreadable file. Messages carry markup,
// a formula and table separators.
func sampleComparison() *compare.Comparison {
	gz := "广州市协作办公室"
	in := []compare.Input{
		sampleInput("fixtures/reports/gz-2021.txt", gz, 2021, f(70), 120, "STRUCT-SECTIONS=pass", "APP-BALANCE=fail",
			"DEADLINE=manual", "OVERVIEW-COVERAGE=fail", "CARRY-OVER=na", "COPY-PREV=na"),
		sampleInput("fixtures/reports/gz-2022.txt", gz, 2022, f(85.5), 135, "STRUCT-SECTIONS=pass", "APP-BALANCE=pass",
			"DEADLINE=fail", "OVERVIEW-COVERAGE=waived", "CARRY-OVER=fail", "COPY-PREV=pass"),
		sampleInput("fixtures/reports/gz-2024.txt", gz, 2024, f(91), 0, "STRUCT-SECTIONS=pass", "APP-BALANCE=pass",
			"DEADLINE=pass", "OVERVIEW-COVERAGE=pass", "CARRY-OVER=na", "COPY-PREV=na"),
		sampleInput("fixtures/reports/北京市某区 2022.pdf", "北京市某区人民政府", 2022, f(85.5), 40, "STRUCT-SECTIONS=pass",
			"APP-BALANCE=error", "DEADLINE=pass", "GOV-ACCOUNTABILITY=fail", "CARRY-OVER=na", "COPY-PREV=na"),
		sampleInput("fixtures/reports/sh-2022.md", "上海市某局", 2022, f(58), -1, "STRUCT-SECTIONS=fail", "APP-BALANCE=pass"),
		sampleInput("fixtures/reports/gz-2022.html", gz, 2022, f(85.5), 135),
		{Result: engine.ReportResult{File: "fixtures/bad/empty.txt", Error: "fixtures/bad/empty.txt: 文件为空"}},
	}
	in[1].Result.Results[4].Message = `「总计」列：本年「二、上年结转」填报 3，上年报告填报 <script>alert("x")</script> =SUM(1) | 5，相差 -2`
	tool := engine.Tool{Name: "nianbao", Version: "test", Packs: []engine.PackInfo{{ID: "gov-2021", Version: "1.0.0", SHA256: "ab12"}}}
	return compare.Build(tool, in, compare.Options{CrossYear: map[string]bool{"CARRY-OVER": true, "COPY-PREV": true}})
}

// sampleRules are the rules of the sample: title, category, severity.
var sampleRules = map[string][3]string{
	"STRUCT-SECTIONS":    {"报告包含规定的六个部分", "structure", "error"},
	"OVERVIEW-COVERAGE":  {"「一、总体情况」涵盖五个方面", "completeness", "info"},
	"GOV-ACCOUNTABILITY": {"人民政府年报报告工作考核、社会评议和责任追究结果", "completeness", "warning"},
	"APP-BALANCE":        {"申请情况表各列：一 + 二 = 三（七）总计 + 四", "accuracy", "error"},
	"CARRY-OVER":         {"本年「二、上年结转」= 上年报告「四、结转下年度继续办理」", "accuracy", "warning"},
	"DEADLINE":           {"在法定期限内发布年报", "timeliness", "error"},
	"COPY-PREV":          {"报告未大段照搬本机关上年报告", "quality", "warning"},
}

// sampleInput is an audited report with outcomes "RULE=status" (status
// "waived": a failure under a waiver) and a 本年新收 total (-1: unreadable).
func sampleInput(file, agency string, year int, score *float64, apps float64, outcomes ...string) compare.Input {
	r := engine.ReportResult{File: file, Score: score, Grade: engine.Grade(*score),
		Meta: &report.Meta{Agency: agency, Year: year, Level: "department"}}
	for _, o := range outcomes {
		id, st, _ := bytes.Cut([]byte(o), []byte("="))
		rule := sampleRules[string(id)]
		res := engine.Result{Rule: string(id), Title: rule[0], Category: rule[1], Severity: rule[2], Status: engine.Status(st)}
		if string(st) == "waived" {
			res.Status = engine.Fail
			res.Waiver = &engine.WaiverNote{Waiver: engine.Waiver{Rule: res.Rule, Reason: "本地模板", Expires: "2099-12-31"}}
		}
		r.Results = append(r.Results, res)
		r.Counts.Add(res.Status)
	}
	r.Categories = []engine.CategoryScore{{ID: "structure", Title: "结构", Score: f(100)}, {ID: "accuracy", Title: "准确性", Score: score}}
	cell := &report.Cell{Value: f(apps)}
	if apps < 0 {
		cell = &report.Cell{Raw: "1O"}
	}
	m := &report.Report{Meta: *r.Meta, Tables: report.Tables{Applications: map[string]map[string]*report.Cell{
		"new": {"total": cell}, "carried_in": {"total": {Blank: true}}}}}
	return compare.Input{Result: r, Report: m}
}

// renderCompare renders the sample with the named format.
func renderCompare(t *testing.T, format string, color bool) []byte {
	t.Helper()
	r, err := NewCompare(format, Options{Color: color})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.RenderComparison(&b, sampleComparison()); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
