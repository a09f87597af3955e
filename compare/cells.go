package compare

import (
	"strings"

	"github.com/nianbao/nianbao/report"
)

// KeyCells are the cells followed across reports: the applications
// received, carried over and handled, and the review and litigation totals.
var KeyCells = []KeyCell{
	{"applications.new.total", "本年新收申请"},
	{"applications.carried_in.total", "上年结转申请"},
	{"applications.total.total", "办理结果总计"},
	{"applications.granted.total", "予以公开"},
	{"applications.carried_out.total", "结转下年度继续办理"},
	{"review.reconsideration.total", "行政复议总计"},
	{"review.litigation_direct.total", "行政诉讼总计（未经复议）"},
	{"review.litigation_after.total", "行政诉讼总计（复议后）"},
}

// values reads the key cells of a report: a blank cell counts 0, as in the
// arithmetic rules; a missing or unreadable one is nil.
func values(r *report.Report) map[string]*float64 {
	out := make(map[string]*float64, len(KeyCells))
	for _, k := range KeyCells {
		out[k.Key] = nil
		if r != nil {
			out[k.Key] = number(cell(&r.Tables, k.Key))
		}
	}
	return out
}

// cell finds "applications.row.col" or "review.group.col" in the tables.
func cell(t *report.Tables, key string) *report.Cell {
	parts := strings.Split(key, ".")
	if len(parts) != 3 {
		return nil
	}
	switch parts[0] {
	case "applications":
		return t.Applications[parts[1]][parts[2]]
	case "review":
		return t.Review[parts[1]][parts[2]]
	}
	return nil
}

func number(c *report.Cell) *float64 {
	v, ok := c.Number()
	if !ok {
		return nil
	}
	return &v
}

// sameValue reports whether two readings are equal (both missing counts).
func sameValue(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
