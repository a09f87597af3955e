package engine

import (
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/width"
)

// RuleError is a mistake in a rule pack, located in its YAML file.
type RuleError struct {
	File    string // e.g. "rules/gov-2021.yaml"
	Line    int    // 1-based; 0 when unknown
	Col     int    // 1-based, in characters; 0 when unknown
	Rule    string // rule ID, "" for pack-level errors
	Field   string // e.g. "assert", "message", "applies"
	Msg     string
	Snippet string // the YAML source line
}

// Error prints "file:line:col: RULE field: msg" followed by the YAML line
// and a caret under the offending character (CJK characters count as two
// display columns).
func (e *RuleError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
		if e.Col > 0 {
			b.WriteString(":" + strconv.Itoa(e.Col))
		}
	}
	b.WriteString(": ")
	if where := strings.TrimSpace(e.Rule + " " + e.Field); where != "" {
		b.WriteString(where + ": ")
	}
	b.WriteString(e.Msg)
	if e.Snippet != "" && e.Col > 0 {
		line := strings.ReplaceAll(e.Snippet, "\t", " ")
		b.WriteString("\n  " + line + "\n  ")
		b.WriteString(strings.Repeat(" ", displayWidth(prefixRunes(line, e.Col-1))) + "^")
	}
	return b.String()
}

// CompileErrors lists every mistake found while loading rule packs.
type CompileErrors struct{ Errs []*RuleError }

// Error joins the errors, one per paragraph.
func (e *CompileErrors) Error() string {
	parts := make([]string, len(e.Errs))
	for i, err := range e.Errs {
		parts[i] = err.Error()
	}
	return strings.Join(parts, "\n")
}

// displayWidth is the width of s on a terminal: East Asian wide and
// full-width characters take two columns.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// prefixRunes returns the first n runes of s (all of s if shorter).
func prefixRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// sortErrors orders errors by file, line and column.
func sortErrors(errs []*RuleError) {
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i], errs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}
