package calendar

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const year2028 = `# 2028 年安排（示例数据）
years:
  - year: 2028
    holidays:
      - {name: 元旦, from: 2027-12-31, to: 2028-01-02}
      - {name: 春节, from: 2028-01-25, to: 2028-02-01}
    workdays: [2028-01-22, 2028-02-05]
`

// A file adds a year the built-in data lack, without touching Default.
func TestParseAddsYear(t *testing.T) {
	c, err := Parse("cal.yaml", []byte(year2028))
	if err != nil {
		t.Fatal(err)
	}
	if !c.Known(2028) || Default().Known(2028) {
		t.Fatalf("2028 known: file %v, default %v", c.Known(2028), Default().Known(2028))
	}
	cases := map[string]Kind{
		"2027-12-31": Holiday, "2028-01-03": Workday, "2028-01-22": Makeup, "2028-01-26": Holiday,
		"2028-02-05": Makeup, "2028-02-06": Weekend, "2027-06-09": Holiday,
	}
	for s, want := range cases {
		if d, err := c.Day(date(s)); err != nil || d.Kind != want {
			t.Errorf("%s: %v (%v), want %v", s, d.Kind, err, want)
		}
	}
	if n, err := c.WorkdaysBetween(date("2027-12-30"), date("2028-01-04")); n != 2 || err != nil {
		t.Errorf("2027-12-30..2028-01-04 = %d (%v), want 2", n, err)
	}
}

// A year in the file replaces the built-in year whole: here 2020 as first
// announced, before 春节 was extended.
func TestParseReplacesYear(t *testing.T) {
	c, err := Parse("cal.yaml", []byte(`years:
  - year: 2020
    holidays: [{name: 春节, from: 2020-01-24, to: 2020-01-30}]
    workdays: [2020-01-19, 2020-02-01]
`))
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]Kind{"2020-01-31": Workday, "2020-02-01": Makeup, "2020-10-08": Workday} {
		if d, _ := c.Day(date(s)); d.Kind != want {
			t.Errorf("%s: %v, want %v", s, d.Kind, want)
		}
	}
	if d, _ := Default().Day(date("2020-01-31")); d.Kind != Holiday {
		t.Errorf("Default changed: 2020-01-31 is %v", d.Kind)
	}
}

// Mistakes name the file and the line.
func TestParseErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"years: [{year: 2028, holiday: []}]", "第1行：未知的键“holiday”"},
		{"years:\n  - year: 2028\n    workdays: [2028-02-30]", "第3行：日期“2028-02-30”不是 YYYY-MM-DD 格式"},
		{"years:\n  - year: 2028\n    holidays:\n      - {name: 春节, from: 2028-01-25, to: 2028-12-01}", "第4行：春节的放假日期"},
		{"years:\n  - year: 2028\n    workdays: [2029-01-01]", "第3行：日期 2029-01-01 不属于 2028 年"},
		{"years:\n  - holidays: []", "第2行：缺少 year"},
		{"years:\n  - {year: 2028}\n  - {year: 2028}", "第3行：2028 年重复出现"},
		{"years:\n  - year: 2028\n    holidays: [{name: 春节, from: 2028-01-25, to: 2028-02-01}]\n    workdays: [2028-01-26]", "既在春节放假期间"},
		{"calendar: x", "第1行：未知的键“calendar”"},
		{"years: [", "不是有效的 YAML"},
	}
	for _, tc := range cases {
		_, err := Parse("cal.yaml", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), "cal.yaml") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cal.yaml")
	if err := os.WriteFile(path, []byte(year2028), 0o644); err != nil {
		t.Fatal(err)
	}
	if c, err := Load(path); err != nil || !c.Known(2028) {
		t.Errorf("Load: %v", err)
	}
	if _, err := Load(path + ".missing"); err == nil || !strings.Contains(err.Error(), "无法读取日历文件") {
		t.Errorf("missing file: %v", err)
	}
	if c, err := Parse("empty.yaml", nil); err != nil || c.Known(2028) || !c.Known(2027) {
		t.Errorf("empty file: %v", err)
	}
}

// Calendars with different data are used side by side (run with -race).
func TestConcurrentCalendars(t *testing.T) {
	custom, err := Parse("cal.yaml", []byte(year2028))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(c *Calendar, known bool) {
			defer wg.Done()
			_, err := c.WorkdaysBetween(date("2027-12-01"), date("2028-03-01"))
			if (err == nil) != known {
				t.Errorf("known=%v: %v", known, err)
			}
		}([]*Calendar{Default(), custom}[i%2], i%2 == 1)
	}
	wg.Wait()
}

// The calendar file parser never panics; what it accepts knows its years.
func FuzzParse(f *testing.F) {
	f.Add([]byte(year2028))
	f.Add([]byte("years:\n  - year: 2020\n    holidays: [{name: 春节, from: 2020-01-24}]\n"))
	f.Add([]byte("years: [{year: 2028, workdays: [2027-12-31]}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("cal.yaml", data)
		if err == nil && !c.Known(2027) {
			t.Fatal("a parsed file lost a built-in year")
		}
	})
}
