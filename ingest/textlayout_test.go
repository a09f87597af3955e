package ingest

import (
	"fmt"
	"strings"
	"testing"
)

func TestTextCells(t *testing.T) {
	got := textCells("一、本年新收  821     35  2 1   859")
	var parts []string
	for _, c := range got {
		parts = append(parts, fmt.Sprintf("%s@%g-%g", "一、本年新收  821     35  2 1   859"[c.Start:c.End], c.X0, c.X1))
	}
	want := "一、本年新收@0-6 821@8-11 35@16-18 2@20-21 1@22-23 859@26-29"
	if s := strings.Join(parts, " "); s != want {
		t.Errorf("cells %s, want %s", s, want)
	}
}

func TestLayoutTextIsPositioned(t *testing.T) {
	var b strings.Builder
	for i := range 10 {
		fmt.Fprintf(&b, "第%d行      %d      0      %d\n", i, i, i)
	}
	doc, err := Parse("layout.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Lines[0].Cells) != 4 {
		t.Errorf("laid-out text: line 1 has cells %v, want 4", doc.Lines[0].Cells)
	}
	// Prose with single spaces, or a few spaced numbers, is not laid out.
	doc, err = Parse("prose.txt", []byte("规章 0 0 0\n行政规范性文件 1 2 3\n全年 公开 信息  12  条\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range doc.Lines {
		if l.Cells != nil {
			t.Errorf("prose line %q got cells %v", l.Text, l.Cells)
		}
	}
}
