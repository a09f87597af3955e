package calendar

import (
	"errors"
	"testing"
)

// The tricky days of each year: days off on weekdays, make-up working days
// on weekends, and the plain days around them.
func TestDay(t *testing.T) {
	cases := []struct {
		date string
		kind Kind
		name string
	}{
		{"2018-12-29", Makeup, "元旦节"}, // Saturday, for 2019's 元旦
		{"2018-12-31", Holiday, "元旦节"},
		{"2019-02-03", Makeup, "春节"},
		{"2019-05-03", Holiday, "劳动节"},
		{"2019-10-12", Makeup, "国庆节"},
		{"2020-01-31", Holiday, "春节"},  // the 2020 extension
		{"2020-02-01", Holiday, "春节"},  // no longer a make-up day
		{"2020-02-03", Workday, ""},    // back to work
		{"2020-06-28", Makeup, "端午节"},  // Sunday
		{"2020-10-08", Holiday, "国庆节"}, // Thursday
		{"2021-09-18", Makeup, "中秋节"},  // Saturday
		{"2021-10-09", Makeup, "国庆节"},  // Saturday
		{"2022-01-29", Makeup, "春节"},   // Saturday
		{"2022-01-30", Makeup, "春节"},   // Sunday
		{"2022-01-31", Holiday, "春节"},  // 除夕, a Monday
		{"2022-04-02", Makeup, "清明节"},  // Saturday
		{"2022-06-03", Holiday, "端午节"}, // Friday
		{"2022-06-04", Holiday, "端午节"}, // Saturday, listed
		{"2022-10-07", Holiday, "国庆节"}, // Friday
		{"2022-10-08", Makeup, "国庆节"},  // Saturday
		{"2022-10-09", Makeup, "国庆节"},  // Sunday
		{"2022-10-10", Workday, ""},
		{"2022-10-15", Weekend, ""},
		{"2023-01-02", Holiday, "元旦节"},  // Monday
		{"2023-01-27", Holiday, "春节"},   // Friday
		{"2023-01-29", Makeup, "春节"},    // Sunday
		{"2023-06-25", Makeup, "端午节"},   // Sunday
		{"2023-09-29", Holiday, "中秋节"},  // Friday
		{"2023-10-08", Makeup, "国庆节"},   // Sunday
		{"2024-02-18", Makeup, "春节"},    // Sunday
		{"2024-04-07", Makeup, "清明节"},   // Sunday
		{"2024-09-14", Makeup, "中秋节"},   // Saturday
		{"2025-01-28", Holiday, "春节"},   // 除夕, added in 2025
		{"2025-02-08", Makeup, "春节"},    // Saturday
		{"2025-05-02", Holiday, "劳动节"},  // added in 2025
		{"2025-10-08", Holiday, "国庆中秋"}, // Wednesday
		{"2026-01-04", Makeup, "元旦节"},   // Sunday
		{"2026-02-23", Holiday, "春节"},   // Monday
		{"2026-02-28", Makeup, "春节"},    // Saturday
		{"2026-09-20", Makeup, "国庆节"},   // Sunday
	}
	c := Default()
	for _, tc := range cases {
		d, err := c.Day(date(tc.date))
		if err != nil || d.Kind != tc.kind || d.Name != tc.name {
			t.Errorf("%s: %v %q (%v), want %v %q", tc.date, d.Kind, d.Name, err, tc.kind, tc.name)
		}
	}
}

