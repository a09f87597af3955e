package engine

import (
	"fmt"
	"sort"
	"strings"

	"github.com/nianbao/nianbao/calendar"
)

// Config holds a jurisdiction's adjustments. The CLI fills it from viper; the
// zero value means the defaults.
type Config struct {
	// CategoryWeights weighs the five categories in the report score
	// (structure, completeness, accuracy, timeliness, quality).
	CategoryWeights map[string]float64
	// Disable lists rule IDs that are not evaluated.
	Disable []string
	// Weights overrides the weight of rules by ID. Rule IDs in Disable,
	// Weights and Severities match case-insensitively (viper lower-cases keys).
	Weights map[string]float64
	// Severities overrides the severity of rules by ID (error, warning, info).
	Severities map[string]string
	// Deadlines sets the publication deadline per level (government,
	// department, other) as "MM-DD" of the year after the report year.
	// Defaults: government 03-31, department 01-31; other has none.
	Deadlines map[string]string
	// Waivers accept failures of rules for a while (see Waiver).
	Waivers []Waiver
	// Supervisor shows waivers but ignores them (a supervisory body's view).
	Supervisor bool
	// Today is the date waivers are judged on (YYYY-MM-DD); "" is today.
	Today string
	// Calendar is the official working-day calendar (holidays and make-up
	// working days); nil is calendar.Default().
	Calendar *calendar.Calendar
	// InterpLimit is the number of working days within which a policy
	// document's interpretation must follow it (INTERP-TIMELY); 0 is 3.
	InterpLimit int
}

// Options configure New.
type Options struct {
	// RulePaths are extra YAML packs or folders of packs (--rules). A pack
	// with the id of an embedded pack replaces it; a rule with the id of a
	// loaded rule replaces that rule.
	RulePaths []string
	Config    Config
}

// Categories in report order, with their Chinese names and default weights.
var Categories = []struct {
	ID     string
	Title  string
	Weight float64
}{
	{"structure", "结构", 20},
	{"completeness", "完整性", 25},
	{"accuracy", "准确性", 35},
	{"timeliness", "及时性", 10},
	{"quality", "质量", 10},
}

// SeverityWeights are the default rule weights by severity.
var SeverityWeights = map[string]float64{"error": 10, "warning": 5, "info": 2}

// defaultDeadlines are the statutory deadlines of 条例 第四十九条.
var defaultDeadlines = map[string]string{"government": "03-31", "department": "01-31"}

func categoryRank(id string) int {
	for i, c := range Categories {
		if c.ID == id {
			return i
		}
	}
	return len(Categories)
}

// categoryWeights returns the weight of every category, defaults overridden.
func (c Config) categoryWeights() map[string]float64 {
	w := map[string]float64{}
	for _, cat := range Categories {
		w[cat.ID] = cat.Weight
	}
	for k, v := range c.CategoryWeights {
		w[k] = v
	}
	return w
}

// validate checks the config against the loaded rules.
func (c Config) validate(known map[string]bool) error {
	for k, v := range c.CategoryWeights {
		if categoryRank(k) == len(Categories) {
			return fmt.Errorf("config: category_weights: unknown category %q", k)
		}
		if v < 0 {
			return fmt.Errorf("config: category_weights: %s: negative weight %v", k, v)
		}
	}
	ids := append([]string{}, c.Disable...)
	for id, v := range c.Weights {
		if v < 0 {
			return fmt.Errorf("config: weights: %s: negative weight %v", id, v)
		}
		ids = append(ids, id)
	}
	for id, s := range c.Severities {
		if _, ok := SeverityWeights[s]; !ok {
			return fmt.Errorf("config: severities: %s: unknown severity %q (error, warning, info)", id, s)
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if !known[strings.ToUpper(id)] {
			return fmt.Errorf("config: unknown rule %q", id)
		}
	}
	if err := validateWaivers(c.Waivers, known); err != nil {
		return fmt.Errorf("config: waivers: %w", err)
	}
	if c.InterpLimit < 0 {
		return fmt.Errorf("config: interp_limit: %d is negative", c.InterpLimit)
	}
	return c.validateDeadlines()
}

func (c Config) validateDeadlines() error {
	for level, d := range c.Deadlines {
		var m, day int
		if n, _ := fmt.Sscanf(d, "%02d-%02d", &m, &day); n != 2 || m < 1 || m > 12 || day < 1 || day > 31 {
			return fmt.Errorf("config: deadlines: %s: %q is not MM-DD", level, d)
		}
	}
	return nil
}

func (c Config) deadline(level string) string {
	if d, ok := c.Deadlines[level]; ok {
		return d
	}
	return defaultDeadlines[level]
}

// ruleConfig is the config of one rule, keys upper-cased.
type ruleConfig struct {
	disabled map[string]bool
	weights  map[string]float64
	severity map[string]string
}

func (c Config) byRule() ruleConfig {
	rc := ruleConfig{map[string]bool{}, map[string]float64{}, map[string]string{}}
	for _, id := range c.Disable {
		rc.disabled[strings.ToUpper(id)] = true
	}
	for id, w := range c.Weights {
		rc.weights[strings.ToUpper(id)] = w
	}
	for id, s := range c.Severities {
		rc.severity[strings.ToUpper(id)] = s
	}
	return rc
}
