package report

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// sectionPattern finds the heading of one section in the compact stream.
type sectionPattern struct {
	key string
	re  *regexp.Regexp
}

// A heading is a Chinese ordinal with 、 (or a dot), then the title. It must
// start a line or follow the end of a sentence (crawled pages put the whole
// report on one line).
const headStart = `(?:^|[\n。；;:：”"」)）\s\d#*>])`
const ordinal = `([一二三四五六七八九十]{1,2})\s*[、.．]\s*`

var sectionPatterns = []sectionPattern{
	{"overview", regexp.MustCompile(`^` + ordinal + `(?:总体情况|概述|概况|工作基本情况|基本情况)`)},
	{"active", regexp.MustCompile(`^` + ordinal + `(?:主动公开政府信息(?:的)?情况|主动公开情况)`)},
	{"applications", regexp.MustCompile(`^` + ordinal + `(?:收到和处理政府信息公开申请|收到和处理政府信息|(?:政府信息)?依申请公开)`)},
	{"review", regexp.MustCompile(`^` + ordinal + `(?:[^。；\n]{0,12}?(?:行政复议|行政法复议|复议)[^。；\n]{0,16}?(?:行政诉讼|诉讼)[^。；\n]{0,8}?情况)`)},
	{"problems", regexp.MustCompile(`^` + ordinal + `(?:政府信息公开工作)?(?:存在的主要问题|存在问题|主要问题)[^。；\n]{0,12}?(?:改进|整改)[^。；\n]{0,6}?(?:情况|措施)`)},
	{"other", regexp.MustCompile(`^` + ordinal + `其他(?:需要报告的)?事项`)},
}

// ordinalStarts lists the byte offsets where a Chinese ordinal (一…十)
// followed by 、 or a dot begins: the only places a heading can start.
func ordinalStarts(text string) []int {
	var out []int
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isOrdinal(r) && (i == 0 || !isOrdinalBefore(text, i)) {
			j := i + size
			if r2, s2 := utf8.DecodeRuneInString(text[j:]); isOrdinal(r2) {
				j += s2
			}
			if r3, _ := utf8.DecodeRuneInString(text[j:]); r3 == '、' || r3 == '.' {
				out = append(out, i)
			}
		}
		i += size
	}
	return out
}

// isOrdinalBefore reports whether the rune before byte i is an ordinal too.
func isOrdinalBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isOrdinal(r)
}

