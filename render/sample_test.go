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
// of outcome, evidence and long Chinese messages, and an unreadable file.
func sampleAudit() *engine.Audit {
	good := engine.ReportResult{
		File: "fixtures/reports/gz-xiezuo-2022.txt", SHA256: "9f2c",
		Meta:  &report.Meta{Agency: "广州市协作办公室", Year: 2022, Level: "department", Template: "2021", Expected: "2021"},
		Score: f(72.5), Grade: "合格",
		Counts: engine.Counts{Pass: 2, Fail: 1, NA: 1, Manual: 1, Error: 1},
		Categories: []engine.CategoryScore{
			{ID: "structure", Title: "结构", Score: f(100), Weight: 20, Counts: engine.Counts{Pass: 2}},
			{ID: "accuracy", Title: "准确性", Score: f(0), Weight: 30, Counts: engine.Counts{Fail: 1, Error: 1}},
			{ID: "timeliness", Title: "及时性", Score: nil, Weight: 10, Counts: engine.Counts{Manual: 1, NA: 1}},
		},
		Results: []engine.Result{
			{Rule: "STRUCT-SECTIONS", Title: "六个部分齐全", Category: "structure", Severity: "error", Weight: 10, Status: engine.Pass, Credit: 1},
			{Rule: "STRUCT-ORDER", Title: "各部分顺序与编号符合模板", Category: "structure", Severity: "warning", Weight: 5, Status: engine.Pass, Credit: 1},
			{Rule: "APP-BALANCE", Title: "申请情况表各列：新收＋上年结转＝办理总计＋结转下年", Category: "accuracy", Severity: "error", Weight: 10,
				Status: engine.Fail, Elements: &engine.Counts{Pass: 6, Fail: 1},
				Message: "总计列：本年新收 1 ＋ 上年结转 0 ＝ 1，而办理结果总计 0 ＋ 结转下年度继续办理 0 ＝ 0，相差 1；涉及单元格 applications.new.total、applications.total.total",
				Evidence: []engine.Evidence{
					{Key: "applications.new.total", Value: f(1), Raw: "1", Line: 88, Page: 3, Quote: "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1"},
					{Key: "applications.total.total", Value: f(0), Raw: "0", Line: 112, Page: 3, Confidence: "low", Note: "由行合计推断拆分"},
				}},
			{Rule: "NARRATIVE-MATCH", Title: "正文所述数字与表格一致", Category: "accuracy", Severity: "warning", Weight: 5, Status: engine.Error,
				Message: "单元格 applications.new.total 无法读取", Evidence: []engine.Evidence{{Key: "applications.new.total", Raw: "1O", Line: 88}}},
			{Rule: "DEADLINE", Title: "按期发布年度报告", Category: "timeliness", Severity: "error", Weight: 10, Status: engine.Manual, Message: "未知发布日期，请用 --published 提供"},
			{Rule: "FEE-DISCLOSED", Title: "说明信息处理费收取情况", Category: "completeness", Severity: "warning", Weight: 5, Status: engine.NA},
		},
		Problems: []report.Problem{{Key: "review.litigation_after.total", Line: 130, Message: "单元格无法读取"}},
	}
	bad := engine.ReportResult{File: "fixtures/bad/empty.txt", Error: "fixtures/bad/empty.txt: 文件为空"}
	return &engine.Audit{
		Tool:    engine.Tool{Name: "nianbao", Version: "test", Packs: []engine.PackInfo{{ID: "gov-2021", Version: "1.0.0", SHA256: "ab12"}}},
		Reports: []engine.ReportResult{good, bad},
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
