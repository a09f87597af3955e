package engine

import (
	"fmt"
	"strings"
	"time"
)

// Waiver accepts a rule's failure for a while, with a reason: a jurisdiction
// may, say, excuse OVERVIEW-COVERAGE while its own template is in force. A
// waived result is shown with its waiver in every output and weighs nothing
// in the score; under the supervisor switch waivers are shown but ignored.
// A waiver past its expiry date no longer applies and is itself a finding.
type Waiver struct {
	Rule    string `json:"rule" yaml:"rule"`
	Agency  string `json:"agency,omitempty" yaml:"agency"` // "" for every agency
	Reason  string `json:"reason" yaml:"reason"`
	Expires string `json:"expires" yaml:"expires"` // YYYY-MM-DD, the last day it applies
}

// WaiverNote is the waiver a result was shown with.
type WaiverNote struct {
	Waiver
	Ignored bool `json:"ignored,omitempty"` // supervisor switch: shown, not applied
	Expired bool `json:"expired,omitempty"`
}

// WaiverExpired is the id of the finding an expired waiver gives.
const WaiverExpired = "WAIVER-EXPIRED"

// validateWaivers checks the waivers of a config.
func validateWaivers(ws []Waiver, known map[string]bool) error {
	for i, w := range ws {
		switch {
		case !known[strings.ToUpper(w.Rule)]:
			return fmt.Errorf("豁免第 %d 条：没有规则 %q", i+1, w.Rule)
		case strings.TrimSpace(w.Reason) == "":
			return fmt.Errorf("豁免第 %d 条（%s）：缺少理由 reason", i+1, w.Rule)
		}
		if _, err := time.Parse(time.DateOnly, w.Expires); err != nil {
			return fmt.Errorf("豁免第 %d 条（%s）：到期日 expires %q 不是 YYYY-MM-DD 格式", i+1, w.Rule, w.Expires)
		}
	}
	return nil
}

// applyWaivers marks the results the config's waivers cover and adds a
// finding for each expired waiver that would have covered one.
func (c Config) applyWaivers(res *ReportResult) {
	today := c.today()
	agency := ""
	if res.Meta != nil {
		agency = res.Meta.Agency
	}
	for _, w := range c.Waivers {
		if w.Agency != "" && w.Agency != agency {
			continue
		}
		for i := range res.Results {
			r := &res.Results[i]
			if !strings.EqualFold(r.Rule, w.Rule) {
				continue
			}
			note := &WaiverNote{Waiver: w, Ignored: c.Supervisor, Expired: w.Expires < today}
			r.Waiver = note
			if note.Expired {
				res.Results = append(res.Results, expiredFinding(w, r.Category))
			}
			break
		}
	}
}

// expiredFinding is the result that reports an expired waiver.
func expiredFinding(w Waiver, category string) Result {
	return Result{Rule: WaiverExpired, Title: "规则豁免已过期", Category: category, Severity: "warning",
		Weight: SeverityWeights["warning"], Status: Fail,
		Message:  fmt.Sprintf("规则 %s 的豁免已于 %s 到期（理由：%s），已不再适用，请续期或删除", w.Rule, w.Expires, w.Reason),
		Evidence: []Evidence{}}
}

// Waived reports whether a waiver in force accepts the result's failure
// (scored as a pass, shown with its waiver).
func (r *Result) Waived() bool {
	return r.Status == Fail && r.Waiver != nil && !r.Waiver.Ignored && !r.Waiver.Expired
}

// today is the date waivers are judged on.
func (c Config) today() string {
	if c.Today != "" {
		return c.Today
	}
	return time.Now().Format(time.DateOnly)
}
