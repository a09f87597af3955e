package serve

import (
	"net/http"
	"strings"
	"testing"
)

// TestReportMarkupIsText: markup in a report and in its file name shows as
// text on the result page; nothing of it runs.
func TestReportMarkupIsText(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	seed := string(fixture(t, seedPath))
	evil := strings.Replace(seed, "一、总体情况", "一、总体情况\n<script>alert('年报')</script><img src=x onerror=alert(1)>\n", 1)
	name := `<b onclick=alert("name")>.txt` // no slash: the name is kept whole
	page, _ := submit(t, ts.Client(), ts.URL, nil, formFile{"file", name, []byte(evil)})
	for _, bad := range []string{"<script>alert", "<img src=x", "<b onclick"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %s unescaped", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(&#39;年报&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;",
		"&lt;b onclick=alert(&#34;name&#34;)&gt;.txt"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not show %s as text", want)
		}
	}
}

// TestErrorMessagesAreEscaped: a form value echoed in an error is text.
func TestErrorMessagesAreEscaped(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	resp := post(t, ts.Client(), ts.URL+"/audit", map[string]string{"year": `"><script>x</script>`}, seedFile(t))
	page := readAll(t, resp)
	if resp.StatusCode != http.StatusBadRequest || strings.Contains(page, "<script>x") {
		t.Errorf("status %d; the year was echoed unescaped", resp.StatusCode)
	}
}
