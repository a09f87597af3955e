package engine_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// TestArithmeticMessage checks the Arelle-style message of a failing row:
// reported value, computed value, difference and every cell with its place.
func TestArithmeticMessage(t *testing.T) {
	e := newEngine(t, engine.Options{})
	r := loadClean(t, "clean-2021.json")
	setValue(r, "new", "total", 100)
	res := e.Audit(r)

	row := result(t, res, "APP-ROW-TOTAL")
	want := "「一、本年新收」行：总计填报 100，六类申请人合计 101（自然人 86 + 商业企业 9 + 科研机构 0 + 社会公益组织 1 + 法律服务机构 3 + 其他 2），相差 1。" +
		"单元格：applications.new.total=100（第3页第60行）；applications.new.natural_person=86（第3页第60行）；applications.new.commercial=9（第3页第60行）；" +
		"applications.new.research=0（第3页第60行）；applications.new.public_interest=1（第3页第60行）；applications.new.legal_service=3（第3页第60行）；" +
		"applications.new.other_org=2（第3页第60行）"
	if row.Status != engine.Fail || row.Message != want {
		t.Errorf("APP-ROW-TOTAL %s:\n%s\nwant\n%s", row.Status, row.Message, want)
	}
	if len(row.Evidence) != 7 || row.Evidence[0].Key != "applications.new.total" || *row.Evidence[0].Value != 100 || row.Evidence[0].Page != 3 {
		t.Errorf("evidence %+v", row.Evidence)
	}
	if row.Elements.Pass != 24 || row.Elements.Fail != 1 || row.Credit != 24.0/25 {
		t.Errorf("elements %+v credit %v", row.Elements, row.Credit)
	}

	bal := result(t, res, "APP-BALANCE")
	if !strings.HasPrefix(bal.Message, "「总计」列：一 + 二 = 105（一、本年新收 100 + 二、上年结转 5），三（七）总计 + 四 = 106（三（七）总计 102 + 四、结转下年度继续办理 4），相差 1。") {
		t.Errorf("APP-BALANCE: %s", bal.Message)
	}
}

// TestBlankAndUnreadable: a blank cell counts 0; an unreadable one makes
// the relations it touches error, naming it, and never counts as 0.
func TestBlankAndUnreadable(t *testing.T) {
	e := newEngine(t, engine.Options{})
	r := loadClean(t, "clean-2021.json")
	r.Tables.Applications["withheld_state_secret"]["natural_person"] = &report.Cell{Blank: true, Raw: "—"}
	r.Tables.Applications["new"]["research"] = &report.Cell{Raw: "0O", Line: 60, Page: 3, Confidence: report.Low}
	res := e.Audit(r)
	for id, want := range map[string]engine.Status{
		"APP-ROW-TOTAL": engine.Error, "APP-BALANCE": engine.Error, "APP-RESULTS-SUM": engine.Pass,
		"TABLE-APPS-COMPLETE": engine.Fail,
	} {
		got := result(t, res, id)
		if got.Status != want {
			t.Errorf("%s: %s, want %s: %s", id, got.Status, want, got.Message)
		}
	}
	row := result(t, res, "APP-ROW-TOTAL")
	if row.Message != "无法读取或缺失：applications.new.research" || len(row.Evidence) != 1 || row.Evidence[0].Note != "无法读取" {
		t.Errorf("APP-ROW-TOTAL: %q %+v", row.Message, row.Evidence)
	}
	complete := result(t, res, "TABLE-APPS-COMPLETE")
	if !strings.Contains(complete.Message, "applications.withheld_state_secret.natural_person）为空白") ||
		!strings.Contains(complete.Message, "无法读取或缺失：applications.new.research") {
		t.Errorf("TABLE-APPS-COMPLETE: %s", complete.Message)
	}
}

