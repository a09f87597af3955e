package render

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func f(v float64) *float64 { return &v }

// sampleAudit is a hand-made audit of two inputs: a report with every kind
// of outcome, evidence and long Chinese messages (a waiver, a low-confidence
// reading, markup and separators in a message), a second report, and an
// unreadable file.
func sampleAudit() *engine.Audit {
	good := engine.ReportResult{
		File: "fixtures/reports/gz-xiezuo-2022.txt", SHA256: "9f2c",
		Meta:  &report.Meta{Agency: "广州市协作办公室", Year: 2022, Level: "department", Template: "2021", Expected: "2021"},
		Score: f(72.5), Grade: "合格",
		Counts: engine.Counts{Pass: 2, Fail: 3, NA: 1, Manual: 1, Error: 1},
		Categories: []engine.CategoryScore{
			{ID: "structure", Title: "结构", Score: f(100), Weight: 20, Counts: engine.Counts{Pass: 2}},
			{ID: "completeness", Title: "完整性", Score: f(100), Weight: 25, Counts: engine.Counts{Fail: 1, NA: 1}},
			{ID: "accuracy", Title: "准确性", Score: f(0), Weight: 30, Counts: engine.Counts{Fail: 1, Error: 1}},
			{ID: "timeliness", Title: "及时性", Score: nil, Weight: 10, Counts: engine.Counts{Manual: 1}},
			{ID: "quality", Title: "质量", Score: f(0), Weight: 10, Counts: engine.Counts{Fail: 1}},
		},
		Results: []engine.Result{
			{Rule: "STRUCT-SECTIONS", Title: "六个部分齐全", Category: "structure", Severity: "error", Weight: 10, Status: engine.Pass, Credit: 1},
			{Rule: "STRUCT-ORDER", Title: "各部分顺序与编号符合模板", Category: "structure", Severity: "warning", Weight: 5, Status: engine.Pass, Credit: 1},
			{Rule: "APP-BALANCE", Title: "申请情况表各列：新收＋上年结转＝办理总计＋结转下年", Category: "accuracy", Severity: "error", Weight: 10,
				Cite: "国办公开办函〔2021〕30号 表三", Gate: true, Status: engine.Fail, Elements: &engine.Counts{Pass: 6, Fail: 1},
				Message: "总计列：本年新收 1 ＋ 上年结转 0 ＝ 1，而办理结果总计 0 ＋ 结转下年度继续办理 0 ＝ 0，相差 1；涉及单元格 applications.new.total、applications.total.total",
				Evidence: []engine.Evidence{
					{Key: "applications.new.total", Value: f(1), Raw: "1", Line: 88, Page: 3, Quote: "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1"},
					{Key: "applications.total.total", Value: f(0), Raw: "0", Line: 112, Page: 3, Confidence: "low", Note: "由行合计推断拆分"},
				}},
			{Rule: "NARRATIVE-MATCH", Title: "正文所述数字与表格一致", Category: "accuracy", Severity: "warning", Weight: 5, Status: engine.Error,
				Message: "单元格 applications.new.total 无法读取", Evidence: []engine.Evidence{{Key: "applications.new.total", Raw: "1O", Line: 88}}},
			{Rule: "DEADLINE", Title: "按期发布年度报告", Category: "timeliness", Severity: "error", Weight: 10,
				Cite: "《中华人民共和国政府信息公开条例》第四十九条", Status: engine.Manual, Message: "未知发布日期，请用 --published 提供"},
			{Rule: "FEE-DISCLOSED", Title: "说明信息处理费收取情况", Category: "completeness", Severity: "warning", Weight: 5, Status: engine.NA},
			{Rule: "OVERVIEW-COVERAGE", Title: "总体情况涵盖五个方面", Category: "completeness", Severity: "warning", Weight: 5, Status: engine.Fail,
				Message: "总体情况未涉及：平台建设",
				Waiver:  &engine.WaiverNote{Waiver: engine.Waiver{Rule: "OVERVIEW-COVERAGE", Reason: "本地区模板另有规定", Expires: "2099-12-31"}}},
			{Rule: "PROBLEMS-SPECIFIC", Title: "存在的主要问题具体，且有改进措施", Category: "quality", Severity: "info", Weight: 2,
				Cite: "国办公开办函〔2021〕30号 第五部分", Status: engine.Fail,
				Message: `问题表述空泛：「加强<script>alert("x")</script>学习」| 未列出具体措施`,
				Evidence: []engine.Evidence{{Key: "sections.problems", Line: 140, Page: 5,
					Quote: "一是学习不够深入，\n二是措施 \"不够\" 具体, 有待 <b>加强</b> & 改进"}}},
		},
		Problems: []report.Problem{{Key: "review.litigation_after.total", Line: 130, Message: "单元格无法读取"}},
	}
	bad := engine.ReportResult{File: "fixtures/bad/empty.txt", Error: "fixtures/bad/empty.txt: 文件为空"}
	return &engine.Audit{
		Tool:    engine.Tool{Name: "nianbao", Version: "test", Packs: []engine.PackInfo{{ID: "gov-2021", Version: "1.0.0", SHA256: "ab12"}}},
		Reports: []engine.ReportResult{good, sampleGovernment(), bad},
	}
}

