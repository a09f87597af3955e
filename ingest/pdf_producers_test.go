package ingest

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// producerPDFs are the national template's table 三 printed by real
// producers from the HTML beside each file (testdata/README.md): a label
// column so narrow that labels wrap over two or three lines around their
// vertically centred numbers, a table broken over pages, and two blank
// cells in the row 二、上年结转.
var producerPDFs = []string{"chromium-narrow-labels", "chromium-landscape-large", "libreoffice-bordered"}

// gridRow returns the grid row of doc's tables that has a cell equal to
// label, with its table.
func gridRow(t *testing.T, doc *Document, label string) (Table, int) {
	t.Helper()
	for _, tb := range doc.Tables {
		for i, row := range tb.Cells {
			if slices.Contains(row, label) {
				return tb, i
			}
		}
	}
	t.Fatalf("no grid row has a cell %q", label)
	return Table{}, 0
}

func TestPDFProducerTables(t *testing.T) {
	rows := []struct{ label, cells string }{
		{"一、本年新收政府信息公开申请数量", "30|4|0|0|1|0|35"},
		{"二、上年结转政府信息公开申请数量", "2|0|||0|0|2"},
		{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3|0|0|0|0|0|3"},
		{"7.属于行政执法案卷", "4|0|0|0|0|0|4"},
		{"1.本机关不掌握相关政府信息", "6|1|0|0|0|0|7"},
		{"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0|0|0|0|0|0|0"},
		{"（七）总计", "31|4|0|0|1|0|36"},
	}
	for _, name := range producerPDFs {
		t.Run(name, func(t *testing.T) {
			doc, err := Read(filepath.Join("testdata", name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			if l := lineWith(t, doc, "总体情况"); l.Text != "一、总体情况" {
				t.Errorf("heading reads %q", l.Text)
			}
			for _, r := range rows {
				tb, i := gridRow(t, doc, r.label)
				row := tb.Cells[i]
				// Ten slots on every page: where the table continues, a
				// spanning label with no text left draws no line to its
				// right, and the columns come from the page before.
				if got := strings.Join(row[len(row)-7:], "|"); got != r.cells || len(row) != 10 {
					t.Errorf("row %q: got %q (%d slots), want %q in 10", r.label, row, len(row), r.cells)
				}
				if l := doc.Lines[tb.Line-1+i]; l.Text != strings.Join(row, "\t") || l.Page != tb.Page {
					t.Errorf("row %q: line %q on page %d does not match its table on page %d", r.label, l.Text, l.Page, tb.Page)
				}
			}
			checkProducerSpans(t, doc)
		})
	}
}

// checkProducerSpans checks the span marks of the colspan row 一 and of
// the rowspan header, and that the table is split by page.
func checkProducerSpans(t *testing.T, doc *Document) {
	t.Helper()
	tb, i := gridRow(t, doc, "一、本年新收政府信息公开申请数量")
	if want := []bool{false, true, true, false, false, false, false, false, false, false}; !slices.Equal(tb.Span[i], want) {
		t.Errorf("row 一 spans %v, want %v", tb.Span[i], want)
	}
	tb, i = gridRow(t, doc, "商业企业")
	if want := []bool{true, true, true, true, false, false, false, false, false, true}; !slices.Equal(tb.Span[i], want) {
		t.Errorf("header row spans %v, want %v", tb.Span[i], want)
	}
	pages := map[int]bool{}
	for _, tb := range doc.Tables {
		pages[tb.Page] = true
	}
	if len(pages) < 2 {
		t.Errorf("tables on pages %v: the table runs over two pages or more", pages)
	}
}
