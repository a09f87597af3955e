package matrix

import "strings"

// cell is one printed table cell.
type cell struct {
	text   string
	rs, cs int  // row and column span, 0 = 1
	head   bool // a header cell
	label  bool // a row label cell
}

// grid is a table as printed: rows of cells, spans included.
type grid [][]cell

// Layout says how a table's cells are arranged.
type Layout string

const (
	// Merged is the national template's layout: spanning headers, group
	// labels spanning their rows, one-value rows spanning the columns.
	Merged Layout = "merged"
	// Flat is the same table without any span, as left by tools that
	// undo merged cells: the spanned slots are empty cells.
	Flat Layout = "flat"
)

func hd(t string, rs, cs int) cell { return cell{text: t, rs: rs, cs: cs, head: true} }
func lb(t string, rs, cs int) cell { return cell{text: t, rs: rs, cs: cs, label: true} }
func vl(t string, cs int) cell     { return cell{text: t, cs: cs} }

// empties returns n empty cells.
func empties(n int, head bool) []cell {
	out := make([]cell, n)
	for i := range out {
		out[i].head = head
	}
	return out
}

// activeGrid prints table 二.
func (s *Source) activeGrid(l Layout) grid {
	groups := active2021
	if s.Old2019 {
		groups = active2019
	}
	var g grid
	for _, grp := range groups {
		if l == Merged {
			g = append(g, []cell{hd(grp.item, 0, 4)})
			g = append(g, spread(append([]cell{hd("信息内容", 0, 0)}, heads(grp.headers)...), 4))
		} else {
			g = append(g, append([]cell{hd(grp.item, 0, 0)}, empties(3, true)...))
			g = append(g, pad(append([]cell{hd("信息内容", 0, 0)}, heads(grp.headers)...), 4, true))
		}
		for _, r := range grp.rows {
			row := []cell{lb(r.label, 0, 0)}
			for _, c := range r.cols {
				row = append(row, vl(s.value("active."+r.key+"."+c), 0))
			}
			if l == Merged {
				g = append(g, spread(row, 4))
			} else {
				g = append(g, pad(row, 4, false))
			}
		}
	}
	return g
}

func heads(ts []string) []cell {
	out := make([]cell, len(ts))
	for i, t := range ts {
		out[i] = hd(t, 0, 0)
	}
	return out
}

// spread widens the last cell of a row to fill width columns.
func spread(row []cell, width int) []cell {
	if n := len(row); n < width {
		row[n-1].cs = width - n + 1
	}
	return row
}

// pad fills a row to width columns with empty cells.
func pad(row []cell, width int, head bool) []cell {
	return append(row, empties(width-len(row), head)...)
}

const appNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

var appHeads = []string{"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"}

// appsGrid prints table 三.
func (s *Source) appsGrid(l Layout) grid {
	rows := appRows(s.SingleOther)
	values := func(key string) []cell {
		var out []cell
		for _, c := range appColumns {
			out = append(out, vl(s.value("applications."+key+"."+c), 0))
		}
		return out
	}
	if l == Flat {
		g := grid{
			append([]cell{hd(appNote, 0, 0), hd("申请人情况", 0, 0)}, empties(6, true)...),
			append([]cell{hd("", 0, 0), hd("自然人", 0, 0), hd("法人或其他组织", 0, 0)}, append(empties(4, true), hd("总计", 0, 0))...),
			append(append([]cell{hd("", 0, 0), hd("", 0, 0)}, heads(appHeads)...), hd("", 0, 0)),
		}
		group := ""
		for i, r := range rows {
			if r.result && (i == 0 || !rows[i-1].result) {
				g = append(g, append([]cell{lb("三、本年度办理结果", 0, 0)}, empties(7, false)...))
			}
			if r.group != "" && r.group != group {
				g = append(g, append([]cell{lb(r.group, 0, 0)}, empties(7, false)...))
			}
			group = r.group
			g = append(g, append([]cell{lb(r.label, 0, 0)}, values(r.key)...))
		}
		return g
	}
	g := grid{
		{hd(appNote, 3, 3), hd("申请人情况", 0, 7)},
		{hd("自然人", 2, 0), hd("法人或其他组织", 0, 5), hd("总计", 2, 0)},
		heads(appHeads),
	}
	results := 0
	for _, r := range rows {
		if r.result {
			results++
		}
	}
	for i, r := range rows {
		var row []cell
		if r.result && (i == 0 || !rows[i-1].result) {
			row = append(row, lb("三、本年度办理结果", results, 0))
		}
		switch {
		case !r.result:
			row = append(row, lb(r.label, 0, 3))
		case r.group == "":
			row = append(row, lb(r.label, 0, 2))
		case rows[i-1].group != r.group:
			n := 0
			for _, o := range rows {
				if o.group == r.group {
					n++
				}
			}
			row = append(row, lb(r.group, n, 0), lb(r.label, 0, 0))
		default:
			row = append(row, lb(r.label, 0, 0))
		}
		g = append(g, append(row, values(r.key)...))
	}
	return g
}

// reviewGrid prints table 四.
func (s *Source) reviewGrid(l Layout) grid {
	var g grid
	if l == Merged {
		g = grid{
			{hd("行政复议", 2, 5), hd("行政诉讼", 0, 10)},
			{hd("未经复议直接起诉", 0, 5), hd("复议后起诉", 0, 5)},
		}
	} else {
		g = grid{
			append(append(append([]cell{hd("行政复议", 0, 0)}, empties(4, true)...), hd("行政诉讼", 0, 0)), empties(9, true)...),
			append(append(append(empties(5, true), hd("未经复议直接起诉", 0, 0)), empties(4, true)...), append([]cell{hd("复议后起诉", 0, 0)}, empties(4, true)...)...),
		}
	}
	var labels, values []cell
	for _, grp := range reviewGroups {
		for i, c := range reviewColumns {
			labels = append(labels, hd(reviewLabels[i], 0, 0))
			values = append(values, vl(s.value("review."+grp+"."+c), 0))
		}
	}
	return append(g, labels, values)
}

// plainText is a cell's text with the characters HTML needs escaped.
func plainText(t string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(t)
}