// sampleGovernment is a second, better report: a file name with Chinese
// and a space, evidence from the previous year's report, a late
// publication and evidence without a line.
func sampleGovernment() engine.ReportResult {
	return engine.ReportResult{
		File: "fixtures/reports/北京市某区 2023.pdf", SHA256: "c0ffee",
		Meta:  &report.Meta{Agency: "北京市某区人民政府", Year: 2023, Level: "government", Template: "2021", Expected: "2021", Published: "2024-04-02", PublishedFrom: "发布时间"},
		Score: f(81.3), Grade: "良好",
		Counts: engine.Counts{Pass: 3, Fail: 2},
		Categories: []engine.CategoryScore{
			{ID: "structure", Title: "结构", Score: f(100), Weight: 20, Counts: engine.Counts{Pass: 1}},
			{ID: "completeness", Title: "完整性", Score: f(100), Weight: 25, Counts: engine.Counts{Pass: 1}},
			{ID: "accuracy", Title: "准确性", Score: f(50), Weight: 30, Counts: engine.Counts{Pass: 1, Fail: 1}},
			{ID: "timeliness", Title: "及时性", Score: f(0), Weight: 10, Counts: engine.Counts{Fail: 1}},
		},
		Results: []engine.Result{
			{Rule: "STRUCT-SECTIONS", Title: "六个部分齐全", Category: "structure", Severity: "error", Weight: 10, Status: engine.Pass, Credit: 1},
			{Rule: "APP-BALANCE", Title: "申请情况表各列：新收＋上年结转＝办理总计＋结转下年", Category: "accuracy", Severity: "error", Weight: 10,
				Cite: "国办公开办函〔2021〕30号 表三", Gate: true, Status: engine.Pass, Credit: 1},
			{Rule: "CARRY-OVER", Title: "上年结转与上年报告的结转下年度继续办理一致", Category: "accuracy", Severity: "error", Weight: 10, Status: engine.Fail,
				Message: "自然人列：上年结转 3，而上年报告结转下年度继续办理 5，相差 -2",
				Evidence: []engine.Evidence{
					{Key: "applications.carried_in.natural_person", Value: f(3), Raw: "3", Line: 90, Page: 4},
					{Key: "applications.carried_out.natural_person", File: "fixtures/reports/北京市某区 2022.pdf", Value: f(5), Raw: "5", Line: 95, Page: 4},
				}},
			{Rule: "GOV-ACCOUNTABILITY", Title: "说明工作考核、社会评议和责任追究结果", Category: "completeness", Severity: "warning", Weight: 5, Status: engine.Pass, Credit: 1},
			{Rule: "DEADLINE", Title: "按期发布年度报告", Category: "timeliness", Severity: "error", Weight: 10, Status: engine.Fail,
				Cite:     "《中华人民共和国政府信息公开条例》第四十九条",
				Message:  "发布日期 2024-04-02 晚于期限 2024-03-31（人民政府）",
				Evidence: []engine.Evidence{{Key: "meta.published", Raw: "2024-04-02", Note: "来自 --published"}}},
		},
	}
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./render -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the output (go test ./render -update rewrites it); got:\n%s", path, got)
	}
}
