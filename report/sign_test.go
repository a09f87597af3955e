package report_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// table2019 writes table 二 of the 2019 template with the 本年增/减 cell of
// 行政许可 as given, in one of three shapes: plain text rows, Markdown pipe
// rows, or an HTML grid.
func table2019(shape, change string) (name, body string) {
	rows := [][]string{
		{"规章", "1", "1", "5"},
		{"规范性文件", "2", "2", "9"},
		{"行政许可", "40", change, "181"},
		{"其他对外管理服务事项", "3", "0", "15"},
		{"行政处罚", "26", "—", "430"},
		{"行政强制", "12", "-", "25"},
		{"行政事业性收费", "7", "0"},
		{"政府集中采购", "3", "94.5"},
	}
	head := "二、主动公开政府信息情况\n"
	header := []string{"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"}
	header2 := []string{"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"}
	tail := "\n三、收到和处理政府信息公开申请情况\n"
	var b strings.Builder
	switch shape {
	case "text":
		b.WriteString(head + strings.Join(header, " ") + "\n")
		for i, r := range rows {
			if i == 2 {
				b.WriteString(strings.Join(header2, " ") + "\n")
			}
			b.WriteString(strings.Join(r, "  ") + "\n")
		}
		return "sign.txt", b.String() + tail
	case "pipe":
		b.WriteString(head + "| " + strings.Join(header, " | ") + " |\n|---|---|---|---|\n")
		for i, r := range rows {
			if i == 2 {
				b.WriteString("| " + strings.Join(header2, " | ") + " |\n")
			}
			b.WriteString("| " + strings.Join(r, " | ") + " |\n")
		}
		return "sign.md", b.String() + tail
	}
	b.WriteString("<html><body><p>二、主动公开政府信息情况</p><table>")
	cells := func(r []string) {
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<td>" + c + "</td>")
		}
		b.WriteString("</tr>")
	}
	cells(header)
	for i, r := range rows {
		if i == 2 {
			cells(header2)
		}
		cells(r)
	}
	b.WriteString("</table><p>三、收到和处理政府信息公开申请情况</p></body></html>")
	return "sign.html", b.String()
}

func extractNamed(t *testing.T, name, body string) *report.Report {
	t.Helper()
	doc, err := ingest.Parse(name, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	return report.Extract(doc)
}

// Issue 8 shape 6: the minus of a negative 本年增/减 is kept in text, pipe
// rows and HTML grids, whichever minus is written; a dash alone stays a blank
// cell, and the other cells of the table are unchanged.
func TestIssue8SignedChangeColumn(t *testing.T) {
	changes := map[string]float64{"-15": -15, "－15": -15, "−15": -15, "减15": -15, "15": 15, "+15": 15, "15-": -15}
	for _, shape := range []string{"text", "pipe", "html"} {
		for written, want := range changes {
			if written == "15-" && shape == "text" {
				continue // a trailing minus is read in a cell of its own only
			}
			name, body := table2019(shape, written)
			r := extractNamed(t, name, body)
			a := r.Tables.Active
			c := a["licensing.change"]
			if c == nil || c.Value == nil || *c.Value != want {
				t.Errorf("%s %q: licensing.change = %+v, want %v (problems %v)", shape, written, c, want, r.Problems)
				continue
			}
			if c.Confidence != report.High {
				t.Errorf("%s %q: licensing.change confidence %s, want high", shape, written, c.Confidence)
			}
			if v := a["licensing.decisions"]; v == nil || v.Value == nil || *v.Value != 181 {
				t.Errorf("%s %q: licensing.decisions = %+v, want 181", shape, written, v)
			}
			for _, k := range []string{"penalty.change", "coercion.change"} {
				if b := a[k]; b == nil || !b.Blank || b.Value != nil {
					t.Errorf("%s %q: %s = %+v, want a blank cell", shape, written, k, b)
				}
			}
		}
	}
}

// Issue 8 shape 6, the other outcome: a minus before a number outside the
// signed column is not silently dropped (the value rule reports it), but the
// cell is marked low; a dash standing alone there is still a blank cell.
func TestIssue8SignOutsideSignedColumn(t *testing.T) {
	for _, shape := range []string{"text", "pipe", "html"} {
		name, body := table2019(shape, "0")
		body = strings.Replace(body, "40", "-40", 1)
		body = strings.Replace(body, "26", "-", 1)
		r := extractNamed(t, name, body)
		a := r.Tables.Active
		if c := a["licensing.prev_items"]; c == nil || c.Value == nil || *c.Value != -40 || c.Confidence != report.Low || c.Note == "" {
			t.Errorf("%s: licensing.prev_items = %+v, want -40, low, with a note", shape, c)
		}
		if c := a["penalty.prev_items"]; c == nil || !c.Blank {
			t.Errorf("%s: penalty.prev_items = %+v, want blank", shape, c)
		}
		if c := a["licensing.change"]; c == nil || c.Value == nil || *c.Value != 0 {
			t.Errorf("%s: licensing.change = %+v, want 0", shape, c)
		}
	}
}

// Issue 8 shape 6: a minus parted from its number by a space is the cell's
// sign inside a table cell, but in plain text it may be a dash cell and a
// number, so the row is not guessed.
func TestIssue8SpacedMinus(t *testing.T) {
	for shape, want := range map[string]*float64{"pipe": ptr(-15), "html": ptr(-15), "text": nil} {
		name, body := table2019(shape, "－ 15")
		c := extractNamed(t, name, body).Tables.Active["licensing.change"]
		if c == nil || want == nil && c.Value != nil || want != nil && (c.Value == nil || *c.Value != *want) {
			t.Errorf("%s: licensing.change = %+v, want %v", shape, c, showS(want))
		}
	}
}

func ptr(v float64) *float64 { return &v }
