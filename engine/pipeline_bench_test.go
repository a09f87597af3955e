package engine_test

import (
	"os"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// benchPipeline reads, extracts and audits one fixture report per op.
func benchPipeline(b *testing.B, name string) {
	data, err := os.ReadFile("../fixtures/reports/" + name)
	if err != nil {
		b.Fatal(err)
	}
	e, err := engine.New(engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ingest.Parse(name, data); err != nil { // warm the PDF engine
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		doc, err := ingest.Parse(name, data)
		if err != nil {
			b.Fatal(err)
		}
		if res := e.Audit(report.Extract(doc)); res.Score == nil {
			b.Fatal("no score")
		}
	}
}

// BenchmarkPipelineText: the seed text report, bytes to scored result.
func BenchmarkPipelineText(b *testing.B) { benchPipeline(b, "gz-xiezuo-2022.txt") }

// BenchmarkPipelineCrawled: a one-line crawled page with fused digits.
func BenchmarkPipelineCrawled(b *testing.B) { benchPipeline(b, "pingtan-2021.txt") }

// BenchmarkPipelinePDF: a six-page PDF report, bytes to scored result.
func BenchmarkPipelinePDF(b *testing.B) { benchPipeline(b, "huaian-2024.pdf") }

// BenchmarkIngestText is the baseline for the text pipeline: decoding and
// splitting the same bytes into lines, nothing more.
func BenchmarkIngestText(b *testing.B) {
	data, err := os.ReadFile("../fixtures/reports/gz-xiezuo-2022.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ingest.Parse("gz-xiezuo-2022.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIngestPDF is the baseline for the PDF pipeline: pdfium's text
// extraction and the layout, without the report model or the rules.
func BenchmarkIngestPDF(b *testing.B) {
	data, err := os.ReadFile("../fixtures/reports/huaian-2024.pdf")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ingest.Parse("huaian-2024.pdf", data); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := ingest.Parse("huaian-2024.pdf", data); err != nil {
			b.Fatal(err)
		}
	}
}
