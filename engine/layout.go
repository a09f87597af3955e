package engine

import (
	"strings"

	"github.com/nianbao/nianbao/report"
)

// Tables of the report model, as used in cell keys.
const (
	tableActive = "active"
	tableApps   = "applications"
	tableReview = "review"
)

// cellSpec describes one cell key of either template.
type cellSpec struct {
	key, table, row, col string
	label                string // Chinese: row · column
	signed, decimal      bool
	idx                  int  // index into Env's cell cache
	prev                 bool // a cell of the previous year's report ("prev:" key)
}

// cellSpecs holds every cell key of both templates. Keys of table 二 have
// no table prefix ("regulations.issued"); the others do
// ("applications.new.total", "review.reconsideration.total").
var cellSpecs = map[string]*cellSpec{}

// Labels by key, for messages.
var (
	rowLabels   = map[string]string{}
	colLabels   = map[string]string{}
	groupLabels = map[string]string{}
	reviewCols  = map[string]string{}
	appKeys     = map[string]map[string]string{} // row → column → key
)

// init builds the key tables in dependency order.
func init() {
	initSpecs()
	initPrevSpecs()
	initLayouts()
	initLists()
}

// addSpec registers a cell key.
func addSpec(s *cellSpec) {
	s.idx = len(cellSpecs)
	cellSpecs[s.key] = s
}

func initSpecs() {
	for _, cells := range [][]report.ActiveCell{report.ActiveCells2021, report.ActiveCells2019} {
		for _, c := range cells {
			if cellSpecs[c.Key] == nil {
				addSpec(&cellSpec{key: c.Key, table: tableActive, row: c.Key,
					label: c.Row + " · " + c.Column, signed: c.Signed, decimal: c.Decimal})
			}
		}
	}
	for _, c := range report.AppColumns {
		colLabels[c.Key] = c.Label
	}
	for _, r := range append(append([]report.Row{}, report.AppRows2021...), report.AppRows2019[20]) {
		rowLabels[r.Key] = shortRow(r.Label)
		appKeys[r.Key] = map[string]string{}
		for _, c := range report.AppColumns {
			k := tableApps + "." + r.Key + "." + c.Key
			appKeys[r.Key][c.Key] = k
			addSpec(&cellSpec{key: k, table: tableApps, row: r.Key, col: c.Key,
				label: rowLabels[r.Key] + " · " + c.Label})
		}
	}
	for _, g := range report.ReviewGroups {
		groupLabels[g.Key] = g.Label
		for _, c := range report.ReviewColumns {
			reviewCols[c.Key] = c.Label
			k := tableReview + "." + g.Key + "." + c.Key
			addSpec(&cellSpec{key: k, table: tableReview, row: g.Key, col: c.Key,
				label: g.Label + " · " + c.Label})
		}
	}
}

// shortRow drops the long tail of the first rows' labels:
// "一、本年新收政府信息公开申请数量" → "一、本年新收".
func shortRow(label string) string {
	return strings.TrimSuffix(label, "政府信息公开申请数量")
}

// lookup returns the model's cell for a spec, or nil when it is absent.
func lookup(r *report.Report, s *cellSpec) *report.Cell {
	switch s.table {
	case tableActive:
		return r.Tables.Active[s.row] // row is the key without a prefix
	case tableApps:
		return r.Tables.Applications[s.row][s.col]
	}
	return r.Tables.Review[s.row][s.col]
}
