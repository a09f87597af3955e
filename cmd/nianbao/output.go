package main

import (
	"bytes"
	"io"
	"os"
	"strconv"

	"github.com/mattn/go-isatty"
	"github.com/nianbao/nianbao/render"
	"github.com/spf13/cobra"
)

// writer is where a command renders its output.
type writer = io.Writer

// write renders into memory, then to --output or stdout, so that a failed
// render leaves no half-written file.
func (a *app) write(render func(w writer) error) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return &exitError{code: exitBad, msg: "输出失败：" + err.Error()}
	}
	if a.set.Output == "" {
		_, err := a.stdout.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(a.set.Output, buf.Bytes(), 0o644); err != nil {
		return fail("无法写入输出文件 %s：%v", a.set.Output, err)
	}
	return nil
}

// refuseBinary stops a binary format (xlsx) from being written to a
// terminal, where it would only garble the screen; piped or redirected
// output, or --output, is fine.
func (a *app) refuseBinary(format string) error {
	f, ok := a.stdout.(*os.File)
	if a.set.Output != "" || !render.Binary(format) || !ok ||
		!isatty.IsTerminal(f.Fd()) && !isatty.IsCygwinTerminal(f.Fd()) {
		return nil
	}
	return fail("%s 是二进制格式，不能直接输出到终端：请用 --output 指定文件（例如 --output 检查结果.%s），或把输出重定向到文件", format, format)
}

// color tells whether table output goes to a terminal that wants colour.
func (a *app) color(format string) bool {
	f, ok := a.stdout.(*os.File)
	return ok && format == "table" && a.set.Output == "" && os.Getenv("NO_COLOR") == "" &&
		isatty.IsTerminal(f.Fd())
}

// needArgs checks the number of arguments (max < 0: no upper limit) and
// says in Chinese what is missing.
func needArgs(min, max int, missing string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) < min:
			return usageError(missing)
		case max >= 0 && len(args) > max:
			return usageError("参数过多：" + cmd.Name() + " 只接受 " + strconv.Itoa(max) + " 个路径")
		}
		return nil
	}
}

type usageError string

func (e usageError) Error() string { return string(e) }
