package engine

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/nianbao/nianbao/calendar"
)

// defaultInterpLimit is the usual local limit for interpretations (郑州 and
// others: 最迟…3个工作日内).
const defaultInterpLimit = 3

// calendar is the configured calendar, or the built-in one.
func (c *Config) calendar() *calendar.Calendar {
	if c.Calendar == nil {
		return calendar.Default()
	}
	return c.Calendar
}

// interpLimit is the configured interpretation limit, or the default.
func (c *Config) interpLimit() int {
	if c.InterpLimit == 0 {
		return defaultInterpLimit
	}
	return c.InterpLimit
}

// fnWorkdays counts the working days after from up to and including to.
func fnWorkdays(e *Env, a []any) (any, error) {
	from, to, err := twoDates(a[0], a[1])
	if err != nil {
		return 0.0, err
	}
	n, err := e.cfg.calendar().WorkdaysBetween(from, to)
	return float64(n), e.calendarErr(err)
}

func fnAddWorkdays(e *Env, a []any) (any, error) {
	d, err := calendar.ParseDate(a[0].(string))
	if err != nil {
		return "", err
	}
	n := a[1].(float64)
	if n != math.Trunc(n) || math.Abs(n) > 10000 {
		return "", fmt.Errorf("工作日数 %v 应为整数", n)
	}
	t, err := e.cfg.calendar().AddWorkdays(d, int(n))
	if err != nil {
		return "", e.calendarErr(err)
	}
	return t.Format(time.DateOnly), nil
}

func fnIsWorkday(e *Env, a []any) (any, error) {
	d, err := calendar.ParseDate(a[0].(string))
	if err != nil {
		return false, err
	}
	ok, err := e.cfg.calendar().IsWorkday(d)
	return ok, e.calendarErr(err)
}

func fnHoliday(e *Env, a []any) (any, error) {
	d, err := calendar.ParseDate(a[0].(string))
	if err != nil {
		return "", err
	}
	name, _, err := e.cfg.calendar().IsHoliday(d)
	return name, e.calendarErr(err)
}

func fnInterpLimit(e *Env, _ []any) (any, error) { return e.cfg.interpLimit(), nil }

// calendarErr makes a date in a year the calendar does not know mark the
// element manual; other errors stay errors.
func (e *Env) calendarErr(err error) error {
	var u *calendar.UnknownYearError
	if errors.As(err, &u) {
		e.el.manual = appendNew(e.el.manual, unknownYearReason(u.Year))
		return nil
	}
	return err
}

func unknownYearReason(year int) string {
	return fmt.Sprintf("日历中没有 %d 年的节假日安排，请在配置 calendar 中补充", year)
}

func twoDates(a, b any) (time.Time, time.Time, error) {
	from, err := calendar.ParseDate(a.(string))
	if err != nil {
		return from, from, err
	}
	to, err := calendar.ParseDate(b.(string))
	return from, to, err
}
