package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/spf13/pflag"
)

// usageMessage says in Chinese what cobra or pflag found wrong with the
// command line.
func usageMessage(err error) string {
	var (
		notExist *pflag.NotExistError
		required *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist):
		return fmt.Sprintf("未知的参数 %s", flagName(notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames()))
	case errors.As(err, &required):
		return fmt.Sprintf("参数 %s 需要一个值", flagName(required.GetSpecifiedName(), required.GetSpecifiedShortnames()))
	case errors.As(err, &invalid):
		return fmt.Sprintf("参数 --%s 的值“%s”无效", invalid.GetFlag().Name, invalid.GetValue())
	case errors.As(err, &syntax):
		return fmt.Sprintf("参数写法有误：%s", syntax.GetSpecifiedFlag())
	}
	if m := unknownCommand.FindStringSubmatch(err.Error()); m != nil {
		return fmt.Sprintf("未知的命令“%s”（可用：audit、compare、parse、rules）", m[1])
	}
	return err.Error()
}

var unknownCommand = regexp.MustCompile(`^unknown command "([^"]*)"`)

func flagName(long, short string) string {
	if long != "" {
		return "--" + long
	}
	return "-" + short
}

// usageTemplate is cobra's usage text in Chinese.
const usageTemplate = `用法：{{if .Runnable}}
  {{if .HasParent}}{{.Parent.CommandPath}} {{end}}{{.Use}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} 命令 [参数]{{end}}{{if .HasAvailableSubCommands}}

命令：{{range .Commands}}{{if .IsAvailableCommand}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

参数：
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

通用参数：
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasExample}}

示例：
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

运行“{{.CommandPath}} 命令 --help”查看各命令的用法。{{end}}
`
