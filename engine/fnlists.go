package engine

import (
	"fmt"

	"github.com/nianbao/nianbao/report"
)

func keysOf(cols []report.Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Key
	}
	return out
}

// Fixed lists, boxed once.
var (
	appColsAny       any = keysOf(report.AppColumns)
	applicantColsAny any = keysOf(report.ApplicantColumns)
	reviewGroupsAny  any = keysOf(report.ReviewGroups)
	reviewColsAny    any = keysOf(report.ReviewColumns)
	reviewPartsAny   any = keysOf(report.ReviewColumns[:4])
	sectionKeysAny   any = keysOf(report.SectionKeys)
	appKeysAny           = map[string]map[string]any{} // appKeys, boxed
	boxedKeys            = map[string]any{}            // every known key and name, boxed
	appRowKeys           = map[string]any{}            // row → its six applicant keys
	reviewRowKeys        = map[string]any{}            // group → its four result keys
)

func initLists() {
	for k := range cellSpecs {
		boxedKeys[k] = k
	}
	for _, l := range [][]report.Column{report.AppColumns, report.ReviewGroups, report.ReviewColumns, report.SectionKeys} {
		for _, c := range l {
			boxedKeys[c.Key] = c.Key
		}
	}
	for _, r := range append(append([]report.Row{}, report.AppRows2021...), report.AppRows2019...) {
		boxedKeys[r.Key] = r.Key
	}
	for row, cols := range appKeys {
		appKeysAny[row] = map[string]any{}
		for c, k := range cols {
			appKeysAny[row][c] = k
		}
		keys := make([]string, 0, 6)
		for _, c := range report.ApplicantColumns {
			keys = append(keys, cols[c.Key])
		}
		registerList(keys)
		appRowKeys[row] = keys
	}
	for _, g := range report.ReviewGroups {
		keys := make([]string, 0, 4)
		for _, c := range report.ReviewColumns[:4] {
			keys = append(keys, tableReview+"."+g.Key+"."+c.Key)
		}
		registerList(keys)
		reviewRowKeys[g.Key] = keys
	}
}

// tableCells returns the expected keys of a table ("" for all three).
func (e *Env) tableCells(table string) (any, []string, error) {
	l := e.lay
	switch table {
	case "":
		return l.allAny, l.all, nil
	case tableActive:
		return l.activeAny, l.active, nil
	case tableApps:
		return l.appsAny, l.apps, nil
	case tableReview:
		return l.reviewsAny, l.reviews, nil
	}
	return nil, nil, fmt.Errorf("unknown table %q (active, applications, review or \"\")", table)
}

func fnCells(e *Env, a []any) (any, error) {
	v, _, err := e.tableCells(a[0].(string))
	return v, err
}

func fnValues(e *Env, a []any) (any, error) {
	_, keys, err := e.tableCells(a[0].(string))
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if c := e.cell(cellSpecs[k]); c != nil && c.Value != nil {
			out = append(out, k)
		}
	}
	return out, nil
}

func fnAppRows(e *Env, _ []any) (any, error)    { return e.lay.appRowsAny, nil }
func fnResultRows(e *Env, _ []any) (any, error) { return e.lay.resultRowsAny, nil }
func fnAppCols(*Env, []any) (any, error)        { return appColsAny, nil }
func fnApplicantCols(*Env, []any) (any, error)  { return applicantColsAny, nil }
func fnReviewGroups(*Env, []any) (any, error)   { return reviewGroupsAny, nil }
func fnReviewCols(*Env, []any) (any, error)     { return reviewColsAny, nil }
func fnReviewParts(*Env, []any) (any, error)    { return reviewPartsAny, nil }

func fnAppKey(_ *Env, a []any) (any, error) {
	if k, ok := appKeysAny[a[0].(string)][a[1].(string)]; ok {
		return k, nil
	}
	return appKey(a[0].(string), a[1].(string)), nil
}

func fnReviewKey(_ *Env, a []any) (any, error) {
	return tableReview + "." + a[0].(string) + "." + a[1].(string), nil
}

func fnAppRow(_ *Env, a []any) (any, error) {
	if k, ok := appRowKeys[a[0].(string)]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("unknown row %q", a[0])
}

func fnReviewRow(_ *Env, a []any) (any, error) {
	if k, ok := reviewRowKeys[a[0].(string)]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("unknown group %q", a[0])
}

func fnAppCol(e *Env, a []any) (any, error) {
	col := a[1].(string)
	if l, ok := a[0].([]string); ok && len(l) > 0 && len(l) == len(e.lay.resultRows) && &l[0] == &e.lay.resultRows[0] {
		if keys, ok := e.lay.resultCols[col]; ok {
			return keys, nil
		}
	}
	rows, err := strs(a[0])
	if err != nil {
		return nil, err
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = appKey(r, col)
	}
	return out, nil
}

func fnRowLabel(_ *Env, a []any) (any, error)   { return labelOf(rowLabels, a[0].(string)), nil }
func fnColLabel(_ *Env, a []any) (any, error)   { return labelOf(colLabels, a[0].(string)), nil }
func fnGroupLabel(_ *Env, a []any) (any, error) { return labelOf(groupLabels, a[0].(string)), nil }

func labelOf(m map[string]string, k string) string {
	if l, ok := m[k]; ok {
		return l
	}
	return k
}
