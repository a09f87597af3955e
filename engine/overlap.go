package engine

import (
	"slices"
	"strconv"
	"strings"
)

// Overlap describes the text of a report that is also found in another
// report: copied() compares with the previous year's report, peer_copied()
// with the reports of other agencies in the batch. Sizes count units
// (characters without punctuation and white space, a number as one).
type Overlap struct {
	Share    float64 `expr:"share"`    // copied / chars, 0–1
	Percent  string  `expr:"percent"`  // Share as "63.2%"
	Chars    int     `expr:"chars"`    // size of the text compared
	Copied   int     `expr:"copied"`   // size of the passages also found in the other text
	Longest  int     `expr:"longest"`  // size of the longest passage
	Passages int     `expr:"passages"` // number of passages
	// Quotes lists the longest passages as "「…」（第N行）", joined by "；".
	Quotes string `expr:"quotes"`
	// Source names the other report: the previous year's report, or the
	// peer sharing the most text, as "agency（file）"; Sources counts the
	// peers sharing text.
	Source  string `expr:"source"`
	Sources int    `expr:"sources"`
}

// span is a passage: units [from, to) of a text, found in another text
// where its first shingle is at unit `at` of document `doc`.
type span struct {
	from, to int
	doc, at  int
}

func (s span) size() int { return s.to - s.from }

// runs merges the shingles for which match reports a hit into maximal
// passages (a shingle at i covers units i … i+shingleSize-1) and returns
// those of at least minRun units, in text order. Boilerplate shingles never
// match.
func runs(f *fingerprint, minRun int, match func(h uint64) (doc, at int, ok bool)) []span {
	var out []span
	cur := span{from: -1}
	for i, h := range f.hash {
		if isBoilerplate(h) {
			continue
		}
		doc, at, ok := match(h)
		if !ok {
			continue
		}
		if cur.from >= 0 && i <= cur.to {
			cur.to = i + shingleSize
			continue
		}
		out = appendRun(out, cur, minRun)
		cur = span{from: i, to: i + shingleSize, doc: doc, at: at}
	}
	return appendRun(out, cur, minRun)
}

func appendRun(out []span, s span, minRun int) []span {
	if s.from >= 0 && s.size() >= minRun {
		out = append(out, s)
	}
	return out
}

// passage is a copied span of one section of the audited report.
type passage struct {
	section string
	f       *fingerprint
	span
}

// summarise fills an Overlap from the passages found in texts of total units.
func summarise(ps []passage, total int) Overlap {
	o := Overlap{Chars: total, Passages: len(ps)}
	for _, p := range ps {
		o.Copied += p.size()
		o.Longest = max(o.Longest, p.size())
	}
	if total > 0 {
		o.Share = float64(o.Copied) / float64(total)
	}
	o.Percent = strconv.FormatFloat(100*o.Share, 'f', 1, 64) + "%"
	quotes := make([]string, 0, maxQuotes)
	for _, p := range longest(ps, maxQuotes) {
		quotes = append(quotes, "「"+p.f.quote(p.from, p.to, 60)+"」（第"+strconv.Itoa(p.f.lineAt(p.from))+"行）")
	}
	o.Quotes = strings.Join(quotes, "；")
	return o
}

// maxQuotes is how many passages a finding quotes.
const maxQuotes = 3

// longest returns the n longest passages, longest first (earlier first
// among equals).
func longest(ps []passage, n int) []passage {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, func(a, b passage) int { return b.size() - a.size() })
	return out[:min(n, len(out))]
}
