package render

import (
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/olekukonko/tablewriter/tw"
)

// evidence lists, under the grid, what each failing or undecidable rule rests on.
func (t *Table) evidence(ew *errWriter, rs []engine.Result) {
	first := true
	for _, r := range rs {
		if r.Status != engine.Fail && r.Status != engine.Error || len(r.Evidence) == 0 && r.Message == "" {
			continue
		}
		if first {
			ew.printf("\n证据：\n")
			first = false
		}
		ew.printf("%s（%s）：%s\n", r.Rule, t.paint.status(r.Status), r.Message)
		for _, e := range r.Evidence {
			ew.printf("  · %s\n", evidenceLine(e))
			if e.Quote != "" {
				ew.printf("    “%s”\n", strings.ReplaceAll(e.Quote, "\n", "\n     "))
			}
		}
	}
}

// evidenceLine reads `key〔file〕 = value（原文“raw”）第N页 第N行`, the file
// only when the evidence is from another report (the previous year's).
func evidenceLine(e engine.Evidence) string {
	s := e.Key
	if e.File != "" {
		s += "〔" + e.File + "〕"
	}
	if e.Value != nil {
		s = joinSpace(s, "= "+number(*e.Value))
	}
	if e.Raw != "" {
		s += "（原文“" + e.Raw + "”）"
	}
	if e.Page > 0 {
		s = joinSpace(s, "第"+strconv.Itoa(e.Page)+"页")
	}
	s = joinSpace(s, lineRef(e.Line))
	if e.Confidence == "low" {
		s = joinSpace(s, "［低置信度读数］")
	}
	return joinSpace(s, e.Note)
}

// problems lists what the extractor could not read.
func (t *Table) problems(ew *errWriter, r *engine.ReportResult) {
	if len(r.Problems) == 0 {
		return
	}
	ew.printf("\n提取问题：\n")
	for _, p := range r.Problems {
		ew.printf("  · %s\n", joinSpace(joinSpace(p.Key, lineRef(p.Line)), p.Message))
	}
}

var summaryColumns = []Column{
	{Header: "文件", Max: 40}, {Header: "机关", Max: 30}, {Header: "年度", Align: tw.AlignRight},
	{Header: "得分", Align: tw.AlignRight}, {Header: "等级"},
	{Header: "通过", Align: tw.AlignRight}, {Header: "不通过", Align: tw.AlignRight},
	{Header: "不适用", Align: tw.AlignRight}, {Header: "需人工", Align: tw.AlignRight},
	{Header: "错误", Align: tw.AlignRight},
}

// summary is the closing grid of a run over several reports.
func (t *Table) summary(ew *errWriter, rs []engine.ReportResult) {
	bad := 0
	rows := make([][]string, 0, len(rs))
	for _, r := range rs {
		if r.Error != "" {
			bad++
			rows = append(rows, []string{r.File, "—", "—", "—", t.paint.bad("无法读取"), "", "", "", "", ""})
			continue
		}
		agency, yr := "—", "—"
		if r.Meta != nil {
			agency, yr = orDash(r.Meta.Agency), year(r.Meta.Year)
		}
		row := []string{r.File, agency, yr, score(r.Score), t.paint.grade(r.Grade, orDash(r.Grade))}
		rows = append(rows, append(row, countCells(r.Counts)...))
	}
	ew.printf("汇总：共 %d 份报告，其中 %d 份无法读取\n", len(rs), bad)
	ew.grid(summaryColumns, rows)
}
