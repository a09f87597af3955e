package ingest

import (
	"regexp"
	"strings"
)

// A page states several dates; only some are the day it was published.
// Labelled dates are ranked: 发布日期/发布时间/公开日期 (and a bare 日期 or
// 时间) first, 成文日期 (the day the report was signed) last. A crawler's
// own dates (采集时间, 抓取时间, 爬取时间, 入库时间…) and other dates
// (更新, 统计, 截止, 实施) are never used.

// labelledDateRe matches a date after a label such as 发布时间： or 日期：;
// the first group holds the words before 时间/日期 that say what date it is.
var labelledDateRe = regexp.MustCompile(`(\p{Han}{0,6}?)(时间|日期)\s*[:：]\s*` + dateRe.String())

// dateRanks ranks the words before 时间/日期 (by their ending); 0 is best,
// and a label not listed is not a publication date.
var dateRanks = []struct {
	suffix string
	rank   int
}{
	{"发布", 0}, {"公开", 0}, {"发稿", 0}, {"上传", 0}, {"刊发", 0},
	{"成文", 2}, {"印发", 2},
}

// dateRank ranks a label prefix, or returns -1 when the date is not the
// page's publication date.
func dateRank(prefix string) int {
	if prefix == "" {
		return 1 // a bare 日期： or 时间：
	}
	for _, r := range dateRanks {
		if strings.HasSuffix(prefix, r.suffix) {
			return r.rank
		}
	}
	return -1
}

// textDate returns the best-ranked labelled publication date in text, the
// first of its rank, and its label as written (发布时间, 成文日期…); only
// lines mentioning 时间 or 日期 are searched.
func textDate(text string) (string, string) {
	best, date, from := 3, "", ""
	for _, line := range strings.Split(text, "\n") {
		if !strings.Contains(line, "时间") && !strings.Contains(line, "日期") {
			continue
		}
		for _, m := range labelledDateRe.FindAllStringSubmatch(line, -1) {
			rank := dateRank(m[1])
			if rank < 0 || rank >= best {
				continue
			}
			if d := ymd(m[3], m[4], m[5]); d != "" {
				best, date, from = rank, d, labelName(m[1], m[2])
			}
		}
	}
	return date, from
}

// labelName is the label of a date as written, without the words before
// the kind of date ("信息发布时间" → "发布时间").
func labelName(prefix, kind string) string {
	for _, r := range dateRanks {
		if strings.HasSuffix(prefix, r.suffix) {
			return r.suffix + kind
		}
	}
	return prefix + kind
}

// headerLines is how many lines at the top of a text file may be a crawler's
// header (标题:, 发布时间:, 来源:, 采集时间:…).
const headerLines = 20

// headerLine matches a whole line "label: value" of such a header, with the
// Markdown a converter may wrap it in (**发布时间：** 2020-01-20, > 日期：…).
var headerLine = regexp.MustCompile(`^[\s>*#\-_|]*\p{Han}{0,8}(?:时间|日期)[*_]*\s*[:：][*_]*\s*\d{4}\S*(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s*_|]*$`)

// headerDate returns the publication date a text or Markdown file carries in
// its crawl header, and its label, or "", "".
func headerDate(lines []Line) (string, string) {
	var b strings.Builder
	for i, l := range lines {
		if i == headerLines {
			break
		}
		if headerLine.MatchString(l.Text) {
			b.WriteString(strings.NewReplacer("*", "", "_", "").Replace(l.Text) + "\n")
		}
	}
	return textDate(b.String())
}
