package report

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// label is a row label: literal cores (any of them, the earliest wins) and
// the numbering that may stand right before a core ("1." "(1)" "一、"). The
// numbering is part of the anchor so that it is not read as a value.
type label struct {
	cores  []string
	prefix []string
}

// numbered builds a label whose sub-row number n may precede it.
func numbered(n int, cores ...string) label {
	d := fmt.Sprint(n)
	return label{cores: cores, prefix: []string{d + ".", d + "、", "(" + d + ")"}}
}

// ordered builds a label whose Chinese ordinal may precede it.
func ordered(ord string, cores ...string) label {
	return label{cores: cores, prefix: []string{ord + "、", ord + ".", ord, "(" + ord + ")"}}
}

var appLabels = withHeads(map[string]label{
	"new":                        ordered("一", "本年新收"),
	"carried_in":                 ordered("二", "上年结转"),
	"granted":                    ordered("一", "予以公开"),
	"partial":                    ordered("二", "部分公开"),
	"withheld_state_secret":      numbered(1, "属于国家秘密", "国家秘密"),
	"withheld_prohibited":        numbered(2, "其他法律行政"),
	"withheld_security":          numbered(3, "危及", "三安全一稳定"),
	"withheld_third_party":       numbered(4, "保护第三方", "第三方合法"),
	"withheld_internal":          numbered(5, "属于三类内部", "三类内部", "属于内部事务"),
	"withheld_process":           numbered(6, "属于四类过程", "四类过程", "属于过程性"),
	"withheld_enforcement":       numbered(7, "属于行政执法案卷", "行政执法案卷"),
	"withheld_query":             numbered(8, "属于行政查询", "行政查询"),
	"unavailable_not_held":       numbered(1, "本机关不掌握"),
	"unavailable_needs_creation": numbered(2, "没有现成信息", "另行制作"),
	"unavailable_unclear":        numbered(3, "补正后申请内容", "仍不明确"),
	"rejected_complaint":         numbered(1, "信访举报"),
	"rejected_duplicate":         numbered(2, "重复申请"),
	"rejected_publication":       numbered(3, "要求提供公开出版物", "公开出版物"),
	"rejected_excessive":         numbered(4, "无正当理由大量", "大量反复"),
	"rejected_confirmation":      numbered(5, "要求行政机关确认", "重新出具"),
	"other_no_correction":        numbered(1, "申请人无正当理由", "逾期不补正"),
	"other_unpaid_fee":           numbered(2, "申请人逾期未按", "缴纳费用"),
	"other_other":                {cores: []string{"3.其他", "3、其他", "(3)其他"}},
	"other":                      {cores: []string{"(六)其他处理"}},
	"total":                      {cores: []string{"(七)总计", "七)总计"}},
	"carried_out":                ordered("四", "结转下年度"),
})

// findLabel returns the span of the earliest occurrence of l in [from,to),
// its start moved back over a numbering prefix that stands right before it.
func (s *stream) findLabel(l label, from, to int) (int, int) {
	to = min(to, len(s.text))
	if to < 0 {
		to = len(s.text)
	}
	if from < 0 || from >= to {
		return -1, -1
	}
	best, end := -1, -1
	for _, c := range l.cores {
		if i := strings.Index(s.text[from:to], c); i >= 0 && (best < 0 || from+i < best) {
			best, end = from+i, from+i+len(c)
		}
	}
	if best < 0 {
		return -1, -1
	}
	for _, p := range l.prefix {
		if best-len(p) >= from && s.text[best-len(p):best] == p {
			return best - len(p), end
		}
	}
	return best, end
}

// anchor is a row label found in the stream.
type anchor struct {
	key      string
	pos, end int
}

// findAppAnchors finds the first occurrence of each row label in [a,b).
// The labels of （六） depend on which template the table follows.
func (x *extractor) findAppAnchors(a, b int) (found []anchor, singleOther bool) {
	for _, row := range AppRows2021 {
		if row.Key == "other_other" || row.Key == "total" {
			continue
		}
		if p, e := x.s.findLabel(appLabels[row.Key], a, b); p >= 0 {
			found = append(found, anchor{row.Key, p, e})
		}
	}
	last := a
	for _, an := range found {
		if an.key == "other_no_correction" || an.key == "other_unpaid_fee" {
			last = max(last, an.end)
		}
	}
	singleOther = last == a
	if singleOther {
		if p, e := x.s.findLabel(appLabels["other"], a, b); p >= 0 {
			found = append(found, anchor{"other", p, e})
		}
	} else if p, e := x.s.findLabel(appLabels["other_other"], last, b); p >= 0 {
		found = append(found, anchor{"other_other", p, e})
	}
	found = append(found, x.findTotal(found, a, b)...)
	sort.Slice(found, func(i, j int) bool { return found[i].pos < found[j].pos })
	return found, singleOther
}

