package serve

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"
)

// findChromium returns the browser the tests drive: $NIANBAO_CHROMIUM, or
// chromium on the PATH. A missing browser fails the test: CI must install
// it (bash scripts/test.sh does).
func findChromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NIANBAO_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("Chromium not found: the browser test needs Debian's chromium " +
		"(run `bash scripts/test.sh`, which installs it, or `apt-get install -y chromium`; " +
		"or set NIANBAO_CHROMIUM to the browser's path)")
	return ""
}

// newBrowser starts a headless Chromium for a closed network, with a fresh
// profile, and returns a tab's context.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(findChromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancel(); cancelA() })
	return ctx
}

// screenshotDir is where screenshots go: docs/ when
// NIANBAO_UPDATE_SCREENSHOTS is set (to refresh the README's), else a
// temporary folder.
func screenshotDir(t *testing.T) string {
	if os.Getenv("NIANBAO_UPDATE_SCREENSHOTS") != "" {
		return filepath.Join("..", "docs")
	}
	return t.TempDir()
}

// savePNG checks that data is a PNG and writes it.
func savePNG(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	if _, err := png.Decode(bytes.NewReader(data)); err != nil {
		t.Fatalf("%s is not a PNG: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrowserUploadResultAndDownload(t *testing.T) {
	ctx := newBrowser(t)
	_, ts := newTestServer(t, Config{})
	shots := screenshotDir(t)
	seed, err := filepath.Abs(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	must(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#audit-form"))))
	savePNG(t, shots, "serve-upload.png", run(t, ctx, chromedp.FullScreenshot(100)))

	must(t, chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{seed}),
		chromedp.Click(chromedp.CSS("#submit")),
		chromedp.WaitVisible(chromedp.CSS("#score"))))
	checkResultPage(t, ctx)
	savePNG(t, shots, "serve-result.png", run(t, ctx, chromedp.CaptureScreenshot()))
	savePNG(t, shots, "serve-table.png", run(t, ctx, chromedp.Screenshot(chromedp.CSS("#t-applications"))))
	must(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("m1").scrollIntoView({block: "center"})`)))
	savePNG(t, shots, "serve-text.png", run(t, ctx, chromedp.Screenshot(chromedp.CSS(".doc"))))
	checkFilter(t, ctx)
	checkDownload(t, ctx)
}

// checkResultPage reads the score, the failing APP-ROW-TOTAL and its
// marked cells off the page.
func checkResultPage(t *testing.T, ctx context.Context) {
	t.Helper()
	if s := run(t, ctx, chromedp.Text(chromedp.CSS("#score"))); s != "77.2" {
		t.Errorf("score %q, want 77.2", s)
	}
	if g := run(t, ctx, chromedp.Text(chromedp.CSS("#grade"))); g != "良好" {
		t.Errorf("grade %q, want 良好", g)
	}
	status := run(t, ctx, chromedp.Text(chromedp.CSS(`tr[data-rule="APP-ROW-TOTAL"] .status`)))
	if !strings.HasPrefix(status, "不通过") {
		t.Errorf("APP-ROW-TOTAL shows %q, want 不通过", status)
	}
	links := run(t, ctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("#f-APP-ROW-TOTAL a.to-cell"), a => a.getAttribute("href"))`))
	if len(links) < 7 {
		t.Fatalf("APP-ROW-TOTAL links to %d cells, want the 7 cells of its row at least", len(links))
	}
	marked := run(t, ctx, chromedp.Evaluate[bool](
		`Array.from(document.querySelectorAll("#f-APP-ROW-TOTAL a.to-cell")).every(a => document.querySelector(a.getAttribute("href")).classList.contains("cited"))`))
	if !marked {
		t.Errorf("a cell cited by APP-ROW-TOTAL is not marked")
	}
	if v := run(t, ctx, chromedp.Text(chromedp.CSS("#c-applications-new-total.cited"))); v != "0" {
		t.Errorf("applications.new.total shows %q, want 0", v)
	}
	quote := run(t, ctx, chromedp.Evaluate[string](
		`document.querySelector(document.querySelector("#f-NARRATIVE-MATCH a.to-text[href^=\"#m\"]").getAttribute("href")).textContent`))
	if !strings.Contains(quote, "我办共收到依申请公开") {
		t.Errorf("NARRATIVE-MATCH's link goes to %q, want its quoted sentence", quote)
	}
}

// checkFilter uses the script (served from the binary under the CSP) to
// hide the rules that passed.
func checkFilter(t *testing.T, ctx context.Context) {
	t.Helper()
	must(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#only-findings"))))
	hidden := run(t, ctx, chromedp.Evaluate[bool](
		`getComputedStyle(document.querySelector('tr.s-pass')).display === "none" && getComputedStyle(document.querySelector('tr.s-fail')).display !== "none"`))
	if !hidden {
		t.Error("the filter of the script did not hide the passed rules")
	}
}

// checkDownload lets the browser download the Excel result into a
// temporary folder and opens it.
func checkDownload(t *testing.T, ctx context.Context) {
	t.Helper()
	dir := t.TempDir()
	_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	must(t, err)
	must(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#dl-xlsx"))))
	path := waitForFile(t, dir, ".xlsx")
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("the download is not a workbook: %v", err)
	}
	defer f.Close()
	if !strings.Contains(filepath.Base(path), "gz-xiezuo-2022") || !sheetHas(f, "APP-ROW-TOTAL") {
		t.Errorf("download %s (sheets %v) lacks APP-ROW-TOTAL", filepath.Base(path), f.GetSheetList())
	}
}

// waitForFile waits up to 20 s for a finished download with the extension.
func waitForFile(t *testing.T, dir, ext string) string {
	t.Helper()
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		found, _ := filepath.Glob(filepath.Join(dir, "*"+ext))
		if len(found) == 1 {
			return found[0]
		}
	}
	all, _ := filepath.Glob(filepath.Join(dir, "*"))
	t.Fatalf("no %s downloaded into %s (found %v)", ext, dir, all)
	return ""
}

// sheetHas reports whether a cell of any sheet holds text.
func sheetHas(f *excelize.File, text string) bool {
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for _, row := range rows {
			for _, c := range row {
				if strings.Contains(c, text) {
					return true
				}
			}
		}
	}
	return false
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// run runs an action that returns a value, failing the test on error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