// isOrdinal reports whether r is one of 一…十.
func isOrdinal(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// headingCandidate is one place a section heading appears.
type headingCandidate struct {
	key          string
	pos, end     int
	number, head string
}

// findSections locates the six sections in the stream. For each key it takes
// the first heading-like match that comes after the previous section's, so a
// table row such as 「四、结转下年度」 or a sentence mentioning 行政复议 is not
// mistaken for a heading.
func (x *extractor) findSections() []headingCandidate {
	text := x.s.text
	var found []headingCandidate
	starts := ordinalStarts(text)
	for _, p := range sectionPatterns {
		for _, st := range starts {
			loc := p.re.FindStringSubmatchIndex(text[st:min(len(text), st+120)])
			if loc == nil {
				continue
			}
			a, b := st+loc[0], st+loc[1]
			if !x.headingStart(text, a) && !officialHeading.MatchString(text[a:b]) {
				continue
			}
			found = append(found, headingCandidate{key: p.key, pos: a, end: b,
				number: text[st+loc[2] : st+loc[3]], head: text[a:b]})
			break
		}
	}
	if len(found) > 0 {
		found = x.problemsWithoutHeading(found)
	}
	sort.Slice(found, func(i, j int) bool { return found[i].pos < found[j].pos })
	return found
}

// officialHeading matches headings written in full, which are trusted
// wherever they stand (crawled text glues them to the previous cell: 「…元三、收到和处理…」).
var officialHeading = regexp.MustCompile(`主动公开政府信息情况|收到和处理政府信息公开申请|行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项`)

var headStartRe = regexp.MustCompile(headStart + `$`)

// headingStart reports whether byte offset i in text may start a heading.
func (x *extractor) headingStart(text string, i int) bool {
	if i == 0 {
		return true
	}
	if x.s.lineAt(i) != x.s.lineAt(i-1) {
		return true // first thing on its line
	}
	start := i - 8
	if start < 0 {
		start = 0
	}
	return headStartRe.MatchString(text[start:i])
}

// problemsWithoutHeading adds the 存在的主要问题 section when its heading is
// missing but its content starts with （一）主要问题 after the review table.
func (x *extractor) problemsWithoutHeading(found []headingCandidate) []headingCandidate {
	var review, other *headingCandidate
	for i := range found {
		switch found[i].key {
		case "problems":
			return found
		case "review":
			review = &found[i]
		case "other":
			other = &found[i]
		}
	}
	if review == nil {
		return found
	}
	to := len(x.s.text)
	if other != nil && other.pos > review.pos {
		to = other.pos
	}
	a, _ := x.s.find(problemsBody, review.end, to)
	if a < 0 {
		return found
	}
	return append(found, headingCandidate{key: "problems", pos: a, end: a})
}

var problemsBody = regexp.MustCompile(`\((?:一|1)\)\s*(?:存在的)?主要问题|存在的主要问题|存在问题`)

// buildSections turns heading positions into Sections with their text.
func (x *extractor) buildSections(found []headingCandidate) {
	for i, h := range found {
		end := len(x.s.text)
		if i+1 < len(found) {
			end = found[i+1].pos
		}
		li := x.s.lineAt(h.pos)
		sec := Section{Key: h.key, Number: h.number, Heading: x.rawHeading(h),
			Line: x.doc.Lines[li].No, Page: x.doc.Lines[li].Page, Text: x.rawText(h.pos, end)}
		x.r.Sections = append(x.r.Sections, sec)
	}
	if len(found) > 0 {
		x.r.Preamble = x.rawText(0, found[0].pos)
	} else {
		x.r.Preamble = x.rawText(0, len(x.s.text))
	}
}

// rawHeading returns the heading as written: the rest of its source line
// when the heading has a line to itself, else the matched words.
func (x *extractor) rawHeading(h headingCandidate) string {
	if h.head == "" {
		return ""
	}
	line := strings.TrimSpace(x.doc.Lines[x.s.lineAt(h.pos)].Text)
	if len([]rune(line)) <= len([]rune(h.head))+12 && strings.Contains(compact(line), h.head) {
		return line
	}
	return h.head
}

// rawText returns the original lines covering stream span [a,b), trimmed
// to the span on its first and last lines when those are shared with
// neighbouring sections.
func (x *extractor) rawText(a, b int) string {
	if a >= b || a >= len(x.s.text) {
		return ""
	}
	la, lb := x.s.lineAt(a), x.s.lineAt(b-1)
	var parts []string
	for i := la; i <= lb; i++ {
		parts = append(parts, x.doc.Lines[i].Text)
	}
	if la == lb && len(parts) == 1 {
		return x.spanOfLine(la, a, b)
	}
	parts[0] = x.spanOfLine(la, a, -1)
	parts[len(parts)-1] = x.spanOfLine(lb, -1, b)
	return strings.Join(parts, "\n")
}

// spanOfLine returns the raw text of document line li from stream position a
// (or the line start when a < 0) to stream position b (or the line end when b < 0).
func (x *extractor) spanOfLine(li, a, b int) string {
	t := x.doc.Lines[li].Text
	from, to := 0, len(t)
	if a >= 0 && a < len(x.s.off) && int(x.s.line[a]) == li {
		from = int(x.s.off[a])
	}
	if b >= 0 && b < len(x.s.off) && int(x.s.line[b]) == li {
		to = int(x.s.off[b])
	}
	if from > to {
		return ""
	}
	return t[from:to]
}
