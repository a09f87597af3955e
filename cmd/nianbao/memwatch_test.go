package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"
)

// memWatch samples the live heap while a run goes on.
type memWatch struct {
	stop     chan struct{}
	done     chan struct{}
	peakHeap uint64
	alloc0   uint64
}

// watchMemory returns freed memory to the system, resets the resident
// high-water mark and starts sampling.
func watchMemory() *memWatch {
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	w := &memWatch{stop: make(chan struct{}), done: make(chan struct{}), alloc0: totalAlloc()}
	go w.sample()
	return w
}

func (w *memWatch) sample() {
	defer close(w.done)
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for {
		metrics.Read(s)
		w.peakHeap = max(w.peakHeap, s[0].Value.Uint64())
		select {
		case <-w.stop:
			return
		case <-t.C:
		}
	}
}

// report stops sampling and reports the memory figures for n runs.
func (w *memWatch) report(b *testing.B, n int) {
	close(w.stop)
	<-w.done
	b.ReportMetric(float64(w.peakHeap)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(totalAlloc()-w.alloc0)/float64(n)/(1<<20), "alloc-MB/op")
	if hwm := vmHWM(); hwm > 0 {
		b.ReportMetric(float64(hwm)/(1<<10), "peak-RSS-MB")
	}
}

func totalAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

// vmHWM is the peak resident set size in KiB, or 0 where /proc lacks it.
func vmHWM() int {
	data, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(data), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return 0
}
