package report

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	titleLabel = regexp.MustCompile(`^(?:标题|题目|title)\s*[:：]\s*`)
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

// title joins the first lines of the document until one ends the title
// ("…年度报告"), up to five non-empty lines; an HTML title is the fallback.
func (x *extractor) title() string {
	var parts []string
	for _, l := range x.doc.Lines {
		t := strings.TrimSpace(titleLabel.ReplaceAllString(strings.TrimSpace(l.Text), ""))
		if t == "" {
			continue
		}
		parts = append(parts, t)
		if titleEnd.MatchString(compact(strings.Join(parts, ""))) && yearInTitle.MatchString(compact(strings.Join(parts, ""))) {
			return strings.Join(parts, "")
		}
		if len(parts) >= 5 {
			break
		}
	}
	if x.doc.Title != "" {
		return strings.TrimSpace(x.doc.Title)
	}
	if len(parts) > 0 {
		return parts[0]
	}
	return ""
}

var agencyTrim = regexp.MustCompile(`^(?:关于)?|(?:关于)?(?:度)?(?:政府信息公开|政务公开).*$`)

// agencyName picks the agency from the text around the year in the title:
// before it ("广州市协作办公室2022年…") or, when the title starts with the
// year, after it ("2022年某局政府信息公开…").
func agencyName(before, after string) string {
	a := strings.TrimSpace(before)
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
	case strings.HasSuffix(a, "人民政府"):
		return LevelGovernment
	case regexp.MustCompile(`(?:局|委|办|厅|室|中心|委员会|办公室|办公厅|部|署|院|所|队|站|馆|会)$`).MatchString(a):
		return LevelDepartment
	case regexp.MustCompile(`(?:省|市|区|县|州|盟|旗|实验区|开发区|新区)$`).MatchString(a):
		return LevelGovernment
	}
	return LevelOther
}
