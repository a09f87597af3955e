package render

import (
	"html/template"
	"io"

	"github.com/nianbao/nianbao/compare"
	"github.com/nianbao/nianbao/engine"
)

func init() { registerCompare("html", func(Options) CompareRenderer { return CompareHTML{} }) }

// CompareHTML renders a comparison as one self-contained page, styled as
// the audit page: an inline SVG line chart of each agency's scores across
// years, a bar chart of each year's ranking, the matrices with coloured
// outcomes, no script and nothing fetched. Every string from a report goes
// through html/template, so markup in a report shows as text.
type CompareHTML struct{}

// RenderComparison writes the page.
func (CompareHTML) RenderComparison(w io.Writer, c *compare.Comparison) error {
	v := compareView{Comparison: c, Title: compareTitle(c), RatesHeading: ratesHeading(c)}
	for i, t := range c.Trends {
		v.Trends = append(v.Trends, newTrendView(c, t, i))
	}
	for _, rk := range c.Rankings {
		v.Rankings = append(v.Rankings, newRankingView(c, rk))
	}
	if showRates(c) {
		for _, r := range c.Rates {
			v.Rates = append(v.Rates, titled[compare.PassRate]{r, ruleOf(c, r.Rule).Title})
		}
	}
	return comparePage.ExecuteTemplate(w, "compare", v)
}

// compareView is what the page template reads; every part carries what
// it shows, rule titles and cell labels included.
type compareView struct {
	*compare.Comparison
	Title, RatesHeading string
	Trends              []trendView
	Rankings            []rankingView
	Rates               []titled[compare.PassRate]
}

// titled is a part of the comparison with the Chinese title of its rule or cell.
type titled[T any] struct {
	V     T
	Title string
}

// matrixView is a set of reports with the rules run on them and the key cells.
type matrixView struct {
	Heads   []string // of Entries: years in a trend, agencies in a ranking
	Entries []compare.Entry
	Rules   []compare.Rule
	Cells   []compare.KeyCell
}

type trendView struct {
	Matrix            matrixView
	ID, Agency, Years string
	Chart             lineChart
	Pairs             []pairView
}

type pairView struct {
	Heading string
	From    int
	To      int
	Cross   []titled[compare.Finding]
	Changed []titled[compare.Change]
	Cells   []titled[compare.CellChange]
}

type rankingView struct {
	Matrix matrixView
	ID     string
	Year   int
	Ranks  []string // of Entries
	Chart  htmlChart
}

var comparePage = template.Must(template.Must(htmlPage.Clone()).New("compare").Funcs(template.FuncMap{
	"outcome":    func(e compare.Entry, rule string) string { return outcomeText(painter{}, e, rule) },
	"outcomeCls": outcomeClass,
	"statusWord": func(s engine.Status) string { return statusWord(painter{}, s) },
	"statusCls":  func(s engine.Status) string { return "s-" + string(s) },
	"catScore":   categoryScore, "entryGrade": entryGrade, "value": valueText, "delta": deltaText,
	"rate": rateText, "categories": func() any { return engine.Categories }, "unreadable": unreadableText,
	"cellOf": func(e compare.Entry, key string) *float64 { return e.Values[key] },
	"index1": func(ss []string, i int) string { return ss[i] },
}).Parse(compareTemplate))
