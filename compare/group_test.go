package compare

import (
	"slices"
	"strings"
	"testing"
)

// Mixed input: a trend for the agency with two years, a ranking for the
// year with two agencies; an unreadable input, a report without a year
// and a second copy of an agency's year are listed, not compared.
func TestMixedMode(t *testing.T) {
	dup := audited("a-2022.html", "甲市教育局", 2022, f(60))
	noYear := audited("x.txt", "丙市教育局", 0, f(60))
	bad := Input{Result: resultError("bad.pdf", "bad.pdf: 文件已损坏")}
	c := build(
		audited("a-2022.pdf", "甲市教育局", 2022, f(80)),
		audited("a-2023.pdf", "甲市教育局", 2023, f(82)),
		audited("b-2023.pdf", "乙市教育局", 2023, f(90)),
		dup, noYear, bad,
	)
	if c.Mode != ModeMixed || !slices.Equal(c.Agencies, []string{"甲市教育局", "乙市教育局"}) || !slices.Equal(c.Years, []int{2022, 2023}) {
		t.Fatalf("mode %s %v %v", c.Mode, c.Agencies, c.Years)
	}
	if len(c.Trends) != 1 || c.Trends[0].Agency != "甲市教育局" || len(c.Rankings) != 1 || c.Rankings[0].Year != 2023 {
		t.Fatalf("trends %+v rankings %+v", c.Trends, c.Rankings)
	}
	if len(c.Skipped) != 2 || c.Skipped[0].File != "x.txt" || c.Skipped[1].File != "a-2022.html" ||
		!strings.Contains(c.Skipped[1].Reason, "与 a-2022.pdf 同为甲市教育局 2022 年度的报告") {
		t.Errorf("skipped %+v", c.Skipped)
	}
	if len(c.Unreadable) != 1 || c.Unreadable[0].Error != "bad.pdf: 文件已损坏" {
		t.Errorf("unreadable %+v", c.Unreadable)
	}
}

// A short name that matches two longer ones joins only the first group it
// matches wholly: 「洪泽区人民政府」 never bridges two different 洪泽区.
func TestGroupingIsConservative(t *testing.T) {
	c := build(
		audited("1.txt", "洪泽区人民政府", 2022, f(80)),
		audited("2.txt", "淮安市洪泽区人民政府", 2023, f(80)),
		audited("3.txt", "某省某市洪泽区人民政府", 2024, f(80)),
		audited("4.txt", "", 2024, f(80)),
	)
	if !slices.Equal(c.Agencies, []string{"淮安市洪泽区人民政府", "某省某市洪泽区人民政府", "（未识别机关：4.txt）"}) {
		t.Errorf("agencies %q", c.Agencies)
	}
}

func TestEmpty(t *testing.T) {
	c := build(Input{Result: resultError("a.txt", "a.txt: 文件为空")})
	if c.Mode != ModeEmpty || len(c.Reports) != 0 || c.Trends == nil || c.Rates == nil {
		t.Errorf("%+v", c)
	}
}
