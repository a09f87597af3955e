package render

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// renderFormat renders a with the named registered format.
func renderFormat(t *testing.T, format string, a *engine.Audit) []byte {
	t.Helper()
	r, err := New(format, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Render(&b, a); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCSVGolden(t *testing.T) {
	golden(t, "audit.csv.golden", renderFormat(t, "csv", sampleAudit()))
}

// parseCSV checks the byte-order mark and reads the records back.
func parseCSV(t *testing.T, out []byte) [][]string {
	t.Helper()
	body, ok := bytes.CutPrefix(out, []byte{0xEF, 0xBB, 0xBF})
	if !ok {
		t.Fatalf("output does not start with the UTF-8 byte-order mark: % x", out[:min(len(out), 3)])
	}
	recs, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("output does not parse as CSV: %v", err)
	}
	return recs
}

// One row per report and rule, fields intact through quoting, and the
// unreadable file as a row with its error.
func TestCSVParsesBack(t *testing.T) {
	a := sampleAudit()
	recs := parseCSV(t, renderFormat(t, "csv", a))
	if !slices.Equal(recs[0], csvHeader) {
		t.Fatalf("header = %q", recs[0])
	}
	want := 1
	for _, r := range a.Reports {
		want += max(len(r.Results), 1)
	}
	if len(recs) != want {
		t.Fatalf("%d records, want %d", len(recs), want)
	}
	byRule := map[string][]string{}
	for _, rec := range recs[1:] {
		byRule[rec[0]+" "+rec[6]] = rec
	}
	p := byRule["fixtures/reports/gz-xiezuo-2022.txt PROBLEMS-SPECIFIC"]
	if p == nil || p[12] != a.Reports[0].Results[7].Message || p[11] != "不通过" {
		t.Errorf("PROBLEMS-SPECIFIC row = %q", p)
	}
	if p != nil && !strings.Contains(p[13], `sections.problems 第5页第140行 “一是学习不够深入， 二是措施 "不够" 具体, 有待 <b>加强</b> & 改进”`) {
		t.Errorf("evidence cell = %q", p[13])
	}
	if w := byRule["fixtures/reports/gz-xiezuo-2022.txt OVERVIEW-COVERAGE"]; w == nil || w[11] != "不通过（已豁免）" {
		t.Errorf("waived row = %q", w)
	}
	bad := recs[len(recs)-1]
	if bad[0] != "fixtures/bad/empty.txt" || bad[11] != "无法读取" || bad[12] != "fixtures/bad/empty.txt: 文件为空" {
		t.Errorf("unreadable row = %q", bad)
	}
}

// Text from a report that looks like a formula is not run by Excel.
func TestCSVFormulaInert(t *testing.T) {
	a := &engine.Audit{Reports: []engine.ReportResult{{File: "-x.txt", Error: `=HYPERLINK("http://evil","点我")`}}}
	rec := parseCSV(t, renderFormat(t, "csv", a))[1]
	if rec[0] != "'-x.txt" || rec[12] != `'=HYPERLINK("http://evil","点我")` {
		t.Errorf("row = %q, want leading quotes on formula-like cells", rec)
	}
}

func TestCSVDeterministic(t *testing.T) {
	if !bytes.Equal(renderFormat(t, "csv", sampleAudit()), renderFormat(t, "csv", sampleAudit())) {
		t.Error("two renderings differ")
	}
}
