package engine

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/report"
)

// Splitting a report's 存在的主要问题 into the problems it states. The
// section usually states the problems, then the measures (改进措施,
// 下一步, 针对存在问题…, 2023年我区将…); only the first part is read. It is
// cut into clauses at punctuation, and a clause that names a shortcoming
// (有待, 不够, 单一, 未能…) starts a problem; a clause without one continues
// the problem before it, unless it is the first of a list (「图解、音视频等
// 解读占比偏低」) or nothing comes before: then it leads into the next.

// measuresStart is where the measures begin.
var measuresStart = regexp.MustCompile(`改进措施|整改措施|改进情况[:：]|下一步|今后|针对(?:上述|以上|存在的?|这些)?(?:问题|不足)|(?:20\d\d|明)年[，,]?\s*(?:我|将|本)`)

// shortcoming marks a clause that names a problem (不… but not 不断, 未… but
// not 未来).
var shortcoming = regexp.MustCompile(`有待|不[^断]|未[^来]|欠缺|缺乏|缺少|单一|滞后|较少|偏低|偏少|偏慢|较慢|薄弱|较弱|有限|分散|短板|差距|需进一步|需要进一步|仍需|尚需|还需|难以|没有|参差不齐|流于形式`)

// problemIntro marks a clause that introduces the problems rather than
// naming one (取得了一定成绩，但还存在一些问题和不足).
var problemIntro = regexp.MustCompile(`取得|存在(?:一些|以下|如下|一定)|问题和不足|不足之处|主要问题|主要(?:是|有|表现)`)

// enumerator is a list marker at the start of a clause.
var enumerator = regexp.MustCompile(`^(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[一二三四五六七八九十]、|如|其一|其二|此外|同时|另外|但)\s*`)

// measuresAt is where the measures begin in a problems text (its length
// when they are not found). A year marks them only when it is later than
// the report's (「2019年，我区…取得了明显进展」 opens a 2019 report's problems).
func measuresAt(text string, year int) int {
	for from := 0; from < len(text); {
		loc := measuresStart.FindStringIndex(text[from:])
		if loc == nil {
			break
		}
		at := from + loc[0]
		y, err := strconv.Atoi(text[at:min(at+4, len(text))])
		if at > 0 && (err != nil || year == 0 || y > year) {
			return at
		}
		from += loc[1]
	}
	return len(text)
}

// maxItems bounds the problems taken from one report.
const maxItems = 8

// maxProblemBytes bounds the text read for them: a real section has a few
// hundred characters.
const maxProblemBytes = 30_000

// problemItem is one stated problem with its line.
type problemItem struct {
	text string
	line int
}

// problemItems returns the problems a report's 存在的主要问题 states.
func problemItems(r *report.Report) []problemItem {
	s := r.Section("problems")
	if s == nil {
		return nil
	}
	text, line0 := body(s)
	text = text[:measuresAt(text[:cutAt(text, maxProblemBytes)], r.Meta.Year)]
	var out []problemItem
	for _, sent := range splitKeep(text, "。；;！？!?") {
		if len(out) == maxItems {
			break
		}
		for _, it := range sentenceItems(text, sent) {
			if len(out) < maxItems && !containsItem(out, it.text) {
				out = append(out, problemItem{it.text, line0 + strings.Count(text[:it.start], "\n")})
			}
		}
	}
	return out
}

// clauseItem is a problem found in a sentence: text[start:end].
type clauseItem struct {
	text       string
	start, end int
}

// sentenceItems groups a sentence's clauses into problems.
func sentenceItems(text string, sent piece) []clauseItem {
	var out []clauseItem
	lead, last := -1, 0 // start of clauses waiting for the problem they lead into; end of the last clause
	for _, c := range splitKeep(text[sent.start:sent.end], "，,、：:") {
		c.start, c.end = c.start+sent.start, c.end+sent.start
		last = c.end
		cl := text[c.start:c.end]
		switch {
		case problemIntro.MatchString(cl):
			lead = -1
		case shortcoming.MatchString(cl):
			from := c.start
			if lead >= 0 {
				from = lead
			}
			out = append(out, clauseItem{start: from, end: c.end})
			lead = -1
		case lead >= 0:
		case len(out) > 0 && !strings.HasPrefix(text[c.end:], "、"):
			out[len(out)-1].end = c.end // continues the last problem
		default:
			lead = c.start // leads into the next (图解、音视频等解读占比偏低)
		}
	}
	if lead >= 0 && len(out) > 0 {
		out[len(out)-1].end = last // 人员配备不足、兼职多、流动性过快的问题
	}
	out = mergeThin(text, out)
	for i := range out {
		out[i].text = cleanItem(text[out[i].start:out[i].end])
	}
	return out
}

// minGrams is the fewest key bigrams that tell a problem apart: a clause
// with fewer (「政务公开渠道有限」) joins its neighbour in the sentence.
const minGrams = 3

// mergeThin joins each problem with too few key terms to the next one of
// its sentence, or the last to the one before.
func mergeThin(text string, items []clauseItem) []clauseItem {
	for i := 0; i < len(items) && len(items) > 1; {
		if len(bigrams(keyTerms(text[items[i].start:items[i].end]))) >= minGrams {
			i++
			continue
		}
		if i+1 < len(items) {
			items[i+1].start = items[i].start
		} else {
			items[i-1].end = items[i].end
		}
		items = slices.Delete(items, i, i+1)
	}
	return items
}

// cleanItem removes white space, list markers and trailing punctuation.
func cleanItem(s string) string {
	s = strings.Join(strings.Fields(s), "")
	s = strings.TrimLeft(s, "，,、：:；;。 ")
	s = enumerator.ReplaceAllString(s, "")
	s = strings.TrimRight(s, "，,、：:；;。 ")
	return strings.TrimSuffix(s, "等")
}

func containsItem(items []problemItem, text string) bool {
	if utf8.RuneCountInString(text) < 4 {
		return true // too short to follow up
	}
	for _, it := range items {
		if it.text == text {
			return true
		}
	}
	return false
}
