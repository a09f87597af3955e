package render

import (
	"strconv"

	"github.com/nianbao/nianbao/compare"
)

// The views the comparison page reads are built here.

func newMatrixView(c *compare.Comparison, idx []int, heads []string) matrixView {
	m := matrixView{Heads: heads, Rules: rulesRun(c, idx), Cells: c.Cells}
	for _, i := range idx {
		m.Entries = append(m.Entries, c.Reports[i])
	}
	return m
}

func newTrendView(c *compare.Comparison, t compare.Trend, i int) trendView {
	v := trendView{Matrix: newMatrixView(c, t.Reports, yearHeads(c, t.Reports)), ID: "trend-" + strconv.Itoa(i+1),
		Agency: t.Agency, Years: trendYears(c, t)}
	v.Chart = newLineChart(v.Matrix.Entries)
	for _, p := range t.Pairs {
		v.Pairs = append(v.Pairs, newPairView(c, p))
	}
	return v
}

func newPairView(c *compare.Comparison, p compare.Pair) pairView {
	v := pairView{Heading: pairHeading(c, p), From: p.FromYear, To: p.ToYear}
	for _, f := range p.Cross {
		v.Cross = append(v.Cross, titled[compare.Finding]{f, ruleOf(c, f.Rule).Title})
	}
	for _, ch := range p.Changed {
		v.Changed = append(v.Changed, titled[compare.Change]{ch, ruleOf(c, ch.Rule).Title})
	}
	for _, ch := range p.Cells {
		v.Cells = append(v.Cells, titled[compare.CellChange]{ch, cellLabel(c, ch.Key)})
	}
	return v
}

func newRankingView(c *compare.Comparison, rk compare.Ranking) rankingView {
	v := rankingView{Matrix: newMatrixView(c, rankingIndex(rk), agencyHeads(c, rankingIndex(rk))), ID: "year-" + strconv.Itoa(rk.Year),
		Year: rk.Year, Chart: rankingChart(c, rk)}
	for _, r := range rk.Entries {
		v.Ranks = append(v.Ranks, rankOf(r))
	}
	return v
}

// rulesRun are the comparison's rules run on any of the reports.
func rulesRun(c *compare.Comparison, idx []int) []compare.Rule {
	var out []compare.Rule
	for _, r := range c.Rules {
		if ranOnAny(c, idx, r.ID) {
			out = append(out, r)
		}
	}
	return out
}

// outcomeClass is the CSS class of a rule's outcome on an entry.
func outcomeClass(e compare.Entry, rule string) string {
	o, ok := e.Outcomes[rule]
	switch {
	case !ok:
		return "s-none"
	case o.Waived:
		return "s-waived"
	}
	return "s-" + string(o.Status)
}
