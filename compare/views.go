package compare

import "github.com/nianbao/nianbao/engine"

// Trend is one agency across years.
type Trend struct {
	Agency string `json:"agency"`
	// Reports index Comparison.Reports, one per year, by year.
	Reports []int `json:"reports"`
	// Missing lists the years between the first and the last without a report.
	Missing []int `json:"missing"`
	// Pairs are the reports taken two by two in year order.
	Pairs []Pair `json:"pairs"`
}

// Pair is what changed from one report of a trend to the next.
type Pair struct {
	From     int `json:"from"` // index into Comparison.Reports
	To       int `json:"to"`
	FromYear int `json:"from_year"`
	ToYear   int `json:"to_year"`
	// Consecutive is false across a gap (2019 → 2021): the cross-year rules
	// of the later report then had no previous report to compare with.
	Consecutive bool     `json:"consecutive"`
	ScoreChange *float64 `json:"score_change"` // nil unless both have a score
	// Cross are the later report's cross-year rules.
	Cross []Finding `json:"cross"`
	// Changed are the other rules run on both whose outcome changed.
	Changed []Change `json:"changed"`
	// Cells are the key cells whose value changed.
	Cells []CellChange `json:"cells"`
}

// Finding is a rule's outcome with its message.
type Finding struct {
	Rule    string        `json:"rule"`
	Status  engine.Status `json:"status"`
	Message string        `json:"message,omitempty"`
}

// Change is a rule whose outcome differs between two reports.
type Change struct {
	Rule string        `json:"rule"`
	From engine.Status `json:"from"`
	To   engine.Status `json:"to"`
}

// CellChange is a key cell whose value differs between two reports.
type CellChange struct {
	Key  string   `json:"key"`
	From *float64 `json:"from"` // nil: missing or unread
	To   *float64 `json:"to"`
}

// Ranking is the agencies of one year ordered by score.
type Ranking struct {
	Year    int      `json:"year"`
	Entries []Ranked `json:"entries"`
}

// Ranked is one agency's place in a ranking. Equal scores share a rank
// (1, 1, 3); a report without a score has rank 0 and comes last.
type Ranked struct {
	Rank   int `json:"rank"`
	Report int `json:"report"` // index into Comparison.Reports
}

// PassRate is how a rule fared across the compared reports: Rate is the
// percentage Pass / (Pass + Fail) with one decimal, nil when no report
// decided the rule. A waived failure counts as a failure here. NotRun
// counts the reports whose packs lack the rule.
type PassRate struct {
	Rule   string   `json:"rule"`
	Rate   *float64 `json:"rate"`
	Pass   int      `json:"pass"`
	Fail   int      `json:"fail"`
	Manual int      `json:"manual"`
	Error  int      `json:"error"`
	NA     int      `json:"na"`
	NotRun int      `json:"not_run"`
}
