package main

import (
	"strings"
	"testing"
)

// Bad usage exits 2 with a Chinese message on stderr and nothing on stdout.
func TestUsageErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"audit", "--frobnicate", goodReport}, "未知的参数 --frobnicate"},
		{"no path", []string{"audit"}, "请给出要检查的文件或文件夹"},
		{"unknown command", []string{"inspect"}, "未知的命令“inspect”"},
		{"bad level", []string{"audit", "--level", "county", goodReport}, "层级“county”无效"},
		{"bad date", []string{"audit", "--published", "2023-02-30", goodReport}, "发布日期“2023-02-30”无效"},
		{"bad year", []string{"audit", "--year", "twenty", goodReport}, "参数 --year 的值“twenty”无效"},
		{"bad format", []string{"audit", "--format", "pdf", goodReport}, "不支持输出格式“pdf”"},
		{"parse format", []string{"parse", "--format", "csv", goodReport}, "parse 不支持输出格式“csv”"},
		{"bad fail-on", []string{"audit", "--fail-on", "info", goodReport}, "--fail-on 的值“info”无效"},
		{"missing ledger", []string{"audit", "--ledger", "no-such-ledger.csv", goodReport}, "台账文件（--ledger） no-such-ledger.csv 无法读取"},
		{"parse two files", []string{"parse", goodReport, goodReport}, "参数过多"},
		{"unknown rule", []string{"rules", "show", "NO-SUCH-RULE"}, "没有编号为“NO-SUCH-RULE”的规则"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := nianbao(t, nil, c.args...).must(t, 2)
			if !strings.Contains(r.stderr, c.want) {
				t.Errorf("stderr = %q, want it to contain %q", r.stderr, c.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	r := nianbao(t, nil, "--version").must(t, 0)
	if r.stdout != "nianbao test\n" {
		t.Errorf("--version printed %q, want the -ldflags version", r.stdout)
	}
}
