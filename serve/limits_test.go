package serve

import (
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// bigBody is a multipart form whose file part is n bytes made on the fly,
// so that the test holds none of it; sent counts the bytes the client read
// from it, which is at most what the server received plus buffers.
type bigBody struct {
	r    io.Reader
	sent atomic.Int64
}

func newBigBody(n int64) (*bigBody, string, int64) {
	var head strings.Builder
	mw := multipart.NewWriter(&head)
	_, _ = mw.CreateFormFile("file", "big.txt")
	headLen := int64(head.Len())
	tail := "\r\n--" + mw.Boundary() + "--\r\n"
	b := &bigBody{r: io.MultiReader(strings.NewReader(head.String()),
		io.LimitReader(zeros{}, n), strings.NewReader(tail))}
	return b, mw.FormDataContentType(), headLen + n + int64(len(tail))
}

func (b *bigBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.sent.Add(int64(n))
	return n, err
}

// zeros reads as an endless run of "0".
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), nil
}

// TestUploadOverLimitIs413 sends 120 MB against the default 50 MB limit,
// once with its length declared and once chunked, and checks the answer is
// 413 while the server stops reading: far less than the whole was sent.
func TestUploadOverLimitIs413(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	for _, declared := range []bool{true, false} {
		body, ctype, size := newBigBody(120 << 20)
		req, err := http.NewRequest(http.MethodPost, ts.URL+"/api/audit", body)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", ctype)
		if declared {
			req.ContentLength = size
		}
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatalf("declared=%v: %v", declared, err)
		}
		if msg := apiError(t, resp, http.StatusRequestEntityTooLarge); !strings.Contains(msg, "50 MB") {
			t.Errorf("declared=%v: error %q does not name the limit", declared, msg)
		}
		sent := body.sent.Load()
		t.Logf("declared=%v: the client sent %.1f MB of %d MB before the 413", declared, float64(sent)/(1<<20), size>>20)
		if sent > 64<<20 {
			t.Errorf("declared=%v: %d MB of 120 MB were sent: the server read past its limit", declared, sent>>20)
		}
	}
}

func TestFormOverLimitShowsThePage(t *testing.T) {
	_, ts := newTestServer(t, Config{MaxUpload: 1 << 20})
	body, ctype, _ := newBigBody(3 << 20)
	resp, err := ts.Client().Post(ts.URL+"/audit", ctype, body)
	if err != nil {
		t.Fatal(err)
	}
	page := readAll(t, resp)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(page, "超过大小上限（1 MB）") {
		t.Errorf("status %d, page lacks the message", resp.StatusCode)
	}
}

func TestAuditOverTimeIs504(t *testing.T) {
	_, ts := newTestServer(t, Config{Timeout: 50 * time.Millisecond}, func() { time.Sleep(300 * time.Millisecond) })
	resp := post(t, ts.Client(), ts.URL+"/api/audit", nil, seedFile(t))
	if msg := apiError(t, resp, http.StatusGatewayTimeout); !strings.Contains(msg, "检查超时") {
		t.Errorf("error %q", msg)
	}
}

// TestBusyIs503: with every slot taken until the deadline, a request is
// answered 503 with Retry-After.
func TestBusyIs503(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	_, ts := newTestServer(t, Config{MaxActive: 1, Timeout: 200 * time.Millisecond},
		func() { started <- struct{}{}; <-release })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		body, ctype := form(t, nil, seedFile(t))
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ts.URL+"/api/audit", body)
		req.Header.Set("Content-Type", ctype)
		if resp, err := ts.Client().Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	<-started
	resp := post(t, ts.Client(), ts.URL+"/api/audit", nil, seedFile(t))
	close(release)
	if msg := apiError(t, resp, http.StatusServiceUnavailable); !strings.Contains(msg, "服务器正忙") || resp.Header.Get("Retry-After") == "" {
		t.Errorf("error %q Retry-After %q", msg, resp.Header.Get("Retry-After"))
	}
}

func TestPanicIsAnInternalError(t *testing.T) {
	_, ts := newTestServer(t, Config{}, func() { panic("boom") })
	resp := post(t, ts.Client(), ts.URL+"/api/audit", nil, seedFile(t))
	if msg := apiError(t, resp, http.StatusInternalServerError); !strings.Contains(msg, "内部错误") {
		t.Errorf("error %q", msg)
	}
}