// TestRelationChosenSplit: a cell split by the extractor using a row total
// cannot confirm that row: the element is manual, with the note as evidence.
func TestRelationChosenSplit(t *testing.T) {
	e := newEngine(t, engine.Options{})
	r := loadClean(t, "clean-2021.json")
	c := *r.Tables.Applications["granted"]["natural_person"]
	c.Confidence, c.Note, c.Relations = report.Low, "「230 000023」按行总计拆分", []string{"row:granted"}
	r.Tables.Applications["granted"]["natural_person"] = &c
	res := e.Audit(r)
	row := result(t, res, "APP-ROW-TOTAL")
	if row.Status != engine.Manual || row.Elements.Manual != 1 || !strings.Contains(row.Message, "按行总计拆分") {
		t.Errorf("APP-ROW-TOTAL %s %+v: %s", row.Status, row.Elements, row.Message)
	}
	found := false
	for _, ev := range row.Evidence {
		found = found || (ev.Key == "applications.granted.natural_person" && ev.Confidence == report.Low && ev.Note != "")
	}
	if !found {
		t.Errorf("evidence lacks the low-confidence cell: %+v", row.Evidence)
	}
	if got := result(t, res, "APP-RESULTS-SUM").Status; got != engine.Pass {
		t.Errorf("APP-RESULTS-SUM uses another relation: %s", got)
	}
}

// TestPackSelection picks the pack by year, then by detected template.
func TestPackSelection(t *testing.T) {
	e := newEngine(t, engine.Options{})
	cases := []struct {
		year     int
		template string
		fee      bool // FEE-DISCLOSED exists only in gov-2021
		tpl      engine.Status
	}{
		{2023, report.Template2021, true, engine.Pass},
		{2022, report.Template2019, true, engine.Fail},
		{2020, report.Template2019, false, engine.Pass},
		{0, report.Template2019, false, engine.NA},
		{0, report.Template2021, true, engine.NA},
		{2017, report.Template2019, false, engine.NA},
	}
	for _, c := range cases {
		r := loadClean(t, "clean-2021.json")
		r.Meta.Year, r.Meta.Template = c.year, c.template
		res := e.Audit(r)
		fee := false
		for _, x := range res.Results {
			fee = fee || x.Rule == "FEE-DISCLOSED"
		}
		if tpl := result(t, res, "TPL-VERSION"); fee != c.fee || tpl.Status != c.tpl {
			t.Errorf("year %d template %s: fee rule %v, TPL-VERSION %s", c.year, c.template, fee, tpl.Status)
		}
	}
}

// TestConfigAndOverride disables a rule, overrides a severity, and replaces
// a rule from an extra pack.
func TestConfigAndOverride(t *testing.T) {
	p := writePack(t, header+`  - id: APP-BALANCE
    title: 本地：申请情况表各列平衡（允许相差 1）
    category: accuracy
    severity: warning
    each: app_cols()
    assert: abs(total([app_key("new", it), app_key("carried_in", it)]) - total([app_key("total", it), app_key("carried_out", it)])) <= 1
    message: 「{{ col_label(it) }}」列不平衡
`)
	cfg := engine.Config{Disable: []string{"PROBLEMS-SPECIFIC"}, Severities: map[string]string{"values-valid": "info"}}
	e := newEngine(t, engine.Options{RulePaths: []string{p}, Config: cfg})
	r := loadClean(t, "clean-2021.json")
	setValue(r, "new", "total", 102)
	res := e.Audit(r)
	if bal := result(t, res, "APP-BALANCE"); bal.Status != engine.Pass || bal.Severity != "warning" {
		t.Errorf("override: %+v", bal)
	}
	if v := result(t, res, "VALUES-VALID"); v.Severity != "info" || v.Weight != 2 {
		t.Errorf("severity override: %+v", v)
	}
	for _, x := range res.Results {
		if x.Rule == "PROBLEMS-SPECIFIC" {
			t.Error("disabled rule was run")
		}
	}
	if info, ok := e.Rule("gov-2019/APP-BALANCE"); !ok || info.File != p || info.Pack != "gov-2019" {
		t.Errorf("Rule: %+v", info)
	}
}
