package main

import (
	"fmt"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/render"
)

var testColumns = []render.Column{
	{Header: "规则"}, {Header: "用例", Max: 40}, {Header: "期望"}, {Header: "实际"}, {Header: "结果"},
	{Header: "说明", Max: 50},
}

// testTable prints the rule test cases and a summary line.
func testTable(w writer, results []engine.TestResult, failed int) error {
	rows := make([][]string, len(results))
	for i, t := range results {
		mark := "✓"
		if !t.OK {
			mark = "✗"
		}
		rows[i] = []string{t.Rule, t.Case, render.StatusLabel(t.Want), render.StatusLabel(t.Got), mark, t.Detail}
	}
	if err := render.Grid(w, testColumns, rows); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "共 %d 个用例：通过 %d，未通过 %d。\n", len(results), len(results)-failed, failed)
	return err
}

type testCaseJSON struct {
	Rule   string        `json:"rule"`
	Case   string        `json:"case"`
	Want   engine.Status `json:"want"`
	Got    engine.Status `json:"got"`
	OK     bool          `json:"ok"`
	Detail string        `json:"detail,omitempty"`
}

func testJSON(results []engine.TestResult) []testCaseJSON {
	out := make([]testCaseJSON, len(results))
	for i, t := range results {
		out[i] = testCaseJSON{t.Rule, t.Case, t.Want, t.Got, t.OK, t.Detail}
	}
	return out
}
