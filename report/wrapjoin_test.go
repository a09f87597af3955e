package report_test

import (
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// In a PDF table without ruling lines, a label too long for its column
// wraps below the row's numbers; the wrapped words belong to the row above.
func TestWrappedLabelsWithoutRulings(t *testing.T) {
	lines := []ingest.Line{
		placedLine(1, []string{"二、主动公开政府信息情况"}, []float64{100}),
		placedLine(2, []string{"第二十条第（一）项"}, []float64{150}),
		placedLine(3, []string{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, []float64{60, 120, 180, 240}),
		placedLine(4, []string{"规章", "1", "0", "11"}, []float64{60, 120, 180, 240}),
		// 「行政规范」 begins a label of its own (a row printed blank), so
		// it is not the rest of 规章's label; 「性文件」 is the rest of it.
		placedLine(5, []string{"行政规范"}, []float64{60}),
		placedLine(6, []string{"性文件"}, []float64{60}),
		placedLine(7, []string{"第二十条第（五）项"}, []float64{150}),
		placedLine(8, []string{"信息内容", "本年处理决定数量"}, []float64{60, 180}),
		placedLine(9, []string{"行政许", "447"}, []float64{60, 180}),
		placedLine(10, []string{"可"}, []float64{60}),
		placedLine(11, []string{"三、收到和处理政府信息公开申请情况"}, []float64{100}),
	}
	r := report.Extract(&ingest.Document{Format: ingest.FormatPDF, Pages: 1, Lines: lines})
	for k, want := range map[string]string{
		"regulations.issued": "1", "regulations.in_force": "11", "licensing.decisions": "447",
	} {
		if c := r.Tables.Active[k]; c == nil || c.Raw != want {
			t.Errorf("%s: %+v, want %s", k, c, want)
		}
	}
	if c := r.Tables.Active["normative_docs.issued"]; c == nil || !c.Blank {
		t.Errorf("normative_docs.issued: %+v, want a blank cell", c)
	}
}
