package report_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/report"
)

// Issue 8 shape 7: Markdown written by converters (pandoc, markitdown, PDF
// to Markdown tools) from a fixture report reads as the source's expected
// cells. fixtures/variants/make.py wrote them: headings as "## 一、…",
// "**一、…**" or "# 一、…"; header rows of column numbers (1 | 2 | 3, 列1)
// and of 数据1…; table 四 cut into a 行政复议 and a 行政诉讼 table, or its
// header and its one data row in two tables; group labels on rows of their
// own and header rows reordered.
func TestIssue8ConverterMarkdown(t *testing.T) {
	files, err := filepath.Glob("../fixtures/variants/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no variants: %v", err)
	}
	for _, f := range files {
		id := strings.SplitN(filepath.Base(f), ".", 2)[0]
		t.Run(filepath.Base(f), func(t *testing.T) {
			r := extractFile(t, f)
			e := loadExpected(t, id)
			for _, m := range cellMismatches(r, e) {
				t.Error(m)
			}
			for s, present := range e.Sections {
				if (r.Section(s) != nil) != present {
					t.Errorf("section %s: present=%v, want %v", s, r.Section(s) != nil, present)
				}
			}
		})
	}
}

// cellMismatches lists the cells of r that differ from the expectation.
func cellMismatches(r *report.Report, e expected) []string {
	var out []string
	check := func(key string, want *float64, got *report.Cell) {
		switch {
		case got == nil:
			out = append(out, key+": missing, want "+showS(want))
		case !same(want, got.Value):
			out = append(out, key+": got "+showS(got.Value)+" (raw "+got.Raw+"), want "+showS(want))
		}
	}
	eachExpected(r, e, check)
	return out
}

func showS(v *float64) string {
	if v == nil {
		return "null"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// Issue 8 shape 7, the other outcome: when table 四's data row is missing,
// its column-numbering row (1 | 2 | … | 15) is not read as the values.
func TestIssue8NumberingRowIsNoData(t *testing.T) {
	data, err := os.ReadFile("../fixtures/variants/sh-kewei-2024.markitdown.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "| 1 | 2 | 3 | 4 | 5 | 6 |") && i+2 < len(lines) {
			lines = append(lines[:i+2], lines[i+3:]...) // drop the data row
			break
		}
	}
	r := extractText(t, strings.Join(lines, "\n"))
	for g, cols := range r.Tables.Review {
		for c, cell := range cols {
			if cell.Value != nil {
				t.Errorf("review.%s.%s = %v read from the numbering row", g, c, *cell.Value)
			}
		}
	}
	if !problemMentions(r, "review", "") {
		t.Error("no problem says table 四 could not be read")
	}
}

// Issue 8 shape 7: table 二 rows whose numbers a converter put after all
// the labels are read by order, marked low; when the rows of numbers are
// fewer than the labels, no row is guessed.
func TestIssue8DetachedActiveRows(t *testing.T) {
	head := "二、主动公开政府信息情况\n| 第二十条第（一）项 | | | |\n|---|---|---|---|\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 |\n| 行政规范性文件 |\n"
	tail := "\n三、收到和处理政府信息公开申请情况\n"
	r := extractText(t, head+"| 1 | 0 | 4 |\n| 13 | 2 | 55 |\n"+tail)
	a := r.Tables.Active
	for key, want := range map[string]float64{"regulations.issued": 1, "regulations.in_force": 4, "normative_docs.issued": 13, "normative_docs.in_force": 55} {
		if c := a[key]; c == nil || c.Value == nil || *c.Value != want || c.Confidence != report.Low {
			t.Errorf("%s = %+v, want %v (low)", key, c, want)
		}
	}
	r = extractText(t, head+"| 13 | 2 | 55 |\n"+tail)
	if c := r.Tables.Active["regulations.issued"]; c == nil || c.Value != nil {
		t.Errorf("regulations.issued = %+v from a lone row of numbers, want null", c)
	}
}

// Issue 8 shape 7, the other outcome: only a short column name (数据1, 列2)
// loses its digits; a value a converter glued into the row label's cell is
// still read.
func TestIssue8ValueInLabelCell(t *testing.T) {
	data, err := os.ReadFile("../fixtures/variants/sh-kewei-2024.pandoc.md")
	if err != nil {
		t.Fatal(err)
	}
	old := "| 一、本年新收政府信息公开申请数量 |  | 32 |"
	if !strings.Contains(string(data), old) {
		t.Fatal("the pandoc variant changed")
	}
	r := extractText(t, strings.Replace(string(data), old, "| 一、本年新收政府信息公开申请数量 32 |", 1))
	if c := r.Tables.Applications["new"]["natural_person"]; c == nil || c.Value == nil || *c.Value != 32 {
		t.Errorf("applications.new.natural_person = %+v, want 32", c)
	}
}
