package engine_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// The previous report's cells are evidence with its file.
func TestCarryOverEvidence(t *testing.T) {
	e := newEngine(t, engine.Options{Config: onlyRules(t, "CARRY-OVER")})
	cur, prev := loadClean(t, "clean-2021.json"), loadClean(t, "prev-2021.json")
	prev.Tables.Applications["carried_out"]["commercial"].Value = new(float64)
	r := result(t, e.AuditWith(cur, engine.Inputs{Prev: prev}), "CARRY-OVER")
	if r.Status != engine.Fail || r.Elements.Fail != 1 || r.Elements.Pass != 6 {
		t.Fatalf("%+v", r)
	}
	var keys []string
	for _, ev := range r.Evidence {
		keys = append(keys, ev.Key+"@"+ev.File)
	}
	want := "applications.carried_in.commercial@ prev:applications.carried_out.commercial@linhu-2022.pdf"
	if strings.Join(keys, " ") != want {
		t.Errorf("evidence %v", keys)
	}
}

// A batch: the district's report shares its overview with a bureau's; the
// district's own report of the year before is not another agency.
func TestCopyPeerBatch(t *testing.T) {
	e := newEngine(t, engine.Options{Config: onlyRules(t, "COPY-PEER")})
	cur, prev, peer := loadClean(t, "clean-2021.json"), loadClean(t, "prev-2021.json"), loadClean(t, "peer-2021.json")
	b := engine.NewBatch([]*report.Report{cur, prev, peer})
	r := result(t, e.AuditWith(cur, engine.Inputs{Batch: b}), "COPY-PEER")
	if r.Status != engine.Fail || !strings.Contains(r.Message, "江州市临湖区教育局（linhu-jyj-2023.pdf）（共 1 份报告有相同段落）") {
		t.Fatalf("%s: %s", r.Status, r.Message)
	}
	if len(r.Evidence) == 0 || !strings.Contains(r.Evidence[0].Note, "与江州市临湖区教育局（linhu-jyj-2023.pdf）第9行起相同") {
		t.Errorf("evidence %+v", r.Evidence)
	}
	if r := result(t, e.AuditWith(prev, engine.Inputs{Batch: b}), "COPY-PEER"); r.Status != engine.Pass {
		t.Errorf("prev: %s %s", r.Status, r.Message)
	}
}

// Text found in most of the batch is the template's, not copied.
func TestCopyPeerCommonText(t *testing.T) {
	e := newEngine(t, engine.Options{Config: onlyRules(t, "COPY-PEER")})
	shared := loadClean(t, "clean-2021.json").Sections[0].Text
	var rs []*report.Report
	for i := range 8 {
		r := loadClean(t, "clean-2021.json")
		r.Meta.Agency = fmt.Sprintf("江州市临湖区第%d局", i)
		r.Sections[0].Text = shared
		rs = append(rs, r)
	}
	b := engine.NewBatch(rs)
	if r := result(t, e.AuditWith(rs[0], engine.Inputs{Batch: b}), "COPY-PEER"); r.Status != engine.Pass {
		t.Errorf("text in 8 of 8 reports counted as copied: %s %s", r.Status, r.Message)
	}
	b = engine.NewBatch(append(rs[:2], loadClean(t, "clean-2019.json")))
	if r := result(t, e.AuditWith(rs[0], engine.Inputs{Batch: b}), "COPY-PEER"); r.Status != engine.Fail {
		t.Errorf("text in 2 of 3 reports not counted: %s", r.Status)
	}
}

// Audits of one batch run concurrently share the index and the previous
// reports (run with -race).
func TestCrossConcurrent(t *testing.T) {
	e := newEngine(t, engine.Options{})
	rs, prev := syntheticBatch(t, 20)
	b := engine.NewBatch(rs)
	want := make([]engine.ReportResult, len(rs))
	for i, r := range rs {
		want[i] = e.AuditWith(r, engine.Inputs{Prev: prev[i], Batch: b})
	}
	done := make(chan bool)
	for i, r := range rs {
		go func() {
			got, _ := json.Marshal(e.AuditWith(r, engine.Inputs{Prev: prev[i], Batch: b}))
			if w, _ := json.Marshal(want[i]); string(got) != string(w) {
				t.Errorf("report %d differs when audited concurrently:\n%s\n%s", i, got, w)
			}
			done <- true
		}()
	}
	for range rs {
		<-done
	}
}
