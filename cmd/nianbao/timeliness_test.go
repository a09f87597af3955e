package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const ledgerFixture = "../../fixtures/ledger/gz-xiezuo-2022.csv"

// auditedRule is one rule's result with its evidence.
type auditedRule struct {
	Rule, Status, Message string
	Evidence              []auditedEvidence
}

type auditedEvidence struct {
	Key, Raw, Quote, Note string
	Value                 *float64
}

// auditRule runs `audit --format json` on one report and returns a rule's
// result.
func auditRule(t *testing.T, rule string, args ...string) auditedRule {
	t.Helper()
	var got struct {
		Reports []struct{ Results []auditedRule }
	}
	args = append(append([]string{"audit", "--format", "json"}, args...), goodReport)
	nianbao(t, nil, args...).must(t, 0).decode(t, &got)
	for _, r := range got.Reports[0].Results {
		if r.Rule == rule {
			return r
		}
	}
	t.Fatalf("no %s result", rule)
	return auditedRule{}
}

// The seed report is a department's on 2022: due by 2023-01-31.
func TestDeadline(t *testing.T) {
	cases := []struct{ published, status, message string }{
		{"2023-02-01", "fail", "报告于 2023-02-01 发布，晚于法定期限 2023-01-31"},
		{"2023-01-31", "pass", ""},
		{"", "manual", "未提供发布日期"},
	}
	for _, tc := range cases {
		var args []string
		if tc.published != "" {
			args = []string{"--published", tc.published}
		}
		r := auditRule(t, "DEADLINE", args...)
		if r.Status != tc.status || !strings.Contains(r.Message, tc.message) {
			t.Errorf("--published %q: %s %q, want %s %q", tc.published, r.Status, r.Message, tc.status, tc.message)
		}
	}
}

// A deadline on a holiday is not extended; message and evidence say so.
func TestDeadlineOnHoliday(t *testing.T) {
	r := auditRule(t, "DEADLINE", "--year", "2021", "--published", "2022-02-07")
	if r.Status != "fail" || !strings.Contains(r.Message, "晚于法定期限 2022-01-31（期限当天适逢春节假期，条例未规定顺延）") {
		t.Errorf("%s %q", r.Status, r.Message)
	}
	if !hasEvidence(r, "deadline", "该日为春节假期，条例未规定期限顺延") {
		t.Errorf("evidence %+v lacks the holiday", r.Evidence)
	}
}

// The ledger's documents of 2022 are counted on the official calendar: the
// late ones, and the one never interpreted, are listed with their working
// days; the ones on time (thanks to 调休 make-up days) and the 2021 one are not.
func TestInterpLedger(t *testing.T) {
	r := auditRule(t, "INTERP-TIMELY", "--ledger", ledgerFixture)
	if r.Status != "fail" {
		t.Fatalf("status %s: %s", r.Status, r.Message)
	}
	want := map[string]float64{"关于做好端午节期间消费帮扶工作的通知": 4, "《广州市对口协作地区产业合作项目管理办法》": 5}
	for doc, days := range want {
		ev := findEvidence(r, doc)
		if ev == nil || ev.Value == nil || *ev.Value != days {
			t.Errorf("%s: evidence %+v, want %v working days", doc, ev, days)
		}
	}
	if ev := findEvidence(r, "关于印发《2022年东西部协作工作要点》的通知"); ev == nil || !strings.Contains(ev.Note, "未公开解读") {
		t.Errorf("the document without interpretation is not listed: %+v", r.Evidence)
	}
	if len(r.Evidence) != 3 {
		t.Errorf("evidence lists %d documents, want the 3 late ones: %+v", len(r.Evidence), r.Evidence)
	}
	for _, s := range []string{"相隔 4 个工作日", "不计端午节放假 2022-06-03", "计入调休上班 2022-10-08、2022-10-09"} {
		if !strings.Contains(r.Message+noteText(r), s) {
			t.Errorf("message and evidence lack %q:\n%s\n%s", s, r.Message, noteText(r))
		}
	}
}

