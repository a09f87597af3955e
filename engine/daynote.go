package engine

import (
	"errors"
	"strings"
	"time"

	"github.com/nianbao/nianbao/calendar"
)

// Notes on dates for evidence: which days of a span were holidays or
// make-up working days, and what a single day was.

func countWorkdays(days []calendar.Day) int {
	n := 0
	for _, d := range days {
		if d.IsWorkday() {
			n++
		}
	}
	return n
}

// spanNote names the weekday holidays not counted and the make-up working
// days counted, e.g. "（不计春节放假 2022-01-31 至 2022-02-04；计入调休上班 2022-01-29、2022-01-30）".
func spanNote(days []calendar.Day) string {
	var off, makeup []string
	for i := 0; i < len(days); i++ {
		d := days[i]
		switch {
		case d.Kind == calendar.Makeup:
			makeup = append(makeup, day(d.Date))
		case d.Kind == calendar.Holiday && weekday(d.Date):
			j := i
			for j+1 < len(days) && days[j+1].Kind == calendar.Holiday && days[j+1].Name == d.Name {
				j++
			}
			off = append(off, d.Name+"放假 "+dayRange(days[i:j+1]))
			i = j
		}
	}
	var parts []string
	if len(off) > 0 {
		parts = append(parts, "不计"+strings.Join(off, "、"))
	}
	if len(makeup) > 0 {
		parts = append(parts, "计入调休上班 "+strings.Join(makeup, "、"))
	}
	if len(parts) == 0 {
		return ""
	}
	return "（" + strings.Join(parts, "；") + "）"
}

// dayRange is the first and last weekday of a run of holidays.
func dayRange(run []calendar.Day) string {
	var first, last time.Time
	for _, d := range run {
		if weekday(d.Date) {
			if first.IsZero() {
				first = d.Date
			}
			last = d.Date
		}
	}
	if first.Equal(last) {
		return day(first)
	}
	return day(first) + " 至 " + day(last)
}

// dayNote says what a date is when it is not a plain working day; "" for a
// working day or a date the calendar cannot tell.
func dayNote(cal *calendar.Calendar, date string) string {
	t, err := calendar.ParseDate(date)
	if err != nil {
		return ""
	}
	d, err := cal.Day(t)
	switch {
	case err != nil:
		return ""
	case d.Kind == calendar.Holiday:
		return "该日为" + d.Name + "假期"
	case d.Kind == calendar.Weekend:
		return "该日为" + weekdayName[t.Weekday()] + "（休息日）"
	case d.Kind == calendar.Makeup:
		return "该日为调休上班日"
	}
	return ""
}

var weekdayName = [...]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

// spanProblem words a calendar error for evidence.
func spanProblem(err error) string {
	var u *calendar.UnknownYearError
	if errors.As(err, &u) {
		return unknownYearReason(u.Year)
	}
	return err.Error()
}

func weekday(t time.Time) bool { return t.Weekday() != time.Saturday && t.Weekday() != time.Sunday }

func day(t time.Time) string { return t.Format(time.DateOnly) }
