// Package calendar is China's official working-day calendar: the statutory
// holidays (放假) and the make-up working days (调休上班) the State Council
// announces each year, so that "within N working days" is counted as the
// regulations mean it, not Monday to Friday.
//
// The built-in data come from github.com/6tail/lunar-go (HolidayUtil),
// checked against the State Council's notices for 2019–2026, with the
// corrections in corrections.yaml applied. A user adds or corrects a year
// with a calendar file (see Parse) without a new release. A date in a year
// the calendar does not know is an *UnknownYearError, never a Monday–Friday
// guess.
//
// A Calendar is immutable and safe for concurrent use: every file makes its
// own copy of the data, and lunar-go's global Fix is never called.
package calendar

import (
	"fmt"
	"time"
)

// Kind is what a date is on the official calendar.
type Kind int

// The kinds of day.
const (
	Workday Kind = iota // Monday to Friday, no holiday
	Weekend             // Saturday or Sunday, no make-up working day
	Holiday             // a statutory day off (放假)
	Makeup              // a make-up working day (调休上班), often a weekend
)

// Day is one date of the calendar.
type Day struct {
	Date time.Time
	Kind Kind
	// Name is the holiday (春节, 国庆节, …) of a Holiday, or the holiday a
	// Makeup day makes up for ("" when the data do not say).
	Name string
}

// IsWorkday reports whether the day is a working day.
func (d Day) IsWorkday() bool { return d.Kind == Workday || d.Kind == Makeup }

// Calendar is the official calendar of the years it knows.
type Calendar struct {
	days  map[int]entry // by dateKey
	known map[int]bool  // years whose arrangement is present
}

// entry is a listed date: a day off or a make-up working day.
type entry struct {
	off  bool
	name string
	year int // the year whose notice lists it (a late-December day may belong to the next)
}

// UnknownYearError is returned for a date whose year's arrangement the
// calendar does not hold. For 29–31 December the next year's arrangement is
// needed too: its 元旦 holiday may begin or be made up then.
type UnknownYearError struct{ Year int }

func (e *UnknownYearError) Error() string {
	return fmt.Sprintf("calendar: no holiday arrangement for %d", e.Year)
}

// Known reports whether the calendar holds the year's arrangement.
func (c *Calendar) Known(year int) bool { return c.known[year] }

// Day returns what the date is on the calendar.
func (c *Calendar) Day(t time.Time) (Day, error) {
	t = civil(t)
	if err := c.check(t); err != nil {
		return Day{Date: t}, err
	}
	return c.classify(t), nil
}

// classify tells the kind of a civil date, whether its year is known or not.
func (c *Calendar) classify(t time.Time) Day {
	if e, ok := c.days[dateKey(t)]; ok {
		if e.off {
			return Day{t, Holiday, e.name}
		}
		return Day{t, Makeup, e.name}
	}
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return Day{Date: t, Kind: Weekend}
	}
	return Day{Date: t, Kind: Workday}
}

// check returns an *UnknownYearError when the date cannot be decided.
func (c *Calendar) check(t time.Time) error {
	y := t.Year()
	if !c.known[y] {
		return &UnknownYearError{y}
	}
	if t.Month() == time.December && t.Day() >= 29 && !c.known[y+1] {
		if _, listed := c.days[dateKey(t)]; !listed {
			return &UnknownYearError{y + 1}
		}
	}
	return nil
}

// civil drops the time of day and the location.
func civil(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func dateKey(t time.Time) int { return t.Year()*10000 + int(t.Month())*100 + t.Day() }

// ParseDate reads a YYYY-MM-DD date.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("日期“%s”不是 YYYY-MM-DD 格式", s)
	}
	return t, nil
}

// String names the kind in Chinese, for evidence.
func (k Kind) String() string {
	switch k {
	case Weekend:
		return "周末"
	case Holiday:
		return "放假"
	case Makeup:
		return "调休上班"
	}
	return "工作日"
}
