package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/spf13/cast"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// decode reads the settings out of v, strictly typed: a value that is not a
// number where one is needed is an error, not a zero.
func decode(v *viper.Viper, fc *fileConfig, cmd *cobra.Command) (settings, error) {
	s := settings{
		Format: v.GetString("format"), Output: v.GetString("output"),
		Level: v.GetString("level"), Agency: v.GetString("agency"), Published: v.GetString("published"),
		Manifest: v.GetString("manifest"), Ledger: v.GetString("ledger"), FailOn: v.GetString("fail_on"),
		Rules:         v.GetStringSlice("rules"),
		formatChanged: cmd.Flags().Changed("format"),
	}
	var err error
	if s.Year, err = cast.ToIntE(v.Get("year")); err != nil {
		return s, badValue("year", v.Get("year"), "整数")
	}
	if s.Jobs, err = cast.ToIntE(v.Get("jobs")); err != nil {
		return s, badValue("jobs", v.Get("jobs"), "整数")
	}
	if s.Timeout, err = parseTimeout(v.Get("timeout")); err != nil {
		return s, err
	}
	if s.MinScore, err = cast.ToFloat64E(v.Get("min_score")); err != nil {
		return s, badValue("min_score", v.Get("min_score"), "数字")
	}
	s.Engine = engine.Config{
		CategoryWeights: fc.CategoryWeights, Weights: fc.Weights, Severities: fc.Severities, Deadlines: fc.Deadlines,
		Disable: splitList(v.Get("disable")), Waivers: fc.Waivers,
	}
	if s.Engine.Supervisor, err = cast.ToBoolE(v.Get("supervisor")); err != nil {
		return s, badValue("supervisor", v.Get("supervisor"), "true 或 false")
	}
	s.Calendar = v.GetString("calendar")
	fc.resolve(cmd, &s)
	return s, s.timeliness(v)
}

// resolve makes the paths that came from the config file relative to it.
func (fc *fileConfig) resolve(cmd *cobra.Command, s *settings) {
	fromFile := func(key, flag string) bool {
		return fc.keys[key] && !cmd.Flags().Changed(flag) && os.Getenv("NIANBAO_"+strings.ToUpper(key)) == ""
	}
	rel := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(fc.dir, p)
	}
	if fromFile("rules", "rules") {
		for i := range s.Rules {
			s.Rules[i] = rel(s.Rules[i])
		}
	}
	if fromFile("manifest", "manifest") {
		s.Manifest = rel(s.Manifest)
	}
	if fromFile("ledger", "ledger") {
		s.Ledger = rel(s.Ledger)
	}
	if fromFile("calendar", "calendar") {
		s.Calendar = rel(s.Calendar)
	}
}

// splitList reads a list from YAML ([a, b]) or the environment ("a,b c").
func splitList(x any) []string {
	if l, ok := x.([]any); ok {
		return cast.ToStringSlice(l)
	}
	return strings.FieldsFunc(cast.ToString(x), func(r rune) bool { return r == ',' || r == ' ' })
}

func badValue(key string, val any, want string) error {
	return fail("%s 的值“%v”无效：应为%s（来自参数 --%s、环境变量 NIANBAO_%s 或配置文件）",
		key, val, want, strings.ReplaceAll(key, "_", "-"), strings.ToUpper(key))
}

// format returns the output format for a command: --format (or its env or
// config value) when the command supports it, else the command's default.
// A format given on the command line that the command lacks is an error.
func (s *settings) format(cmdName, def string, allowed ...string) (string, error) {
	if s.Format == "" {
		return def, nil
	}
	for _, f := range allowed {
		if f == s.Format {
			return f, nil
		}
	}
	if !s.formatChanged {
		return def, nil
	}
	return "", fail("%s 不支持输出格式“%s”（可用：%s）", cmdName, s.Format, strings.Join(allowed, "、"))
}
