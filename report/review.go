package report

import (
	"fmt"
	"regexp"
	"strings"
)

const reviewWidth = 15

var (
	reviewHeader = regexp.MustCompile(`复议后起诉|直接起诉`)
	// reviewColumnWords are the column labels, for a table whose group
	// header (未经复议直接起诉 · 复议后起诉) was not printed.
	reviewColumnWords = regexp.MustCompile(`尚未审结|尚未|审结|结果维持`)
)

// reviewStart returns where table 四's header ends in [a,b): after its
// group labels, or, when a producer dropped them, after the first column
// label; -1 when there is neither.
func (x *extractor) reviewStart(a, b int) int {
	if _, h := x.s.find(reviewHeader, a, b); h >= 0 {
		return h
	}
	_, h := x.s.find(reviewColumnWords, a, b)
	return h
}

// review extracts table 四 from stream span [a,b): the fifteen numbers after
// the table's header, in the order 复议 ×5, 直接起诉 ×5, 复议后起诉 ×5.
func (x *extractor) review(a, b int) {
	h := x.reviewStart(a, b)
	if h < 0 {
		x.problem("review", x.s.lineAt(a), "未找到表四（行政复议、行政诉讼情况）的表头")
		x.nullReview(x.s.lineAt(a))
		return
	}
	toks := x.placeReviewRow(x.reviewTokens(a, h, b), h)
	vals, note := x.reviewValues(toks)
	if vals == nil {
		li := x.s.lineAt(h)
		if len(toks) > 0 {
			li = toks[0].line
		}
		x.problem("review", li, "表四："+note)
		x.nullReview(li)
		return
	}
	for g, grp := range ReviewGroups {
		row := map[string]*Cell{}
		for c, col := range ReviewColumns {
			row[col.Key] = vals[g*len(ReviewColumns)+c]
		}
		x.r.Tables.Review[grp.Key] = row
	}
}

var reconsiderationLabel = regexp.MustCompile(`行政复议`)

// reviewTokens lists the numbers of table 四. They are read from the last
// 行政复议 label before the header (a converter may cut the table into a
// 行政复议 table holding its five numbers and a 行政诉讼 one), and the
// empty cells of header rows (| | 未经复议直接起诉 | |) are no cells.
func (x *extractor) reviewTokens(a, h, b int) []token {
	from := h
	for p := a; ; {
		q, e := x.s.find(reconsiderationLabel, p, h)
		if q < 0 {
			break
		}
		if x.lines[x.s.lineAt(q)].pipe {
			from = e
		}
		p = e
	}
	var out []token
	for _, t := range x.tokens(from, b) {
		if t.blank && t.pipe && x.lines[t.line].labelled {
			continue
		}
		out = append(out, t)
	}
	return out
}

// reviewValues reads the fifteen cells from the tokens after the header.
func (x *extractor) reviewValues(toks []token) ([]*Cell, string) {
	toks = firstRun(toks, reviewWidth)
	if len(toks) == reviewWidth {
		out := make([]*Cell, reviewWidth)
		for i, t := range toks {
			out[i] = x.tokCell(t, High)
		}
		return out, ""
	}
	if !fused(toks, reviewWidth) {
		return nil, fmt.Sprintf("读到 %d 个数，应为 %d 个，无法确定各数对应的列", len(toks), reviewWidth) + x.mergedNote(toks)
	}
	all, complete := readings(toks, reviewWidth)
	if !complete {
		return nil, fmt.Sprintf("数字连在一起（%s），可能的拆分过多，无法确定，未取值", joinRaw(toks))
	}
	var fits [][]string
	for _, o := range all {
		if reviewFits(values(o)) {
			fits = append(fits, o)
		}
	}
	if len(all) == 1 && len(fits) == 0 {
		return nil, fmt.Sprintf("数字连在一起（%s），唯一的拆分（%s）不能使各组总计成立，未取值", joinRaw(toks), strings.Join(all[0], " "))
	}
	if len(fits) != 1 {
		return nil, fmt.Sprintf("数字连在一起（%s），有 %d 种拆分使各组总计成立，无法确定，未取值", joinRaw(toks), len(fits))
	}
	out := make([]*Cell, reviewWidth)
	for i, s := range fits[0] {
		c := &Cell{Raw: s, Confidence: Low, Note: fmt.Sprintf("数字连在一起（%s），按各组总计唯一拆分", joinRaw(toks))}
		x.placeCell(c, toks[0])
		setValue(c, s)
		if len(all) > 1 {
			c.Relations = []string{"review:" + ReviewGroups[i/len(ReviewColumns)].Key}
		} else {
			c.Note = fmt.Sprintf("数字连在一起（%s），按列数只有一种拆分", joinRaw(toks))
		}
		out[i] = c
	}
	return out, ""
}

// firstRun keeps the tokens that make up the table row: all of them when
// they are no more than n, else the first n when the row ends there (the
// rest is narrative on later lines).
func firstRun(toks []token, n int) []token {
	toks = trimBlanks(toks, n)
	if len(toks) <= n {
		return toks
	}
	if toks[n].line != toks[n-1].line {
		return toks[:n]
	}
	return toks
}

// reviewFits reports whether each group's 总计 is the sum of its four results.
func reviewFits(v []float64) bool {
	for g := 0; g < 3; g++ {
		if !rowTotalFits(v[g*5 : g*5+5]) {
			return false
		}
	}
	return true
}

// tokCell makes a cell from one token.
func (x *extractor) tokCell(t token, conf string) *Cell {
	c := &Cell{Raw: t.raw, Confidence: conf}
	x.placeCell(c, t)
	setValue(c, cellText(t))
	if t.placed && t.blank {
		c.Note = "本行数字少于列数，按页面上的列位置判断该格空白"
	}
	if t.note != "" {
		c.Confidence, c.Note = Low, t.note
	}
	return c
}

// nullReview records table 四 as unreadable.
func (x *extractor) nullReview(li int) {
	for _, grp := range ReviewGroups {
		row := map[string]*Cell{}
		for _, col := range ReviewColumns {
			c := &Cell{Confidence: Low}
			if li >= 0 && li < len(x.doc.Lines) {
				c.Line, c.Page = x.doc.Lines[li].No, x.doc.Lines[li].Page
			}
			row[col.Key] = c
		}
		x.r.Tables.Review[grp.Key] = row
	}
}
