package render

import (
	"fmt"
	"strconv"

	"github.com/nianbao/nianbao/engine"
)

// StatusLabel is the Chinese name of an outcome.
func StatusLabel(s engine.Status) string {
	switch s {
	case engine.Pass:
		return "通过"
	case engine.Fail:
		return "不通过"
	case engine.NA:
		return "不适用"
	case engine.Manual:
		return "需人工核查"
	case engine.Error:
		return "无法判断"
	}
	return string(s)
}

var severityLabels = map[string]string{"error": "严重", "warning": "警告", "info": "提示"}

// SeverityLabel is the Chinese name of a severity.
func SeverityLabel(s string) string { return lookup(severityLabels, s) }

var levelLabels = map[string]string{
	"government": "人民政府", "department": "政府部门", "other": "其他机关",
}

// LevelLabel is the Chinese name of a reporting level.
func LevelLabel(s string) string { return lookup(levelLabels, s) }

var categoryLabels = map[string]string{
	"structure": "结构", "completeness": "完整性", "accuracy": "准确性",
	"timeliness": "及时性", "quality": "质量",
}

// CategoryLabel is the Chinese name of a rule category.
func CategoryLabel(s string) string { return lookup(categoryLabels, s) }

var templateLabels = map[string]string{
	"2021": "2021 版", "2019": "2019 版", "mixed": "新旧混用", "unknown": "未识别",
}

// TemplateLabel is the Chinese name of a template key.
func TemplateLabel(s string) string { return lookup(templateLabels, s) }

func lookup(m map[string]string, k string) string {
	if k == "" {
		return "—"
	}
	if v, ok := m[k]; ok {
		return v
	}
	return k
}

// number formats a float without trailing zeros ("10", "87.5").
func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// score formats a score with one decimal, or "—" when there is none.
func score(p *float64) string {
	if p == nil {
		return "—"
	}
	return strconv.FormatFloat(*p, 'f', 1, 64)
}

// waived reports whether a waiver in force accepts the result's failure.
func waived(r engine.Result) bool { return r.Waived() }

// ResultLabel is the Chinese outcome of a result; a waived failure says so.
func ResultLabel(r engine.Result) string {
	if waived(r) {
		return "不通过（已豁免）"
	}
	return StatusLabel(r.Status)
}

// resultLabel is ResultLabel.
func resultLabel(r engine.Result) string { return ResultLabel(r) }

// WaiverText says how a waiver bears on a result ("" without one).
func WaiverText(w *engine.WaiverNote) string {
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
