package ingest

import (
	"slices"
	"strings"
	"testing"
)

// hbar and vbar are ruling boxes 0.75 pt thick, drawn the way Chromium
// draws cell borders (one filled bar per cell side).
func hbar(y, x0, x1 float64) box { return box{x0, y - 0.375, x1, y + 0.375} }
func vbar(x, y0, y1 float64) box { return box{x - 0.375, y0, x + 0.375, y1} }

// gridBars draws the borders of cells given as [x0, y0, x1, y1] rectangles,
// each cell drawing its four sides.
func gridBars(cells [][4]float64) []box {
	var bs []box
	for _, c := range cells {
		bs = append(bs, hbar(c[1], c[0], c[2]), hbar(c[3], c[0], c[2]), vbar(c[0], c[1], c[3]), vbar(c[2], c[1], c[3]))
	}
	return bs
}

// wrappedLabelPage is a table row whose narrow label cell holds
// 「7.属于行政执法案卷」 on three lines with its numbers centred on the middle
// line, under a header row whose first cell spans two columns.
func wrappedLabelPage() ([]glyph, []box) {
	bars := gridBars([][4]float64{
		{10, 100, 90, 120}, {90, 100, 130, 120}, // header: 行政许可 (spanning) | 总计
		{10, 40, 50, 100}, {50, 40, 90, 100}, {90, 40, 130, 100},
	})
	var gs []glyph
	gs = append(gs, glyphRun("行政许可", 20, 105, 10, 10)...)
	gs = append(gs, glyphRun("总计", 100, 105, 10, 10)...)
	gs = append(gs, glyphRun("7.属于", 12, 82, 6, 10)...)
	gs = append(gs, glyphRun("行政执", 12, 68, 10, 10)...)
	gs = append(gs, glyphRun("法案卷", 12, 54, 10, 10)...)
	gs = append(gs, glyphRun("4", 65, 68, 5, 10)...)
	gs = append(gs, glyphRun("12", 105, 68, 5, 10)...)
	return gs, bars
}

func TestRuledTableWrappedLabel(t *testing.T) {
	// Issue 8, shape 3: the label's pieces lie on three visual lines around
	// the numbers; the cell box puts them back together.
	gs, bars := wrappedLabelPage()
	gs = append(gs, glyphRun("一、总体情况", 10, 200, 10, 10)...)
	lines, tables := layoutRuled(gs, drawing{rules: bars}, nil)
	got := make([]string, len(lines))
	for i, l := range lines {
		got[i] = l.Text
	}
	want := []string{"一、总体情况", "行政许可\t行政许可\t总计", "7.属于行政执法案卷\t4\t12"}
	if !slices.Equal(got, want) {
		t.Fatalf("lines %q, want %q", got, want)
	}
	if len(tables) != 1 || tables[0].first != 1 {
		t.Fatalf("tables %+v, want one starting at line 1", tables)
	}
	tb := tables[0]
	if !slices.Equal(tb.span[0], []bool{false, true, false}) || slices.Contains(tb.span[1], true) {
		t.Errorf("span %v: only the header's second slot is a copy", tb.span)
	}
	if c := lines[2].Cells; len(c) != 3 || c[1].X0 != 50 || c[1].X1 != 90 || lines[2].Text[c[1].Start:c[1].End] != "4" {
		t.Errorf("cells of the data row: %+v", c)
	}
}

func TestRuledTableBlankCell(t *testing.T) {
	// Issue 8, shape 5: a cell is blank when its box is empty, wherever the
	// numbers beside it stand.
	bars := gridBars([][4]float64{{10, 0, 60, 20}, {60, 0, 80, 20}, {80, 0, 100, 20}, {100, 0, 120, 20}})
	var gs []glyph
	gs = append(gs, glyphRun("规章", 12, 5, 10, 10)...)
	gs = append(gs, glyphRun("3", 62, 5, 5, 10)...)
	gs = append(gs, glyphRun("9", 113, 5, 5, 10)...) // right-aligned in the last cell
	lines, tables := layoutRuled(gs, drawing{rules: bars}, nil)
	if len(lines) != 1 || lines[0].Text != "规章\t3\t\t9" {
		t.Fatalf("lines %+v, want one row 规章|3||9", lines)
	}
	if len(tables) != 1 || !slices.Equal(tables[0].cells[0], []string{"规章", "3", "", "9"}) {
		t.Fatalf("tables %+v", tables)
	}
}

