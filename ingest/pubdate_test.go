package ingest

import (
	"path/filepath"
	"testing"
)

// Issue 8 shape 9: the publication date is the page's own, from the best
// source, and the document says which source that was.
func TestIssue8HTMLDateSources(t *testing.T) {
	for _, c := range []struct{ page, date, from string }{
		{`<meta name="PubDate" content="2024-01-31"><p>成文日期：2024-01-20</p>`, "2024-01-31", "meta:PubDate"},
		{`<meta name="pubdate" content="2020/1/5"><p>发布时间：2020-01-06</p>`, "2020-01-05", "meta:pubdate"},
		{`<p>发布日期：2020年01月31日</p>`, "2020-01-31", "发布日期"},
		{`<p>信息发布时间：2020-02-01 10:00</p>`, "2020-02-01", "发布时间"},
		{`<p>公开日期：2021-03-02</p>`, "2021-03-02", "公开日期"},
		{`<p>成文日期：2020-01-20 发布日期：2020-01-22</p>`, "2020-01-22", "发布日期"},
		{`<p>成文日期：2020-01-20</p><p>日期：2020-01-21</p>`, "2020-01-21", "日期"},
		{`<p>成文日期：2020-01-20</p>`, "2020-01-20", "成文日期"},
		{`<p>发布时间：2020-01-25</p><p>采集时间：2024-05-01</p>`, "2020-01-25", "发布时间"},
		{`<p>采集时间：2024-05-01 成文日期：2020-01-18</p>`, "2020-01-18", "成文日期"},
	} {
		d := mustHTML(t, c.page)
		if d.Published != c.date || d.PublishedFrom != c.from {
			t.Errorf("%s: %q from %q, want %q from %q", c.page, d.Published, d.PublishedFrom, c.date, c.from)
		}
	}
}

// Issue 8 shape 9, the other outcome: a crawler's dates are never the
// publication date, whatever it calls them.
func TestIssue8CrawlDateNeverUsed(t *testing.T) {
	for _, page := range []string{
		`<p>采集时间：2024-05-01</p>`,
		`<p>抓取时间：2024-05-01 12:00</p>`,
		`<p>爬取日期：2024-05-01</p>`,
		`<p>入库时间：2024-05-01</p>`,
		`<p>更新时间：2024-05-01</p>`,
		`<p>crawl time: 2024-05-01</p>`,
	} {
		if d := mustHTML(t, page); d.Published != "" || d.PublishedFrom != "" {
			t.Errorf("%s: %q from %q, want no date", page, d.Published, d.PublishedFrom)
		}
	}
}

// Issue 8 shape 9 for text and Markdown: a crawled page.txt carries its date
// in a header; the 采集时间 there is not it, and a date in the report's own
// narrative is not a header.
func TestIssue8TextHeaderDate(t *testing.T) {
	for _, c := range []struct{ text, date, from string }{
		{"标题: 某局2019年政府信息公开工作年度报告\n发布时间: 2020-01-20 15:22\n来源：某局\n采集时间：2024-05-01\n正文\n一、总体情况\n", "2020-01-20", "发布时间"},
		{"采集时间：2024-05-01\n发布日期：2020年1月21日\n", "2020-01-21", "发布日期"},
		{"**发布时间：** 2021-02-01\n\n## 一、总体情况\n", "2021-02-01", "发布时间"},
		{"> 成文日期：2021-01-28\n> 采集时间：2024-05-01\n", "2021-01-28", "成文日期"},
		{"采集时间：2024-05-01\n抓取时间：2024-05-02\n一、总体情况\n", "", ""},
		{"一、总体情况\n本报告统计时间：2019年1月1日至12月31日。发布时间：2020-01-05 之前完成。\n", "", ""},
	} {
		for _, name := range []string{"page.txt", "page.md"} {
			d, err := Parse(name, []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			if d.Published != c.date || d.PublishedFrom != c.from {
				t.Errorf("%s %q: %q from %q, want %q from %q", name, c.text, d.Published, d.PublishedFrom, c.date, c.from)
			}
		}
	}
}

// The same report keeps its date in every format: the Word file made from
// the Shanghai page prints 「发布日期：2020-01-31」 on a line of its own.
func TestWordFileKeepsPageDate(t *testing.T) {
	doc, err := Read(filepath.Join("..", "fixtures", "reports", "sh-office-2019.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != "2020-01-31" || doc.PublishedFrom != "发布日期" {
		t.Errorf("published %q from %q, want 2020-01-31 from 发布日期", doc.Published, doc.PublishedFrom)
	}
}
