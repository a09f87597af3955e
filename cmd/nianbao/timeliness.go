package main

import (
	"github.com/nianbao/nianbao/calendar"
	"github.com/spf13/cast"
	"github.com/spf13/viper"
)

// timeliness reads the settings of the timeliness rules: the calendar file
// (config calendar) and the interpretation limit (config interp_limit).
func (s *settings) timeliness(v *viper.Viper) error {
	if v.IsSet("interp_limit") {
		n, err := cast.ToIntE(v.Get("interp_limit"))
		if err != nil || n < 1 {
			return fail("interp_limit 的值“%v”无效：应为正整数（工作日数）（来自环境变量 NIANBAO_INTERP_LIMIT 或配置文件）", v.Get("interp_limit"))
		}
		s.Engine.InterpLimit = n
	}
	if s.Calendar == "" {
		return nil
	}
	cal, err := calendar.Load(s.Calendar)
	if err != nil {
		return fail("%v", err)
	}
	s.Engine.Calendar = cal
	return nil
}
