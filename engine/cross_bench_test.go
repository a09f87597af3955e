package engine_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// syntheticBatch makes n reports of n/2 agencies on two years: each
// agency's second report keeps two of its first's five paragraphs; agencies of one county
// (ten to a county) share two paragraphs; every report has the template's
// fixed sentences. Texts are about the size of a real report's: 总体情况
// 1,600 characters, 存在的主要问题 300, 其他需要报告的事项 150.
func syntheticBatch(tb testing.TB, n int) (rs, prev []*report.Report) {
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	para := func(size int) string {
		var b strings.Builder
		for i := range size {
			b.WriteRune(rune(0x4E00 + rng.IntN(3000)))
			if i%23 == 22 {
				b.WriteString("，")
			}
		}
		return b.String() + "。"
	}
	county := map[int][]string{}
	for a := range (n + 1) / 2 {
		c := a / 10
		if county[c] == nil {
			county[c] = []string{para(150), para(150)}
		}
		own := []string{para(400), para(400)}
		first := newSynthetic(tb, a, 2023, append([]string{county[c][0], county[c][1], para(400)}, own...), para(300), para(150))
		second := newSynthetic(tb, a, 2024, append([]string{county[c][0], county[c][1], para(400)}, own...), para(300), para(150))
		rs, prev = append(rs, first, second), append(prev, nil, first)
	}
	return rs[:n], prev[:n]
}

func newSynthetic(tb testing.TB, agency, year int, overview []string, problems, other string) *report.Report {
	r := loadClean(tb, "clean-2021.json")
	r.Meta.Agency, r.Meta.Year = fmt.Sprintf("江州市第%d县第%d局", agency/10, agency), year
	r.Meta.Source.File = fmt.Sprintf("r%d-%d.pdf", agency, year)
	fixed := "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
	for i := range r.Sections {
		s := &r.Sections[i]
		switch s.Key {
		case "overview":
			s.Text = s.Heading + "\n" + fixed + strings.Join(overview, "\n")
		case "problems":
			s.Text = s.Heading + "\n" + problems
		case "other":
			s.Text = s.Heading + "\n" + other
		}
	}
	return r
}

// BenchmarkCrossYear audits synthetic batches with the cross-year rules
// only: indexing the batch once, then COPY-PREV, COPY-PEER, CARRY-OVER,
// INFORCE-MOVEMENT and PROBLEMS-FOLLOWUP per report. The time per report
// should not grow with the batch.
func BenchmarkCrossYear(b *testing.B) {
	e := newEngine(b, engine.Options{Config: onlyRules(b, "COPY-PREV", "COPY-PEER", "CARRY-OVER", "INFORCE-MOVEMENT", "PROBLEMS-FOLLOWUP")})
	for _, n := range []int{50, 100, 200, 400} {
		rs, prev := syntheticBatch(b, n)
		b.Run(fmt.Sprintf("reports=%d", n), func(b *testing.B) {
			for b.Loop() {
				batch := engine.NewBatch(rs)
				for i, r := range rs {
					e.AuditWith(r, engine.Inputs{Prev: prev[i], Batch: batch})
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n)/1e3, "µs/report")
		})
	}
}

// The synthetic batch finds what it was built with.
func TestSyntheticBatch(t *testing.T) {
	e := newEngine(t, engine.Options{Config: onlyRules(t, "COPY-PREV", "COPY-PEER")})
	rs, prev := syntheticBatch(t, 40)
	batch := engine.NewBatch(rs)
	res := e.AuditWith(rs[3], engine.Inputs{Prev: prev[3], Batch: batch})
	if r := result(t, res, "COPY-PREV"); r.Status != engine.Fail || !strings.Contains(r.Message, "「一、总体情况」有") {
		t.Errorf("COPY-PREV %s: %s", r.Status, r.Message)
	}
	if r := result(t, res, "COPY-PEER"); r.Elements == nil || r.Elements.Pass+r.Elements.Fail == 0 {
		t.Errorf("COPY-PEER %+v", r)
	}
}
