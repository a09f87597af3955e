package render

import (
	"fmt"
	"io"
	"slices"

	"github.com/nianbao/nianbao/engine"
	"github.com/xuri/excelize/v2"
)

func init() {
	register("xlsx", func(Options) Renderer { return XLSX{} })
	binary["xlsx"] = true
}

// XLSX renders an Excel workbook for supervisors: 汇总 (one row per
// report), 发现 (one row per result that did not pass, with its evidence),
// 矩阵 (reports × rules, the outcome in each cell) and 规则 (each rule with
// its weight). Outcomes are coloured by conditional formats, header rows are
// frozen and filtered, and the same audit gives the same bytes.
type XLSX struct{}

// xlsxSheet is one sheet as data: its header, its rows, which columns wrap
// long text, which are coloured by outcome, and how many columns stay in
// view when scrolling right.
type xlsxSheet struct {
	name   string
	header []string
	rows   [][]any
	wrap   []int // columns (0-based) of long text
	paint  []int // columns coloured by the outcome words in them
	frozen int   // columns frozen at the left
}

// xlsxDate is the fixed creation date written into the workbook, so the same
// audit always gives the same bytes.
const xlsxDate = "1980-01-01T00:00:00Z"

// Render writes the workbook.
func (XLSX) Render(w io.Writer, a *engine.Audit) error {
	sheets := []xlsxSheet{summarySheet(a), findingsSheet(a), matrixSheet(a), rulesSheet(a)}
	return writeWorkbook(w, a.Tool, "政府信息公开工作年度报告检查结果", sheets)
}

// writeWorkbook writes the sheets as a workbook with fixed properties.
func writeWorkbook(w io.Writer, tool engine.Tool, title string, sheets []xlsxSheet) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheets[0].name); err != nil {
		return err
	}
	st, err := newXlsxStyles(f)
	if err != nil {
		return err
	}
	for i, s := range sheets {
		if i > 0 {
			if _, err := f.NewSheet(s.name); err != nil {
				return err
			}
		}
		if err := writeSheet(f, st, s); err != nil {
			return fmt.Errorf("sheet %s: %w", s.name, err)
		}
	}
	if err := f.SetDocProps(&excelize.DocProperties{Creator: tool.Name, LastModifiedBy: tool.Name,
		Title: title, Description: toolLine(tool), Created: xlsxDate, Modified: xlsxDate}); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// writeSheet fills a sheet and sets its styles, widths, panes and filter.
func writeSheet(f *excelize.File, st xlsxStyles, s xlsxSheet) error {
	lastCell := xlsxCell(len(s.header)-1, len(s.rows)+1)
	steps := []func() error{
		func() error { return f.SetSheetRow(s.name, "A1", &s.header) },
		func() error { return writeRows(f, s) },
		func() error { return f.SetCellStyle(s.name, "A1", xlsxCell(len(s.header)-1, 1), st.header) },
		func() error { return f.SetPanes(s.name, xlsxPanes(s.frozen)) },
		func() error { return f.AutoFilter(s.name, "A1:"+lastCell, nil) },
		func() error { return setWidths(f, st, s) },
		func() error { return xlsxPaint(f, st, s) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func writeRows(f *excelize.File, s xlsxSheet) error {
	for i, row := range s.rows {
		if err := f.SetSheetRow(s.name, xlsxCell(0, i+2), &row); err != nil {
			return err
		}
	}
	return nil
}

// xlsxCell names the cell at a 0-based column and a 1-based row.
func xlsxCell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, row)
	return name
}

// xlsxPanes freezes the header row and the first columns.
func xlsxPanes(cols int) *excelize.Panes {
	p := &excelize.Panes{Freeze: true, XSplit: cols, YSplit: 1, TopLeftCell: xlsxCell(cols, 2), ActivePane: "bottomLeft"}
	if cols > 0 {
		p.ActivePane = "bottomRight"
	}
	return p
}

// setWidths sizes each column to its widest cell in display columns (a Han
// character is two), within bounds; long-text columns wrap at the bound.
func setWidths(f *excelize.File, st xlsxStyles, s xlsxSheet) error {
	for c := range s.header {
		w := cellWidth(s.header[c]) + 2
		for _, row := range s.rows {
			w = max(w, cellWidth(row[c])+2)
		}
		bound := 40
		if slices.Contains(s.wrap, c) {
			bound = 60
			if len(s.rows) > 0 {
				if err := f.SetCellStyle(s.name, xlsxCell(c, 2), xlsxCell(c, len(s.rows)+1), st.wrap); err != nil {
					return err
				}
			}
		}
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := f.SetColWidth(s.name, col, col, float64(min(max(w, 6), bound))); err != nil {
			return err
		}
	}
	return nil
}

func cellWidth(v any) int {
	if v == nil {
		return 0
	}
	return narrow.StringWidth(fmt.Sprint(v))
}

// xlsxStyles are the style ids of a workbook.
type xlsxStyles struct {
	header, wrap int
	words        []excelize.ConditionalFormatOptions // fills by outcome word
}

// Fills (font, background) of the outcome words, as Excel's own presets.
var (
	xlsxRed    = [2]string{"9C0006", "FFC7CE"}
	xlsxYellow = [2]string{"9C5700", "FFEB9C"}
	xlsxGreen  = [2]string{"006100", "C6EFCE"}
	xlsxWords  = []struct {
		word string
		fill [2]string
	}{
		{"不通过", xlsxRed}, {"无法读取", xlsxRed}, {"不合格", xlsxRed}, {"严重", xlsxRed},
		{"需人工核查", xlsxYellow}, {"无法判断", xlsxYellow}, {"警告", xlsxYellow}, {"通过", xlsxGreen},
	}
)

func newXlsxStyles(f *excelize.File) (xlsxStyles, error) {
	var st xlsxStyles
	var err error
	if st.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}},
		Alignment: &excelize.Alignment{Vertical: "center"}}); err != nil {
		return st, err
	}
	if st.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		return st, err
	}
	for _, w := range xlsxWords {
		id, err := f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: w.fill[0]},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{w.fill[1]}}})
		if err != nil {
			return st, err
		}
		// A text criterion is a formula operand: the word in double quotes.
		st.words = append(st.words, excelize.ConditionalFormatOptions{Type: "cell", Criteria: "==", Value: `"` + w.word + `"`, Format: &id})
	}
	return st, nil
}

