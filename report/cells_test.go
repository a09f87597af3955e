package report_test

import (
	"strings"

	"github.com/nianbao/nianbao/report"
)

// appCols are table 三's columns in print order.
var appCols = []string{"natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"}

// cellsText joins the cells of a row as read: the raw number, "_" for a
// blank cell, "?" for an unread one. cols defaults to table 三's columns.
func cellsText(row map[string]*report.Cell, cols ...string) string {
	if len(cols) == 0 {
		cols = appCols
	}
	var out []string
	for _, c := range cols {
		switch cell := row[c]; {
		case cell == nil || cell.Value == nil && !cell.Blank:
			out = append(out, "?")
		case cell.Blank:
			out = append(out, "_")
		default:
			out = append(out, cell.Raw)
		}
	}
	return strings.Join(out, " ")
}

// reviewText joins the fifteen cells of table 四 as cellsText does.
func reviewText(r *report.Report) string {
	var out []string
	for _, g := range []string{"reconsideration", "litigation_direct", "litigation_after"} {
		out = append(out, cellsText(r.Tables.Review[g], "upheld", "corrected", "other", "pending", "total"))
	}
	return strings.Join(out, " ")
}
