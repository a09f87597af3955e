package serve

import (
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/ingest"
)

// maxEvidence bounds the evidence shown per finding; the downloads have all.
const maxEvidence = 100

// findingView is a result that did not pass, with its evidence linked to
// the marks in the text and the tables.
type findingView struct {
	ID, Rule, Title, Status, Class  string
	Message, Waiver, Cite, Elements string
	Evidence                        []evidenceView
	More                            int // evidence not shown
}

// evidenceView is one piece of evidence with links to where it is marked.
type evidenceView struct {
	Label, Value, Place, Quote, Note string
	CellHref, TextHref               string
}

// citer collects what the findings cite: cells of the tables, quoted
// ranges of the text, and whole lines where a quote cannot be found.
type citer struct {
	text     *textIndex
	marks    marks
	cells    map[string][]string // cell key → rules
	lines    map[int][]string    // 1-based line → rules
	findings []findingView
	pending  []pendingMark
}

// pendingMark is an evidence item whose link waits for the marks to merge.
type pendingMark struct{ finding, evidence, mark int }

func newCiter(lines []ingest.Line) *citer {
	return &citer{text: newTextIndex(lines), cells: map[string][]string{}, lines: map[int][]string{}}
}

// add records a finding and what its evidence cites.
func (c *citer) add(r engine.Result) {
	f := findingView{ID: "f-" + r.Rule, Rule: r.Rule, Title: r.Title, Status: statusText(r), Class: statusClass(r),
		Message: r.Message, Waiver: waiverText(r.Waiver), Cite: r.Cite, Elements: elementsText(r.Elements)}
	for i, e := range r.Evidence {
		if i == maxEvidence {
			f.More = len(r.Evidence) - i
			break
		}
		v, mark := c.cite(r.Rule, e)
		if mark >= 0 {
			c.pending = append(c.pending, pendingMark{len(c.findings), len(f.Evidence), mark})
		}
		f.Evidence = append(f.Evidence, v)
	}
	c.findings = append(c.findings, f)
}

// cite describes e and records the cell, quote or line it points at; mark
// is the index of the quote's mark, or -1.
func (c *citer) cite(rule string, e engine.Evidence) (v evidenceView, mark int) {
	v = evidenceView{Label: keyLabel(e.Key), Value: evidenceValue(e), Place: evidencePlace(e), Quote: e.Quote, Note: e.Note}
	if e.Key == "" {
		v.Label = "原文"
	}
	if e.File != "" || strings.HasPrefix(e.Key, "prev:") {
		return v, -1 // in another report: nothing to mark here
	}
	if _, ok := keyLabels[e.Key]; ok && !strings.HasPrefix(e.Key, "sections.") {
		c.cells[e.Key] = addRule(c.cells[e.Key], rule)
		v.CellHref = "#" + cellID(e.Key)
	}
	if e.Quote != "" {
		if s, ok := c.text.find(e.Quote, e.Line); ok {
			return v, c.marks.add(s, rule)
		}
	}
	if e.Line >= 1 && e.Line <= len(c.text.lines) {
		c.lines[e.Line] = addRule(c.lines[e.Line], rule)
		v.TextHref = "#L" + strconv.Itoa(e.Line)
	}
	return v, -1
}

// resolve merges the marks and links the evidence to them; call it once,
// after the last add.
func (c *citer) resolve() {
	owner := c.marks.merge()
	for _, p := range c.pending {
		c.findings[p.finding].Evidence[p.evidence].TextHref = "#" + owner[p.mark]
	}
}

// evidenceValue is "value（原文“raw”）", the raw text only when it differs.
func evidenceValue(e engine.Evidence) string {
	s := ""
	if e.Value != nil {
		s = strconv.FormatFloat(*e.Value, 'f', -1, 64)
	}
	if e.Raw != "" && e.Raw != s {
		s = strings.TrimSpace(s + "（原文“" + e.Raw + "”）")
	}
	if e.Confidence == "low" {
		s += "（低置信度读数）"
	}
	return s
}

// evidencePlace is "文件 x 第3页第88行", each part when known.
func evidencePlace(e engine.Evidence) string {
	var parts []string
	if e.File != "" {
		parts = append(parts, "文件 "+e.File)
	}
	if e.Page > 0 {
		parts = append(parts, "第"+strconv.Itoa(e.Page)+"页")
	}
	if e.Line > 0 {
		parts = append(parts, "第"+strconv.Itoa(e.Line)+"行")
	}
	return strings.Join(parts, " ")
}

// elementsText counts an each-rule's elements ("" for other rules).
func elementsText(e *engine.Counts) string {
	if e == nil {
		return ""
	}
	n := e.Pass + e.Fail + e.Manual + e.Error
	return strconv.Itoa(e.Pass) + "/" + strconv.Itoa(n) + " 项通过"
}

// joinIDs lists rule ids for a title.
func joinIDs(ids []string) string { return strings.Join(ids, "、") }
