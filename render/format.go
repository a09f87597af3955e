package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

func countsLine(c engine.Counts) string {
	return fmt.Sprintf("通过 %d　不通过 %d　不适用 %d　需人工 %d　错误 %d", c.Pass, c.Fail, c.NA, c.Manual, c.Error)
}

func countCells(c engine.Counts) []string {
	return []string{strconv.Itoa(c.Pass), strconv.Itoa(c.Fail), strconv.Itoa(c.NA), strconv.Itoa(c.Manual), strconv.Itoa(c.Error)}
}

func year(y int) string {
	if y == 0 {
		return "—"
	}
	return strconv.Itoa(y)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// DateSource says where a publication date was found, e.g. "（取自「发布时间」）",
// or "" when that is not known.
func DateSource(from string) string {
	if from == "" {
		return ""
	}
	return "（取自「" + from + "」）"
}

// lineRef is "第N行", or "" for line 0.
func lineRef(n int) string {
	if n <= 0 {
		return ""
	}
	return "第" + strconv.Itoa(n) + "行"
}

func joinSpace(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// errWriter keeps the first write error so the renderer can print freely.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (e *errWriter) grid(cols []Column, rows [][]string) {
	if e.err == nil {
		e.err = Grid(e.w, cols, rows)
	}
}

// meta is the report's metadata, or the zero value when there is none.
func meta(r *engine.ReportResult) report.Meta {
	if r.Meta == nil {
		return report.Meta{}
	}
	return *r.Meta
}

// finding reports whether a result belongs among the findings: it did not
// pass and is not out of scope.
func finding(r engine.Result) bool {
	return r.Status == engine.Fail || r.Status == engine.Error || r.Status == engine.Manual
}

// auditRules is the first result of every rule in the audit, in the order
// the rules first appear (the packs' order).
func auditRules(a *engine.Audit) []engine.Result {
	seen := map[string]bool{}
	var rules []engine.Result
	for _, r := range a.Reports {
		for _, res := range r.Results {
			if !seen[res.Rule] {
				seen[res.Rule] = true
				rules = append(rules, res)
			}
		}
	}
	return rules
}

// evidenceCompact joins a result's evidence on one line for a spreadsheet
// cell: `key=value（原文“raw”）第N页第N行［低置信度］note “quote”；…`.
func evidenceCompact(es []engine.Evidence) string {
	parts := make([]string, 0, len(es))
	for _, e := range es {
		parts = append(parts, evidenceItem(e))
	}
	return strings.Join(parts, "；")
}

func evidenceItem(e engine.Evidence) string {
	s := e.Key
	if e.File != "" {
		s += "〔" + e.File + "〕"
	}
	if e.Value != nil {
		s += "=" + number(*e.Value)
	}
	if e.Raw != "" && (e.Value == nil || e.Raw != number(*e.Value)) {
		s += "（原文“" + e.Raw + "”）"
	}
	if e.Page > 0 {
		s = joinSpace(s, "第"+strconv.Itoa(e.Page)+"页"+lineRef(e.Line))
	} else {
		s = joinSpace(s, lineRef(e.Line))
	}
	if e.Confidence == "low" {
		s += "［低置信度］"
	}
	s = joinSpace(s, e.Note)
	if e.Quote != "" {
		s = joinSpace(s, "“"+oneLine(e.Quote)+"”")
	}
	return s
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// oneLine turns the line breaks of a quote into spaces.
func oneLine(s string) string { return lineBreaks.Replace(s) }

// narrow measures display width the same way in every locale: a Han
// character is two columns, an ambiguous one (“ ” …) one.
var narrow = func() *runewidth.Condition {
	c := runewidth.NewCondition()
	c.EastAsianWidth = false
	return c
}()

// briefWidth is where an overview table cuts a long 说明 (display columns).
const briefWidth = 100

// brief is the 说明 of a result for an overview table. A finding's text is
// cut at briefWidth, since the findings below give it whole (the message of
// a completeness rule can list hundreds of cells).
func brief(r engine.Result) string {
	s := explanation(r)
	if !finding(r) || narrow.StringWidth(s) <= briefWidth {
		return s
	}
	return narrow.Truncate(s, briefWidth, "…（详见下文）")
}
