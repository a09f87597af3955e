package engine

import (
	"fmt"
	"strings"
	"time"
)

// Compile-time checks of constant string arguments.

func argKey(i int, s string) error {
	if _, ok := cellSpecs[s]; i == 0 && !ok {
		return fmt.Errorf("unknown cell key %q", s)
	}
	return nil
}

func argRowCol(i int, s string) error {
	if _, ok := appKeys[s]; i == 0 && !ok {
		return fmt.Errorf("unknown row %q of table 三", s)
	}
	return argColSecond(i, s)
}

func argColSecond(i int, s string) error {
	if _, ok := colLabels[s]; i == 1 && !ok {
		return fmt.Errorf("unknown column %q of table 三", s)
	}
	return nil
}

func argGroupCol(i int, s string) error {
	if _, ok := groupLabels[s]; i == 0 && !ok {
		return fmt.Errorf("unknown group %q of table 四", s)
	}
	if _, ok := reviewCols[s]; i == 1 && !ok {
		return fmt.Errorf("unknown column %q of table 四", s)
	}
	return nil
}

func argTable(_ int, s string) error {
	switch s {
	case "", tableActive, tableApps, tableReview:
		return nil
	}
	return fmt.Errorf("unknown table %q (active, applications, review or \"\")", s)
}

func argSection(i int, s string) error {
	if i == 0 && sectionRank(s) == 0 {
		return fmt.Errorf("unknown section %q", s)
	}
	return nil
}

// argWhere checks a section list and a regular expression.
func argWhere(i int, s string) error {
	if i == 1 {
		if _, err := compileRegexp(s); err != nil {
			return err
		}
	}
	return argSections(i, s)
}

// argSections checks a comma-separated section list ("" for all).
func argSections(i int, s string) error {
	if i == 0 && s != "" {
		for _, k := range strings.Split(s, ",") {
			if k != "preamble" && sectionRank(k) == 0 {
				return fmt.Errorf("unknown section %q", k)
			}
		}
	}
	return nil
}

// argDate checks a constant date argument (YYYY-MM-DD).
func argDate(i int, s string) error {
	if _, err := time.Parse(time.DateOnly, s); i < 2 && err != nil {
		return fmt.Errorf("%q is not a date (YYYY-MM-DD)", s)
	}
	return nil
}
