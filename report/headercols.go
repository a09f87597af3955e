package report

import (
	"regexp"
	"unicode/utf8"
)

// Column positions from the header. When no row of a positioned table is
// complete (every row has a blank cell), the columns a short row is read by
// come from where the header's column labels stand.

// appHeaderWords are table 三's column labels, each as the fragments a
// wrapped header cell may show, the fullest first.
var appHeaderWords = []*regexp.Regexp{
	regexp.MustCompile(`自然人|自然`),
	regexp.MustCompile(`商业企业|商业`),
	regexp.MustCompile(`科研机构|科研`),
	regexp.MustCompile(`社会公益组织|社会公益|社会`),
	regexp.MustCompile(`法律服务机构|法律服务|法律`),
	regexp.MustCompile(`其他|其`),
	regexp.MustCompile(`总计|总`),
}

// headerCentres returns the centre of each column label of words in stream
// span [a,b) of a positioned table, or nil unless every label is found on
// a positioned line and they run left to right. 其他 inside 法人或其他组织
// is not a column label.
func (x *extractor) headerCentres(words []*regexp.Regexp, a, b int) []float64 {
	out := make([]float64, len(words))
	for i, re := range words {
		out[i] = -1
		for from := a; from < b && out[i] < 0; {
			p, e := x.s.find(re, from, b)
			if p < 0 {
				return nil
			}
			from = e
			if p >= len("或") && x.s.text[p-len("或"):p] == "或" {
				continue
			}
			if cx, ok := x.spanX(p, e); ok {
				out[i] = cx
			}
		}
		if out[i] < 0 || i > 0 && out[i] <= out[i-1] {
			return nil
		}
	}
	return out
}

// spanX returns the horizontal centre of stream span [p,e) on its
// positioned line, interpolated within the piece it lies in by character.
func (x *extractor) spanX(p, e int) (float64, bool) {
	li := x.s.lineAt(p)
	if x.s.lineAt(e-1) != li {
		return 0, false
	}
	l := x.doc.Lines[li]
	start, end := int(x.s.off[p]), int(x.s.off[e-1])
	for _, c := range l.Cells {
		if start < c.Start || end >= c.End {
			continue
		}
		n := float64(utf8.RuneCountInString(l.Text[c.Start:c.End]))
		if n == 0 {
			return 0, false
		}
		w := (c.X1 - c.X0) / n
		from := float64(utf8.RuneCountInString(l.Text[c.Start:start]))
		to := float64(utf8.RuneCountInString(l.Text[c.Start:end])) + 1
		return c.X0 + w*(from+to)/2, true
	}
	return 0, false
}

// placeReviewRow reads a positioned table 四 value row with blank cells by
// the columns of its header: the header line after stream position h that
// holds one piece per column (结果 结果 其他 尚未 总计 ×3, the first line of
// wrapped labels). Other rows are returned as they are.
func (x *extractor) placeReviewRow(toks []token, h int) []token {
	row := firstRun(toks, reviewWidth)
	if len(row) == 0 || len(row) >= reviewWidth || !x.positioned(row) || row[0].line != row[len(row)-1].line {
		return toks
	}
	for li := x.s.lineAt(h); li < row[0].line; li++ {
		if cells := x.doc.Lines[li].Cells; len(cells) == reviewWidth && !hasDigit(x.doc.Lines[li].Text) {
			centres := make([]float64, reviewWidth)
			for i, c := range cells {
				centres[i] = (c.X0 + c.X1) / 2
			}
			if placed := x.placeByColumns(row, centres); placed != nil {
				return placed
			}
		}
	}
	return toks
}
