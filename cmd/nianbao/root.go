package main

import (
	"io"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// app is one run of the program: where output goes and the settings that
// flags, environment and config file gave.
type app struct {
	stdout, stderr io.Writer
	set            settings
	prev           string // audit --prev: the previous year's report of a single input
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:           "nianbao",
		Short:         "政府信息公开工作年度报告合规检查",
		Long:          "nianbao 读取政府信息公开工作年度报告（PDF、HTML、Word、文本），按规则包检查并给出评分和证据。",
		Version:       version,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.load(cmd)
		},
	}
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetVersionTemplate("nianbao {{.Version}}\n")
	root.SetUsageTemplate(usageTemplate)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return err })
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetHelpCommand(&cobra.Command{Hidden: true, Use: "no-help"})
	root.PersistentFlags().BoolP("help", "h", false, "显示帮助")
	root.Flags().BoolP("version", "v", false, "显示版本")
	addFlags(root.PersistentFlags())
	root.AddCommand(newAuditCmd(a), newCompareCmd(a), newParseCmd(a), newRulesCmd(a))
	root.AddCommand(newServeCmd(a))
	return root
}

// addFlags declares the flags every command accepts; settingKeys binds them
// to config keys.
func addFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "配置文件（YAML；也可用 NIANBAO_* 环境变量）")
	fs.StringArray("rules", nil, "附加或覆盖的规则包文件或文件夹（可重复）")
	fs.String("format", "", "输出格式：table、json、csv、md、html、xlsx、sarif（audit、compare 默认 table，parse 默认 json）")
	fs.StringP("output", "o", "", "输出写入此文件，而不是标准输出")
	fs.Int("year", 0, "报告年度（覆盖识别结果）")
	fs.String("level", "", "层级：government（人民政府）、department（政府部门）、other（其他）")
	fs.String("agency", "", "机关名称（覆盖识别结果）")
	fs.String("published", "", "发布日期 YYYY-MM-DD（覆盖识别结果）")
	fs.String("manifest", "", "批量信息清单 CSV，列为 file,agency,level,year,published")
	fs.String("ledger", "", "政策文件台账 CSV，列为 document,published,interpretation_published")
	fs.Float64("min-score", 0, "任一报告得分低于此值时，退出状态为 1")
	fs.String("fail-on", "", "有 error（或 warning 及以上）级别规则不通过时，退出状态为 1")
	fs.IntP("jobs", "j", 0, "同时处理的文件数（默认为 CPU 核数）")
	fs.String("timeout", defaultTimeout, "每个文件读取和提取的时限，超时的文件报错、其余照常检查（如 90s、5m；只写数字按秒计）")
	fs.Bool("supervisor", false, "监督检查：列出配置中的规则豁免，但不予适用")
}
