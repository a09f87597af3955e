package engine

import (
	"testing"

	"github.com/nianbao/nianbao/report"
)

// FuzzCrossText feeds arbitrary texts to the copy measures and the
// problem splitter: no panic, shares within 0–1, quotes within the text.
func FuzzCrossText(f *testing.F) {
	f.Add("五、存在的主要问题及改进情况\n一是政策解读形式单一、图解偏少；\n二是 1,234.5 件未能公开。", "一是政策解读形式单一。下一步将丰富形式。")
	f.Add("（一）存在的主要问题:", "\xff\xfe１２３４５６７８９０１２３４５")
	f.Fuzz(func(t *testing.T, cur, prev string) {
		mk := func(text string) *report.Report {
			return &report.Report{Meta: report.Meta{Year: 2024, Agency: "洪泽区人民政府"}, Preamble: text,
				Sections: []report.Section{{Key: "problems", Heading: "五、存在的主要问题及改进情况", Line: 1, Text: text},
					{Key: "overview", Line: 9, Text: text + prev}}}
		}
		r, p := mk(cur), mk(prev)
		e := newEnv(r, &Config{})
		peer := mk(prev + cur)
		peer.Meta.Agency = "淮安市人民政府"
		e.in = &Inputs{Prev: p, Peers: []*report.Report{peer}}
		for _, where := range []string{"problems", "overview,problems", "", "preamble"} {
			v, _ := fnCopied(e, []any{where})
			w, _ := fnPeerCopied(e, []any{where, 0.5})
			for _, o := range []Overlap{v.(Overlap), w.(Overlap)} {
				if o.Share < 0 || o.Share > 1 || o.Copied > o.Chars {
					t.Fatalf("%s: %+v", where, o)
				}
			}
		}
		for _, it := range problemItems(p) {
			e.followUp(it.text)
		}
	})
}
