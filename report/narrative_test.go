package report_test

import (
	"os"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/report"
)

// pingtan2021With rewrites the crawled one-line pingtan-2021 page so that
// what follows the fee cell of table 二 is after instead of the original
// heading.
func pingtan2021With(t *testing.T, fee, after string) string {
	t.Helper()
	data, err := os.ReadFile("../fixtures/reports/pingtan-2021.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	from := strings.Index(s, "行政事业性收费24252.311082三、")
	to := strings.Index(s, "（本列数据的勾稽关系")
	if from < 0 || to < 0 {
		t.Fatal("pingtan-2021.txt no longer has its one-line table 二")
	}
	return s[:from] + "行政事业性收费" + fee + after + s[to:]
}

// Issue 8 shape 8: on a one-line crawled page the narrative after table 二,
// even one starting with digits, gives the fee row no cells.
func TestIssue8NarrativeAfterTableTwo(t *testing.T) {
	cases := map[string]string{
		"heading then year":     "三、收到和处理政府信息公开申请情况 2023年共收到政府信息公开申请64件，办结63件。",
		"heading glued to year": "三、收到和处理政府信息公开申请情况2023年共收到政府信息公开申请64件。",
		"unknown heading":       "三、政府信息公开申请办理情况2023年共收到政府信息公开申请64件，办结63件。",
		"year glued to the fee": "2023年共收到政府信息公开申请64件。三、收到和处理政府信息公开申请情况",
		"year apart from fee":   " 2023年共收到申请64件。三、收到和处理政府信息公开申请情况",
	}
	want := loadExpected(t, "pingtan-2021")
	for name, after := range cases {
		r := extractText(t, pingtan2021With(t, "24252.311082", after))
		for key, v := range want.Active {
			if got := r.Tables.Active[key]; got == nil || !same(got.Value, v) {
				t.Errorf("%s: %s = %+v, want %v", name, key, got, show(v))
			}
		}
		if problemMentions(r, "active.fees", "") {
			t.Errorf("%s: a problem on the fee row: %v", name, r.Problems)
		}
	}
	r := extractText(t, pingtan2021With(t, "24252.311082", cases["year glued to the fee"]))
	if c := r.Tables.Active["fees.amount"]; c.Confidence != report.Low || !strings.Contains(c.Note, "2023年") {
		t.Errorf("a year cut off the fee must be marked: %+v", c)
	}
}

// Issue 8 shape 8, the other outcome: a fee that looks like a year, or is
// followed by its unit, is still the cell.
func TestIssue8FeeBeforeHeadingIsKept(t *testing.T) {
	for fee, want := range map[string]float64{"2023": 2023, "2023.5万元": 2023.5, "12.5元": 12.5} {
		r := extractText(t, pingtan2021With(t, fee, "三、收到和处理政府信息公开申请情况"))
		if c := r.Tables.Active["fees.amount"]; c == nil || c.Value == nil || *c.Value != want || c.Confidence != report.High {
			t.Errorf("fee %q: fees.amount = %+v, want %v (high)", fee, c, want)
		}
	}
}

// Issue 8 shape 8 on the 2019 template: the last row is 政府集中采购, and a
// sentence after it that starts with a year gives it no cells.
func TestIssue8NarrativeAfterProcurement(t *testing.T) {
	data, err := os.ReadFile("../fixtures/reports/pingtan-2019.txt")
	if err != nil {
		t.Fatal(err)
	}
	old := "政府集中采购13575394432.52元三、收到和处理政府信息公开申请情况"
	if !strings.Contains(string(data), old) {
		t.Fatal("pingtan-2019.txt no longer has its one-line procurement row")
	}
	for _, after := range []string{"元2019年共收到申请23件。三、收到和处理政府信息公开申请情况", "元三、政府信息公开申请办理情况2019年共收到申请23件。"} {
		text := strings.Replace(string(data), old, "政府集中采购 135 75394432.52"+after, 1)
		a := extractText(t, text).Tables.Active
		for key, want := range map[string]float64{"procurement.items": 135, "procurement.amount": 75394432.52} {
			if c := a[key]; c == nil || c.Value == nil || *c.Value != want {
				t.Errorf("%q: %s = %+v, want %v", after, key, c, want)
			}
		}
	}
}
