package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// The batch benchmarks run the whole `nianbao audit` (read, extract, pair,
// audit, render JSON) in this process over folders of fixture copies, each
// copy given its own agency by a manifest, as a supervisor's batch of one
// season would be. They report reports per second and memory:
//
//	go test -run '^$' -bench Batch -benchtime 1x ./cmd/nianbao
//	go test -run '^$' -bench BatchText -benchtime 1x -cpu 1 ./cmd/nianbao
//
// Give -cpu one value at a time: with b.Loop, Go 1.26 runs the first value
// of a list such as -cpu 1,2 at the default GOMAXPROCS. The procs metric
// shows the GOMAXPROCS a figure was measured with (and the number of
// workers, as --jobs).
//
// peak-RSS-MB is the process's resident high-water mark during the run
// (VmHWM, reset before it); peak-heap-MB the largest live Go heap sampled
// every 10 ms; alloc-MB/op what the run allocated in all.

// plainFixtures are the text, Markdown, HTML and Word reports copied into
// a batch; pdfFixtures the PDF ones.
var (
	plainFixtures = []string{"gz-xiezuo-2022.txt", "pingtan-2018.txt", "pingtan-2019.txt", "pingtan-2021.txt",
		"pingtan-2022.txt", "sh-kewei-2024.md", "sh-office-2019.html", "sh-office-2019.docx"}
	pdfFixtures = []string{"hongze-2023.pdf", "hongze-2024.pdf", "huaian-2024.pdf"}
)

// benchFolder writes plain copies of the plain fixtures and pdf copies of
// the PDF ones into a fresh folder, with a manifest naming a distinct
// agency for each (the fixture's own agency, prefixed with a district).
// It returns the folder and the manifest's path.
func benchFolder(b *testing.B, plain, pdf int) (string, string) {
	b.Helper()
	dir := b.TempDir()
	var rows [][]string
	add := func(i int, name string) {
		rel := filepath.Join(fmt.Sprintf("part%02d", i/100), fmt.Sprintf("%04d-%s", i, name))
		copyFixture(b, name, filepath.Join(dir, rel))
		rows = append(rows, []string{rel, fmt.Sprintf("江州市第%d区%s", i, fixtureAgency(b, name))})
	}
	for i := range plain {
		add(i, plainFixtures[i%len(plainFixtures)])
	}
	for i := range pdf {
		add(plain+i, pdfFixtures[i%len(pdfFixtures)])
	}
	return dir, writeManifest(b, dir, rows)
}

// copyFixture copies a fixture report to dst.
func copyFixture(b *testing.B, name, dst string) {
	data, err := os.ReadFile(filepath.Join("../../fixtures/reports", name))
	if err == nil {
		err = os.MkdirAll(filepath.Dir(dst), 0o755)
	}
	if err == nil {
		err = os.WriteFile(dst, data, 0o644)
	}
	if err != nil {
		b.Fatal(err)
	}
}

var agencies sync.Map // fixture name → agency

// fixtureAgency is the agency extracted from a fixture report.
func fixtureAgency(b *testing.B, name string) string {
	if a, ok := agencies.Load(name); ok {
		return a.(string)
	}
	doc, err := ingest.Read(filepath.Join("../../fixtures/reports", name))
	if err != nil {
		b.Fatal(err)
	}
	a := report.Extract(doc).Meta.Agency
	agencies.Store(name, a)
	return a
}

// writeManifest writes the manifest of a bench folder.
func writeManifest(b *testing.B, dir string, rows [][]string) string {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"file", "agency"})
	w.WriteAll(rows)
	path := filepath.Join(dir, "清单.csv")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// auditFolder runs `nianbao audit` on dir in this process, on as many
// workers as GOMAXPROCS, and fails unless every report was audited.
func auditFolder(b *testing.B, dir, manifest string) {
	out := filepath.Join(b.TempDir(), "out.json")
	var stderr bytes.Buffer
	code := run([]string{"audit", "--format", "json", "--output", out, "--manifest", manifest,
		"--jobs", strconv.Itoa(runtime.GOMAXPROCS(0)), dir}, io.Discard, &stderr)
	if code != 0 {
		b.Fatalf("exit %d: %s", code, stderr.String())
	}
}

// benchBatch audits a folder of plain + pdf reports per op, with every rule
// and without COPY-PEER: the copies share all their text, which makes the
// comparison with the batch's other reports do its most work.
func benchBatch(b *testing.B, plain, pdf int) {
	dir, manifest := benchFolder(b, plain, pdf)
	if pdf > 0 {
		auditFolder(b, filepath.Join("../../fixtures/reports", pdfFixtures[0]), manifest) // start PDFium
	}
	for _, disable := range []string{"", "COPY-PEER"} {
		b.Run("disable="+disable, func(b *testing.B) {
			b.Setenv("NIANBAO_DISABLE", disable)
			w := watchMemory()
			for b.Loop() {
				auditFolder(b, dir, manifest)
			}
			w.report(b, b.N)
			b.ReportMetric(float64((plain+pdf)*b.N)/b.Elapsed().Seconds(), "reports/s")
			b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
		})
	}
}

// BenchmarkBatchMixed: 1,000 reports, 700 text, Markdown, HTML and Word
// copies and 300 PDFs (3 in 10).
func BenchmarkBatchMixed(b *testing.B) { benchBatch(b, 700, 300) }

// BenchmarkBatchText: 1,000 text, Markdown, HTML and Word reports; run it
// with -cpu 1 for the rate on one core.
func BenchmarkBatchText(b *testing.B) { benchBatch(b, 1000, 0) }

// BenchmarkBatchPDF audits 300 PDF reports with nianbao and converts the
// same files with `pdftotext -layout` (poppler) on as many workers, in the
// same run, and reports the ratio of the two times.
func BenchmarkBatchPDF(b *testing.B) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext (poppler-utils) is not on PATH: no baseline to compare with")
	}
	dir, manifest := benchFolder(b, 0, 300)
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.pdf"))
	auditFolder(b, filepath.Join("../../fixtures/reports", pdfFixtures[0]), manifest)
	var ours, theirs time.Duration
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		auditFolder(b, dir, manifest)
		ours += time.Since(start)
		start = time.Now()
		runPdftotext(b, pdftotext, files)
		theirs += time.Since(start)
	}
	b.ReportMetric(float64(len(files)*b.N)/ours.Seconds(), "nianbao-reports/s")
	b.ReportMetric(float64(len(files)*b.N)/theirs.Seconds(), "pdftotext-files/s")
	b.ReportMetric(ours.Seconds()/theirs.Seconds(), "nianbao/pdftotext")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
}

// runPdftotext converts files with `pdftotext -layout FILE -` on GOMAXPROCS
// workers, discarding the text.
func runPdftotext(b *testing.B, tool string, files []string) {
	errs := parallel(len(files), runtime.GOMAXPROCS(0), func(i int) error {
		return exec.CommandContext(context.Background(), tool, "-layout", files[i], os.DevNull).Run()
	})
	for i, err := range errs {
		if err != nil {
			b.Fatalf("pdftotext %s: %v", files[i], err)
		}
	}
}
