package report_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// A table in text laid out in columns (pdftotext -layout): a blank cell is
// a gap in its column, placed by the columns of the complete rows.
func TestLayoutTextBlankCells(t *testing.T) {
	text := `三、收到和处理政府信息公开申请情况
                                  申请人情况
                     自然人  商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
一、本年新收政府信息公开申请数量       821        35      0      0      2   1   859
二、上年结转政府信息公开申请数量       18                                        18
三、本年    （一）予以公开        258        12                     1   1
        （二）部分公开        3                                         3
`
	doc, err := ingest.Parse("layout.txt", []byte(strings.Repeat("附表      1      2      3\n", 8)+text))
	if err != nil {
		t.Fatal(err)
	}
	r := report.Extract(doc)
	for row, want := range map[string]string{
		"new":        "821 35 0 0 2 1 859",
		"carried_in": "18 _ _ _ _ _ 18",
		"granted":    "258 12 _ _ 1 1 _",
		"partial":    "3 _ _ _ _ _ 3",
	} {
		if got := cellsText(r.Tables.Applications[row]); got != want {
			t.Errorf("%s: read %q, want %q", row, got, want)
		}
	}
}

// placedLine builds a page line with its pieces at the given x positions
// (each piece 10 points wide).
func placedLine(no int, pieces []string, xs []float64) ingest.Line {
	l := ingest.Line{No: no, Page: 1}
	for i, p := range pieces {
		if i > 0 {
			l.Text += "\t"
		}
		start := len(l.Text)
		l.Text += p
		l.Cells = append(l.Cells, ingest.Span{Start: start, End: len(l.Text), X0: xs[i] - 5, X1: xs[i] + 5})
	}
	return l
}

// When no row of a PDF table is complete, a short row is placed by the
// columns of the header's labels.
func TestHeaderColumnsPlaceShortRows(t *testing.T) {
	cols := []float64{200, 240, 280, 320, 360, 400, 440}
	heads := []string{"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"}
	lines := []ingest.Line{
		placedLine(1, []string{"三、收到和处理政府信息公开申请情况"}, []float64{100}),
		placedLine(2, []string{"申请人情况"}, []float64{300}),
		placedLine(3, append([]string{"（本列数据的勾稽关系）"}, heads...), append([]float64{80}, cols...)),
		placedLine(4, []string{"一、本年新收政府信息公开申请数量", "5", "1", "6"}, []float64{80, 200, 240, 440}),
		placedLine(5, []string{"二、上年结转政府信息公开申请数量", "2", "2"}, []float64{80, 200, 440}),
		placedLine(6, []string{"（一）予以公开", "3", "1", "4"}, []float64{80, 200, 360, 440}),
	}
	r := report.Extract(&ingest.Document{Format: ingest.FormatPDF, Pages: 1, Lines: lines})
	for row, want := range map[string]string{
		"new":        "5 1 _ _ _ _ 6",
		"carried_in": "2 _ _ _ _ _ 2",
		"granted":    "3 _ _ _ 1 _ 4",
	} {
		if got := cellsText(r.Tables.Applications[row]); got != want {
			t.Errorf("%s: read %q, want %q", row, got, want)
		}
	}
}
