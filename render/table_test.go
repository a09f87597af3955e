package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

func renderTable(t *testing.T, color bool) string {
	t.Helper()
	r, err := New("table", Options{Color: color})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Render(&b, sampleAudit()); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestTableGolden(t *testing.T) {
	golden(t, "audit.table.golden", []byte(renderTable(t, false)))
}

// Every line of each grid has the same display width (CJK counted as two
// columns, ambiguous characters as one, as the table is laid out).
func TestTableAligned(t *testing.T) {
	cond := runewidth.NewCondition()
	cond.EastAsianWidth = false
	grids := 0
	width := -1
	for _, line := range strings.Split(renderTable(t, false), "\n") {
		if !strings.ContainsAny(line[:min(len(line), 3)], "┌│├└") {
			width = -1
			continue
		}
		w := cond.StringWidth(line)
		if strings.HasPrefix(line, "┌") {
			width, grids = w, grids+1
		}
		if w != width {
			t.Errorf("line is %d columns wide, its grid %d: %q", w, width, line)
		}
	}
	if grids != 5 {
		t.Errorf("found %d grids, want 5 (categories and results of two reports, summary)", grids)
	}
}

// Long messages wrap within the 说明 column and are never cut.
func TestTableWrapsMessages(t *testing.T) {
	out := renderTable(t, false)
	msg := sampleAudit().Reports[0].Results[2].Message
	var joined strings.Builder
	for _, line := range strings.Split(out, "\n") {
		cells := strings.Split(line, "│")
		if len(cells) == 9 && strings.Contains(line, "│") {
			joined.WriteString(strings.TrimSuffix(strings.TrimSpace(cells[7]), "↩"))
		}
	}
	if !strings.Contains(joined.String(), msg) {
		t.Errorf("message not found whole in the 说明 column:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if w := runewidth.StringWidth(line); strings.HasPrefix(line, "│ APP-BALANCE") && w > 160 {
			t.Errorf("row not wrapped (%d columns): %s", w, line)
		}
	}
}

func TestTableColor(t *testing.T) {
	plain, colored := renderTable(t, false), renderTable(t, true)
	if strings.Contains(plain, "\x1b[") {
		t.Error("plain output has escape codes")
	}
	if !strings.Contains(colored, "\x1b[31m不通过") {
		t.Error("coloured output does not colour 不通过 red")
	}
}

func TestNewUnknownFormat(t *testing.T) {
	_, err := New("pdf", Options{})
	if err == nil || !strings.Contains(err.Error(), "csv、html、json、md、sarif、table、xlsx") {
		t.Errorf("New(pdf) error = %v, want the list of formats", err)
	}
}
