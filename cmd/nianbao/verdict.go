package main

import (
	"fmt"
	"strings"

	"github.com/nianbao/nianbao/engine"
)

// thresholds are the exit conditions of `audit` (--min-score, --fail-on).
type thresholds struct {
	minScore float64
	failOn   string // "", "error" or "warning"
}

func (s *settings) thresholds() thresholds {
	return thresholds{minScore: s.MinScore, failOn: s.FailOn}
}

// verdict is the one place the exit status of an audit is decided: 2 when an
// input could not be read, 1 when a threshold was crossed, else 0 (nil).
func (t thresholds) verdict(a *engine.Audit) error {
	var unreadable, crossed []string
	for _, r := range a.Reports {
		switch {
		case r.Error != "":
			unreadable = append(unreadable, r.File)
		case t.belowScore(r):
			crossed = append(crossed, fmt.Sprintf("%s 得分 %.1f 低于 %v", r.File, *r.Score, t.minScore))
		case t.failedRule(r) != "":
			crossed = append(crossed, fmt.Sprintf("%s 规则 %s 不通过（--fail-on %s）", r.File, t.failedRule(r), t.failOn))
		}
	}
	switch {
	case len(unreadable) > 0:
		return &exitError{code: exitBad, msg: fmt.Sprintf("%d 个文件无法检查：%s", len(unreadable), strings.Join(unreadable, "、"))}
	case len(crossed) > 0:
		return &exitError{code: exitThreshold, msg: "未达到要求：\n  " + strings.Join(crossed, "\n  ")}
	}
	return nil
}

func (t thresholds) belowScore(r engine.ReportResult) bool {
	return t.minScore > 0 && r.Score != nil && *r.Score < t.minScore
}

// failedRule returns the first rule that failed with the --fail-on severity
// or a worse one, or "".
func (t thresholds) failedRule(r engine.ReportResult) string {
	if t.failOn == "" {
		return ""
	}
	for _, res := range r.Results {
		if res.Status == engine.Fail && severityRank[res.Severity] >= severityRank[t.failOn] {
			return res.Rule
		}
	}
	return ""
}

var severityRank = map[string]int{"info": 1, "warning": 2, "error": 3}
