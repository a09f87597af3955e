package report_test

import (
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// Column labels wrapped in a borderless header (「其/他」, 「总/计」) still
// give their columns.
func TestWrappedHeaderColumns(t *testing.T) {
	cols := []float64{200, 240, 280, 320, 360, 400, 440}
	lines := []ingest.Line{
		placedLine(1, []string{"三、收到和处理政府信息公开申请情况"}, []float64{100}),
		placedLine(2, []string{"申请人情况"}, []float64{300}),
		placedLine(3, []string{"（本列数据的勾稽关系）", "法人或其他组织"}, []float64{80, 320}),
		placedLine(4, []string{"自然", "总"}, []float64{200, 440}),
		placedLine(5, []string{"商业", "科研", "社会公", "法律服", "其"}, cols[1:6]),
		placedLine(6, []string{"人", "计"}, []float64{200, 440}),
		placedLine(7, []string{"企业", "机构", "益组织", "务机构", "他"}, cols[1:6]),
		placedLine(8, []string{"一、本年新收政府信息公开申请数量", "5", "1", "6"}, []float64{80, 200, 240, 440}),
		placedLine(9, []string{"二、上年结转政府信息公开申请数量", "2", "2"}, []float64{80, 200, 440}),
		placedLine(10, []string{"（一）予以公开", "3", "1", "4"}, []float64{80, 200, 360, 440}),
	}
	r := report.Extract(&ingest.Document{Format: ingest.FormatPDF, Pages: 1, Lines: lines})
	for row, want := range map[string]string{"new": "5 1 _ _ _ _ 6", "carried_in": "2 _ _ _ _ _ 2", "granted": "3 _ _ _ 1 _ 4"} {
		if got := cellsText(r.Tables.Applications[row]); got != want {
			t.Errorf("%s: read %q, want %q", row, got, want)
		}
	}
}
