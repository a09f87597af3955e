package serve

import (
	"net/http"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var securityHeaders = map[string]string{
	"X-Content-Type-Options": "nosniff",
	"Referrer-Policy":        "no-referrer",
	"X-Frame-Options":        "DENY",
}

var cspDirectives = []string{"default-src 'self'", "script-src 'self'", "style-src 'self'",
	"img-src 'self' data:", "frame-ancestors 'none'"}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	_, result := submit(t, ts.Client(), ts.URL, nil, seedFile(t))
	check := func(what string, resp *http.Response) {
		t.Helper()
		readAll(t, resp)
		for k, v := range securityHeaders {
			if got := resp.Header.Get(k); got != v {
				t.Errorf("%s: %s is %q, want %q", what, k, got, v)
			}
		}
		csp := resp.Header.Get("Content-Security-Policy")
		for _, d := range cspDirectives {
			if !strings.Contains(csp, d) {
				t.Errorf("%s: CSP %q lacks %s", what, csp, d)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP allows inline code", what)
		}
	}
	for _, path := range []string{"/", "/static/app.css", "/static/app.js", "/healthz", "/api/audit", "/missing"} {
		resp, err := ts.Client().Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		check(path, resp)
	}
	for _, u := range []string{result, result + "/download/xlsx"} {
		resp, err := ts.Client().Get(u)
		if err != nil {
			t.Fatal(err)
		}
		check(u, resp)
	}
	check("POST /api/audit", post(t, ts.Client(), ts.URL+"/api/audit", nil, seedFile(t)))
	check("POST /audit error", post(t, ts.Client(), ts.URL+"/audit", nil))
}

// TestPagesLoadNothingInline: both pages load only the server's own script
// and stylesheet; no inline script, style or event handler, nothing from
// another host.
func TestPagesLoadNothingInline(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	result, _ := submit(t, ts.Client(), ts.URL, nil, seedFile(t))
	resp, err := ts.Client().Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	for name, page := range map[string]string{"upload": readAll(t, resp), "result": result} {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			if msg := inlineProblem(n); msg != "" {
				t.Errorf("%s page: %s", name, msg)
			}
		}
	}
}

// inlineProblem says what in n breaks the policy, "" when nothing.
func inlineProblem(n *html.Node) string {
	if n.Type != html.ElementNode {
		return ""
	}
	if n.Data == "style" || (n.Data == "script" && n.FirstChild != nil) {
		return "inline <" + n.Data + ">"
	}
	for _, a := range n.Attr {
		switch {
		case strings.HasPrefix(a.Key, "on"), a.Key == "style":
			return "attribute " + a.Key + " on <" + n.Data + ">"
		case (a.Key == "src" || a.Key == "href") && strings.Contains(a.Val, "//"):
			return "<" + n.Data + "> loads " + a.Val
		case n.Data == "script" && a.Key == "src" && !strings.HasPrefix(a.Val, "/static/"):
			return "script from " + a.Val
		}
	}
	return ""
}
