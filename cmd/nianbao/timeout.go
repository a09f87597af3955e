package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nianbao/nianbao/ingest"
	"github.com/spf13/cast"
)

// defaultTimeout is the per-file limit on reading and extraction: far
// above what a real report needs (a 100-page PDF takes a few seconds).
const defaultTimeout = "120s"

// parseTimeout reads the timeout setting: a Go duration ("90s", "5m") or a
// bare number of seconds, as a flag, a NIANBAO_TIMEOUT variable or a YAML
// number may give it. It must be positive.
func parseTimeout(x any) (time.Duration, error) {
	s := strings.TrimSpace(cast.ToString(x))
	if s == "" {
		s = defaultTimeout
	}
	d, err := time.ParseDuration(s)
	if secs, nerr := strconv.ParseFloat(s, 64); nerr == nil {
		d, err = time.Duration(secs*float64(time.Second)), nil
	}
	if err != nil || d <= 0 {
		return 0, badValue("timeout", x, "正的时长，如 120s、5m 或秒数")
	}
	return d, nil
}

// loadWithin is loadOneContext with a time limit on the whole of reading
// and extracting the file. A file not done in time becomes that file's
// error, and the batch goes on. Reading a PDF stops at the deadline; the
// other formats are bounded by their size limits, so a goroutine left
// behind finishes on its own and its result is dropped.
func loadWithin(src source, flags overrides, limit time.Duration) loaded {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	done := make(chan loaded, 1)
	go func() { done <- loadOneContext(ctx, src, flags) }()
	select {
	case d := <-done:
		if d.err == nil || ctx.Err() == nil {
			return d
		}
	case <-ctx.Done():
	}
	return loaded{src: src, err: timeoutError(src.path, limit)}
}

// timeoutError is the error of a file that took longer than limit.
func timeoutError(path string, limit time.Duration) error {
	secs := strconv.FormatFloat(limit.Seconds(), 'f', -1, 64)
	return &ingest.Error{Path: path, Problem: fmt.Sprintf("处理超时（超过 %s 秒），文件可能过于复杂或已损坏；可用 --timeout 放宽时限", secs)}
}
