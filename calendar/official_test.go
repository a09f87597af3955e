package calendar

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestOfficial compares the built-in calendar (lunar-go with corrections)
// with the State Council's notices of 2019–2026 as transcribed in
// testdata/official-2019-2026.yaml, day by day: the same working days, the
// same make-up days, and compatible holiday names.
func TestOfficial(t *testing.T) {
	data, err := os.ReadFile("testdata/official-2019-2026.yaml")
	if err != nil {
		t.Fatal(err)
	}
	years, err := parseYears("official", data)
	if err != nil {
		t.Fatal(err)
	}
	official := (&Calendar{days: map[int]entry{}, known: map[int]bool{}}).with(years)
	builtin := Default()
	first, last := date("2018-12-29"), date("2026-12-31")
	for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
		want, got := official.classify(d), builtin.classify(d)
		day := d.Format("2006-01-02 Mon")
		switch {
		case want.IsWorkday() != got.IsWorkday():
			t.Errorf("%s: notice says workday=%v (%v %s), built-in says %v (%v %s)",
				day, want.IsWorkday(), want.Kind, want.Name, got.IsWorkday(), got.Kind, got.Name)
		case (want.Kind == Makeup) != (got.Kind == Makeup):
			t.Errorf("%s: make-up day in the notice %v, built in %v", day, want.Kind == Makeup, got.Kind == Makeup)
		case want.Kind == Holiday && got.Kind == Holiday && !sameHoliday(want.Name, got.Name):
			t.Errorf("%s: notice names %s, built in %s", day, want.Name, got.Name)
		}
	}
	if len(years) != 8 {
		t.Errorf("official data has %d years, want 2019–2026", len(years))
	}
}

// sameHoliday compares a notice's name ("国庆·中秋", "端午") with lunar-go's
// ("国庆中秋", "国庆节", "端午节").
func sameHoliday(notice, lunar string) bool {
	lunar = strings.ReplaceAll(lunar, "节", "")
	parts := strings.Split(strings.ReplaceAll(notice, "节", ""), "·")
	if len(parts) == 2 && (lunar == parts[0]+parts[1] || lunar == parts[1]+parts[0]) {
		return true
	}
	for _, p := range parts {
		if p == lunar {
			return true
		}
	}
	return false
}

// The built-in calendar knows exactly the years lunar-go v1.4.7 covers.
func TestKnownYears(t *testing.T) {
	ys := Default().Years()
	if len(ys) != 26 || ys[0] != 2002 || ys[len(ys)-1] != 2027 {
		t.Errorf("known years %v, want 2002–2027", ys)
	}
}

func date(s string) time.Time {
	t, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}
