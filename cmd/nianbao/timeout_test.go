package main

import (
	"strings"
	"testing"
	"time"
)

// The timeout setting takes a duration or a number of seconds.
func TestParseTimeout(t *testing.T) {
	for in, want := range map[any]time.Duration{
		"90s": 90 * time.Second, "5m": 5 * time.Minute, "120": 120 * time.Second, 30: 30 * time.Second,
		1.5: 1500 * time.Millisecond, "": 120 * time.Second, nil: 120 * time.Second,
	} {
		if got, err := parseTimeout(in); err != nil || got != want {
			t.Errorf("parseTimeout(%#v) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []any{"0", "-3s", "soon", 0} {
		if _, err := parseTimeout(in); err == nil || !strings.Contains(err.Error(), "timeout 的值") {
			t.Errorf("parseTimeout(%#v) = %v, want an error", in, err)
		}
	}
}

// A bad --timeout is bad usage.
func TestTimeoutFlag(t *testing.T) {
	r := nianbao(t, nil, "audit", "--timeout", "soon", goodReport).must(t, 2)
	if !strings.Contains(r.stderr, "timeout 的值“soon”无效") {
		t.Errorf("stderr: %s", r.stderr)
	}
	nianbao(t, []string{"NIANBAO_TIMEOUT=30"}, "audit", goodReport).must(t, 0)
}
