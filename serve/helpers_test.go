package serve

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// seedPath is the report the project started from.
var seedPath = filepath.Join("..", "fixtures", "reports", "gz-xiezuo-2022.txt")

var (
	engineOnce sync.Once
	testEng    *engine.Engine
	engineErr  error
)

// testEngine is the engine of the embedded packs, built once.
func testEngine(t testing.TB) *engine.Engine {
	t.Helper()
	engineOnce.Do(func() { testEng, engineErr = engine.New(engine.Options{}) })
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return testEng
}

// newTestServer starts a server on a loopback httptest server; hook, if
// given, runs inside each audit (set before the server starts, so that
// the race detector sees it written first).
func newTestServer(t testing.TB, cfg Config, hook ...func()) (*Server, *httptest.Server) {
	t.Helper()
	cfg.Engine = testEngine(t)
	if cfg.Version == "" {
		cfg.Version = "test"
	}
	if cfg.ParseLedger == nil {
		cfg.ParseLedger = stubLedger
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(hook) > 0 {
		s.hook = hook[0]
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// stubLedger accepts any CSV whose first line is the ledger header.
func stubLedger(name string, data []byte) ([]engine.LedgerEntry, error) {
	if !bytes.HasPrefix(data, []byte("document,published,interpretation_published")) {
		return nil, errors.New("台账文件 " + name + " 第1行：表头应为 document,published,interpretation_published")
	}
	return nil, nil
}

// formFile is one file part of a test form.
type formFile struct {
	field, name string
	data        []byte
}

// form builds a multipart body of fields and files.
func form(t testing.TB, fields map[string]string, files ...formFile) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		if err := mw.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		w, err := mw.CreateFormFile(f.field, f.name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write(f.data)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return &buf, mw.FormDataContentType()
}

// post sends a multipart form to url.
func post(t testing.TB, c *http.Client, url string, fields map[string]string, files ...formFile) *http.Response {
	t.Helper()
	body, ctype := form(t, fields, files...)
	resp, err := c.Post(url, ctype, body)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// readAll reads and closes a response body.
func readAll(t testing.TB, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fixture reads a file of fixtures/.
func fixture(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func seedFile(t testing.TB) formFile {
	return formFile{"file", "gz-xiezuo-2022.txt", fixture(t, seedPath)}
}

// apiError decodes an {"error": …} answer, checking its status and type.
func apiError(t *testing.T, resp *http.Response, status int) string {
	t.Helper()
	body := readAll(t, resp)
	if resp.StatusCode != status {
		t.Fatalf("status %d, want %d: %s", resp.StatusCode, status, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q", ct)
	}
	var e struct{ Error string }
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
		t.Fatalf("not an error object: %s", body)
	}
	return e.Error
}

// auditJSON is the part of the contract JSON the tests read.
type auditJSON struct {
	Tool    struct{ Name, Version string }
	Reports []struct {
		File  string
		Score *float64
		Grade string
		Meta  struct {
			Year             int
			Level, Published string
		}
		Results []struct {
			Rule, Status string
		}
	}
}

func decodeAudit(t testing.TB, body string) auditJSON {
	t.Helper()
	var a auditJSON
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, body)
	}
	if len(a.Reports) != 1 {
		t.Fatalf("%d reports", len(a.Reports))
	}
	return a
}

// status returns the outcome of rule in a.
func (a auditJSON) status(rule string) string {
	for _, r := range a.Reports[0].Results {
		if r.Rule == rule {
			return r.Status
		}
	}
	return ""
}

// formBody is form without a testing.TB, for goroutines.
func formBody(f formFile) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	w, _ := mw.CreateFormFile(f.field, f.name)
	_, _ = w.Write(f.data)
	_ = mw.Close()
	return &buf, mw.FormDataContentType()
}

// readBody reads and closes a response body, for goroutines.
func readBody(resp *http.Response) (string, error) {
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}
