package render

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/engine"
)

func init() { register("csv", func(Options) Renderer { return CSV{} }) }

// CSV renders one row per report and rule for a spreadsheet: UTF-8 with a
// byte-order mark (without it Excel reads the Chinese as GBK), RFC 4180
// quoting and CRLF line ends. An unreadable file is one row with its error.
type CSV struct{}

// csvHeader names the columns.
var csvHeader = []string{"文件", "机关", "年度", "层级", "得分", "等级",
	"规则", "检查项", "类别", "严重程度", "权重", "结果", "说明", "证据"}

// Render writes the audit as CSV.
func (CSV) Render(w io.Writer, a *engine.Audit) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	rows := [][]string{csvHeader}
	for i := range a.Reports {
		rows = append(rows, csvRows(&a.Reports[i])...)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	for _, row := range rows {
		for i := range row {
			row[i] = inert(row[i])
		}
	}
	return cw.WriteAll(rows)
}

// csvRows are a report's rows; a report without results still has one.
func csvRows(r *engine.ReportResult) [][]string {
	m := meta(r)
	head := []string{r.File, m.Agency, blankZero(m.Year), blankDash(LevelLabel(m.Level)), blankDash(score(r.Score)), r.Grade}
	if r.Error != "" {
		return [][]string{append(head, "", "", "", "", "", "无法读取", r.Error, "")}
	}
	if len(r.Results) == 0 {
		return [][]string{append(head, make([]string, len(csvHeader)-len(head))...)}
	}
	rows := make([][]string, 0, len(r.Results))
	for _, res := range r.Results {
		rows = append(rows, append(slices.Clip(head), res.Rule, res.Title, CategoryLabel(res.Category),
			SeverityLabel(res.Severity), number(res.Weight), resultLabel(res), explanation(res),
			evidenceCompact(res.Evidence)))
	}
	return rows
}

func blankZero(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func blankDash(s string) string {
	if s == "—" {
		return ""
	}
	return s
}

// inert keeps a spreadsheet from running a cell as a formula: text from a
// report that starts like one (=, +, -, @, tab, CR) gets a leading quote.
func inert(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
