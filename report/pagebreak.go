package report

import (
	"regexp"
	"strings"

	"github.com/nianbao/nianbao/ingest"
)

// Rows broken by a page break. A producer that lets a table row break
// across pages (Chromium, LibreOffice, Word) prints the rest of a wrapped
// row label at the top of the next page, in a row of its own with no
// number: 「4.无正当」 with the row's numbers at the foot of one page,
// 「理由大量反复申请」 at the head of the next. Such a row belongs to the
// last row of the table part before it, slot by slot.

// joinPageBreaks returns the tables with each continuation row joined to
// the row it continues, and the document lines those rows stood on.
func joinPageBreaks(doc *ingest.Document, tables []ingest.Table) ([]ingest.Table, map[int]bool) {
	out := make([]ingest.Table, len(tables))
	copy(out, tables)
	gone := map[int]bool{}
	running := runningLines(doc)
	for i := 1; i < len(out); i++ {
		prev, cur := &out[i-1], &out[i]
		if !continues(doc, running, *prev, *cur) {
			continue
		}
		last := len(prev.Cells) - 1
		row := append([]string(nil), prev.Cells[last]...)
		// The parts may differ in width (a column empty on one page is
		// not drawn there); the value columns are the rightmost, so the
		// slots are matched from the right.
		shift := len(cur.Cells[0]) - len(row)
		for j, c := range cur.Cells[0] {
			if c = strings.TrimSpace(c); c != "" && !isSpanCopy(*cur, 0, j) {
				k := max(j-shift, 0)
				row[firstSlot(*prev, last, min(k, len(row)-1))] += c
			}
		}
		prev.Cells = append(append([][]string(nil), prev.Cells[:last]...), row)
		gone[cur.Line-1] = true
	}
	return out, gone
}

// rowStart matches the start of a row label: a numbering (一、 （一） 1.)
// or the head of a table 二 label (as much of it as a narrow cell's first
// line holds: 「行政规范」 of 行政规范性文件).
var rowStart = regexp.MustCompile(`^(?:[一二三四五六七八九十]{1,2}[、.]|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、]|行政规范|规范性|规章|行政许可|其他对外|行政处罚|行政强制|行政事业|政府集中)`)

// startsRowLabel reports whether a row's text begins a label of its own,
// so that it is a row and not the rest of a wrapped label.
func startsRowLabel(text string) bool {
	return rowStart.MatchString(compact(text))
}

// continues reports whether cur's first row is the rest of prev's last row:
// prev ends its page and cur begins the next, with nothing but running
// headers or page numbers between, and cur's first row has words only in
// its left (label) cells: no digit, and its last cell empty.
func continues(doc *ingest.Document, running map[int]bool, prev, cur ingest.Table) bool {
	if prev.Page == 0 || cur.Page != prev.Page+1 || len(prev.Cells) == 0 || len(cur.Cells) == 0 {
		return false
	}
	first, last := cur.Cells[0], prev.Cells[len(prev.Cells)-1]
	if len(last) == 0 || len(first) < 2 || strings.TrimSpace(first[len(first)-1]) != "" ||
		hasDigit(strings.Join(first, "")) || strings.TrimSpace(strings.Join(first, "")) == "" {
		return false
	}
	if startsRowLabel(strings.Join(first, "")) {
		return false // a row of its own, printed blank
	}
	from, to := prev.Line-1+len(prev.Cells), cur.Line-1
	for li := from; li < to && li < len(doc.Lines); li++ {
		if strings.TrimSpace(doc.Lines[li].Text) != "" && !skipLine(doc, li) && !running[li] {
			return false
		}
	}
	return true
}

// isSpanCopy reports whether slot (r, j) of t repeats a spanning cell.
func isSpanCopy(t ingest.Table, r, j int) bool {
	return r < len(t.Span) && j < len(t.Span[r]) && t.Span[r][j]
}

// firstSlot returns the slot of row r holding the cell that covers slot j:
// j itself, or the first slot to its left of the same colspan.
func firstSlot(t ingest.Table, r, j int) int {
	for j > 0 && isSpanCopy(t, r, j) && t.Cells[r][j-1] == t.Cells[r][j] {
		j--
	}
	return j
}