var plainTotal = regexp.MustCompile(`总计`)

// findTotal finds （七）总计, or a bare 总计 after the last result row.
func (x *extractor) findTotal(found []anchor, a, b int) []anchor {
	if p, e := x.s.findLabel(appLabels["total"], a, b); p >= 0 {
		return []anchor{{"total", p, e}}
	}
	last := -1
	for _, an := range found {
		if an.key != "carried_out" && an.key != "new" && an.key != "carried_in" {
			last = max(last, an.end)
		}
	}
	if last < 0 {
		return nil
	}
	if p, e := x.s.find(plainTotal, last, b); p >= 0 {
		return []anchor{{"total", p, e}}
	}
	return nil
}

// rowRead is what the stream says about one row of table 三.
type rowRead struct {
	key      string
	toks     []token    // the tokens read for the row
	options  [][]string // possible readings (one when certain)
	fused    bool       // digits were split
	forced   bool       // only one split exists at all (and it fits the row total)
	short    bool       // fewer numbers than columns (blank cells not printed)
	line     int        // document line index of the row label
	empty    bool       // a positioned row with no numbers: all cells blank
	detached bool       // values came from a detached row, assigned by order
	problem  string
}

// applications extracts table 三 from stream span [a,b).
func (x *extractor) applications(a, b int) {
	anchors, singleOther := x.findAppAnchors(a, b)
	if p, _ := x.s.find(appHeader, a, b); p < 0 || len(anchors) < 3 {
		x.problem("applications", 0, "未找到表三（收到和处理政府信息公开申请情况）的行标签")
		return
	}
	rows := AppRows(singleOther)
	reads := map[string]*rowRead{}
	var detached [][]token
	x.appValueCol = x.headerCol(naturalPerson, a, anchors[0].pos)
	if h, _ := x.s.find(appHeader, a, anchors[0].pos); h >= 0 {
		x.appHeadX = x.headerCentres(appHeaderWords, h, anchors[0].pos)
	}
	for i, an := range anchors {
		end := b
		if i+1 < len(anchors) {
			end = anchors[i+1].pos
		} else if p, _ := x.s.find(reviewWords, an.end, b); p >= 0 {
			end = p
		}
		rr, extra := x.readRow(an, end)
		reads[an.key] = rr
		detached = append(detached, extra...)
	}
	x.placeShortRows(reads)
	if len(detached) == 0 {
		x.blankPositionedRows(reads)
	}
	x.assignDetached(rows, reads, detached)
	x.resolveApps(rows, reads)
	x.singleOther = singleOther
}

var appHeader = regexp.MustCompile(`申请人情况|自然人|本年新收`)

// naturalPerson is the header of table 三's first value column.
var naturalPerson = regexp.MustCompile(`自然人`)

var reviewWords = regexp.MustCompile(`行政复议|行政诉讼`)

// placeShortRows reads rows with fewer numbers than columns by where the
// numbers stand, when the page gives positions and full rows define the
// columns.
func (x *extractor) placeShortRows(reads map[string]*rowRead) {
	var full [][]token
	for _, rr := range reads {
		if len(rr.options) == 1 && !rr.fused && !rr.detached {
			full = append(full, rr.toks)
		}
	}
	var centres []float64
	for _, rr := range reads {
		if !rr.short {
			continue
		}
		if centres == nil {
			if centres = x.columnCentres(full, appWidth); centres == nil {
				if centres = x.appHeadX; centres == nil {
					return
				}
			}
		}
		if placed := x.placeByColumns(rr.toks, centres); placed != nil {
			rr.toks, rr.options, rr.problem, rr.short = placed, [][]string{texts(placed)}, "", false
		}
	}
}

// blankPositionedRows reads a row whose label stands on a positioned (PDF)
// line with no number anywhere before the next label as printed empty.
func (x *extractor) blankPositionedRows(reads map[string]*rowRead) {
	for _, rr := range reads {
		if len(rr.options) > 0 || rr.problem != "" || len(x.doc.Lines[rr.line].Cells) == 0 {
			continue
		}
		t := token{blank: true, placed: true, pos: x.lineStart(rr.line), line: rr.line}
		rr.toks = []token{t, t, t, t, t, t, t}
		rr.options = [][]string{texts(rr.toks)}
		rr.empty = true
	}
}

// lineStart returns the stream position of the first character of a line.
func (x *extractor) lineStart(li int) int {
	for p := range x.s.line {
		if int(x.s.line[p]) == li {
			return p
		}
	}
	return 0
}
