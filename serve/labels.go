package serve

import (
	"fmt"
	"strings"

	"github.com/nianbao/nianbao/engine"
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
func statusText(r engine.Result) string {
	if waived(r) {
		return "不通过（已豁免）"
	}
	return statusLabels[r.Status]
}

var statusLabels = map[engine.Status]string{
	engine.Pass: "通过", engine.Fail: "不通过", engine.NA: "不适用",
	engine.Manual: "需人工核查", engine.Error: "无法判断",
}

// statusClass is the CSS class of an outcome.
func statusClass(r engine.Result) string {
	if waived(r) {
		return "s-waived"
	}
	return "s-" + string(r.Status)
}

func waived(r engine.Result) bool {
	return r.Status == engine.Fail && r.Waiver != nil && !r.Waiver.Ignored && !r.Waiver.Expired
}

// waiverText says how a waiver bears on a result ("" without one).
func waiverText(w *engine.WaiverNote) string {
	switch {
	case w == nil:
		return ""
	case w.Expired:
		return fmt.Sprintf("豁免已于 %s 到期，不再适用", w.Expires)
	case w.Ignored:
		return fmt.Sprintf("有豁免（%s，至 %s），监督检查不予适用", w.Reason, w.Expires)
	}
	return fmt.Sprintf("已豁免：%s，至 %s；不扣分", w.Reason, w.Expires)
}

var gradeClasses = map[string]string{"优秀": "g-a", "良好": "g-b", "合格": "g-c", "不合格": "g-d"}

// gradeClass is the CSS class that colours a grade.
func gradeClass(grade string) string {
	if c, ok := gradeClasses[grade]; ok {
		return c
	}
	return "g-none"
}
