package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

// Exit statuses of the contract.
const (
	exitOK        = 0
	exitThreshold = 1 // --min-score or --fail-on crossed, or a rule test failed
	exitBad       = 2 // bad usage, a bad config or rule pack, or an unreadable input
)

// exitError ends a command with a status; its message, if any, goes to stderr.
type exitError struct {
	code int
	msg  string // Chinese; empty when everything was already said
}

func (e *exitError) Error() string { return e.msg }

// fail is an error that exits with status 2 and the message.
func fail(format string, args ...any) error {
	return &exitError{code: exitBad, msg: fmt.Sprintf(format, args...)}
}

// exit prints err (if any) and returns the process status for it. Errors
// that are not exitErrors come from cobra or pflag: bad usage.
func (a *app) exit(cmd *cobra.Command, err error) int {
	if err == nil {
		return exitOK
	}
	var e *exitError
	if errors.As(err, &e) {
		if e.msg != "" {
			fmt.Fprintf(a.stderr, "nianbao：%s\n", e.msg)
		}
		return e.code
	}
	fmt.Fprintf(a.stderr, "nianbao：%s\n", usageMessage(err))
	if cmd != nil {
		fmt.Fprintf(a.stderr, "运行“%s --help”查看用法。\n", cmd.CommandPath())
	}
	return exitBad
}
