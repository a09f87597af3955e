//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A file that never finishes reading (a pipe nobody writes to) becomes
// its own error after --timeout; the batch goes on and ends.
func TestAuditTimeout(t *testing.T) {
	stuck := filepath.Join(t.TempDir(), "stuck.txt")
	if err := syscall.Mkfifo(stuck, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	r := nianbao(t, nil, "audit", "--format", "json", "--timeout", "1", stuck, goodReport).must(t, 2)
	var got auditJSON
	r.decode(t, &got)
	if len(got.Reports) != 2 || got.Reports[0].Error != stuck+": 处理超时（超过 1 秒），文件可能过于复杂或已损坏；可用 --timeout 放宽时限" ||
		got.Reports[1].Score == nil {
		t.Errorf("reports: %+v", got.Reports)
	}
	if !strings.Contains(r.stderr, "处理超时（超过 1 秒）") {
		t.Errorf("stderr: %s", r.stderr)
	}
}

// parse keeps the same limit.
func TestParseTimeoutFIFO(t *testing.T) {
	stuck := filepath.Join(t.TempDir(), "stuck.html")
	if err := syscall.Mkfifo(stuck, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	r := nianbao(t, nil, "parse", "--timeout", "0.5s", stuck).must(t, 2)
	if !strings.Contains(r.stderr, stuck+": 处理超时（超过 0.5 秒）") || r.stdout != "" {
		t.Errorf("stdout %q, stderr %q", r.stdout, r.stderr)
	}
}
