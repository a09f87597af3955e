package report_test

import (
	"os"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// BenchmarkExtractText measures ingest + extraction of the seed text report.
func BenchmarkExtractText(b *testing.B) {
	data, err := os.ReadFile("../fixtures/reports/gz-xiezuo-2022.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := ingest.Parse("gz-xiezuo-2022.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		report.Extract(doc)
	}
}

// BenchmarkExtractCrawled measures a one-line crawled page with fused digits.
func BenchmarkExtractCrawled(b *testing.B) {
	data, err := os.ReadFile("../fixtures/reports/pingtan-2021.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := ingest.Parse("pingtan-2021.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		report.Extract(doc)
	}
}
