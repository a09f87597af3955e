package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"golang.org/x/net/html"
)

func TestHTMLGolden(t *testing.T) {
	golden(t, "audit.html.golden", renderFormat(t, "html", sampleAudit()))
}

// parseHTML parses the page and returns its root.
func parseHTML(t *testing.T, out []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("page does not parse: %v", err)
	}
	return doc
}

// walk calls f on every node under n.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// The page stands alone: no script, no external style sheet, image, font or
// link; the only links are to anchors of the page itself.
func TestHTMLSelfContained(t *testing.T) {
	out := renderFormat(t, "html", sampleAudit())
	ids := map[string]bool{}
	var hrefs []string
	walk(parseHTML(t, out), func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "script", "link", "iframe", "object", "embed", "img", "base":
			t.Errorf("page has a <%s> element", n.Data)
		case "style":
			if css := n.FirstChild.Data; strings.Contains(css, "url(") || strings.Contains(css, "@import") {
				t.Error("style sheet loads something from outside")
			}
		}
		if id, ok := attr(n, "id"); ok {
			ids[id] = true
		}
		for _, a := range n.Attr {
			if a.Key == "src" || a.Key == "srcset" || a.Key == "xlink:href" || strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has %s=%q", n.Data, a.Key, a.Val)
			}
			if a.Key == "href" {
				hrefs = append(hrefs, a.Val)
			}
		}
	})
	for _, h := range hrefs {
		if !strings.HasPrefix(h, "#") || !ids[h[1:]] {
			t.Errorf("link %q does not point to an anchor of the page", h)
		}
	}
	if len(hrefs) != 3+7 {
		t.Errorf("%d links, want one per report in the summary and one per finding", len(hrefs))
	}
}

// text is the text content of n.
func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// A report's markup is shown as text: the parsed page holds the message and
// the quote verbatim as text, and has no element they would have made.
func TestHTMLEscapesReportText(t *testing.T) {
	a := sampleAudit()
	a.Reports[1].Meta.Agency = `<img src=x onerror=alert(1)>区政府`
	doc := parseHTML(t, renderFormat(t, "html", a))
	var body string
	var lang string
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "html" {
			lang, _ = attr(n, "lang")
		}
		if n.Type == html.ElementNode && n.Data == "body" {
			body = text(n)
		}
	})
	if lang != "zh-CN" {
		t.Errorf(`lang = %q, want "zh-CN"`, lang)
	}
	for _, want := range []string{
		a.Reports[0].Results[7].Message,
		a.Reports[0].Results[7].Evidence[0].Quote,
		`<img src=x onerror=alert(1)>区政府`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page text lacks %q", want)
		}
	}
}

// The chart has one labelled bar per readable report, as wide as its score.
func TestHTMLChart(t *testing.T) {
	c := newChart(sampleAudit().Reports)
	if len(c.Bars) != 2 {
		t.Fatalf("%d bars, want 2 (the unreadable file has none)", len(c.Bars))
	}
	if b := c.Bars[1]; b.Label != "北京市某区人民政府 2023" || b.W != chartPlot*813/1000 || b.Class != "g-b" {
		t.Errorf("bar = %+v", b)
	}
	long := engine.ReportResult{File: "a/b/" + strings.Repeat("很长的文件名", 10) + ".pdf"}
	if b := newChart([]engine.ReportResult{long}).Bars[0]; b.W != 0 || b.Score != "—" || !strings.HasSuffix(b.Label, "…") {
		t.Errorf("report without a score or agency: bar = %+v", b)
	}
}

// One report: no summary and no chart.
func TestHTMLSingleReport(t *testing.T) {
	a := sampleAudit()
	a.Reports = a.Reports[:1]
	out := string(renderFormat(t, "html", a))
	if strings.Contains(out, "<svg") || strings.Contains(out, `id="summary"`) {
		t.Error("a single report has a summary chart")
	}
}

func TestHTMLDeterministic(t *testing.T) {
	if !bytes.Equal(renderFormat(t, "html", sampleAudit()), renderFormat(t, "html", sampleAudit())) {
		t.Error("two renderings differ")
	}
}
