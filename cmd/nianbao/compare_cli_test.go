package main

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/compare"
	"github.com/xuri/excelize/v2"
)

// An unreadable file in the batch is named with its reason and the exit
// status is 2, as in audit; the readable reports are still compared.
func TestCompareUnreadable(t *testing.T) {
	args := []string{fixtureReports + "pingtan-2021.txt", badDir + "/empty.txt", fixtureReports + "pingtan-2022.txt"}
	r := nianbao(t, nil, append([]string{"compare"}, args...)...).must(t, 2)
	if !strings.Contains(r.stderr, "empty.txt") || !strings.Contains(r.stderr, "1 个文件无法检查") {
		t.Errorf("stderr does not name the file:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "【无法读取】\n  · ../../fixtures/bad/empty.txt") || !strings.Contains(r.stdout, "逐年变化 2021 → 2022") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	c := compareJSON(t, 2, args...)
	if len(c.Unreadable) != 1 || c.Unreadable[0].File != badDir+"/empty.txt" || c.Unreadable[0].Error == "" || len(c.Reports) != 2 {
		t.Errorf("unreadable %+v, %d reports", c.Unreadable, len(c.Reports))
	}
}

// sarif has no place for a comparison: refused with the reason, exit 2.
func TestCompareRefusesSARIF(t *testing.T) {
	r := nianbao(t, nil, "compare", "--format", "sarif", fixtureReports+"pingtan-2022.txt").must(t, 2)
	if !strings.Contains(r.stderr, "compare 不支持 sarif 格式") || r.stdout != "" {
		t.Errorf("stderr %q stdout %q", r.stderr, r.stdout)
	}
}

// The workbook of a years comparison has its sheets.
func TestCompareXLSX(t *testing.T) {
	out := filepath.Join(t.TempDir(), "比较.xlsx")
	nianbao(t, nil, append([]string{"compare", "--format", "xlsx", "--output", out}, pingtanYears...)...).must(t, 0)
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"趋势", "矩阵", "通过率", "逐年变化"}) {
		t.Errorf("sheets %q", got)
	}
	if v, _ := f.GetCellValue("趋势", "C5"); v != "91.2" {
		t.Errorf("趋势!C5 (2022 score) = %q", v)
	}
}

// The CSV is the matrix: a byte-order mark, a row per report.
func TestCompareCSV(t *testing.T) {
	out := nianbao(t, nil, append([]string{"compare", "--format", "csv"}, reports2024...)...).must(t, 0).stdout
	body, ok := bytes.CutPrefix([]byte(out), []byte("\uFEFF"))
	lines := strings.Split(strings.TrimSpace(string(body)), "\r\n")
	if !ok || len(lines) != 4 || !strings.HasPrefix(lines[1], "淮安市人民政府,2024,1,87.9,良好,") {
		t.Errorf("csv:\n%s", out)
	}
}

// Mixed input (the whole fixtures folder): a trend per agency with two or
// more years, a ranking per year with two or more agencies; the HTML copy
// of the 2019 上海 report is left out, and said so.
func TestCompareMixed(t *testing.T) {
	r := nianbao(t, nil, "compare", "--format", "json", fixtureReports).must(t, 0)
	var c compare.Comparison
	r.decode(t, &c)
	var trends []string
	for _, tr := range c.Trends {
		trends = append(trends, tr.Agency)
	}
	var years []int
	for _, rk := range c.Rankings {
		years = append(years, rk.Year)
	}
	if c.Mode != compare.ModeMixed || !slices.Equal(trends, []string{"淮安市洪泽区人民政府", "平潭综合实验区"}) ||
		!slices.Equal(years, []int{2019, 2022, 2024}) {
		t.Errorf("mode %s trends %v rankings %v", c.Mode, trends, years)
	}
	if len(c.Skipped) != 1 || filepath.Base(c.Skipped[0].File) != "sh-office-2019.html" ||
		!strings.Contains(r.stderr, "sh-office-2019.html 未参加比较") {
		t.Errorf("skipped %+v\nstderr %s", c.Skipped, r.stderr)
	}
}
