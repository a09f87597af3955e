package compare

import (
	"testing"

	"github.com/nianbao/nianbao/report"
)

// withCells gives an input's report the key cells: a number, a blank cell
// (counts 0) or an unreadable one (nil).
func withCells(in Input, cells map[string]*report.Cell) Input {
	in.Report.Tables.Applications = map[string]map[string]*report.Cell{"new": {"total": cells["new"]}}
	in.Report.Tables.Review = map[string]map[string]*report.Cell{"reconsideration": {"total": cells["rec"]}}
	return in
}

func TestKeyCells(t *testing.T) {
	c := build(
		withCells(audited("a.txt", "甲市教育局", 2022, f(80)), map[string]*report.Cell{
			"new": {Value: f(12)}, "rec": {Blank: true}}),
		withCells(audited("b.txt", "甲市教育局", 2023, f(80)), map[string]*report.Cell{
			"new": {Value: f(15)}, "rec": {Raw: "1O"}}),
	)
	a, b := c.Reports[0].Values, c.Reports[1].Values
	if *a["applications.new.total"] != 12 || *a["review.reconsideration.total"] != 0 || b["review.reconsideration.total"] != nil {
		t.Errorf("values %v %v", a, b)
	}
	if _, ok := b["applications.total.total"]; !ok || b["applications.total.total"] != nil {
		t.Error("a cell the report lacks is listed as null")
	}
	cells := c.Trends[0].Pairs[0].Cells
	if len(cells) != 2 || cells[0].Key != "applications.new.total" || *cells[0].From != 12 || *cells[0].To != 15 ||
		cells[1].Key != "review.reconsideration.total" || cells[1].To != nil {
		t.Errorf("changed cells %+v", cells)
	}
}
