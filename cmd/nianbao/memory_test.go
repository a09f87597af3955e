package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// A batch keeps the report models, not the files: after loading, the heap
// holds far less than the bytes read. Each page here is 4 MB, nearly all
// of it a script and inline styles; its model is tens of kilobytes.
func TestLoadAllReleasesDocuments(t *testing.T) {
	page, err := os.ReadFile("../../fixtures/reports/sh-office-2019.html")
	if err != nil {
		t.Fatal(err)
	}
	script := "<script>var chrome = '" + strings.Repeat("x", 4<<20) + "';</script>"
	big := strings.Replace(string(page), "<p>", script+"<p>", 1)
	dir := t.TempDir()
	const n = 12
	var srcs []source
	for i := range n {
		path := filepath.Join(dir, fmt.Sprintf("%02d.html", i))
		if err := os.WriteFile(path, []byte(big), 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, source{path: path})
	}
	a := &app{stderr: io.Discard, set: settings{Timeout: time.Minute}}
	before := liveHeap()
	docs := a.loadAll(srcs, overrides{}, 2)
	kept := float64(liveHeap()-min(before, liveHeap())) / n
	for _, d := range docs {
		if d.err != nil || d.r == nil {
			t.Fatalf("%s: %v", d.src.path, d.err)
		}
	}
	if limit := float64(len(big)) / 8; kept > limit {
		t.Errorf("%.0f bytes kept per report of %d bytes read, want under %.0f", kept, len(big), limit)
	}
	runtime.KeepAlive(docs)
}

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
