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
}

// newExtractor prepares a document for extraction. The rows of real tables
// (HTML, Word, ruled PDF tables) are rewritten as pipe rows so that blank
// cells stay visible. A rewritten row drops its PDF cell positions: its
// cells are already known, so no reading by position is needed (or right,
// since the positions index the tab-joined text).
func newExtractor(doc *ingest.Document, r *Report) *extractor {
	d := *doc
	d.Lines = append([]ingest.Line(nil), doc.Lines...)
	for _, t := range doc.Tables {
		for i, row := range dropSpanCopies(t.Cells) {
			if li := t.Line - 1 + i; li >= 0 && li < len(d.Lines) {
				d.Lines[li].Text = "| " + strings.Join(row, " | ") + " |"
				d.Lines[li].Cells = nil
			}
		}
	}
	texts := make([]string, len(d.Lines))
	for i, l := range d.Lines {
		texts[i] = l.Text
	}
	return &extractor{doc: &d, r: r, s: newStream(&d), lines: classifyLines(texts)}
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

// dropSpanCopies removes the copies a colspan leaves in a grid row: where the
// last header row above repeats a column label, a data row repeating the
// same value there holds one cell, not two ("规章 | 13 | 13 | 524" under
// "信息内容 | 本年新制作数量 | 本年新公开数量 | 本年新公开数量 | 对外公开总数量"
// is 13 · 13 · 524).
func dropSpanCopies(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	var header []string
	for i, row := range rows {
		if !hasNumber(row) {
			if !hasEmpty(row) {
				header = row
			}
			out[i] = row
			continue
		}
		var kept []string
		for j, c := range row {
			if j > 0 && j < len(header) && header[j] == header[j-1] && c == row[j-1] && strings.TrimSpace(c) != "" {
				continue
			}
			kept = append(kept, c)
		}
		out[i] = kept
	}
	return out
}

// hasNumber reports whether any cell of a grid row is a number.
func hasNumber(row []string) bool {
	for _, c := range row {
		c = strings.TrimSpace(c)
		if c != "" && isDigit(foldRune([]rune(c)[0])) {
			return true
		}
	}
	return false
}

// hasEmpty reports whether a grid row has an empty cell.
func hasEmpty(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) == "" {
			return true
		}
	}
	return false
}
