package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 8 shape 9: a crawled text file's 发布时间 is the publication date,
// and the DEADLINE evidence says where it came from; its 采集时间 is not.
func TestIssue8DeadlineFromCrawlHeader(t *testing.T) {
	data, err := os.ReadFile("../../fixtures/reports/pingtan-2021.txt")
	if err != nil {
		t.Fatal(err)
	}
	late := strings.Replace(string(data), "发布时间: 2022-02-08 16:34", "采集时间: 2024-05-01\n发布时间: 2022-04-08 16:34", 1)
	path := filepath.Join(t.TempDir(), "page.txt")
	if err := os.WriteFile(path, []byte(late), 0o644); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Reports []struct {
			Results []struct {
				Rule, Status string
				Evidence     []struct{ Key, Raw, Note string }
			}
		}
	}
	nianbao(t, nil, "audit", "--format", "json", path).must(t, 0).decode(t, &got)
	for _, r := range got.Reports[0].Results {
		if r.Rule != "DEADLINE" {
			continue
		}
		if r.Status != "fail" || len(r.Evidence) == 0 || r.Evidence[0].Raw != "2022-04-08" || !strings.Contains(r.Evidence[0].Note, "取自「发布时间」") {
			t.Errorf("DEADLINE %s, evidence %+v", r.Status, r.Evidence)
		}
		return
	}
	t.Error("no DEADLINE result")
}
