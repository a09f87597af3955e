package render

import (
	"strings"
	"testing"
)

func TestCompareTableGolden(t *testing.T) {
	golden(t, "compare.table.golden", renderCompare(t, "table", false))
}

// Every line of each grid has the same display width.
func TestCompareTableAligned(t *testing.T) {
	width, grids := -1, 0
	for _, line := range strings.Split(string(renderCompare(t, "table", false)), "\n") {
		if !strings.ContainsAny(line[:min(len(line), 3)], "┌│├└") {
			width = -1
			continue
		}
		w := narrow.StringWidth(line)
		if strings.HasPrefix(line, "┌") {
			width, grids = w, grids+1
		}
		if w != width {
			t.Errorf("line is %d columns wide, its grid %d: %q", w, width, line)
		}
	}
	// trend: scores, rules, cells, 3 grids × 2 pairs; ranking: 3; rates.
	if grids != 13 {
		t.Errorf("found %d grids, want 13", grids)
	}
}

func TestCompareTableColor(t *testing.T) {
	plain, colored := string(renderCompare(t, "table", false)), string(renderCompare(t, "table", true))
	if strings.Contains(plain, "\x1b[") || !strings.Contains(colored, "\x1b[31m不通过") {
		t.Error("outcomes are coloured only when asked")
	}
}

func TestCompareRefusesSARIF(t *testing.T) {
	_, err := NewCompare("sarif", Options{})
	if err == nil || !strings.Contains(err.Error(), "compare 不支持 sarif 格式") {
		t.Errorf("NewCompare(sarif) error = %v", err)
	}
	if got := strings.Join(CompareFormats(), " "); got != "csv html json md table xlsx" {
		t.Errorf("formats = %s", got)
	}
}
