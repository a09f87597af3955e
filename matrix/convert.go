package matrix

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Printer prints HTML files to PDF with a headless Chromium.
type Printer struct {
	ctx    context.Context
	cancel func()
}

// NewPrinter starts Chromium at path (with a fresh profile in dir, for a
// closed network).
func NewPrinter(ctx context.Context, path, dir string) (*Printer, error) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir))
	actx, cancelA := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelB := chromedp.NewContext(actx)
	if err := chromedp.Do(bctx); err != nil {
		cancelB()
		cancelA()
		return nil, fmt.Errorf("start chromium: %w", err)
	}
	return &Printer{ctx: bctx, cancel: func() { cancelB(); cancelA() }}, nil
}

// Close stops the browser.
func (p *Printer) Close() { p.cancel() }

// Print prints the page at htmlPath to pdfPath; landscape turns the paper.
func (p *Printer) Print(htmlPath, pdfPath string, landscape bool) error {
	abs, err := filepath.Abs(htmlPath)
	if err != nil {
		return err
	}
	tab, cancel := chromedp.NewContext(p.ctx)
	defer cancel()
	yes := true
	if err = chromedp.Do(tab, chromedp.Navigate("file://"+abs)); err == nil {
		var res page.PrintToPDFResult
		res, err = chromedp.Call(tab, page.PrintToPDF, page.PrintToPDFParams{
			Landscape: &landscape, PreferCSSPageSize: &yes})
		if err == nil {
			return os.WriteFile(pdfPath, res.Data, 0o644)
		}
	}
	return fmt.Errorf("print %s: %w", htmlPath, err)
}

// Convert runs LibreOffice (soffice at path) to convert files to format
// (docx, pdf) in outDir, all in one run; filter, when set, is the import
// filter (HTML is opened as a Writer document with "HTML (StarWriter)").
func Convert(ctx context.Context, path, profile, outDir, format, filter string, files ...string) error {
	args := []string{"--headless", "--norestore", "-env:UserInstallation=file://" + profile}
	if filter != "" {
		args = append(args, "--infilter="+filter)
	}
	args = append(args, "--convert-to", format, "--outdir", outDir)
	cmd := exec.CommandContext(ctx, path, append(args, files...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("soffice --convert-to %s: %w: %s", format, err, strings.TrimSpace(string(out)))
	}
	for _, f := range files {
		want := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+"."+strings.SplitN(format, ":", 2)[0])
		if _, err := os.Stat(want); err != nil {
			return fmt.Errorf("soffice did not write %s: %s", want, strings.TrimSpace(string(out)))
		}
	}
	return nil
}

// PDFToText runs poppler's pdftotext on pdf, writing txt; layout keeps the
// page's columns (-layout), as converters of tables do.
func PDFToText(ctx context.Context, path, pdf, txt string, layout bool) error {
	args := []string{"-enc", "UTF-8"}
	if layout {
		args = append(args, "-layout")
	}
	out, err := exec.CommandContext(ctx, path, append(args, pdf, txt)...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("pdftotext %s: %w: %s", pdf, err, strings.TrimSpace(string(out)))
	}
	return nil
}

// Pandoc converts an HTML page to format: "gfm" (GitHub's Markdown, with
// pipe tables where a table allows them and HTML where it does not) or
// "docx" (pandoc's own Word writer).
func Pandoc(ctx context.Context, path, html, to, out string) error {
	msg, err := exec.CommandContext(ctx, path, "--from", "html", "--to", to, "--wrap", "none", "-o", out, html).CombinedOutput()
	if err != nil {
		return fmt.Errorf("pandoc %s: %w: %s", html, err, strings.TrimSpace(string(msg)))
	}
	return nil
}
