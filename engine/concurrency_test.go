package engine_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// TestAuditConcurrent audits different reports from many goroutines with
// one engine (run with -race) and compares with sequential results.
func TestAuditConcurrent(t *testing.T) {
	e := newEngine(t, engine.Options{})
	var reports []*report.Report
	for i := range 6 {
		r := loadClean(t, []string{"clean-2021.json", "clean-2019.json"}[i%2])
		setValue(r, "new", "total", float64(20+i))
		reports = append(reports, r)
	}
	want := make([]string, len(reports))
	for i, r := range reports {
		want[i] = dump(t, e.Audit(r))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 20 {
				i := (g + k) % len(reports)
				if got := dump(t, e.Audit(reports[i])); got != want[i] {
					t.Errorf("goroutine %d report %d differs", g, i)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func dump(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Error(err)
	}
	return string(b)
}
