package calendar

import "time"

// IsWorkday reports whether the date is a working day: a make-up working
// day, or a Monday to Friday outside every holiday.
func (c *Calendar) IsWorkday(t time.Time) (bool, error) {
	d, err := c.Day(t)
	return d.IsWorkday(), err
}

// IsHoliday reports whether the date is a statutory day off, with the
// holiday's name (春节, 国庆节, …). A plain weekend is not a holiday.
func (c *Calendar) IsHoliday(t time.Time) (string, bool, error) {
	d, err := c.Day(t)
	if err != nil || d.Kind != Holiday {
		return "", false, err
	}
	return d.Name, true, nil
}

// WorkdaysBetween counts the working days after from up to and including to:
// "within N working days after D" holds when WorkdaysBetween(D, later) ≤ N.
// from itself does not count; it is 0 when to is not after from.
func (c *Calendar) WorkdaysBetween(from, to time.Time) (int, error) {
	n := 0
	err := c.walk(civil(from), civil(to), func(d Day) {
		if d.IsWorkday() {
			n++
		}
	})
	return n, err
}

// Span lists the days after from up to and including to.
func (c *Calendar) Span(from, to time.Time) ([]Day, error) {
	var out []Day
	err := c.walk(civil(from), civil(to), func(d Day) { out = append(out, d) })
	return out, err
}

// walk visits the days in (from, to], failing before the first visit when
// a year on the way is unknown.
func (c *Calendar) walk(from, to time.Time, visit func(Day)) error {
	if !to.After(from) {
		return nil
	}
	for y := from.AddDate(0, 0, 1).Year(); y <= to.Year(); y++ {
		if !c.known[y] {
			return &UnknownYearError{y}
		}
	}
	for t := from.AddDate(0, 0, 1); !t.After(to); t = t.AddDate(0, 0, 1) {
		d, err := c.Day(t)
		if err != nil {
			return err
		}
		visit(d)
	}
	return nil
}

// AddWorkdays returns the n-th working day after the date (before it for a
// negative n); the date itself for 0. AddWorkdays(D, N) is the last day of
// "within N working days after D".
func (c *Calendar) AddWorkdays(t time.Time, n int) (time.Time, error) {
	t, step := civil(t), 1
	if n < 0 {
		n, step = -n, -1
	}
	for n > 0 {
		t = t.AddDate(0, 0, step)
		ok, err := c.IsWorkday(t)
		if err != nil {
			return time.Time{}, err
		}
		if ok {
			n--
		}
	}
	return t, nil
}
