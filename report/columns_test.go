package report_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// positioned builds a PDF-like line: a label at x=50 and values at the
// columns' x positions ("" leaves the cell unprinted).
func positioned(label string, values []string) ingest.Line {
	var b strings.Builder
	b.WriteString(label)
	cells := []ingest.Span{{Start: 0, End: len(label), X0: 50, X1: 200}}
	for i, v := range values {
		if v == "" {
			continue
		}
		b.WriteString("\t")
		start := b.Len()
		b.WriteString(v)
		x := 260 + 40*float64(i)
		cells = append(cells, ingest.Span{Start: start, End: b.Len(), X0: x - 3*float64(len(v)), X1: x + 3*float64(len(v))})
	}
	return ingest.Line{Text: b.String(), Cells: cells}
}

// A PDF table 三 whose zero cells are left empty: rows with fewer numbers
// are read by column position, and the empty columns are blank cells.
func TestBlankCellsByColumnPosition(t *testing.T) {
	lines := []ingest.Line{
		{Text: "某市某局2023年政府信息公开工作年度报告"},
		{Text: "三、收到和处理政府信息公开申请情况"},
		{Text: "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计"},
	}
	rows := map[string][]string{
		"new":         {"12", "3", "", "", "1", "", "16"},
		"carried_in":  {"1", "0", "0", "0", "0", "0", "1"},
		"granted":     {"10", "3", "", "", "1", "", "14"},
		"total":       {"11", "3", "0", "0", "1", "0", "15"},
		"carried_out": {"2", "", "", "", "", "", "2"},
	}
	for _, row := range report.AppRows2021 {
		v, ok := rows[row.Key]
		if !ok {
			v = []string{"", "", "", "", "", "", ""}
		}
		label := row.Label[strings.LastIndex(row.Label, "）")+len("）"):]
		if strings.HasPrefix(row.Label, "一") || strings.HasPrefix(row.Label, "二") || strings.HasPrefix(row.Label, "四") {
			label = row.Label
		}
		if row.Key == "total" {
			label = "（七）总计"
		}
		if row.Key == "granted" || row.Key == "partial" {
			label = row.Label[len("三"):]
		}
		lines = append(lines, positioned(label, v))
	}
	lines = append(lines, ingest.Line{Text: "四、政府信息公开行政复议、行政诉讼情况"})
	for i := range lines {
		lines[i].No, lines[i].Page = i+1, 1+i/20
	}
	doc := &ingest.Document{Path: "blank.pdf", Format: ingest.FormatPDF, Lines: lines, Pages: 2}
	r := report.Extract(doc)
	want := map[string][]string{
		"new":         {"12", "3", "blank", "blank", "1", "blank", "16"},
		"carried_out": {"2", "blank", "blank", "blank", "blank", "blank", "2"},
		"partial":     {"blank", "blank", "blank", "blank", "blank", "blank", "blank"},
	}
	for row, cols := range want {
		for i, w := range cols {
			c := r.Tables.Applications[row][report.AppColumns[i].Key]
			got := "null"
			switch {
			case c.Blank:
				got = "blank"
			case c.Value != nil:
				got = c.Raw
			}
			if got != w {
				t.Errorf("%s.%s = %s, want %s", row, report.AppColumns[i].Key, got, w)
			}
		}
	}
}

// The same rows without positions (plain text) are not guessed.
func TestShortRowsWithoutPositionsStayNull(t *testing.T) {
	r := extractText(t, table3(map[string]string{"new": "12 3 1 16"}))
	if c := r.Tables.Applications["new"]["natural_person"]; c.Value != nil || c.Blank {
		t.Errorf("new.natural_person = %+v, want null", c)
	}
	if c := r.Tables.Applications["partial"]["total"]; c.Value == nil {
		t.Errorf("partial.total = %+v, want 0 (printed)", c)
	}
}

// Table 二 on a PDF page with unprinted zeros.
func TestActiveBlanksByColumnPosition(t *testing.T) {
	lines := []ingest.Line{
		{Text: "某市某局2023年政府信息公开工作年度报告"},
		{Text: "二、主动公开政府信息情况"},
		{Text: "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"},
		positioned("规章", []string{"1", "", "12"}),
		positioned("行政规范性文件", []string{"5", "2", "40"}),
		{Text: "信息内容\t本年处理决定数量"},
		positioned("行政许可", []string{"", "", ""}),
		positioned("行政处罚", []string{"7"}),
		positioned("行政强制", []string{"0"}),
		positioned("行政事业性收费", []string{"1.5"}),
		{Text: "三、收到和处理政府信息公开申请情况"},
	}
	for i := range lines {
		lines[i].No, lines[i].Page = i+1, 1
	}
	r := report.Extract(&ingest.Document{Path: "active.pdf", Format: ingest.FormatPDF, Lines: lines, Pages: 1})
	for key, want := range map[string]string{"regulations.issued": "1", "regulations.repealed": "blank", "regulations.in_force": "12",
		"normative_docs.repealed": "2", "licensing.decisions": "blank", "penalty.decisions": "7", "fees.amount": "1.5"} {
		c := r.Tables.Active[key]
		got := "null"
		switch {
		case c == nil:
			got = "absent"
		case c.Blank:
			got = "blank"
		case c.Value != nil:
			got = c.Raw
		}
		if got != want {
			t.Errorf("%s = %s, want %s", key, got, want)
		}
	}
}
