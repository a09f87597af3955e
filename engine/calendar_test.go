package engine_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/nianbao/nianbao/calendar"
	"github.com/nianbao/nianbao/engine"
)

// calendarPack exercises the working-day functions.
const calendarPack = header + `  - id: LOCAL-CALENDAR
    title: 日历函数
    category: timeliness
    severity: info
    assert: |
      workdays("2022-09-30", "2022-10-09") == 2 && workdays("2022-10-09", "2022-09-30") == 0
      && add_workdays("2022-09-30", 3) == "2022-10-10" && add_workdays("2022-02-07", -1) == "2022-01-30"
      && !is_workday("2022-01-31") && holiday("2022-01-31") == "春节"
      && is_workday("2022-10-09") && holiday("2022-10-09") == "" && holiday("2022-10-15") == ""
      && interp_limit() == 3
    message: 日历函数有误
  - id: LOCAL-2028
    title: 2028 年
    category: timeliness
    severity: info
    assert: workdays("2027-12-20", "2028-01-10") == 14 && is_workday("2028-01-04")
    message: 2028 年计算有误
  - id: LOCAL-BAD-DATE
    title: 运行时日期有误
    category: timeliness
    severity: info
    assert: is_workday(agency())
    message: x
`

func calendarEngine(t *testing.T, cfg engine.Config) *engine.Engine {
	t.Helper()
	base := onlyRules(t)
	cfg.Disable = base.Disable
	return newEngine(t, engine.Options{RulePaths: []string{writePack(t, calendarPack)}, Config: cfg})
}

// The functions count on the official calendar; a year it lacks makes the
// element manual with the Chinese reason, never a Monday–Friday guess.
func TestCalendarFunctions(t *testing.T) {
	res := calendarEngine(t, engine.Config{}).Audit(loadClean(t, "clean-2021.json"))
	if r := result(t, res, "LOCAL-CALENDAR"); r.Status != engine.Pass {
		t.Errorf("LOCAL-CALENDAR: %s %s", r.Status, r.Message)
	}
	r := result(t, res, "LOCAL-2028")
	if r.Status != engine.Manual || !strings.Contains(r.Message, "日历中没有 2028 年的节假日安排，请在配置 calendar 中补充") {
		t.Errorf("LOCAL-2028: %s %q", r.Status, r.Message)
	}
	if r := result(t, res, "LOCAL-BAD-DATE"); r.Status != engine.Error || !strings.Contains(r.Message, "不是 YYYY-MM-DD 格式") {
		t.Errorf("LOCAL-BAD-DATE: %s %q", r.Status, r.Message)
	}
}

// A calendar from the config decides the year; engines with different
// calendars audit side by side (run with -race).
func TestConfigCalendar(t *testing.T) {
	cal, err := calendar.Parse("cal.yaml", []byte("years:\n  - year: 2028\n    holidays: [{name: 元旦, from: 2028-01-01, to: 2028-01-03}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	engines := []*engine.Engine{calendarEngine(t, engine.Config{}), calendarEngine(t, engine.Config{Calendar: cal, InterpLimit: 5})}
	want := []engine.Status{engine.Manual, engine.Pass}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			res := engines[k].Audit(loadClean(t, "clean-2021.json"))
			if r := result(t, res, "LOCAL-2028"); r.Status != want[k] {
				t.Errorf("engine %d: LOCAL-2028 %s %s", k, r.Status, r.Message)
			}
		}(i % 2)
	}
	wg.Wait()
}

// A constant date that is not one is a compile error.
func TestDateArgumentChecked(t *testing.T) {
	_, ce := compileErrors(t, `  - id: LOCAL-DATE
    title: 日期
    category: timeliness
    severity: info
    assert: workdays("2022-09-30", "2022-13-01") > 0
    message: x
`)
	if !strings.Contains(ce.Error(), `"2022-13-01" is not a date (YYYY-MM-DD)`) {
		t.Errorf("got %s", ce.Error())
	}
}

func TestInterpLimitNegative(t *testing.T) {
	if _, err := engine.New(engine.Options{Config: engine.Config{InterpLimit: -1}}); err == nil {
		t.Error("a negative interp_limit was accepted")
	}
}
