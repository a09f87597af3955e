package report_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// A running header with a year in it, printed at the top of the page that
// continues table 三, must not be read as a cell.
func TestRunningHeaderInsideTable(t *testing.T) {
	text := table3(map[string]string{"new": "1 0 0 0 0 0 1", "granted": "1 0 0 0 0 0 1", "total": "1 0 0 0 0 0 1"})
	var lines []ingest.Line
	add := func(page int, s string) { lines = append(lines, ingest.Line{Page: page, Text: s}) }
	add(1, "某县2022年政府信息公开工作年度报告")
	body := strings.SplitN(text, "\n", 2)[1]
	i := strings.Index(body, "1.属于国家秘密")
	add(1, body[:i])
	add(1, "- 1 -")
	add(2, "某县2022年政府信息公开工作年度报告")
	add(2, body[i:])
	add(2, "- 2 -")
	doc := &ingest.Document{Path: "paged.pdf", Format: ingest.FormatPDF, Lines: lines, Pages: 2}
	for k := range doc.Lines {
		doc.Lines[k].No = k + 1
	}
	r := report.Extract(doc)
	for _, row := range []string{"new", "granted", "partial", "withheld_state_secret", "total"} {
		for _, c := range report.AppColumns {
			if r.Tables.Applications[row][c.Key].Value == nil {
				t.Fatalf("%s.%s unread: %+v", row, c.Key, r.Problems)
			}
		}
	}
	if v := *r.Tables.Applications["withheld_state_secret"]["natural_person"].Value; v != 0 {
		t.Errorf("withheld_state_secret.natural_person = %v, want 0", v)
	}
}
