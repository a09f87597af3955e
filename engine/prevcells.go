package engine

import (
	"sort"
	"strings"

	"github.com/nianbao/nianbao/report"
)

// prevPrefix marks a cell key of the previous year's report:
// "prev:applications.carried_out.total". Such keys work wherever a cell key
// does (cell, sumcheck, total, …) and read the report of Inputs.Prev.
const prevPrefix = "prev:"

// initPrevSpecs registers, for every cell key, the same cell of the
// previous year's report.
func initPrevSpecs() {
	keys := make([]string, 0, len(cellSpecs))
	for k := range cellSpecs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s := *cellSpecs[k]
		s.key, s.prev, s.label = prevPrefix+k, true, "上年 "+s.label
		addSpec(&s)
	}
}

// noReport stands for an absent previous report: every cell is missing.
var noReport = &report.Report{}

// prev is the previous year's report, or nil.
func (e *Env) prev() *report.Report {
	if e.in == nil {
		return nil
	}
	return e.in.Prev
}

// reportOf is the report a cell key reads.
func (e *Env) reportOf(s *cellSpec) *report.Report {
	if !s.prev {
		return e.r
	}
	if p := e.prev(); p != nil {
		return p
	}
	return noReport
}

// prevFile names the previous report's file for evidence.
func (e *Env) prevFile() string {
	if p := e.prev(); p != nil {
		return p.Meta.Source.File
	}
	return ""
}

// whereCell formats a cell's position for messages; a cell of the previous
// report says so: "（上年报告第3页第88行）".
func (e *Env) whereCell(s *cellSpec, c *report.Cell) string {
	w := where(cellPos(c))
	if !s.prev {
		return w
	}
	if w == "" {
		return "（上年报告）"
	}
	return "（上年报告" + w[len("（"):]
}

// prevLabel marks a label of the previous report's cell: "上年 四、结转下年度继续办理".
func prevLabel(s *cellSpec, label string) string {
	if s.prev && !strings.HasPrefix(label, "上年") {
		return "上年 " + label
	}
	return label
}
