package report_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// Issue 8 shape 9: the model says where the publication date came from.
func TestIssue8PublishedFrom(t *testing.T) {
	r := extractFile(t, "../fixtures/reports/pingtan-2019.txt")
	if r.Meta.Published != "2020-01-20" || r.Meta.PublishedFrom != "发布时间" {
		t.Errorf("published %q from %q, want 2020-01-20 from 发布时间", r.Meta.Published, r.Meta.PublishedFrom)
	}
	data, err := json.Marshal(r.Meta)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"published_from":"发布时间"`) {
		t.Errorf("meta JSON lacks published_from: %s", data)
	}
	if r := extractText(t, "一、总体情况\n采集时间：2024-05-01\n"); r.Meta.Published != "" {
		t.Errorf("a crawl date was taken: %q", r.Meta.Published)
	}
}
