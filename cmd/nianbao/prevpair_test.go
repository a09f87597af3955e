package main

import (
	"testing"

	"github.com/nianbao/nianbao/report"
)

func rep(agency string, year int, file string) *report.Report {
	return &report.Report{Meta: report.Meta{Agency: agency, Year: year, Source: report.Source{File: file}}}
}

func TestPairPrev(t *testing.T) {
	rs := []*report.Report{
		rep("洪泽区人民政府", 2023, "hz-2023.pdf"),
		rep("淮安市洪泽区人民政府", 2024, "hz-2024.pdf"),
		rep("淮安市人民政府", 2024, "ha-2024.pdf"),
		rep("平潭综合实验区", 2021, "pt-2021.txt"),
		rep("平潭综合实验区", 2021, "pt-2021.html"), // the same report twice: the first is used
		rep("平潭综合实验区", 2022, "pt-2022.txt"),
		rep("平潭综合实验区", 2020, "pt-2020.txt"), // two years before 2022: not its previous
		nil,
		rep("", 2023, "unknown.pdf"),
		rep("淮安市洪泽区人民政府", 0, "no-year.pdf"),
	}
	got := pairPrev(rs, func(r *report.Report, _ []string) { t.Errorf("%s: ambiguous", r.Meta.Source.File) })
	want := map[int]int{1: 0, 3: 6, 4: 6, 5: 3}
	for i, p := range got {
		j, ok := want[i]
		switch {
		case ok && p != rs[j]:
			t.Errorf("%d: paired with %v, want %s", i, p, rs[j].Meta.Source.File)
		case !ok && p != nil:
			t.Errorf("%d: paired with %s, want none", i, p.Meta.Source.File)
		}
	}
}

// One 朝阳区 report on 2023 matches two districts on 2024: neither is paired.
func TestPairPrevAmbiguous(t *testing.T) {
	rs := []*report.Report{
		rep("朝阳区人民政府", 2023, "cy-2023.pdf"),
		rep("北京市朝阳区人民政府", 2024, "bj-2024.pdf"),
		rep("长春市朝阳区人民政府", 2024, "cc-2024.pdf"),
	}
	var told []string
	got := pairPrev(rs, func(r *report.Report, names []string) { told = append(told, r.Meta.Source.File) })
	if got[1] != nil || got[2] != nil || len(told) != 2 {
		t.Errorf("pairs %v, told %v", got, told)
	}
}
