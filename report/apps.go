package report

import (
	"fmt"
	"regexp"
	"sort"
)

// appAnchor matches the label of one row of table 三 in the compact stream.
// Sub-row numbers ("1.", "2.") are part of the anchor so that they are not
// read as values.
var appAnchors = map[string]*regexp.Regexp{
	"new":                        regexp.MustCompile(`(?:一[、.]?)?本年新收`),
	"carried_in":                 regexp.MustCompile(`(?:二[、.]?)?上年结转`),
	"granted":                    regexp.MustCompile(`(?:\(一\))?予以公开`),
	"partial":                    regexp.MustCompile(`(?:\(二\))?部分公开`),
	"withheld_state_secret":      regexp.MustCompile(sub(1) + `(?:属于)?国家秘密`),
	"withheld_prohibited":        regexp.MustCompile(sub(2) + `其他法律行政`),
	"withheld_security":          regexp.MustCompile(sub(3) + `(?:危及)?[“"]?三安全一稳定|` + sub(3) + `危及`),
	"withheld_third_party":       regexp.MustCompile(sub(4) + `(?:保护)?第三方`),
	"withheld_internal":          regexp.MustCompile(sub(5) + `(?:属于)?三类内部|` + sub(5) + `属于内部事务`),
	"withheld_process":           regexp.MustCompile(sub(6) + `(?:属于)?四类过程|` + sub(6) + `属于过程性`),
	"withheld_enforcement":       regexp.MustCompile(sub(7) + `(?:属于)?行政执法案卷`),
	"withheld_query":             regexp.MustCompile(sub(8) + `(?:属于)?行政查询`),
	"unavailable_not_held":       regexp.MustCompile(sub(1) + `本机关不掌握`),
	"unavailable_needs_creation": regexp.MustCompile(sub(2) + `没有现成信息|` + sub(2) + `.{0,6}另行制作`),
	"unavailable_unclear":        regexp.MustCompile(sub(3) + `补正后申请内容|` + sub(3) + `补正后.{0,4}仍不明确`),
	"rejected_complaint":         regexp.MustCompile(sub(1) + `信访举报`),
	"rejected_duplicate":         regexp.MustCompile(sub(2) + `重复申请`),
	"rejected_publication":       regexp.MustCompile(sub(3) + `(?:要求提供)?公开出版物`),
	"rejected_excessive":         regexp.MustCompile(sub(4) + `无正当理由大量|` + sub(4) + `大量反复`),
	"rejected_confirmation":      regexp.MustCompile(sub(5) + `要求行政机关确认|` + sub(5) + `.{0,8}重新出具`),
	"other_no_correction":        regexp.MustCompile(sub(1) + `申请人无正当理由|` + sub(1) + `.{0,8}逾期不补正`),
	"other_unpaid_fee":           regexp.MustCompile(sub(2) + `申请人逾期未按|` + sub(2) + `.{0,8}缴纳费用`),
	"other_other":                regexp.MustCompile(`3[.、]其他`),
	"other":                      regexp.MustCompile(`\(六\)其他处理`),
	"total":                      regexp.MustCompile(`\(七\)总计|七\)总计`),
	"carried_out":                regexp.MustCompile(`(?:四[、.]?)?结转下年度`),
}

// sub is the optional sub-row number of a label, e.g. "1." or "(1)".
func sub(n int) string {
	return fmt.Sprintf(`(?:%d[.、]|\(%d\))?`, n, n)
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
		if p, e := x.s.find(appAnchors[row.Key], a, b); p >= 0 {
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
		if p, e := x.s.find(appAnchors["other"], a, b); p >= 0 {
			found = append(found, anchor{"other", p, e})
		}
	} else if p, e := x.s.find(appAnchors["other_other"], last, b); p >= 0 {
		found = append(found, anchor{"other_other", p, e})
	}
	found = append(found, x.findTotal(found, a, b)...)
	sort.Slice(found, func(i, j int) bool { return found[i].pos < found[j].pos })
	return found, singleOther
}

var plainTotal = regexp.MustCompile(`总计`)

// findTotal finds （七）总计, or a bare 总计 after the last result row.
func (x *extractor) findTotal(found []anchor, a, b int) []anchor {
	if p, e := x.s.find(appAnchors["total"], a, b); p >= 0 {
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
	x.assignDetached(rows, reads, detached)
	x.resolveApps(rows, reads)
	x.singleOther = singleOther
}

var appHeader = regexp.MustCompile(`申请人情况|自然人|本年新收`)

var reviewWords = regexp.MustCompile(`行政复议|行政诉讼`)
