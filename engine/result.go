package engine

import "github.com/nianbao/nianbao/report"

// Status is the outcome of a rule on a report.
type Status string

// The five outcomes. A rule that cannot be evaluated never counts as a pass.
const (
	Pass   Status = "pass"
	Fail   Status = "fail"
	NA     Status = "na"     // the rule's `when` is false
	Manual Status = "manual" // cannot be decided from the inputs
	Error  Status = "error"  // the data the rule needs could not be extracted
)

// Evidence is one cell, sentence or fact a finding rests on.
type Evidence struct {
	Key string `json:"key,omitempty"` // e.g. "applications.new.total"
	// File is the file the evidence was read from when it is not the
	// audited report (the previous year's report, another report of the batch).
	File       string   `json:"file,omitempty"`
	Value      *float64 `json:"value,omitempty"`
	Raw        string   `json:"raw,omitempty"`
	Line       int      `json:"line,omitempty"`
	Page       int      `json:"page,omitempty"`
	Quote      string   `json:"quote,omitempty"`
	Confidence string   `json:"confidence,omitempty"`
	Note       string   `json:"note,omitempty"`
}

// Result is the outcome of one rule on one report.
type Result struct {
	Rule     string     `json:"rule"`
	Title    string     `json:"title"`
	Category string     `json:"category"`
	Severity string     `json:"severity"`
	Weight   float64    `json:"weight"`
	Cite     string     `json:"cite,omitempty"`
	Gate     bool       `json:"gate,omitempty"` // an error-severity failure caps the grade
	Status   Status     `json:"status"`
	Credit   float64    `json:"credit"` // 0–1: share of elements that pass (1 for pass, 0 for fail)
	Message  string     `json:"message,omitempty"`
	Evidence []Evidence `json:"evidence"`
	// Elements counts the per-element outcomes of an `each` rule.
	Elements *Counts `json:"elements,omitempty"`
	// Waiver is the waiver the result is shown with, if any.
	Waiver *WaiverNote `json:"waiver,omitempty"`
}

// Counts of outcomes.
type Counts struct {
	Pass   int `json:"pass"`
	Fail   int `json:"fail"`
	NA     int `json:"na"`
	Manual int `json:"manual"`
	Error  int `json:"error"`
}

// Add counts one outcome.
func (c *Counts) Add(s Status) {
	switch s {
	case Pass:
		c.Pass++
	case Fail:
		c.Fail++
	case NA:
		c.NA++
	case Manual:
		c.Manual++
	case Error:
		c.Error++
	}
}

// CategoryScore is the weighted mean of one category's rules.
type CategoryScore struct {
	ID     string   `json:"id"`
	Title  string   `json:"title"`  // Chinese name
	Score  *float64 `json:"score"`  // nil when no rule of the category was decided
	Weight float64  `json:"weight"` // the category's weight in the report score
	Counts Counts   `json:"counts"`
}

// ReportResult is the audit of one input file.
type ReportResult struct {
	File       string           `json:"file"`
	SHA256     string           `json:"sha256"`
	Meta       *report.Meta     `json:"meta"`
	Score      *float64         `json:"score"` // nil when the input could not be read
	Grade      string           `json:"grade"`
	Capped     bool             `json:"capped,omitempty"` // a gate rule failed: grade capped at 不合格
	Counts     Counts           `json:"counts"`
	Categories []CategoryScore  `json:"categories"`
	Results    []Result         `json:"results"`
	Problems   []report.Problem `json:"problems,omitempty"` // what extraction could not read
	Error      string           `json:"error,omitempty"`    // the input could not be read at all
}

// PackInfo identifies a rule pack used in a run.
type PackInfo struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	SHA256  string `json:"sha256"`
}

// Tool describes the program that produced an audit.
type Tool struct {
	Name    string     `json:"name"`
	Version string     `json:"version"`
	Packs   []PackInfo `json:"packs"`
}

// Audit is the result of one `nianbao audit` run: the contract's JSON.
type Audit struct {
	Tool    Tool           `json:"tool"`
	Reports []ReportResult `json:"reports"`
}