func TestRuledTableOpenSides(t *testing.T) {
	// A table with no left and right frame: the horizontal rulings reach
	// past the outer vertical ones and give the outer edges.
	bars := []box{hbar(40, 0, 120), hbar(20, 0, 120), hbar(0, 0, 120), vbar(60, 0, 40), vbar(90, 0, 40)}
	var gs []glyph
	gs = append(gs, glyphRun("规章", 5, 25, 10, 10)...)
	gs = append(gs, glyphRun("13", 70, 25, 5, 10)...)
	gs = append(gs, glyphRun("524", 100, 25, 5, 10)...)
	gs = append(gs, glyphRun("规范性文件", 5, 5, 10, 10)...)
	gs = append(gs, glyphRun("60", 100, 5, 5, 10)...)
	lines, _ := layoutRuled(gs, drawing{rules: bars}, nil)
	var got []string
	for _, l := range lines {
		got = append(got, l.Text)
	}
	if want := []string{"规章\t13\t524", "规范性文件\t\t60"}; !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestRuledTableSeparateBorders(t *testing.T) {
	// CSS border-collapse: separate: each cell is its own stroked box, 3 pt
	// from its neighbours; the two borders between cells are one line.
	var bars []box
	for _, c := range [][4]float64{{0, 0, 40, 20}, {43, 0, 83, 20}, {0, 23, 40, 43}, {43, 23, 83, 43}} {
		bars = append(bars, strokedEdges([]pathPoint{
			{x: c[0], y: c[1], move: true}, {x: c[2], y: c[1]}, {x: c[2], y: c[3]}, {x: c[0], y: c[3], close: true},
		})...)
	}
	var gs []glyph
	gs = append(gs, glyphRun("总计", 5, 28, 10, 10)...)
	gs = append(gs, glyphRun("7", 60, 28, 5, 10)...)
	gs = append(gs, glyphRun("合计", 5, 5, 10, 10)...)
	lines, tables := layoutRuled(gs, drawing{rules: bars}, nil)
	if len(tables) != 1 || len(lines) != 2 || lines[0].Text != "总计\t7" || lines[1].Text != "合计\t" {
		t.Fatalf("lines %+v tables %+v", lines, tables)
	}
}

func TestRuledTableMisalignedSpanBorder(t *testing.T) {
	// A spanning cell whose bottom border a producer draws 6 pt above the
	// row line leaves a strip no text fits in: no extra grid row.
	bars := gridBars([][4]float64{{0, 40, 40, 80}, {40, 60, 80, 80}, {40, 40, 80, 60}, {0, 0, 40, 34}, {40, 0, 80, 40}})
	var gs []glyph
	gs = append(gs, glyphRun("不予公开", 2, 55, 9, 10)...)
	gs = append(gs, glyphRun("1", 50, 65, 5, 10)...)
	gs = append(gs, glyphRun("2", 50, 45, 5, 10)...)
	gs = append(gs, glyphRun("其他", 2, 15, 9, 10)...)
	gs = append(gs, glyphRun("3", 50, 15, 5, 10)...)
	lines, _ := layoutRuled(gs, drawing{rules: bars}, nil)
	var got []string
	for _, l := range lines {
		got = append(got, l.Text)
	}
	if want := []string{"不予公开\t1", "不予公开\t2", "其他\t3"}; !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestRuledTableNeedsTwoByTwo(t *testing.T) {
	// An underline and a box around one paragraph are not tables.
	gs := glyphRun("五、存在的主要问题", 10, 100, 10, 10)
	for _, bars := range [][]box{
		{hbar(98, 10, 100)},
		gridBars([][4]float64{{5, 95, 105, 115}}),
	} {
		lines, tables := layoutRuled(gs, drawing{rules: bars}, nil)
		if len(tables) != 0 || len(lines) != 1 || lines[0].Text != "五、存在的主要问题" {
			t.Errorf("bars %v: lines %+v, tables %+v", bars, lines, tables)
		}
	}
}

func TestRuledCellTextKeepsNumbersApart(t *testing.T) {
	// Two numbers in one cell (a missing ruling) must not fuse.
	gs := append(glyphRun("3", 10, 0, 5, 10), glyphRun("0", 40, 0, 5, 10)...)
	if got := ruledCellText(gs); got != "3 0" {
		t.Errorf("got %q, want %q", got, "3 0")
	}
	gs = append(glyphRun("本机关不掌握", 10, 20, 10, 10), glyphRun("相关政府信息", 10, 6, 10, 10)...)
	if got := ruledCellText(gs); got != "本机关不掌握相关政府信息" {
		t.Errorf("got %q", got)
	}
}

func TestFilledRules(t *testing.T) {
	// filledRules keeps the thin bars of one filled path and the edges of
	// a cell's background.
	pts := []pathPoint{
		{x: 0, y: 0, move: true}, {x: 100, y: 0}, {x: 100, y: 0.5}, {x: 0, y: 0.5, close: true},
		{x: 0, y: 0, move: true}, {x: 100, y: 0}, {x: 100, y: 30}, {x: 0, y: 30, close: true},
	}
	bars, edges := filledRules(pts)
	if len(bars) != 1 || bars[0] != (box{0, 0, 100, 0.5}) || len(edges) != 4 || edges[1] != (box{0, 29.75, 100, 30.25}) {
		t.Errorf("got bars %+v, edges %+v", bars, edges)
	}
	// A shape with a curve is a drawing, not a cell.
	pts[6].curve = true
	if _, edges := filledRules(pts); len(edges) != 0 {
		t.Errorf("with a curve: got %+v", edges)
	}
}

// FuzzRuledLayout lays out glyphs and rulings decoded from the input (four
// bytes a box: x, y, width, height; glyphs and rulings alternating) and
// checks that every table row is the line it says it is.
func FuzzRuledLayout(f *testing.F) {
	f.Add([]byte{10, 10, 80, 1, 12, 12, 8, 8, 10, 30, 80, 1, 10, 10, 1, 20, 50, 10, 1, 20, 90, 10, 1, 20})
	f.Add([]byte{0, 0, 255, 2, 0, 0, 2, 255, 0, 128, 255, 2, 128, 0, 2, 255, 60, 60, 9, 9, 255, 0, 2, 255})
	f.Fuzz(func(t *testing.T, data []byte) {
		var gs []glyph
		var bars []box
		for i := 0; i+4 <= len(data) && i < 4000; i += 4 {
			x, y, w, h := float64(data[i]), float64(data[i+1]), float64(data[i+2])/4, float64(data[i+3])/4
			if (i/4)%2 == 0 {
				gs = append(gs, glyph{r: rune('0' + data[i]%10), x0: x, y0: y, x1: x + w, y1: y + h})
			} else {
				bars = append(bars, box{x, y, x + w*4, y + h*4})
			}
		}
		lines, tables := layoutRuled(gs, drawing{rules: bars}, nil)
		for _, tb := range tables {
			if len(tb.span) != len(tb.cells) || tb.first+len(tb.cells) > len(lines) {
				t.Fatalf("table %+v does not fit %d lines", tb, len(lines))
			}
			for i, row := range tb.cells {
				if l := lines[tb.first+i]; l.Text != strings.Join(row, "\t") || len(l.Cells) != len(row) || len(tb.span[i]) != len(row) {
					t.Fatalf("row %d %q, line %q", i, row, l.Text)
				}
				for c, cp := range tb.span[i] {
					// A copy repeats the slot to its left or above.
					if cp && !(c > 0 && row[c-1] == row[c]) && !(i > 0 && tb.cells[i-1][c] == row[c]) {
						t.Fatalf("slot %d,%d %q marked a copy of nothing", i, c, row[c])
					}
				}
			}
		}
	})
}

func TestRuledTableDottedAndThickBorders(t *testing.T) {
	// Chromium draws a 1px dotted border as one 0.75 pt square per dot and
	// a 5px border as bars 3.75 pt thick; both are rulings.
	dotted := func(x0, y0, x1, y1 float64) []box {
		var bs []box
		for x, y := x0, y0; x <= x1 && y <= y1; {
			bs = append(bs, box{x, y, x + 0.75, y + 0.75})
			if x0 == x1 {
				y += 1.5
			} else {
				x += 1.5
			}
		}
		return bs
	}
	var dots []box
	for _, y := range []float64{0, 20, 40} {
		dots = append(dots, dotted(0, y, 90, y)...)
	}
	for _, x := range []float64{0, 60, 90} {
		dots = append(dots, dotted(x, 0, x, 40)...)
	}
	thick := []box{{0, 0, 90, 3.75}, {0, 20, 90, 23.75}, {0, 40, 90, 43.75}, {0, 0, 3.75, 43.75}, {60, 0, 63.75, 43.75}, {90, 0, 93.75, 43.75}}
	var gs []glyph
	gs = append(gs, glyphRun("规章", 10, 26, 10, 10)...)
	gs = append(gs, glyphRun("5", 70, 26, 5, 10)...)
	gs = append(gs, glyphRun("合计", 10, 6, 10, 10)...)
	for name, bars := range map[string][]box{"dotted": dots, "thick": thick} {
		lines, tables := layoutRuled(gs, drawing{rules: bars}, nil)
		if len(tables) != 1 || len(lines) != 2 || lines[0].Text != "规章\t5" || lines[1].Text != "合计\t" {
			t.Errorf("%s: lines %+v, %d tables", name, lines, len(tables))
		}
	}
}

func TestRuledTableColumnsOnlyFallsBack(t *testing.T) {
	// A table that rules its columns but not its rows: each "cell" would
	// be a whole column of numbers. It is read by gaps, as without rulings.
	bars := []box{hbar(60, 0, 120), hbar(0, 0, 120), vbar(0, 0, 60), vbar(60, 0, 60), vbar(90, 0, 60), vbar(120, 0, 60)}
	var gs []glyph
	gs = append(gs, glyphRun("规章", 5, 40, 10, 10)...)
	gs = append(gs, glyphRun("13", 70, 40, 5, 10)...)
	gs = append(gs, glyphRun("524", 100, 40, 5, 10)...)
	gs = append(gs, glyphRun("规范性文件", 5, 20, 10, 10)...)
	gs = append(gs, glyphRun("60", 70, 20, 5, 10)...)
	gs = append(gs, glyphRun("368", 100, 20, 5, 10)...)
	lines, tables := layoutRuled(gs, drawing{rules: bars}, nil)
	var got []string
	for _, l := range lines {
		got = append(got, l.Text)
	}
	if want := []string{"规章\t13\t524", "规范性文件\t60\t368"}; len(tables) != 0 || !slices.Equal(got, want) {
		t.Fatalf("got %q and %d tables, want %q and none", got, len(tables), want)
	}
	if stackedNumbers(glyphRun("12", 0, 0, 5, 10)) || stackedNumbers(glyphRun("7.属于", 0, 0, 5, 10)) {
		t.Error("a lone number or a label is not a stack")
	}
}

func TestRuledTableFromCellBackgrounds(t *testing.T) {
	// Cells filled white 1 pt apart on a black table (an old web style):
	// the backgrounds' edges make the grid. Where a ruled table is, the
	// edges of its shading count for nothing.
	var fills []box
	for _, c := range [][4]float64{{1, 1, 59, 19}, {61, 1, 89, 19}, {1, 21, 59, 39}, {61, 21, 89, 39}} {
		fills = append(fills, rectEdges(box{c[0], c[1], c[2], c[3]})...)
	}
	var gs []glyph
	gs = append(gs, glyphRun("规章", 5, 25, 10, 10)...)
	gs = append(gs, glyphRun("7", 70, 25, 5, 10)...)
	gs = append(gs, glyphRun("合计", 5, 5, 10, 10)...)
	lines, tables := layoutRuled(gs, drawing{fills: fills}, nil)
	if len(tables) != 1 || len(lines) != 2 || lines[0].Text != "规章\t7" || lines[1].Text != "合计\t" {
		t.Fatalf("backgrounds only: lines %+v, %d tables", lines, len(tables))
	}
	// Ruled as one column of labels and one of numbers, shaded in three
	// columns: the rulings decide.
	ruled := gridBars([][4]float64{{0, 0, 60, 20}, {60, 0, 90, 20}, {0, 20, 60, 40}, {60, 20, 90, 40}})
	shading := append(rectEdges(box{0, 0, 30, 40}), rectEdges(box{30, 0, 60, 40})...)
	lines, _ = layoutRuled(gs, drawing{rules: ruled, fills: shading}, nil)
	if len(lines) != 2 || lines[0].Text != "规章\t7" {
		t.Fatalf("ruled and shaded: lines %+v", lines)
	}
}

func TestRuledTableLayoutBoxIsText(t *testing.T) {
	// Two bordered boxes side by side holding paragraphs (a web page's
	// columns) are page layout: the text reads as lines, not two cells.
	bars := gridBars([][4]float64{{0, 0, 300, 400}, {300, 0, 400, 400}})
	var gs []glyph
	for i := range 20 {
		gs = append(gs, glyphRun(strings.Repeat("政", 25), 5, 380-float64(i)*14, 10, 10)...)
	}
	gs = append(gs, glyphRun("一、总体情况", 5, 100, 10, 10)...)
	lines, tables := layoutRuled(gs, drawing{rules: bars}, nil)
	if len(tables) != 0 || len(lines) != 21 {
		t.Fatalf("%d lines, %d tables; want 21 lines, no table", len(lines), len(tables))
	}
}
