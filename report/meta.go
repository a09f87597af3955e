package report

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	titleLabel  = regexp.MustCompile(`^(?:标题|题目|title)\s*[:：]\s*`)
	yearInTitle = regexp.MustCompile(`(20\d{2})\s*年`)
	titleEnd    = regexp.MustCompile(`(?:年度报告|年报|工作报告|年度\s*报告)`)
)

// readMeta fills agency, year and level from the title.
func (x *extractor) readMeta() {
	title := x.title()
	x.r.Meta.Title = title
	t := compact(title)
	if m := yearInTitle.FindStringSubmatchIndex(t); m != nil {
		x.r.Meta.Year, _ = strconv.Atoi(t[m[2]:m[3]])
		x.r.Meta.Agency = agencyName(t[:m[0]], t[m[1]:])
	}
	x.r.Meta.Level = LevelOf(x.r.Meta.Agency)
	x.r.Meta.Expected = ExpectedTemplate(x.r.Meta.Year)
}

// title finds the report's title: a short line near the top naming a year
// and a report ("…2022年政府信息公开工作年度报告"), or the first lines joined
// when the title is broken over several; the HTML <title> is the fallback.
func (x *extractor) title() string {
	var parts []string
	for i, l := range x.doc.Lines {
		if i >= 30 {
			break
		}
		t := cleanTitle(l.Text)
		if t == "" {
			continue
		}
		if isTitle(t) {
			if yearFirst.MatchString(compact(t)) && len(parts) > 0 && isAgencyLine(parts[len(parts)-1]) {
				return parts[len(parts)-1] + t
			}
			return t
		}
		if len(parts) < 5 {
			parts = append(parts, t)
			if j := strings.Join(parts, ""); isTitle(j) {
				return j
			}
		}
	}
	if x.doc.Title != "" {
		return strings.TrimSpace(x.doc.Title)
	}
	return ""
}

var trailingDate = regexp.MustCompile(`\s*(?:发布)?(?:日期|时间)?[:：]?\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*$`)

var yearFirst = regexp.MustCompile(`^20\d{2}年`)

// isAgencyLine reports whether a line above a year-first title names the
// agency ("洪泽区人民政府" over "2023年政府信息公开工作年度报告").
func isAgencyLine(l string) bool {
	c := compact(l)
	n := len([]rune(c))
	return n >= 2 && n <= 30 && !strings.ContainsAny(c, "。，,:：") && !yearInTitle.MatchString(c) && c != "正文" && c != "全文"
}

// cleanTitle drops a "标题:" label and a trailing date from a line.
func cleanTitle(l string) string {
	t := strings.Trim(htmlTag.ReplaceAllString(l, ""), markdownMarks)
	t = titleLabel.ReplaceAllString(strings.TrimSpace(t), "")
	return strings.TrimSpace(trailingDate.ReplaceAllString(t, ""))
}

// markdownMarks are the characters a converter wraps a title in
// (# headings, **bold**, > quotes).
const markdownMarks = "#*_> \t"

// htmlTag is a tag a converter left in Markdown (<div class="article">).
var htmlTag = regexp.MustCompile(`</?[a-zA-Z][^<>]*>`)

// isTitle reports whether t reads as a report title.
func isTitle(t string) bool {
	c := compact(t)
	n := len([]rune(c))
	return n <= 60 && n >= 10 && yearInTitle.MatchString(c) && titleEnd.MatchString(c) &&
		strings.Contains(c, "公开") && !strings.ContainsAny(c, "。，,")
}

var agencyTrim = regexp.MustCompile(`^(?:关于)?|(?:关于)?(?:度)?(?:政府信息公开|政务公开).*$`)

// agencyName picks the agency from the text around the year in the title:
// before it ("广州市协作办公室2022年…") or, when the title starts with the
// year, after it ("2022年某局政府信息公开…").
func agencyName(before, after string) string {
	a := agencyTrim.ReplaceAllString(strings.TrimSpace(before), "")
	a = strings.TrimPrefix(strings.TrimPrefix(a, "正文"), "全文")
	if a == "" {
		a = agencyTrim.ReplaceAllString(strings.TrimPrefix(after, "度"), "")
	}
	a = strings.TrimSuffix(a, "关于")
	if len([]rune(a)) > 40 {
		return ""
	}
	return a
}

// LevelOf infers the level of a reporting body from its name.
func LevelOf(agency string) string {
	a := agency
	switch {
	case a == "":
		return ""
	case strings.HasSuffix(a, "镇人民政府") || strings.HasSuffix(a, "乡人民政府") ||
		strings.HasSuffix(a, "街道办事处") || strings.HasSuffix(a, "镇") || strings.HasSuffix(a, "乡") || strings.HasSuffix(a, "街道"):
		return LevelOther
	case strings.HasSuffix(a, "人民政府") || strings.HasSuffix(a, "区政府") || strings.HasSuffix(a, "县政府") || strings.HasSuffix(a, "市政府"):
		return LevelGovernment
	case regexp.MustCompile(`(?:局|委|办|厅|室|中心|委员会|办公室|办公厅|部|署|院|所|队|站|馆|会)$`).MatchString(a):
		return LevelDepartment
	case regexp.MustCompile(`(?:省|市|区|县|州|盟|旗|实验区|开发区|新区)$`).MatchString(a):
		return LevelGovernment
	}
	return LevelOther
}
