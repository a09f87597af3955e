package report_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/report"
)

// cellString shows a cell's reading for comparison.
func cellString(c *report.Cell) string {
	switch {
	case c == nil:
		return "missing"
	case c.Blank:
		return "blank"
	case c.Value == nil:
		return "null"
	}
	return fmt.Sprint(*c.Value)
}

// TestProducerPDFsReadLikeTheirHTML reads table 三 printed to PDF by
// Chromium and LibreOffice (labels wrapped around their numbers, a table
// over pages, blank cells) and expects every cell as read from the HTML
// that was printed.
func TestProducerPDFsReadLikeTheirHTML(t *testing.T) {
	for _, name := range []string{"chromium-narrow-labels", "chromium-landscape-large", "libreoffice-bordered"} {
		t.Run(name, func(t *testing.T) {
			want := extractFile(t, "../ingest/testdata/"+name+".html").Tables.Applications
			r := extractFile(t, "../ingest/testdata/"+name+".pdf")
			if len(want) != 25 {
				t.Fatalf("the HTML gives %d rows, want 25", len(want))
			}
			for row, cols := range want {
				for col, w := range cols {
					if got := r.Tables.Applications[row][col]; cellString(got) != cellString(w) {
						t.Errorf("%s.%s: got %s, want %s", row, col, cellString(got), cellString(w))
					}
				}
			}
			for _, p := range r.Problems {
				if strings.HasPrefix(p.Key, "applications") {
					t.Errorf("problem: %+v", p)
				}
			}
		})
	}
}
