package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// fixture returns the path of a report under fixtures/reports.
func fixture(name string) string { return filepath.Join("..", "fixtures", "reports", name) }

// readFixture reads a report fixture or fails the test.
func readFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(fixture(name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// checkDoc verifies the invariants every reader must keep: one line per
// Line, numbered in order; dense grids with span marks of the same shape;
// each grid row present in Lines at Table.Line onwards as its cells joined
// by tabs.
func checkDoc(tb testing.TB, d *Document) {
	tb.Helper()
	for i, l := range d.Lines {
		if l.No != i+1 || strings.ContainsAny(l.Text, "\n\r") || !utf8.ValidString(l.Text) {
			tb.Fatalf("bad line %d: %+v", i+1, l)
		}
	}
	for ti, t := range d.Tables {
		if len(t.Cells) == 0 || t.Line < 1 || t.Line-1+len(t.Cells) > len(d.Lines) {
			tb.Fatalf("table %d: line %d, %d rows, %d lines", ti, t.Line, len(t.Cells), len(d.Lines))
		}
		for r, row := range t.Cells {
			if len(row) != len(t.Cells[0]) {
				tb.Fatalf("table %d row %d: %d cells, want %d", ti, r, len(row), len(t.Cells[0]))
			}
			if len(t.Span) != len(t.Cells) || len(t.Span[r]) != len(row) {
				tb.Fatalf("table %d row %d: span marks do not match the grid", ti, r)
			}
			for _, c := range row {
				if strings.ContainsAny(c, "\t\n\r") {
					tb.Fatalf("table %d row %d: cell %q holds a tab or line break", ti, r, c)
				}
			}
			if got, want := d.Lines[t.Line-1+r].Text, strings.Join(row, "\t"); got != want {
				tb.Fatalf("table %d row %d: line %q, want %q", ti, r, got, want)
			}
		}
	}
}

// expected holds the hand-checked values of a corpus report.
type expected struct {
	Applications map[string]map[string]*int `json:"applications"`
	Review       map[string]map[string]*int `json:"review"`
}

// loadExpected reads fixtures/expected/<id>.json.
func loadExpected(tb testing.TB, id string) *expected {
	var e expected
	data, err := os.ReadFile(filepath.Join("..", "fixtures", "expected", id+".json"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(data, &e); err != nil {
		tb.Fatal(err)
	}
	return &e
}

// cellOf renders an expected value as the cell text: "" for a blank cell.
func cellOf(v *int) string {
	if v == nil {
		return ""
	}
	return strconv.Itoa(*v)
}

// applicationRows are the rows of table 三 (2019 template) in order.
var applicationRows = []string{
	"new", "carried_in", "granted", "partial", "withheld_state_secret", "withheld_prohibited",
	"withheld_security", "withheld_third_party", "withheld_internal", "withheld_process",
	"withheld_enforcement", "withheld_query", "unavailable_not_held", "unavailable_needs_creation",
	"unavailable_unclear", "rejected_complaint", "rejected_duplicate", "rejected_publication",
	"rejected_excessive", "rejected_confirmation", "other", "total", "carried_out",
}

var applicationCols = []string{"natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"}

// checkSHOffice2019 compares the grids of tables 三 and 四 with the
// expected values of sh-office-2019.
func checkSHOffice2019(t *testing.T, d *Document) {
	t.Helper()
	checkDoc(t, d)
	if len(d.Tables) != 3 {
		t.Fatalf("%d tables, want 3", len(d.Tables))
	}
	e := loadExpected(t, "sh-office-2019")
	apps := d.Tables[1].Cells
	if len(apps) != 3+len(applicationRows) {
		t.Fatalf("table 三: %d rows, want %d", len(apps), 3+len(applicationRows))
	}
	for i, key := range applicationRows {
		row := apps[3+i]
		if len(row) != 3+7 {
			t.Fatalf("table 三 %s: %d cells %q", key, len(row), row)
		}
		for j, col := range applicationCols {
			if want := cellOf(e.Applications[key][col]); row[3+j] != want {
				t.Errorf("table 三 %s.%s: %q, want %q (row %q)", key, col, row[3+j], want, row)
			}
		}
	}
	review := d.Tables[2].Cells
	values := review[len(review)-1]
	var want []string
	for _, k := range []string{"reconsideration", "litigation_direct", "litigation_after"} {
		for _, c := range []string{"upheld", "corrected", "other", "pending", "total"} {
			want = append(want, cellOf(e.Review[k][c]))
		}
	}
	if !reflect.DeepEqual(values, want) {
		t.Errorf("table 四 values %q, want %q", values, want)
	}
}

func TestParseSpan(t *testing.T) {
	for in, want := range map[string]int{"": 1, "0": 1, "2": 2, " 3 ": 3, "2px": 2, "x": 1, "99999999999999999999": maxSpan, "-4": 1} {
		if got := parseSpan(in); got != want {
			t.Errorf("parseSpan(%q) = %d, want %d", in, got, want)
		}
	}
	if parseCount("0") != 0 || parseCount("2") != 2 {
		t.Error("parseCount")
	}
}

func TestNormalizeSpace(t *testing.T) {
	for in, want := range map[string]string{
		"  本年新\n  制作数量 ":     "本年新制作数量",
		"a \n b":             "a b",
		"结果\u00a0\u00a0维持":   "结果 维持",
		"\u3000\u3000一、总体情况": "\u3000\u3000一、总体情况",
		"2019年\n12月":         "2019年 12月",
		"x\ufeffy\u200b":     "xy",
	} {
		if got := normalizeSpace(in); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cellString("\u3000\u00a0"); got != "" {
		t.Errorf("blank cell = %q", got)
	}
}

func TestGridBudget(t *testing.T) {
	g := newGrid(&budget{left: 100 * slotCost})
	g.place(0, 0, 10, 10, "")
	if g.full || len(g.dense().Cells) != 10 {
		t.Fatal("100 slots should fit")
	}
	g.place(10, 0, 1, 1, "x")
	if !g.full {
		t.Fatal("budget not enforced")
	}
}
