// Package compare sets audited reports side by side: the same agency across
// years (a trend), several agencies of one year (a ranking), or both. It
// reads engine results and the report models they were audited from, and
// builds one JSON-friendly Comparison that every output format renders.
// Ordering is deterministic: the same inputs give the same comparison.
package compare

import (
	"path/filepath"

	"github.com/nianbao/nianbao/engine"
)

// Modes of a comparison, from what the readable reports hold.
const (
	ModeYears    = "years"    // one agency, one or more years
	ModeAgencies = "agencies" // several agencies of one year
	ModeMixed    = "mixed"    // several agencies and several years
	ModeEmpty    = "empty"    // no report could be compared
)

// Comparison is the result of one `nianbao compare` run.
type Comparison struct {
	Tool engine.Tool `json:"tool"`
	Mode string      `json:"mode"`
	// Agencies are the compared agencies, in order of first appearance,
	// each named as on its latest report; Years the years, ascending.
	Agencies []string `json:"agencies"`
	Years    []int    `json:"years"`
	// Rules are the rules run on any compared report: category order, then id.
	Rules []Rule `json:"rules"`
	// Reports are the compared reports: by rank in agencies mode, else by
	// agency (in order of first appearance) and year. Trends and rankings
	// refer to them by index.
	Reports []Entry `json:"reports"`
	// Cells names the key cells every entry gives, in display order.
	Cells    []KeyCell `json:"cells"`
	Trends   []Trend   `json:"trends"`
	Rankings []Ranking `json:"rankings"`
	// Rates are the pass rates of each rule across all compared reports.
	Rates      []PassRate   `json:"rates"`
	Skipped    []Skipped    `json:"skipped"`
	Unreadable []Unreadable `json:"unreadable"`
}

// Rule is one row of the matrices.
type Rule struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Category string `json:"category"`
	Severity string `json:"severity"`
	// CrossYear marks a rule that needs the previous year's report.
	CrossYear bool `json:"cross_year,omitempty"`
}

// Entry is one compared report: its score and the outcome of every rule.
type Entry struct {
	File       string        `json:"file"`
	Agency     string        `json:"agency"`
	Year       int           `json:"year"`
	Level      string        `json:"level"`
	Score      *float64      `json:"score"`
	Grade      string        `json:"grade"`
	Capped     bool          `json:"capped,omitempty"`
	Counts     engine.Counts `json:"counts"`
	Categories []Category    `json:"categories"`
	// Outcomes maps a rule id to its outcome; a rule absent from the map
	// was not run on this report (not in the packs of its year).
	Outcomes map[string]Outcome `json:"outcomes"`
	// Values maps a key cell to its number (a blank cell is 0); null when
	// the cell is missing or could not be read.
	Values map[string]*float64 `json:"values"`
}

// Name is the entry's agency, or its file name when there is none.
func (e Entry) Name() string {
	if e.Agency == "" {
		return "（未识别机关：" + filepath.Base(e.File) + "）"
	}
	return e.Agency
}

// Category is an entry's score in one category (nil: nothing decided).
type Category struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Score *float64 `json:"score"`
}

// Outcome is a rule's outcome on one report.
type Outcome struct {
	Status engine.Status `json:"status"`
	// Waived is a failure accepted by a waiver in force (still a failure
	// here and in the pass rates; it weighs nothing in the score).
	Waived bool `json:"waived,omitempty"`
}

// KeyCell is a table cell followed across reports.
type KeyCell struct {
	Key   string `json:"key"`   // e.g. "applications.new.total"
	Label string `json:"label"` // Chinese
}

// Skipped is a readable report left out of the comparison, and why.
type Skipped struct {
	File   string `json:"file"`
	Reason string `json:"reason"` // Chinese
}

// Unreadable is an input that could not be read or audited.
type Unreadable struct {
	File  string `json:"file"`
	Error string `json:"error"`
}
