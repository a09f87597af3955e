// Command nianbao audits 政府信息公开工作年度报告 (government information
// disclosure annual reports) against rule packs and prints scored findings.
package main

import (
	"io"
	"os"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit status: 0 when all is
// well, 1 when a threshold was crossed, 2 for bad usage or unreadable inputs.
func run(args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr}
	root := newRootCmd(a)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	return a.exit(cmd, err)
}
