package ingest

import (
	"math"
	"strings"
	"testing"
)

// glyphRun places the characters of s on a row from x0, each w wide, on the
// line whose bottom is y, with text height h.
func glyphRun(s string, x0, y, w, h float64) []glyph {
	var gs []glyph
	for _, r := range s {
		gs = append(gs, glyph{r: r, x0: x0, x1: x0 + w, y0: y, y1: y + h})
		x0 += w
	}
	return gs
}

func TestLayoutNumbersStayApart(t *testing.T) {
	// Narrow cells: "3" and "0" only 0.35 em apart must not read "30";
	// the digits of one number touch.
	var gs []glyph
	gs = append(gs, glyphRun("一、本年新收", 10, 100, 10, 10)...)
	gs = append(gs, glyphRun("3119", 100, 100, 5, 10)...)
	gs = append(gs, glyphRun("3", 130, 100, 5, 10)...)
	gs = append(gs, glyphRun("0", 138.5, 100, 5, 10)...)
	got := layoutPage(gs)
	want := []string{"一、本年新收\t3119\t3\t0"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestLayoutRowsAndWords(t *testing.T) {
	var gs []glyph
	// Second row first, to check the top-to-bottom order.
	gs = append(gs, glyphRun("hzzwgk@126.com", 10, 80, 5, 10)...)
	gs = append(gs, glyphRun("邮箱", 10, 100, 10, 10)...)
	// A Chinese word gap (half an em) is not a cell gap and adds nothing.
	gs = append(gs, glyphRun("总", 40, 100, 10, 10)...)
	gs = append(gs, glyphRun("计", 55, 100, 10, 10)...)
	// A Latin word gap becomes a space.
	gs = append(gs, glyphRun("ab", 100, 100.5, 5, 10)...)
	gs = append(gs, glyphRun("cd", 113, 99.5, 5, 10)...)
	got := layoutPage(gs)
	want := []string{"邮箱\t总计\tab cd", "hzzwgk@126.com"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestLayoutSeparatesCloseRows(t *testing.T) {
	// Two lines of a wrapped cell, 1.3 em apart, and a number centred
	// between them stay three rows.
	var gs []glyph
	gs = append(gs, glyphRun("结果", 10, 113, 10, 10)...)
	gs = append(gs, glyphRun("维持", 10, 100, 10, 10)...)
	gs = append(gs, glyphRun("7", 60, 106.5, 5, 10)...)
	got := layoutPage(gs)
	want := []string{"结果", "7", "维持"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestLayoutDropsFakeBold(t *testing.T) {
	gs := glyphRun("总计", 10, 100, 10, 10)
	gs = append(gs, glyphRun("总计", 10.3, 100, 10, 10)...)
	if got := layoutPage(gs); len(got) != 1 || got[0] != "总计" {
		t.Fatalf("got %q, want [总计]", got)
	}
}

func TestChooseBoxRejectsHugeLooseBox(t *testing.T) {
	normal := pdfChar{
		tight: glyph{r: '本', x0: 11, x1: 19, y0: 101, y1: 109},
		loose: glyph{r: '本', x0: 10, x1: 20, y0: 99, y1: 111},
	}
	// PDFium's loose box for a vertical CJK font: 20 times too big.
	vertical := pdfChar{
		tight: glyph{r: '年', x0: 86, x1: 95, y0: 196, y1: 205},
		loose: glyph{r: '年', x0: 85.6, x1: 284.6, y0: 172.7, y1: 371.7},
	}
	// A full stop: tiny glyph, normal loose box.
	stop := pdfChar{
		tight: glyph{r: '.', x0: 147.3, x1: 148.1, y0: 262.8, y1: 263.6},
		loose: glyph{r: '.', x0: 146.8, x1: 150.5, y0: 261.3, y1: 269.1},
	}
	chars := []pdfChar{normal, normal, normal, vertical, stop}
	usual := usualLooseHeight(chars)
	for i := range chars {
		chars[i].hasTight = doubtfulLoose(chars[i], usual)
	}
	if !chars[3].hasTight || chars[0].hasTight || chars[4].hasTight {
		t.Errorf("only the vertical char's loose box is in doubt: %+v", chars)
	}
	for i := range chars {
		chars[i].hasTight = true // check every box against its glyph
	}
	gs, _ := charGlyphs(chars, usual)
	if gs[0] != normal.loose {
		t.Errorf("normal char: got %+v, want the loose box", gs[0])
	}
	if g := gs[3]; g.height() > 10 || g.x0 < 85 || g.x1 > 96 {
		t.Errorf("vertical char: got %+v, want a box near the glyph", g)
	}
	if gs[4] != stop.loose {
		t.Errorf("full stop: got %+v, want the loose box", gs[4])
	}
}

func TestUprightGlyphs(t *testing.T) {
	// Text rotated a quarter turn counter-clockwise reads bottom to top.
	var gs []glyph
	var angles []float64
	for i, r := range []rune("年度报告") {
		y := 100 + float64(i)*10
		gs = append(gs, glyph{r: r, x0: 50, x1: 60, y0: y, y1: y + 10})
		angles = append(angles, math.Pi/2)
	}
	// A watermark character at 45° is dropped.
	gs = append(gs, glyph{r: '章', x0: 200, x1: 210, y0: 200, y1: 210})
	angles = append(angles, math.Pi/4)
	up, _ := uprightGlyphs(gs, angles)
	got := layoutPage(up)
	if len(got) != 1 || got[0] != "年度报告" {
		t.Fatalf("got %q, want [年度报告]", got)
	}
}

func TestQuarterTurn(t *testing.T) {
	for _, c := range []struct {
		a    float64
		want int
	}{{0, 0}, {-1, 0}, {0.1, 0}, {2*math.Pi - 0.1, 0}, {math.Pi / 2, 1}, {math.Pi, 2}, {3 * math.Pi / 2, 3}, {math.Pi / 4, -1}} {
		if got := quarterTurn(c.a); got != c.want {
			t.Errorf("quarterTurn(%v) = %d, want %d", c.a, got, c.want)
		}
	}
}

func TestLayoutSmallPunctuationBox(t *testing.T) {
	// Issue 8, shape 4: 、 with a box a third of the characters' height,
	// at the foot of the line (centre 3.5 pt below theirs) or at its head,
	// stays on the line; measured by its own height it stood alone.
	for _, punct := range []glyph{
		{r: '、', x0: 20, x1: 30, y0: 99.5, y1: 103},
		{r: '、', x0: 20, x1: 30, y0: 106, y1: 109.5},
	} {
		gs := glyphRun("一", 10, 100, 10, 10)
		gs = append(gs, punct)
		gs = append(gs, glyphRun("总体情况", 30, 100, 10, 10)...)
		gs = append(gs, glyphRun("本机关", 10, 86, 10, 10)...) // the next line, 1.4 em down
		got := layoutPage(gs)
		if want := []string{"一、总体情况", "本机关"}; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("、 at %v-%v: got %q, want %q", punct.y0, punct.y1, got, want)
		}
	}
}
