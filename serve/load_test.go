package serve

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"
)

// TestLoad posts the seed report to /api/audit from many clients at once
// for a fixed time, on loopback only, and reports throughput and latency.
// It runs only when asked:
//
//	NIANBAO_LOADTEST=1 go test -run TestLoad -v ./serve
//
// NIANBAO_LOAD_CLIENTS (default 20) and NIANBAO_LOAD_SECONDS (default 10)
// change its size; every request must succeed.
func TestLoad(t *testing.T) {
	if os.Getenv("NIANBAO_LOADTEST") == "" {
		t.Skip("load test: set NIANBAO_LOADTEST=1 to run it")
	}
	clients, secs := envInt("NIANBAO_LOAD_CLIENTS", 20), envInt("NIANBAO_LOAD_SECONDS", 10)
	_, ts := newTestServer(t, Config{})
	body, ctype := form(t, nil, seedFile(t))
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: time.Minute}
	end := time.Now().Add(time.Duration(secs) * time.Second)
	lat, errs := make([][]time.Duration, clients), make([]int, clients)
	start := time.Now()
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(end) {
				t0 := time.Now()
				ok := loadRequest(client, ts.URL+"/api/audit", ctype, body.Bytes())
				lat[c] = append(lat[c], time.Since(t0))
				if !ok {
					errs[c]++
				}
			}
		}()
	}
	wg.Wait()
	logLoad(t, slices.Concat(lat...), sum(errs), clients, time.Since(start))
}

// loadRequest posts one upload and tells whether it was audited.
func loadRequest(c *http.Client, url, ctype string, body []byte) bool {
	resp, err := c.Post(url, ctype, bytes.NewReader(body))
	if err != nil {
		return false
	}
	got, err := readBody(resp)
	return err == nil && resp.StatusCode == http.StatusOK && bytes.Contains([]byte(got), []byte(`"score": 77.2`))
}

// logLoad logs requests/s and latency percentiles and fails on any error.
func logLoad(t *testing.T, lat []time.Duration, errors, clients int, took time.Duration) {
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	msg := fmt.Sprintf("load: %d clients, %.1f s: %d requests, %.1f requests/s, latency p50 %v p95 %v p99 %v max %v, %d errors",
		clients, took.Seconds(), len(lat), float64(len(lat))/took.Seconds(),
		pct(.50).Round(time.Millisecond), pct(.95).Round(time.Millisecond), pct(.99).Round(time.Millisecond),
		lat[len(lat)-1].Round(time.Millisecond), errors)
	t.Log(msg)
	if errors > 0 {
		t.Errorf("%d of %d requests failed", errors, len(lat))
	}
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
