package render

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/nianbao/nianbao/compare"
)

func init() { registerCompare("csv", func(Options) CompareRenderer { return CompareCSV{} }) }

// CompareCSV renders the matrix of a comparison for a spreadsheet: one row
// per compared report (its rank in its year, score, counts and the outcome
// of every rule), then one row per input left out with the reason. UTF-8
// with a byte-order mark, RFC 4180 quoting, CRLF line ends, as the audit CSV.
type CompareCSV struct{}

// RenderComparison writes the matrix as CSV.
func (CompareCSV) RenderComparison(w io.Writer, c *compare.Comparison) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	rows := append([][]string{compareCSVHeader(c)}, compareCSVRows(c)...)
	for _, row := range rows {
		for i := range row {
			row[i] = inert(row[i])
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw.WriteAll(rows)
}

// compareLead are the columns before the rules.
var compareLead = []string{"机关", "年度", "名次", "得分", "等级", "通过", "不通过", "不适用", "需人工", "错误", "文件"}

func compareCSVHeader(c *compare.Comparison) []string {
	h := append([]string{}, compareLead...)
	for _, r := range c.Rules {
		h = append(h, r.ID)
	}
	return append(h, "说明")
}

func compareCSVRows(c *compare.Comparison) [][]string {
	ranks := rankOfReport(c)
	var rows [][]string
	for i, e := range c.Reports {
		row := []string{e.Name(), strconv.Itoa(e.Year), ranks[i], blankDash(score(e.Score)), e.Grade}
		row = append(append(row, countCells(e.Counts)...), e.File)
		for _, r := range c.Rules {
			row = append(row, blankDash(outcomeText(painter{}, e, r.ID)))
		}
		rows = append(rows, append(row, ""))
	}
	width := len(compareLead) + len(c.Rules) + 1
	for _, s := range c.Skipped {
		rows = append(rows, leftOutRow(width, s.File, "未参加比较", s.Reason))
	}
	for _, u := range c.Unreadable {
		rows = append(rows, leftOutRow(width, u.File, "无法读取", u.Error))
	}
	return rows
}

// leftOutRow is the row of an input left out: its file, why in 等级, and
// the reason in 说明.
func leftOutRow(width int, file, why, reason string) []string {
	row := make([]string, width)
	row[4], row[10], row[width-1] = why, file, reason
	return row
}

// rankOfReport gives each compared report its rank in its year ("" when
// its year has no ranking or it has no score).
func rankOfReport(c *compare.Comparison) []string {
	out := make([]string, len(c.Reports))
	for _, rk := range c.Rankings {
		for _, r := range rk.Entries {
			if r.Rank > 0 {
				out[r.Report] = strconv.Itoa(r.Rank)
			}
		}
	}
	return out
}
