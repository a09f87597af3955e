package main

import (
	"os"
	"time"

	"github.com/nianbao/nianbao/report"
)

// validate checks the settings every command shares.
func (s *settings) validate() error {
	checks := []func() error{
		func() error { return checkLevel(s.Level) },
		func() error { return checkYear(s.Year) },
		func() error { return checkDate(s.Published) },
		s.checkThresholds,
		func() error { return checkFile("台账文件（--ledger）", s.Ledger) },
		func() error { return checkFile("清单文件（--manifest）", s.Manifest) },
	}
	for _, c := range checks {
		if err := c(); err != nil {
			return err
		}
	}
	return nil
}

func (s *settings) checkThresholds() error {
	switch {
	case s.FailOn != "" && s.FailOn != "error" && s.FailOn != "warning":
		return fail("--fail-on 的值“%s”无效（可用：error、warning）", s.FailOn)
	case s.MinScore < 0 || s.MinScore > 100:
		return fail("--min-score 的值 %v 无效：应在 0 到 100 之间", s.MinScore)
	case s.Jobs < 0:
		return fail("--jobs 的值 %d 无效：应为正整数", s.Jobs)
	}
	return nil
}

func checkLevel(l string) error {
	switch l {
	case "", report.LevelGovernment, report.LevelDepartment, report.LevelOther:
		return nil
	}
	return fail("层级“%s”无效（可用：government 人民政府、department 政府部门、other 其他）", l)
}

func checkYear(y int) error {
	if y != 0 && (y < 2000 || y > 2100) {
		return fail("年度 %d 无效：应为 2000 到 2100 之间的四位年份", y)
	}
	return nil
}

func checkDate(d string) error {
	if d == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return fail("发布日期“%s”无效：应为 YYYY-MM-DD 格式的日期，如 2023-01-31", d)
	}
	return nil
}

func checkFile(what, path string) error {
	if path == "" {
		return nil
	}
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return fail("%s %s 无法读取：%v", what, path, err)
	case st.IsDir():
		return fail("%s %s 是文件夹，应为文件", what, path)
	}
	return nil
}
