package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// On a terminal the bar shows the files done out of the total and the
// file being read, and is cleared at the end.
func TestProgressVisible(t *testing.T) {
	defer func(d time.Duration) { progressThrottle = d }(progressThrottle)
	progressThrottle = 0
	var buf bytes.Buffer
	p := newProgressOn(&buf, 3, true)
	for _, f := range []string{"a/一.txt", "a/二.pdf", "b/某市某区人民政府2024年政府信息公开工作年度报告（修订稿）.pdf"} {
		p.begin(f)
		p.end()
	}
	p.finish()
	out := buf.String()
	for _, want := range []string{"读取 一.txt", "(2/3", "读取 …", "年度报告（修订稿）.pdf", "\r"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output lacks %q: %q", want, out)
		}
	}
}

// Off a terminal (a pipe, a CI log) nothing at all is written.
func TestProgressHidden(t *testing.T) {
	var buf bytes.Buffer
	p := newProgressOn(&buf, 3, false)
	p.begin("a.txt")
	p.end()
	p.finish()
	if buf.Len() != 0 {
		t.Errorf("hidden bar wrote %q", buf.String())
	}
}

// An audit run with stderr in a pipe prints no bar.
func TestAuditNoBarInPipe(t *testing.T) {
	r := nianbao(t, nil, "audit", "--format", "json", goodReport, goodReport).must(t, 0)
	if strings.Contains(r.stderr, "\r") || strings.Contains(r.stderr, "读取") {
		t.Errorf("stderr: %q", r.stderr)
	}
}

// tailWidth keeps the end of a long name within the width.
func TestTailWidth(t *testing.T) {
	if got := tailWidth("2024年报.pdf", 20); got != "2024年报.pdf" {
		t.Errorf("short name changed: %q", got)
	}
	if got := tailWidth("某市人民政府2024年报.pdf", 13); got != "…2024年报.pdf" {
		t.Errorf("got %q", got)
	}
}
