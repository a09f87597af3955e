package serve

import (
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestConcurrentUploads: many clients at once, on the API and through the
// form, each get the answer for their own file (run with -race).
func TestConcurrentUploads(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	files := []formFile{seedFile(t),
		{"file", "pingtan-2022.txt", fixture(t, filepath.Join("..", "fixtures", "reports", "pingtan-2022.txt"))},
		{"file", "sh-kewei-2024.md", fixture(t, filepath.Join("..", "fixtures", "reports", "sh-kewei-2024.md"))}}
	want := make([]string, len(files))
	for i, f := range files {
		want[i] = readAll(t, post(t, ts.Client(), ts.URL+"/api/audit", nil, f))
	}
	const clients, rounds = 24, 3
	errs := make(chan error, clients*rounds)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				i := (c + r) % len(files)
				errs <- oneClient(ts.Client(), ts.URL, files[i], want[i], (c+r)%2 == 0)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// oneClient posts f to the API (or through the form, then downloads the
// JSON) and compares the JSON with want.
func oneClient(c *http.Client, base string, f formFile, want string, viaForm bool) error {
	body, ctype := formBody(f)
	url := base + "/api/audit"
	if viaForm {
		url = base + "/audit"
	}
	resp, err := c.Post(url, ctype, body)
	if err != nil {
		return err
	}
	got, err := readBody(resp)
	if err != nil || resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: status %d %v", url, f.name, resp.StatusCode, err)
	}
	if viaForm {
		if !strings.Contains(got, f.name) {
			return fmt.Errorf("the result page of %s names another file", f.name)
		}
		if resp, err = c.Get(resp.Request.URL.String() + "/download/json"); err != nil {
			return err
		}
		if got, err = readBody(resp); err != nil {
			return err
		}
	}
	if got != want {
		return fmt.Errorf("%s %s: the JSON differs from the sequential run's", url, f.name)
	}
	return nil
}
