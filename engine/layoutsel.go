package engine

import "github.com/nianbao/nianbao/report"

// layout is the set of cells a report is expected to have, following the
// template each of its tables was found to use.
type layout struct {
	appRows, resultRows   []string
	active, apps, reviews []string
	all                   []string
	// boxed copies, returned to expressions without allocating
	appRowsAny, resultRowsAny, activeAny, appsAny, reviewsAny, allAny any
	// resultCols holds app_col(result_rows(), col) for each column, boxed.
	resultCols map[string]any
}

// layouts[old active table][single other row]
var layouts [2][2]*layout

func initLayouts() {
	for a := 0; a < 2; a++ {
		for o := 0; o < 2; o++ {
			layouts[a][o] = newLayout(report.ActiveCells(a == 1), report.AppRows(o == 1))
		}
	}
}

func newLayout(active []report.ActiveCell, rows []report.Row) *layout {
	l := &layout{}
	for _, c := range active {
		l.active = append(l.active, c.Key)
	}
	for _, r := range rows {
		l.appRows = append(l.appRows, r.Key)
		for _, c := range report.AppColumns {
			l.apps = append(l.apps, appKeys[r.Key][c.Key])
		}
	}
	for _, r := range report.ResultRows(rows) {
		l.resultRows = append(l.resultRows, r.Key)
	}
	for _, g := range report.ReviewGroups {
		for _, c := range report.ReviewColumns {
			l.reviews = append(l.reviews, tableReview+"."+g.Key+"."+c.Key)
		}
	}
	l.all = append(append(append([]string{}, l.active...), l.apps...), l.reviews...)
	l.appRowsAny, l.resultRowsAny, l.activeAny = l.appRows, l.resultRows, l.active
	l.appsAny, l.reviewsAny, l.allAny = l.apps, l.reviews, l.all
	l.resultCols = map[string]any{}
	for _, c := range report.AppColumns {
		keys := make([]string, len(l.resultRows))
		for i, r := range l.resultRows {
			keys[i] = appKeys[r][c.Key]
		}
		registerList(keys)
		l.resultCols[c.Key] = keys
	}
	for _, keys := range [][]string{l.active, l.apps, l.reviews, l.all} {
		registerList(keys)
	}
	return l
}

// layoutOf picks the layout from the cells the report has, falling back to
// the detected template when a table is empty.
func layoutOf(r *report.Report) *layout {
	old := r.Meta.Template == report.Template2019
	a, o := 0, 0
	if oldActive(r, old) {
		a = 1
	}
	if singleOtherRow(r, old) {
		o = 1
	}
	return layouts[a][o]
}

// oldActive reports whether table 二 follows the 2019 template: more of its
// cells are 2019-only keys than 2021-only keys.
func oldActive(r *report.Report, fallback bool) bool {
	n19, n21 := 0, 0
	for k := range r.Tables.Active {
		if only2019[k] {
			n19++
		} else if only2021[k] {
			n21++
		}
	}
	if n19 == n21 {
		return fallback
	}
	return n19 > n21
}

var only2019, only2021 = keyDiff(report.ActiveCells2019, report.ActiveCells2021), keyDiff(report.ActiveCells2021, report.ActiveCells2019)

func keyDiff(a, b []report.ActiveCell) map[string]bool {
	m := map[string]bool{}
	for _, c := range a {
		m[c.Key] = true
	}
	for _, c := range b {
		delete(m, c.Key)
	}
	return m
}

// singleOtherRow reports whether table 三 has （六）其他处理 as one row.
func singleOtherRow(r *report.Report, fallback bool) bool {
	apps := r.Tables.Applications
	if apps["other_no_correction"] != nil || apps["other_unpaid_fee"] != nil || apps["other_other"] != nil {
		return false
	}
	if apps["other"] != nil {
		return true
	}
	return fallback
}
