package serve

import (
	"strconv"

	"github.com/nianbao/nianbao/report"
)

// grid is one of the report's tables as the page shows it.
type grid struct {
	ID      string
	Title   string
	Columns []string
	Rows    []gridRow
	Missing bool // the table was not found in the report
}

type gridRow struct {
	Label string
	Cells []cellView
}

// cellView is a cell of a grid: its reading and whether findings cite it.
type cellView struct {
	ID, Text, Title string
	Cited, Low      bool
}

// tables builds the three tables, marking the cells cited (key → rules).
func tables(r *report.Report, cited map[string][]string) []grid {
	return []grid{activeGrid(r, cited), appsGrid(r, cited), reviewGrid(r, cited)}
}

func activeGrid(r *report.Report, cited map[string][]string) grid {
	_, old := r.Tables.Active["regulations.made"]
	g := grid{ID: "t-active", Title: "表二 主动公开政府信息情况", Columns: []string{"指标", "数值"}, Missing: len(r.Tables.Active) == 0}
	for _, c := range report.ActiveCells(old || r.Meta.Template == report.Template2019) {
		cv := newCell(c.Key, r.Tables.Active[c.Key], cited)
		g.Rows = append(g.Rows, gridRow{Label: c.Row, Cells: []cellView{{Text: c.Column}, cv}})
	}
	return g
}

func appsGrid(r *report.Report, cited map[string][]string) grid {
	_, single := r.Tables.Applications["other"]
	g := grid{ID: "t-applications", Title: "表三 收到和处理政府信息公开申请情况", Missing: len(r.Tables.Applications) == 0}
	return matrix(g, "applications.", report.AppRows(single), report.AppColumns, r.Tables.Applications, cited)
}

func reviewGrid(r *report.Report, cited map[string][]string) grid {
	rows := make([]report.Row, len(report.ReviewGroups))
	for i, c := range report.ReviewGroups {
		rows[i] = report.Row{Key: c.Key, Label: c.Label}
	}
	g := grid{ID: "t-review", Title: "表四 政府信息公开行政复议、行政诉讼情况", Missing: len(r.Tables.Review) == 0}
	return matrix(g, "review.", rows, report.ReviewColumns, r.Tables.Review, cited)
}

// matrix fills g with rows × columns of cells keyed prefix+row+"."+column.
func matrix(g grid, prefix string, rows []report.Row, cols []report.Column,
	m map[string]map[string]*report.Cell, cited map[string][]string) grid {
	for _, c := range cols {
		g.Columns = append(g.Columns, c.Label)
	}
	for _, row := range rows {
		gr := gridRow{Label: row.Label}
		for _, c := range cols {
			key := prefix + row.Key + "." + c.Key
			gr.Cells = append(gr.Cells, newCell(key, m[row.Key][c.Key], cited))
		}
		g.Rows = append(g.Rows, gr)
	}
	return g
}

// newCell shows a cell: its number, 空 when printed blank, ? when unread,
// with the rules that cite it.
func newCell(key string, c *report.Cell, cited map[string][]string) cellView {
	v := cellView{ID: cellID(key), Text: "?", Title: keyLabel(key)}
	switch {
	case c == nil:
	case c.Value != nil:
		v.Text = strconv.FormatFloat(*c.Value, 'f', -1, 64)
	case c.Blank:
		v.Text = "空"
	}
	if c != nil && c.Line > 0 {
		v.Title += "（第" + strconv.Itoa(c.Line) + "行）"
	}
	v.Low = c != nil && c.Confidence == report.Low
	if rules := cited[key]; len(rules) > 0 {
		v.Cited, v.Title = true, v.Title+"；引用于 "+joinIDs(rules)
	}
	return v
}
