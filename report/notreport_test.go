package report_test

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// No real report reads as "not a report".
func TestNotReportFixtures(t *testing.T) {
	paths, err := filepath.Glob("../fixtures/reports/*")
	if err != nil || len(paths) < 10 {
		t.Fatalf("%d fixtures: %v", len(paths), err)
	}
	for _, p := range append(paths, "../fixtures/bad/gbk-sh-office-2019.html") {
		if why := extractFile(t, p).NotReport(); why != "" {
			t.Errorf("%s: %s", p, why)
		}
	}
}

// A news page of a government site is not a report, though it speaks of
// 政务公开 and links to the 年报 column.
func TestNotReportNewsPage(t *testing.T) {
	why := extractFile(t, "../fixtures/bad/news-page.html").NotReport()
	if !strings.HasPrefix(why, report.ProblemNotReport+"：未找到") {
		t.Errorf("news page: %q", why)
	}
}

// Any one of a title, a section or a table is enough to audit a document
// as a (damaged) report; text of another kind is not.
func TestNotReportSigns(t *testing.T) {
	for text, isReport := range map[string]bool{
		"某县人民政府2023年政府信息公开工作年度报告\n正文缺失\n":         true,
		"一、总体情况\n本年度……\n":                         true,
		"某市2023年政府工作报告\n今年以来，全市经济运行稳中向好。\n":       false,
		"关于开展2024年春季植树活动的通知\n各单位：\n现将有关事项通知如下。\n": false,
	} {
		doc, err := ingest.Parse("x.md", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got := report.Extract(doc).NotReport() == ""; got != isReport {
			t.Errorf("%.30q: read as a report %v, want %v", text, got, isReport)
		}
	}
	tableOnly := &report.Report{Tables: report.Tables{Review: map[string]map[string]*report.Cell{
		"reconsideration": {"total": {Raw: "0"}}}}}
	if why := tableOnly.NotReport(); why != "" {
		t.Errorf("a model with one table cell: %q", why)
	}
}

// The GBK page gives the same model as the UTF-8 one: every cell equal.
func TestGBKCells(t *testing.T) {
	gbk := extractFile(t, "../fixtures/bad/gbk-sh-office-2019.html")
	utf := extractFile(t, "../fixtures/reports/sh-office-2019.html")
	if len(utf.Tables.Applications) == 0 || !reflect.DeepEqual(gbk.Tables, utf.Tables) {
		t.Error("the GBK page's cells differ from the UTF-8 page's")
	}
	if gbk.Meta.Agency != utf.Meta.Agency || gbk.Meta.Year != utf.Meta.Year || len(gbk.Sections) != len(utf.Sections) {
		t.Errorf("meta %+v, want %+v", gbk.Meta, utf.Meta)
	}
}