// Working days after D up to and including the later date; D does not count.
func TestWorkdaysBetween(t *testing.T) {
	cases := []struct {
		from, to string
		want     int
		why      string
	}{
		{"2022-09-30", "2022-10-09", 2, "国庆: only the make-up Saturday and Sunday (Mon–Fri says 5)"},
		{"2022-09-29", "2022-10-11", 5, "国庆: 9-30, 10-08, 10-09, 10-10, 10-11"},
		{"2022-01-28", "2022-02-07", 3, "春节: make-up 1-29, 1-30, then 2-07 (Mon–Fri says 6)"},
		{"2022-01-30", "2022-02-06", 0, "春节: the whole holiday"},
		{"2022-06-01", "2022-06-08", 4, "端午: 6-03 off (Mon–Fri says 5)"},
		{"2023-09-28", "2023-10-09", 3, "中秋·国庆: 10-07, 10-08 make-up, 10-09"},
		{"2020-01-23", "2020-02-03", 1, "extended 春节 2020"},
		{"2019-12-31", "2020-01-02", 1, "元旦 2020 across the year"},
		{"2022-10-10", "2022-10-10", 0, "same day"},
		{"2022-10-11", "2022-10-10", 0, "later date first"},
		{"2024-12-31", "2025-02-10", 24, "year boundary and 春节 2025"},
	}
	c := Default()
	for _, tc := range cases {
		got, err := c.WorkdaysBetween(date(tc.from), date(tc.to))
		if err != nil || got != tc.want {
			t.Errorf("%s..%s = %d (%v), want %d: %s", tc.from, tc.to, got, err, tc.want, tc.why)
		}
	}
}

func TestAddWorkdays(t *testing.T) {
	cases := []struct {
		from string
		n    int
		want string
	}{
		{"2022-09-30", 3, "2022-10-10"},
		{"2022-01-28", 3, "2022-02-07"},
		{"2023-09-27", 20, "2023-10-31"}, // 第三十三条: 20 working days
		{"2022-10-10", 0, "2022-10-10"},
		{"2022-10-10", -1, "2022-10-09"},
		{"2022-02-07", -1, "2022-01-30"},
	}
	c := Default()
	for _, tc := range cases {
		got, err := c.AddWorkdays(date(tc.from), tc.n)
		if err != nil || got.Format("2006-01-02") != tc.want {
			t.Errorf("%s + %d = %v (%v), want %s", tc.from, tc.n, got, err, tc.want)
		}
	}
}

func TestIsHoliday(t *testing.T) {
	c := Default()
	if name, ok, err := c.IsHoliday(date("2022-01-31")); !ok || name != "春节" || err != nil {
		t.Errorf("2022-01-31 (除夕): %q %v %v", name, ok, err)
	}
	if ok, _ := c.IsWorkday(date("2022-01-31")); ok {
		t.Error("2022-01-31 (除夕) is a working day")
	}
	if name, ok, _ := c.IsHoliday(date("2022-10-09")); ok || name != "" {
		t.Error("2022-10-09, a make-up Sunday, is a holiday")
	}
	if _, ok, _ := c.IsHoliday(date("2022-10-15")); ok {
		t.Error("a plain Saturday is a holiday")
	}
}

// A date in a year without data is an error naming the year, never a
// Monday–Friday guess; late December needs the next year's 元旦 too.
func TestUnknownYear(t *testing.T) {
	c := Default()
	cases := []struct {
		date string
		year int
	}{{"2028-03-01", 2028}, {"2001-06-01", 2001}, {"2027-12-29", 2028}, {"2027-12-31", 2028}}
	for _, tc := range cases {
		_, err := c.IsWorkday(date(tc.date))
		var u *UnknownYearError
		if !errors.As(err, &u) || u.Year != tc.year {
			t.Errorf("%s: %v, want the year %d unknown", tc.date, err, tc.year)
		}
	}
	if _, err := c.IsWorkday(date("2027-12-28")); err != nil {
		t.Errorf("2027-12-28: %v", err)
	}
	if _, err := c.WorkdaysBetween(date("2027-12-20"), date("2028-01-10")); err == nil {
		t.Error("a span into 2028 was counted")
	}
	if _, err := c.AddWorkdays(date("2027-12-20"), 10); err == nil {
		t.Error("AddWorkdays ran into 2028 without an error")
	}
}
