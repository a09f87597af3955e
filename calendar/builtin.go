package calendar

import (
	_ "embed"
	"slices"
	"sync"

	"github.com/6tail/lunar-go/HolidayUtil"
)

// lunarFirst and lunarLast bound the years read from lunar-go; a year is
// known only when its 春节 is listed (2001 holds only make-up days for
// 2002's 元旦).
const lunarFirst, lunarLast = 2000, 2100

// corrections are the built-in fixes to lunar-go's data, in the calendar
// file format; a year listed there replaces lunar-go's.
//
//go:embed corrections.yaml
var corrections []byte

var (
	defaultOnce sync.Once
	defaultCal  *Calendar
)

// Default is the built-in calendar: lunar-go's data with the corrections.
// It panics if the embedded corrections do not parse (a build defect).
func Default() *Calendar {
	defaultOnce.Do(func() {
		years, err := parseYears("corrections.yaml", corrections)
		if err != nil {
			panic("calendar: " + err.Error())
		}
		defaultCal = fromLunar().with(years)
	})
	return defaultCal
}

// fromLunar reads every record of lunar-go once (before any Fix by others).
func fromLunar() *Calendar {
	c := &Calendar{days: map[int]entry{}, known: map[int]bool{}}
	for y := lunarFirst; y <= lunarLast; y++ {
		for el := HolidayUtil.GetHolidaysByYear(y).Front(); el != nil; el = el.Next() {
			h := el.Value.(*HolidayUtil.Holiday)
			day, err1 := ParseDate(h.GetDay())
			target, err2 := ParseDate(h.GetTarget())
			if err1 != nil || err2 != nil {
				continue
			}
			c.days[dateKey(day)] = entry{off: !h.IsWork(), name: h.GetName(), year: target.Year()}
			if !h.IsWork() && h.GetName() == "春节" {
				c.known[day.Year()] = true
			}
		}
	}
	return c
}

// Years lists the years the calendar knows, in order.
func (c *Calendar) Years() []int {
	var out []int
	for y := range c.known {
		out = append(out, y)
	}
	slices.Sort(out)
	return out
}
