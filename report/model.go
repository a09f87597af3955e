// Package report holds the typed model of a 政府信息公开工作年度报告 (the keys
// of the data dictionary) and the template-aware extractor that fills it from
// an ingest.Document. The model is pure data: it can be dumped by `parse` and
// read back by `audit`.
package report

import "encoding/json"

// Report is everything extracted from one annual report.
type Report struct {
	Meta     Meta      `json:"meta"`
	Sections []Section `json:"sections"`
	Tables   Tables    `json:"tables"`
	Problems []Problem `json:"problems"`
	// Preamble is the text before the first section (title, 编制依据…).
	Preamble string `json:"preamble,omitempty"`
}

// Meta describes the report and its source.
type Meta struct {
	Agency    string `json:"agency"`
	Year      int    `json:"year"`
	Level     string `json:"level"`     // government · department · other
	Template  string `json:"template"`  // detected: 2021 · 2019 · mixed · unknown
	Expected  string `json:"expected"`  // template the year requires: 2021 · 2019 · "" (before 2019)
	Published string `json:"published"` // YYYY-MM-DD or ""
	// PublishedFrom says where the date came from: "meta:PubDate" (a <meta>
	// name), the label it was found under (发布时间, 成文日期…), or the
	// override that set it ("--published", "manifest").
	PublishedFrom string `json:"published_from,omitempty"`
	Title         string `json:"title"`
	Source        Source `json:"source"`
	// Old2019 lists the 2019-only features seen in a report (沿用旧格式 evidence).
	Old2019 []string `json:"old_format_features,omitempty"`
}

// Source identifies the input file.
type Source struct {
	File   string `json:"file"`
	Format string `json:"format"`
	SHA256 string `json:"sha256"`
	Pages  int    `json:"pages,omitempty"`
}

// Levels of reporting bodies.
const (
	LevelGovernment = "government"
	LevelDepartment = "department"
	LevelOther      = "other"
)

// Section is one of the six parts of the report.
type Section struct {
	Key     string `json:"key"`     // overview · active · applications · review · problems · other
	Heading string `json:"heading"` // as written; "" when the section was found without a heading
	Number  string `json:"number"`  // 一…六 as written
	Line    int    `json:"line"`
	Page    int    `json:"page,omitempty"`
	Text    string `json:"text"` // from the heading to the next section, lines joined by \n
}

// Confidence of a cell reading.
const (
	High = "high"
	Low  = "low"
)

// Cell is one table cell as read.
type Cell struct {
	Value      *float64 `json:"value"`
	Blank      bool     `json:"blank,omitempty"`
	Raw        string   `json:"raw"`
	Line       int      `json:"line"`
	Page       int      `json:"page,omitempty"`
	Confidence string   `json:"confidence"`
	// Note says how an uncertain reading was chosen.
	Note string `json:"note,omitempty"`
	// Relations names the arithmetic relations used to choose this reading
	// (e.g. "row:new", "balance:total"); such a relation cannot then be
	// confirmed by this cell.
	Relations []string `json:"relations,omitempty"`
}

// Readable reports whether the cell has a number or is printed blank.
func (c *Cell) Readable() bool { return c != nil && (c.Value != nil || c.Blank) }

// Number returns the cell's value with a blank cell counted as 0, and whether
// the cell was readable at all.
func (c *Cell) Number() (float64, bool) {
	switch {
	case c == nil:
		return 0, false
	case c.Value != nil:
		return *c.Value, true
	case c.Blank:
		return 0, true
	}
	return 0, false
}

// Tables are the three statistical tables, keyed as in the data dictionary.
// A key that is absent was not found in the report.
type Tables struct {
	Active       map[string]*Cell            `json:"active"`       // "regulations.issued" → cell
	Applications map[string]map[string]*Cell `json:"applications"` // row → column → cell
	Review       map[string]map[string]*Cell `json:"review"`       // group → column → cell
}

// Problem is something the extractor could not read, or read by a guess.
type Problem struct {
	Key     string `json:"key,omitempty"` // cell or section key, e.g. "applications.new.total"
	Line    int    `json:"line,omitempty"`
	Page    int    `json:"page,omitempty"`
	Message string `json:"message"` // Chinese, for the user
}

// Section returns the section with the key, or nil.
func (r *Report) Section(key string) *Section {
	for i := range r.Sections {
		if r.Sections[i].Key == key {
			return &r.Sections[i]
		}
	}
	return nil
}

// MarshalJSON writes an unknown publication date as null, as the interface
// contract shows ("published": null), not as an empty string.
func (m Meta) MarshalJSON() ([]byte, error) {
	type plain Meta
	out := struct {
		plain
		Published *string `json:"published"`
	}{plain: plain(m)}
	if m.Published != "" {
		out.Published = &m.Published
	}
	return json.Marshal(out)
}
