package render

import (
	"strconv"

	"github.com/nianbao/nianbao/compare"
	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// lineChart is the geometry of an agency's scores across years: x by
// year (a missing year leaves its gap, and the segment across it is
// dashed), y from 0 to 100 with the grade bands.
type lineChart struct {
	Width, Height, Left, Right, Top, Bottom int
	Points                                  []linePoint
	Segments                                []lineSegment
	Bands                                   []lineBand
	Years                                   []htmlTick
}

type linePoint struct {
	X, Y         int
	Score, Class string
	Title        string
}

type lineSegment struct {
	X1, Y1, X2, Y2 int
	Gap            bool
}

type lineBand struct {
	Y     int
	Label string
}

// Line chart layout in pixels.
const (
	lineStep   = 120 // per year
	lineHeight = 200 // of the 0–100 axis
	lineLeft   = 44
	lineTop    = 24
)

// newLineChart lays out the entries (in year order) of a trend.
func newLineChart(es []compare.Entry) lineChart {
	first, last := es[0].Year, es[len(es)-1].Year
	c := lineChart{Left: lineLeft, Top: lineTop, Bottom: lineTop + lineHeight}
	c.Right = c.Left + max(lineStep*(last-first), lineStep) + lineStep/2
	c.Width, c.Height = c.Right+24, c.Bottom+32
	x := func(y int) int { return c.Left + lineStep/2 + (y-first)*lineStep }
	for _, t := range []int{0, 60, 75, 90, 100} {
		c.Bands = append(c.Bands, lineBand{Y: c.Bottom - t*lineHeight/100, Label: strconv.Itoa(t)})
	}
	for _, e := range es {
		c.Years = append(c.Years, htmlTick{X: x(e.Year), Label: year(e.Year)})
		if e.Score == nil {
			continue
		}
		p := linePoint{X: x(e.Year), Y: c.Bottom - int(*e.Score*lineHeight/100), Score: score(e.Score),
			Class: gradeClass(e.Grade), Title: year(e.Year) + " 年度：" + score(e.Score) + " 分，" + orDash(e.Grade)}
		if n := len(c.Points); n > 0 {
			q := c.Points[n-1]
			c.Segments = append(c.Segments, lineSegment{X1: q.X, Y1: q.Y, X2: p.X, Y2: p.Y, Gap: p.X-q.X > lineStep})
		}
		c.Points = append(c.Points, p)
	}
	return c
}

// rankingChart is the bar chart of a ranking, drawn as the audit's summary
// chart is: one bar per agency, in rank order.
func rankingChart(c *compare.Comparison, rk compare.Ranking) htmlChart {
	rs := make([]engine.ReportResult, 0, len(rk.Entries))
	for _, r := range rk.Entries {
		e := c.Reports[r.Report]
		rs = append(rs, engine.ReportResult{File: e.File, Score: e.Score, Grade: e.Grade,
			Meta: &report.Meta{Agency: e.Name(), Year: e.Year}})
	}
	return newChart(rs)
}
