package serve

import (
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/render"
	"github.com/nianbao/nianbao/report"
)

// keyLabels names every cell and section key in Chinese, for evidence.
var keyLabels = buildKeyLabels()

func buildKeyLabels() map[string]string {
	m := map[string]string{}
	for _, row := range append(append([]report.Row{}, report.AppRows2021...), report.AppRows2019...) {
		for _, c := range report.AppColumns {
			m["applications."+row.Key+"."+c.Key] = "表三「" + row.Label + "」· " + c.Label
		}
	}
	for _, g := range report.ReviewGroups {
		for _, c := range report.ReviewColumns {
			m["review."+g.Key+"."+c.Key] = "表四「" + g.Label + "」· " + c.Label
		}
	}
	for _, c := range append(append([]report.ActiveCell{}, report.ActiveCells2021...), report.ActiveCells2019...) {
		m[c.Key] = "表二「" + c.Row + "」· " + c.Column
	}
	for _, s := range report.SectionKeys {
		m["sections."+s.Key] = "「" + s.Label + "」"
	}
	return m
}

// keyLabel names a key of the evidence; the previous year's cells say so.
func keyLabel(key string) string {
	if k, ok := strings.CutPrefix(key, "prev:"); ok {
		return "上年报告 " + keyLabel(k)
	}
	if l, ok := keyLabels[key]; ok {
		return l
	}
	return key
}

// cellID is the element id of a table cell of the page.
func cellID(key string) string { return "c-" + strings.ReplaceAll(key, ".", "-") }

// statusText is the Chinese outcome of a result; a waived failure says so.
func statusText(r engine.Result) string { return render.ResultLabel(r) }

// statusClass is the CSS class of an outcome.
func statusClass(r engine.Result) string {
	if r.Waived() {
		return "s-waived"
	}
	return "s-" + string(r.Status)
}

// waiverText says how a waiver bears on a result ("" without one).
func waiverText(w *engine.WaiverNote) string { return render.WaiverText(w) }

var gradeClasses = map[string]string{"优秀": "g-a", "良好": "g-b", "合格": "g-c", "不合格": "g-d"}

// gradeClass is the CSS class that colours a grade.
func gradeClass(grade string) string {
	if c, ok := gradeClasses[grade]; ok {
		return c
	}
	return "g-none"
}
