package render

import (
	"io"

	"github.com/nianbao/nianbao/compare"
	"github.com/nianbao/nianbao/engine"
)

func init() {
	registerCompare("xlsx", func(Options) CompareRenderer { return CompareXLSX{} })
}

// CompareXLSX renders a comparison as an Excel workbook: 排名 (each year's
// agencies by score) and 趋势 (each agency's years, with category scores
// and key cells) where the comparison has them, 矩阵 (every compared report
// × rule, as the CSV), 通过率 (per rule) and 逐年变化 (per pair of years:
// cross-year rules, changed outcomes, changed cells). Styled as the audit
// workbook: coloured outcomes, frozen and filtered header rows, the same
// bytes for the same comparison.
type CompareXLSX struct{}

// RenderComparison writes the workbook.
func (CompareXLSX) RenderComparison(w io.Writer, c *compare.Comparison) error {
	var sheets []xlsxSheet
	if len(c.Rankings) > 0 {
		sheets = append(sheets, rankingSheet(c))
	}
	if len(c.Trends) > 0 {
		sheets = append(sheets, trendSheet(c))
	}
	sheets = append(sheets, compareMatrixSheet(c), ratesSheet(c))
	if len(c.Trends) > 0 {
		sheets = append(sheets, changesSheet(c))
	}
	return writeWorkbook(w, c.Tool, "政府信息公开工作年度报告比较", sheets)
}

func rankingSheet(c *compare.Comparison) xlsxSheet {
	s := xlsxSheet{name: "排名", paint: []int{4},
		header: []string{"年度", "名次", "机关", "得分", "等级", "通过", "不通过", "不适用", "需人工", "错误", "文件"}}
	for _, rk := range c.Rankings {
		for _, r := range rk.Entries {
			e := c.Reports[r.Report]
			var rank any
			if r.Rank > 0 {
				rank = r.Rank
			}
			s.rows = append(s.rows, append([]any{rk.Year, rank, e.Name(), scoreValue(e.Score), entryGrade(e)},
				countValues(e.Counts, e.File)...))
		}
	}
	return s
}

func trendSheet(c *compare.Comparison) xlsxSheet {
	s := xlsxSheet{name: "趋势", paint: []int{3}, frozen: 1, header: []string{"机关", "年度", "得分", "等级"}}
	for _, cat := range engine.Categories {
		s.header = append(s.header, cat.Title)
	}
	s.header = append(s.header, "通过", "不通过", "不适用", "需人工", "错误", "文件")
	for _, k := range c.Cells {
		s.header = append(s.header, k.Label)
	}
	for _, t := range c.Trends {
		for _, i := range t.Reports {
			s.rows = append(s.rows, trendRow(c, t.Agency, c.Reports[i]))
		}
	}
	return s
}

func trendRow(c *compare.Comparison, agency string, e compare.Entry) []any {
	row := []any{agency, e.Year, scoreValue(e.Score), entryGrade(e)}
	for _, cat := range engine.Categories {
		var v *float64
		for _, cs := range e.Categories {
			if cs.ID == cat.ID {
				v = cs.Score
			}
		}
		row = append(row, scoreValue(v))
	}
	row = append(row, countValues(e.Counts, e.File)...)
	for _, k := range c.Cells {
		row = append(row, scoreValue(e.Values[k.Key]))
	}
	return row
}

// countValues are the outcome counts, then the file.
func countValues(n engine.Counts, file string) []any {
	return []any{n.Pass, n.Fail, n.NA, n.Manual, n.Error, file}
}

// compareMatrixSheet is the CSV's matrix, numbers as numbers.
func compareMatrixSheet(c *compare.Comparison) xlsxSheet {
	s := xlsxSheet{name: "矩阵", frozen: 1, paint: []int{4}, wrap: []int{len(compareLead) + len(c.Rules)},
		header: compareCSVHeader(c)}
	for i := range c.Rules {
		s.paint = append(s.paint, len(compareLead)+i)
	}
	for _, row := range compareCSVRows(c) {
		cells := make([]any, len(row))
		for i, v := range row {
			cells[i] = v
		}
		s.rows = append(s.rows, cells)
	}
	numbers(s.rows, 1, 2, 3, 5, 6, 7, 8, 9)
	return s
}
