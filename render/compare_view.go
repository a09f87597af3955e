package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/compare"
)

// The text views of a comparison (table, md) share the headings and rows
// built here; only the way a grid is written differs.

// compareTitle says what was compared.
func compareTitle(c *compare.Comparison) string {
	switch c.Mode {
	case compare.ModeYears:
		t := c.Trends[0]
		return fmt.Sprintf("比较：同一机关（%s）的 %d 份年度报告", t.Agency, len(t.Reports))
	case compare.ModeAgencies:
		return fmt.Sprintf("比较：%d 年度 %d 个机关的报告", c.Rankings[0].Year, len(c.Reports))
	case compare.ModeMixed:
		return fmt.Sprintf("比较：%d 个机关、%d 个年度（%s）的 %d 份报告；有两个以上年度的机关逐年对照，有两个以上机关的年度分别排名",
			len(c.Agencies), len(c.Years), joinYears(c.Years), len(c.Reports))
	}
	return "比较：没有可以比较的报告"
}

// trendYears lists a trend's years and the years missing between them.
func trendYears(c *compare.Comparison, t compare.Trend) string {
	years := make([]string, len(t.Reports))
	for i, r := range t.Reports {
		years[i] = strconv.Itoa(c.Reports[r].Year)
	}
	s := strings.Join(years, "、") + " 年度"
	if len(t.Missing) > 0 {
		s += "；缺 " + joinYears(t.Missing) + " 年度报告"
	}
	return s
}

func joinYears(ys []int) string {
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = strconv.Itoa(y)
	}
	return strings.Join(out, "、")
}

// pairHeading names a pair of years and its score change; across a gap it
// says that the cross-year rules had nothing to compare with.
func pairHeading(c *compare.Comparison, p compare.Pair) string {
	s := fmt.Sprintf("%d → %d：得分 %s → %s", p.FromYear, p.ToYear, score(c.Reports[p.From].Score), score(c.Reports[p.To].Score))
	if p.ScoreChange != nil {
		s += "（" + signed(*p.ScoreChange) + "）"
	}
	if !p.Consecutive {
		var missing []int
		for y := p.FromYear + 1; y < p.ToYear; y++ {
			missing = append(missing, y)
		}
		s += fmt.Sprintf("。不是相邻年度（缺 %s 年度报告）：跨年度规则不适用，下列变化跨越 %d 年",
			joinYears(missing), p.ToYear-p.FromYear)
	}
	return s
}
