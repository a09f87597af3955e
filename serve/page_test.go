package serve

import (
	"bytes"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// submit posts the upload form as a browser without JavaScript does and
// follows the redirect; it returns the result page and its URL.
func submit(t *testing.T, c *http.Client, base string, fields map[string]string, files ...formFile) (string, string) {
	t.Helper()
	resp := post(t, c, base+"/audit", fields, files...)
	page := readAll(t, resp)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Request.URL.Path, "/result/") {
		t.Fatalf("status %d at %s", resp.StatusCode, resp.Request.URL)
	}
	return page, resp.Request.URL.String()
}

func TestFormShowsTheResultWithMarks(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	page, _ := submit(t, ts.Client(), ts.URL, nil, seedFile(t))
	for _, want := range []string{
		`<div class="score" id="score">77.2</div>`, `<div class="grade" id="grade">良好</div>`,
		`<tr class="s-fail" data-rule="APP-ROW-TOTAL">`, `<article class="finding s-fail" id="f-APP-ROW-TOTAL">`,
		`<a class="to-cell" href="#c-applications-new-total">`,
		`<td id="c-applications-new-total" class="num cited"`,
		`<span class="anchor" id="sec-overview">`,
		`<th scope="row">结构</th><td class="num">100.0</td><td class="num">20</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the result page lacks %s", want)
		}
	}
	mark := regexp.MustCompile(`<mark id="(m\d+)" title="引用于 NARRATIVE-MATCH">2022 年度，我办共收到依申请公开`).FindStringSubmatch(page)
	if mark == nil {
		t.Fatal("the sentence NARRATIVE-MATCH quotes is not marked")
	}
	if !strings.Contains(page, `<a class="to-text" href="#`+mark[1]+`">`) {
		t.Errorf("no link from the finding to mark %s", mark[1])
	}
}

func TestFormErrorKeepsTheValues(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	resp := post(t, ts.Client(), ts.URL+"/audit", map[string]string{"year": "2022", "level": "government", "published": "2023-13-01"}, seedFile(t))
	page := readAll(t, resp)
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("status %d", resp.StatusCode)
	}
	for _, want := range []string{`role="alert"`, "发布日期“2023-13-01”无效", `value="2022"`, `<option value="government" selected>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the form page lacks %s", want)
		}
	}
}

// TestDownloads: the JSON download is the API's JSON byte for byte; the
// workbook opens; the HTML page is the html renderer's.
func TestDownloads(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	_, url := submit(t, ts.Client(), ts.URL, nil, seedFile(t))
	api := readAll(t, post(t, ts.Client(), ts.URL+"/api/audit", nil, seedFile(t)))
	get := func(format string) (*http.Response, string) {
		resp, err := ts.Client().Get(url + "/download/" + format)
		if err != nil {
			t.Fatal(err)
		}
		return resp, readAll(t, resp)
	}
	resp, body := get("json")
	if body != api {
		t.Error("the JSON download differs from the API's answer")
	}
	if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, "gz-xiezuo-2022") {
		t.Errorf("Content-Disposition %q", cd)
	}
	_, body = get("xlsx")
	f, err := excelize.OpenReader(bytes.NewReader([]byte(body)))
	if err != nil {
		t.Fatalf("xlsx: %v", err)
	}
	defer f.Close()
	if !sheetHas(f, "APP-ROW-TOTAL") {
		t.Error("the workbook lacks APP-ROW-TOTAL")
	}
	if _, body = get("html"); !strings.HasPrefix(body, "<!DOCTYPE html>") || !strings.Contains(body, "APP-ROW-TOTAL") {
		t.Error("the HTML download is not the report page")
	}
	if resp, _ = get("pdf"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("an unknown format answers %d", resp.StatusCode)
	}
}

func TestUnknownResultIs404(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	for _, path := range []string{"/result/0123456789abcdef0123456789abcdef", "/result/x/download/json", "/nothing"} {
		resp, err := ts.Client().Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		if page := readAll(t, resp); resp.StatusCode != http.StatusNotFound || !strings.Contains(page, "返回上传页") {
			t.Errorf("%s: status %d", path, resp.StatusCode)
		}
	}
}
