package report

import (
	"regexp"
	"strings"

	"github.com/nianbao/nianbao/ingest"
)

// extractor holds the state of one extraction.
type extractor struct {
	doc         *ingest.Document
	r           *Report
	s           *stream
	lines       []lineInfo
	oldActive   bool
	singleOther bool
	// appValueCol is the pipe-row cell index of table 三's 自然人 column,
	// or -1 when the header is not on a pipe row.
	appValueCol int
	// appHeadX are the centres of table 三's column labels on a positioned
	// page, for rows with blank cells when no row is complete; nil if unknown.
	appHeadX []float64
}

// newExtractor prepares a document for extraction. The rows of real tables
// (HTML, Word, ruled PDF tables) are rewritten as pipe rows so that blank
// cells stay visible; each cell appears once, in its first slot (see
// cellRow). A rewritten row drops its PDF cell positions: its cells are
// already known, so no reading by position is needed (or right, since the
// positions index the tab-joined text).
func newExtractor(doc *ingest.Document, r *Report) *extractor {
	d := *doc
	d.Lines = append([]ingest.Line(nil), doc.Lines...)
	merged := map[int]bool{} // grid line index → a number of it spans cells
	tables, gone := joinPageBreaks(doc, doc.Tables)
	for _, t := range tables {
		for i, row := range t.Cells {
			if li := t.Line - 1 + i; li >= 0 && li < len(d.Lines) {
				d.Lines[li].Text = "| " + strings.Join(cellRow(row, spanRow(t, i)), " | ") + " |"
				d.Lines[li].Cells = nil
				merged[li] = spansNumber(row, spanRow(t, i))
			}
		}
	}
	for li := range gone {
		d.Lines[li].Text = "" // the rest of a row broken by a page break, joined to it
	}
	joinWrappedLabels(d.Lines, merged)
	texts := make([]string, len(d.Lines))
	for i, l := range d.Lines {
		texts[i] = l.Text
	}
	lines := classifyLines(texts)
	for li, m := range merged {
		lines[li].grid, lines[li].merged = true, m
	}
	return &extractor{doc: &d, r: r, s: newStream(&d), lines: lines, appValueCol: -1}
}

// cellRow returns the cells of a grid row without the copies a spanning
// cell left in it (copy[j] true). A value spanning several columns is one
// value ("规章 | 13 | 13 | 13 | 524" with the third 13 a colspan copy is
// 13 · 13 · 524), and a label spanning several rows is read once, in its
// first row, so that its repeats put no text between the labels of later
// rows.
func cellRow(row []string, copy []bool) []string {
	out := make([]string, 0, len(row))
	for j, c := range row {
		if j < len(copy) && copy[j] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// spansNumber reports whether a copy in a grid row holds a number: a value
// cell merged across columns or down from the row above.
func spansNumber(row []string, copy []bool) bool {
	for j, c := range row {
		if j < len(copy) && copy[j] && hasDigit(c) {
			return true
		}
	}
	return false
}

// mergedNote explains a count of numbers that does not match the columns
// when a number of the row spans several cells of a real table.
func (x *extractor) mergedNote(toks []token) string {
	for _, t := range toks {
		if x.lines[t.line].merged {
			return "；该行有数字写在合并单元格中（一个数占了几列或几行）"
		}
	}
	return ""
}

// spanRow returns the span marks of row i of t, or nil when the table has
// none (a Table built without them).
func spanRow(t ingest.Table, i int) []bool {
	if i < len(t.Span) {
		return t.Span[i]
	}
	return nil
}

// run extracts meta, sections and tables.
func (x *extractor) run() {
	x.readMeta()
	found := x.findSections()
	x.buildSections(found)
	span := func(key string, fallback *regexp.Regexp) (int, int) {
		for i, h := range found {
			if h.key == key {
				end := len(x.s.text)
				if i+1 < len(found) {
					end = found[i+1].pos
				}
				return h.pos, end
			}
		}
		if p, _ := x.s.find(fallback, 0, -1); p >= 0 {
			return p, len(x.s.text)
		}
		return -1, -1
	}
	if a, b := span("active", activeLabels["regulations"]); a >= 0 {
		x.active(a, b)
	} else {
		x.problem("active", 0, "未找到第二部分（主动公开政府信息情况）及其表格")
	}
	if a, b := span("applications", regexp.MustCompile(`本年新收`)); a >= 0 {
		x.applications(a, b)
	} else {
		x.problem("applications", 0, "未找到第三部分（收到和处理政府信息公开申请情况）及其表格")
	}
	if a, b := span("review", reviewHeader); a >= 0 {
		x.review(a, b)
	} else {
		x.problem("review", 0, "未找到第四部分（行政复议、行政诉讼情况）及其表格")
	}
	x.detectTemplate()
	for _, s := range SectionKeys {
		if x.r.Section(s.Key) == nil {
			x.problem(s.Key, 0, "未找到「"+s.Label+"」部分")
		}
	}
}

// detectTemplate decides which template the tables follow.
func (x *extractor) detectTemplate() {
	if x.singleOther && len(x.r.Tables.Applications) > 0 {
		x.oldFeature("表三「（六）其他处理」为一行，没有 2021 年版的三个子项")
	}
	hasTables := len(x.r.Tables.Active) > 0 || len(x.r.Tables.Applications) > 0
	switch {
	case !hasTables:
		x.r.Meta.Template = TemplateNone
	case x.oldActive && x.singleOther:
		x.r.Meta.Template = Template2019
	case x.oldActive || x.singleOther:
		x.r.Meta.Template = TemplateMix
	default:
		x.r.Meta.Template = Template2021
	}
	if x.r.Meta.Template == TemplateMix && len(x.r.Meta.Old2019) == 1 && strings.Contains(x.r.Meta.Old2019[0], "「规范性文件」") {
		x.r.Meta.Template = Template2021
	}
}

// oldFeature notes a 2019-template feature.
func (x *extractor) oldFeature(s string) {
	x.r.Meta.Old2019 = append(x.r.Meta.Old2019, s)
}

// problem records a problem at document line index li.
func (x *extractor) problem(key string, li int, msg string) {
	p := Problem{Key: key, Message: msg}
	if li > 0 && li < len(x.doc.Lines) {
		p.Line, p.Page = x.doc.Lines[li].No, x.doc.Lines[li].Page
	}
	x.r.Problems = append(x.r.Problems, p)
}

// problemAt records a problem at a 1-based line number.
func (x *extractor) problemAt(key string, line int, msg string) {
	p := Problem{Key: key, Line: line, Message: msg}
	if line > 0 && line <= len(x.doc.Lines) {
		p.Page = x.doc.Lines[line-1].Page
	}
	x.r.Problems = append(x.r.Problems, p)
}
