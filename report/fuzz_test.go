package report_test

import (
	"os"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// FuzzExtract feeds arbitrary text through ingest and the extractor: no
// panic, every cell of the model is either readable or listed, and every
// unread cell has a problem for its row.
func FuzzExtract(f *testing.F) {
	for _, name := range []string{"gz-xiezuo-2022.txt", "pingtan-2019.txt", "pingtan-2021.txt", "sh-kewei-2024.md"} {
		data, err := os.ReadFile("../fixtures/reports/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, name := range []string{"sh-kewei-2024.pdf-detached.md", "sh-office-2019.markitdown.md"} {
		data, err := os.ReadFile("../fixtures/variants/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("三、收到和处理政府信息公开申请情况 一、本年新收1 2 3 四、结转下年度 四、行政复议 复议后起诉 1"))
	// Text laid out in columns (positioned lines: wrapped labels joined,
	// short rows placed by column) and raw converter text.
	f.Add([]byte(strings.Repeat("附表      1      2      3\n", 8) + "三、收到和处理政府信息公开申请情况\n   自然人  商业企业  总计\n" +
		"一、本年新收  821   35   859\n二、上年结转  18         18\n（三）不  1.属于国  2   0   2\n予公开    家秘密\n"))
	f.Add([]byte(rawText()))
	f.Add([]byte("发布时间: 2020-01-20\n采集时间：2024-05-01\n二、主动公开政府信息情况\n本年增/减\n行政许可 40 −15 181\n| 行政处罚 | 3 | 15- | 减2 |\n行政事业性收费 0.52023年共收到"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ingest.Parse("fuzz.txt", data)
		if err != nil {
			return
		}
		r := report.Extract(doc)
		for row, cols := range r.Tables.Applications {
			for col, c := range cols {
				if c == nil {
					t.Fatalf("nil cell applications.%s.%s", row, col)
				}
			}
		}
		unreadHaveProblems(t, r)
	})
}
