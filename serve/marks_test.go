package serve

import (
	"reflect"
	"testing"

	"github.com/nianbao/nianbao/ingest"
)

func lines(texts ...string) []ingest.Line {
	out := make([]ingest.Line, len(texts))
	for i, s := range texts {
		out[i] = ingest.Line{No: i + 1, Text: s}
	}
	return out
}

func TestFindQuoteAcrossLinesAndSpaces(t *testing.T) {
	ix := newTextIndex(lines("一、总体情况", "2022 年度，我办共收到", "", "依申请公开 1 件。", "依申请公开 1 件。"))
	cases := []struct {
		quote string
		line  int
		want  string
		ok    bool
	}{
		{"2022年度，我办共收到依申请公开1件。", 2, "2022 年度，我办共收到\n\n依申请公开 1 件。", true},
		{"依申请公开1件。", 5, "依申请公开 1 件。", true}, // the occurrence at or after the line
		{"依申请公开1件。", 0, "依申请公开 1 件。", true},
		{"没有这句话", 1, "", false},
		{"  ", 1, "", false},
	}
	for _, c := range cases {
		s, ok := ix.find(c.quote, c.line)
		if ok != c.ok || ok && ix.full[s.a:s.b] != c.want {
			t.Errorf("find(%q, %d) = %q %v, want %q %v", c.quote, c.line, ix.full[s.a:s.b], ok, c.want, c.ok)
		}
		if c.line == 5 && ok && s.a != ix.starts[4] {
			t.Errorf("find from line 5 found the occurrence at %d, want %d", s.a, ix.starts[4])
		}
	}
}

func TestFindSurvivesInvalidUTF8(t *testing.T) {
	ix := newTextIndex(lines("abc\xff\xfe def", "总计"))
	if s, ok := ix.find("总计", 0); !ok || ix.full[s.a:s.b] != "总计" {
		t.Errorf("find = %v %v", s, ok)
	}
}

func TestMarksMergeOverlaps(t *testing.T) {
	var m marks
	a := m.add(span{10, 20}, "A")
	b := m.add(span{15, 30}, "B")
	c := m.add(span{40, 50}, "A")
	d := m.add(span{10, 20}, "C")
	owner := m.merge()
	if got := []string{owner[a], owner[b], owner[c], owner[d]}; !reflect.DeepEqual(got, []string{"m1", "m1", "m2", "m1"}) {
		t.Errorf("owners %v", got)
	}
	if !reflect.DeepEqual(m.spans, []span{{10, 30}, {40, 50}}) || !reflect.DeepEqual(m.rules[0], []string{"A", "C", "B"}) {
		t.Errorf("spans %v rules %v", m.spans, m.rules)
	}
}

func TestSplitGivesEachMarkOneID(t *testing.T) {
	ix := newTextIndex(lines("前文甲乙", "", "丙丁后文"))
	var m marks
	s, _ := ix.find("甲乙丙丁", 1)
	m.add(s, "R")
	m.merge()
	seen := map[int]bool{}
	var got [][]part
	for i := range ix.lines {
		got = append(got, m.split(ix.full, ix.lineRange(i), seen))
	}
	want := [][]part{
		{{Text: "前文"}, {Text: "甲乙", Mark: true, ID: "m1", Title: "引用于 R"}},
		nil,
		{{Text: "丙丁", Mark: true, Title: "引用于 R"}, {Text: "后文"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("split = %+v\nwant %+v", got, want)
	}
}
