package render

import (
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/compare"
)

// textSink is how a text format (table, md) writes the parts of a
// comparison; writeComparison walks the comparison once for both.
type textSink interface {
	title(text string)
	section(text string)    // an agency's years, a year's agencies, the rates
	subsection(text string) // a grid's caption
	pair(text string)       // a pair of years
	caption(text string)    // a grid's caption within a pair
	grid(cols []Column, rows [][]string)
	none()            // an empty grid
	item(text string) // a list item
	err() error
}

// writeComparison writes a comparison through a sink; p colours outcomes.
func writeComparison(s textSink, p painter, c *compare.Comparison) error {
	s.title(compareTitle(c))
	for _, t := range c.Trends {
		writeTrend(s, p, c, t)
	}
	for _, rk := range c.Rankings {
		writeRanking(s, p, c, rk)
	}
	if showRates(c) {
		s.section(ratesHeading(c))
		s.grid(rateColumns, rateRows(c))
	}
	writeLeftOut(s, c)
	return s.err()
}

func writeTrend(s textSink, p painter, c *compare.Comparison, t compare.Trend) {
	heads := yearHeads(c, t.Reports)
	s.section(t.Agency + "：" + trendYears(c, t))
	s.subsection("得分趋势")
	s.grid(trendColumns(), trendRows(p, c, t.Reports))
	s.subsection("规则 × 年度（※ 为跨年度规则，与上一年度报告比对）")
	s.grid(ruleMatrixColumns(heads), ruleMatrixRows(p, c, t.Reports))
	s.subsection(cellsCaption)
	s.grid(cellColumns(heads), cellRows(c, t.Reports))
	for _, pr := range t.Pairs {
		s.pair("逐年变化 " + pairHeading(c, pr))
		s.caption("跨年度规则（" + year(pr.ToYear) + " 年度报告）")
		gridOrNone(s, crossColumns, crossRows(p, c, pr))
		s.caption("结果有变化的规则")
		gridOrNone(s, changeColumns(pr), changeRows(p, c, pr))
		s.caption("主要数据的变化")
		gridOrNone(s, cellChangeColumns(pr), cellChangeRows(c, pr))
	}
}

const cellsCaption = "主要数据（表三、表四的总计；? 为报告中缺少或未能读取）"

func writeRanking(s textSink, p painter, c *compare.Comparison, rk compare.Ranking) {
	idx := rankingIndex(rk)
	heads := agencyHeads(c, idx)
	s.section(year(rk.Year) + " 年度：" + strconv.Itoa(len(idx)) + " 个机关")
	s.subsection("排名")
	s.grid(rankingColumns, rankingRows(p, c, rk))
	s.subsection("机关 × 规则（按名次排列；※ 为跨年度规则）")
	s.grid(ruleMatrixColumns(heads), ruleMatrixRows(p, c, idx))
	s.subsection(cellsCaption)
	s.grid(cellColumns(heads), cellRows(c, idx))
}

func gridOrNone(s textSink, cols []Column, rows [][]string) {
	if len(rows) == 0 {
		s.none()
		return
	}
	s.grid(cols, rows)
}

// writeLeftOut lists the reports not compared and the inputs not read.
func writeLeftOut(s textSink, c *compare.Comparison) {
	if len(c.Skipped) > 0 {
		s.section("未参加比较")
		for _, sk := range c.Skipped {
			s.item(sk.File + "：" + sk.Reason)
		}
	}
	if len(c.Unreadable) > 0 {
		s.section("无法读取")
		for _, u := range c.Unreadable {
			s.item(unreadableText(u))
		}
	}
}

// unreadableText names the file and what is wrong with it.
func unreadableText(u compare.Unreadable) string {
	if strings.HasPrefix(u.Error, u.File) {
		return u.Error
	}
	return u.File + "：" + u.Error
}
