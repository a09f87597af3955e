package report

import (
	"strconv"
	"unicode/utf8"
)

// Crawled pages put the whole report on one line, so the last row of a
// table runs straight into the narrative that follows it (「行政事业性收费
// 24252.31三、收到和处理…2023年共收到…」). The row ends where words begin
// again after its numbers, or at a number that is a year (2023年): the
// numbers of a sentence are never cells.

// beforeNarrative keeps the tokens of a table's last row that come before the
// narrative after it. A year fused onto the row's last number
// (「24252.3110822023年」) is cut off, and the cell is marked as cut.
func (x *extractor) beforeNarrative(toks []token) []token {
	for i, t := range toks {
		if i > 0 && x.wordsBetween(toks[i-1].end, t.pos) {
			return toks[:i]
		}
		if t.blank || t.neg || !x.followedByYear(t) {
			continue
		}
		if i > 0 && toks[i-1].end < t.pos || len(t.raw) == 4 {
			return toks[:i] // a year standing apart: 「0 2023年」
		}
		if cut, ok := cutYear(t.raw); ok {
			t.raw, t.end = cut, t.end-4
			t.note = "本行数字后紧接叙述「" + x.quote(t.end, 8) + "」，末尾的年份不计入本格"
			return append(toks[:i:i], t)
		}
		return toks[:i]
	}
	return toks
}

// wordsBetween reports whether stream span [a,b) has words other than a
// unit (元, 万元): the table has ended and a sentence or heading begun.
func (x *extractor) wordsBetween(a, b int) bool {
	for _, r := range x.s.str(a, b) {
		if hasHan(string(r)) && r != '元' && r != '万' {
			return true
		}
	}
	return false
}

// followedByYear reports whether the token stands right before 年, as a year
// of the narrative does (「2023年共收到」).
func (x *extractor) followedByYear(t token) bool {
	r, _ := utf8.DecodeRuneInString(x.s.str(t.end, t.end+3))
	return r == '年'
}

// cutYear splits a year (1990–2100) off the end of fused digits, when what
// is left is a number: "24252.3110822023" → "24252.311082".
func cutYear(raw string) (string, bool) {
	if len(raw) <= 4 {
		return "", false
	}
	head, tail := raw[:len(raw)-4], raw[len(raw)-4:]
	y, err := strconv.Atoi(tail)
	if err != nil || y < 1990 || y > 2100 || head[len(head)-1] == '.' {
		return "", false
	}
	if len(head) > 1 && head[0] == '0' && head[1] != '.' {
		return "", false
	}
	return head, true
}

// quote returns up to n runes of the stream from position p.
func (x *extractor) quote(p, n int) string {
	var out []rune
	for _, r := range x.s.str(p, p+4*n) {
		if len(out) == n || r == utf8.RuneError {
			break
		}
		out = append(out, r)
	}
	return string(out)
}
