package engine

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/report"
)

func TestFingerprintUnits(t *testing.T) {
	f := newFingerprint("2021年，我区 1,234.5 件。\nＡbc（共１２条）", 7)
	if got, want := string(f.units), "0年我区0件abc共0条"; got != want {
		t.Errorf("units %q, want %q", got, want)
	}
	if q := f.quote(4, 6, 10); q != "1,234.5件" {
		t.Errorf("quote %q", q)
	}
	if l := f.lineAt(6); l != 8 {
		t.Errorf("line %d, want 8", l)
	}
	if len(f.hash) != 1 { // 12 units: one shingle
		t.Errorf("%d shingles of %d units", len(f.hash), len(f.units))
	}
}

// Re-punctuated, re-wrapped text with new figures still matches.
func TestShinglesIgnoreFormAndFigures(t *testing.T) {
	a := newFingerprint("全年主动公开政府信息4312条，发布政策解读材料58篇。", 1)
	b := newFingerprint("全年主动公开政府信息\n5120 条、发布政策解读材料 61 篇", 1)
	if len(a.hash) == 0 || !slicesEqual(a.hash, b.hash) {
		t.Errorf("shingles differ:\n%v\n%v", a.hash, b.hash)
	}
}

func slicesEqual(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestCopiedFromPrev(t *testing.T) {
	kept := "一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、强化部门协同配合，全面提升政府信息依申请公开规范化、专业化水平。"
	prev := sectionReport("五、存在的主要问题及改进情况\n依申请公开工作规范性还有待提高。\n"+kept, 2023)
	cur := sectionReport("五、存在的主要问题及改进情况\n个别部门对复杂申请件的研判能力不足。\n"+kept, 2024)
	prev.Meta.Source.File = "hz-2023.pdf"
	e := newEnv(cur, &Config{})
	e.in = &Inputs{Prev: prev}
	v, _ := fnCopied(e, []any{"problems"})
	o := v.(Overlap)
	if o.Passages != 1 || o.Copied != 59 || o.Chars != 76 || o.Percent != "77.6%" {
		t.Errorf("overlap %+v", o)
	}
	if len(e.el.quotes) != 1 || e.el.quotes[0].Line != 3 || !strings.HasPrefix(e.el.quotes[0].Quote, "一是扎实推进") ||
		e.el.quotes[0].Note != "上年报告第3行起有相同文字，共 59 字" {
		t.Errorf("evidence %+v", e.el.quotes)
	}
	if !strings.Contains(o.Quotes, "（第3行）") || o.Source != "洪泽区人民政府（hz-2023.pdf）" {
		t.Errorf("quotes %q source %q", o.Quotes, o.Source)
	}
}

// The template's fixed sentences are not copied text.
func TestBoilerplateNotCopied(t *testing.T) {
	text := "六、其他需要报告的事项\n本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。"
	e := newEnv(sectionReport(text, 2022), &Config{})
	e.in = &Inputs{Prev: sectionReport(strings.ReplaceAll(text, "2022", "2021"), 2021)}
	if v, _ := fnCopied(e, []any{"problems"}); v.(Overlap).Copied != 0 {
		t.Errorf("boilerplate counted: %+v", v)
	}
}

// sectionReport is a report whose 存在的主要问题 (or other section, by its
// heading) is text, starting on line 1.
func sectionReport(text string, year int) *report.Report {
	heading, _, _ := strings.Cut(text, "\n")
	key := "problems"
	if strings.HasPrefix(heading, "六") {
		key = "other"
	} else if h := "五、存在的主要问题及改进情况"; strings.HasPrefix(heading, h) {
		heading = h // a crawled page runs the heading into the text
	}
	return &report.Report{Meta: report.Meta{Year: year, Agency: "洪泽区人民政府"},
		Sections: []report.Section{{Key: key, Heading: heading, Line: 1, Text: text}}}
}

// reportSection is a section starting on line 1.
func reportSection(key, text string) report.Section {
	heading, _, _ := strings.Cut(text, "\n")
	return report.Section{Key: key, Heading: heading, Line: 1, Text: text}
}
