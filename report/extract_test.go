package report_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// expected is a hand-checked expectation file (fixtures/expected/<id>.json).
type expected struct {
	Sections     map[string]bool                `json:"sections"`
	Active       map[string]*float64            `json:"active"`
	Applications map[string]map[string]*float64 `json:"applications"`
	Review       map[string]map[string]*float64 `json:"review"`
	Uncertain    []string                       `json:"uncertain"`
	Year         int                            `json:"year"`
}

type fixture struct{ id, file string }

func fixtures(t *testing.T) []fixture {
	f, err := os.Open("../fixtures/manifest.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fixture
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if parts := strings.Split(sc.Text(), "\t"); len(parts) == 2 {
			out = append(out, fixture{parts[0], filepath.Join("../fixtures", parts[1])})
		}
	}
	return out
}

func loadExpected(t *testing.T, id string) expected {
	data, err := os.ReadFile(filepath.Join("../fixtures/expected", id+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var e expected
	if err := json.Unmarshal(data, &e); err != nil {
		t.Fatal(err)
	}
	return e
}

// uncertainKeys lists the cells the expectation leaves open: those must not
// be guessed (null, with a problem listed).
func uncertainKeys(e expected) map[string]bool {
	out := map[string]bool{}
	for _, u := range e.Uncertain {
		for _, k := range strings.Split(strings.SplitN(u, ":", 2)[0], ",") {
			out[strings.TrimSpace(k)] = true
		}
	}
	return out
}

// TestCorpusCells runs the real pipeline (file in, model out) on every
// fixture report and compares every cell with the hand-checked values.
func TestCorpusCells(t *testing.T) {
	for _, fx := range fixtures(t) {
		t.Run(filepath.Base(fx.file), func(t *testing.T) {
			doc, err := ingest.Read(fx.file)
			if err != nil {
				t.Fatal(err)
			}
			r := report.Extract(doc)
			e := loadExpected(t, fx.id)
			open := uncertainKeys(e)
			check := func(key string, want *float64, got *report.Cell) {
				t.Helper()
				switch {
				case got == nil:
					t.Errorf("%s: missing, want %v", key, show(want))
				case open[key]:
					if got.Value != nil && !got.Blank && got.Confidence == report.High {
						t.Errorf("%s: expectation leaves it open, got a confident %v", key, *got.Value)
					}
				case !same(want, got.Value):
					t.Errorf("%s: got %v (raw %q, line %d), want %v", key, show(got.Value), got.Raw, got.Line, show(want))
				}
			}
			eachExpected(r, e, check)
			for s, present := range e.Sections {
				if (r.Section(s) != nil) != present {
					t.Errorf("section %s: present=%v, want %v", s, r.Section(s) != nil, present)
				}
			}
		})
	}
}

// eachExpected calls check for every cell of the expectation with the cell
// read at the same key (nil when absent).
func eachExpected(r *report.Report, e expected, check func(key string, want *float64, got *report.Cell)) {
	for k, v := range e.Active {
		check("active."+k, v, r.Tables.Active[k])
	}
	for row, cols := range e.Applications {
		for c, v := range cols {
			check("applications."+row+"."+c, v, r.Tables.Applications[row][c])
		}
	}
	for g, cols := range e.Review {
		for c, v := range cols {
			check("review."+g+"."+c, v, r.Tables.Review[g][c])
		}
	}
}

func same(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func show(v *float64) any {
	if v == nil {
		return "null"
	}
	return *v
}