// interp_limit in the config changes the limit.
func TestInterpLimitConfig(t *testing.T) {
	cfg := writeFile(t, "nianbao.yaml", "interp_limit: 5\n")
	r := auditRule(t, "INTERP-TIMELY", "--config", cfg, "--ledger", ledgerFixture)
	if r.Status != "fail" || len(r.Evidence) != 1 || !strings.Contains(r.Message, "未公开政策解读") {
		t.Errorf("with 5 working days only the uninterpreted document fails: %s %q %+v", r.Status, r.Message, r.Evidence)
	}
	bad := writeFile(t, "nianbao.yaml", "interp_limit: three\n")
	res := nianbao(t, nil, "audit", "--config", bad, goodReport).must(t, 2)
	if !strings.Contains(res.stderr, "interp_limit 的值“three”无效") {
		t.Errorf("stderr = %q", res.stderr)
	}
}

// Without a ledger the report's own admission is the finding.
func TestInterpAdmission(t *testing.T) {
	r := auditRule(t, "INTERP-TIMELY")
	if r.Status != "fail" || !strings.Contains(r.Message, "部分解读材料未能在政策文件公开后3个工作日内公开") {
		t.Errorf("%s %q", r.Status, r.Message)
	}
}

// A bad ledger names the file and the line.
func TestLedgerErrors(t *testing.T) {
	cases := []struct{ csv, want string }{
		{"文件,发布日期\n通知,2022-01-01\n", "第1行：表头应为 document,published,interpretation_published"},
		{"document,published,interpretation_published\n通知,2022-01-01,\n通知二,2022/01/05,2022-01-06\n",
			"第3行：published 的日期“2022/01/05”无效"},
		{"document,published,interpretation_published\n通知,2022-01-01,2022-13-01\n", "第2行：interpretation_published 的日期“2022-13-01”无效"},
		{"document,published,interpretation_published\n,2022-01-01,\n", "第2行：缺少文件名称"},
	}
	for _, tc := range cases {
		path := writeFile(t, "台账.csv", tc.csv)
		r := nianbao(t, nil, "audit", "--ledger", path, goodReport).must(t, 2)
		if !strings.Contains(r.stderr, path) || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("stderr %q, want the file and %q", r.stderr, tc.want)
		}
	}
}

// A year the calendar lacks makes the count manual, naming the year; a
// calendar file in the config (relative to it) adds the year.
func TestCalendarConfig(t *testing.T) {
	dir := t.TempDir()
	ledger := filepath.Join(dir, "ledger.csv")
	write(t, ledger, "document,published,interpretation_published\n年末通知,2027-12-28,2028-01-04\n")
	r := auditRule(t, "INTERP-TIMELY", "--year", "2027", "--ledger", ledger)
	if r.Status != "manual" || !strings.Contains(r.Message, "日历中没有 2028 年的节假日安排，请在配置 calendar 中补充") {
		t.Errorf("without 2028: %s %q", r.Status, r.Message)
	}
	write(t, filepath.Join(dir, "cal.yaml"), "years:\n  - year: 2028\n    holidays: [{name: 元旦, from: 2028-01-01, to: 2028-01-03}]\n")
	write(t, filepath.Join(dir, "nianbao.yaml"), "calendar: cal.yaml\n")
	r = auditRule(t, "INTERP-TIMELY", "--config", filepath.Join(dir, "nianbao.yaml"), "--year", "2027", "--ledger", ledger)
	if r.Status != "fail" || !strings.Contains(r.Message, "相隔 4 个工作日") {
		t.Errorf("with 2028: %s %q", r.Status, r.Message)
	}
	write(t, filepath.Join(dir, "cal.yaml"), "years:\n  - year: 2028\n    workdays: [2028-02-30]\n")
	res := nianbao(t, nil, "audit", "--config", filepath.Join(dir, "nianbao.yaml"), goodReport).must(t, 2)
	if !strings.Contains(res.stderr, "cal.yaml 第3行：日期“2028-02-30”不是 YYYY-MM-DD 格式") {
		t.Errorf("stderr = %q", res.stderr)
	}
}

func hasEvidence(r auditedRule, key, note string) bool {
	for _, ev := range r.Evidence {
		if ev.Key == key && strings.Contains(ev.Note, note) {
			return true
		}
	}
	return false
}

func findEvidence(r auditedRule, quote string) *auditedEvidence {
	for i := range r.Evidence {
		if r.Evidence[i].Quote == quote {
			return &r.Evidence[i]
		}
	}
	return nil
}

func noteText(r auditedRule) string {
	var b strings.Builder
	for _, ev := range r.Evidence {
		b.WriteString(ev.Note + "\n")
	}
	return b.String()
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