// xlsxPaint colours the outcome words in the sheet's painted columns.
func xlsxPaint(f *excelize.File, st xlsxStyles, s xlsxSheet) error {
	if len(s.rows) == 0 {
		return nil
	}
	for _, c := range s.paint {
		if err := f.SetConditionalFormat(s.name, xlsxCell(c, 2)+":"+xlsxCell(c, len(s.rows)+1), st.words); err != nil {
			return err
		}
	}
	return nil
}

func summarySheet(a *engine.Audit) xlsxSheet {
	s := xlsxSheet{name: "汇总", paint: []int{7}, wrap: []int{13},
		header: []string{"文件", "机关", "年度", "层级", "模板", "发布日期", "得分", "等级", "通过", "不通过", "不适用", "需人工", "错误", "说明"}}
	for i := range a.Reports {
		r, m := &a.Reports[i], meta(&a.Reports[i])
		if r.Error != "" {
			s.rows = append(s.rows, []any{r.File, nil, nil, nil, nil, nil, nil, "无法读取", nil, nil, nil, nil, nil, r.Error})
			continue
		}
		c := r.Counts
		s.rows = append(s.rows, []any{r.File, m.Agency, yearValue(m.Year), xlsxLabel(LevelLabel, m.Level),
			xlsxLabel(TemplateLabel, m.Template), m.Published, scoreValue(r.Score), gradeText(r),
			c.Pass, c.Fail, c.NA, c.Manual, c.Error, nil})
	}
	return s
}

func findingsSheet(a *engine.Audit) xlsxSheet {
	s := xlsxSheet{name: "发现", paint: []int{6, 8}, wrap: []int{4, 9, 10},
		header: []string{"文件", "机关", "年度", "规则", "检查项", "类别", "严重程度", "权重", "结果", "说明", "证据"}}
	for i := range a.Reports {
		r, m := &a.Reports[i], meta(&a.Reports[i])
		if r.Error != "" {
			s.rows = append(s.rows, []any{r.File, nil, nil, nil, nil, nil, nil, nil, "无法读取", r.Error, nil})
		}
		for _, res := range r.Results {
			if finding(res) {
				s.rows = append(s.rows, []any{r.File, m.Agency, yearValue(m.Year), res.Rule, res.Title,
					CategoryLabel(res.Category), SeverityLabel(res.Severity), res.Weight, resultLabel(res),
					explanation(res), evidenceCompact(res.Evidence)})
			}
		}
	}
	return s
}

func matrixSheet(a *engine.Audit) xlsxSheet {
	rules := auditRules(a)
	s := xlsxSheet{name: "矩阵", frozen: 1, header: []string{"文件", "机关", "年度", "得分", "等级"}}
	for i, r := range rules {
		s.header = append(s.header, r.Rule)
		s.paint = append(s.paint, 5+i)
	}
	s.paint = append(s.paint, 4)
	for i := range a.Reports {
		r, m := &a.Reports[i], meta(&a.Reports[i])
		row := []any{r.File, m.Agency, yearValue(m.Year), scoreValue(r.Score), gradeText(r)}
		if r.Error != "" {
			row = []any{r.File, nil, nil, nil, "无法读取"}
		}
		s.rows = append(s.rows, append(row, matrixCells(r, rules)...))
	}
	return s
}

// matrixCells are a report's outcomes in the order of the rules; blank
// where the rule was not run on the report.
func matrixCells(r *engine.ReportResult, rules []engine.Result) []any {
	out := make([]any, len(rules))
	for _, res := range r.Results {
		for i := range rules {
			if rules[i].Rule == res.Rule {
				out[i] = resultLabel(res)
			}
		}
	}
	return out
}

func rulesSheet(a *engine.Audit) xlsxSheet {
	s := xlsxSheet{name: "规则", paint: []int{3}, wrap: []int{1, 6},
		header: []string{"规则", "检查项", "类别", "严重程度", "权重", "门槛", "依据"}}
	for _, r := range auditRules(a) {
		gate := ""
		if r.Gate {
			gate = "是"
		}
		s.rows = append(s.rows, []any{r.Rule, r.Title, CategoryLabel(r.Category), SeverityLabel(r.Severity), r.Weight, gate, r.Cite})
	}
	return s
}

func yearValue(y int) any {
	if y == 0 {
		return nil
	}
	return y
}

func scoreValue(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// xlsxLabel is the Chinese label of a key, or blank for no key.
func xlsxLabel(f func(string) string, key string) string {
	if key == "" {
		return ""
	}
	return f(key)
}
