package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// dateMetaKeys are the <meta> names and properties that carry a page's
// publication date, most specific first (PubDate is the one the national
// government-website standard prescribes).
var dateMetaKeys = []string{
	"pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime",
	"article:published_time", "og:published_time", "datepublished",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date",
}

// dateRe matches a date written 2020-01-31, 2020/1/31, 2020.01.31 or
// 2020年1月31日.
var dateRe = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)

// pageTitle returns the text of <title>, or of the first <h1>.
func pageTitle(doc *goquery.Document) string {
	if t := cellString(doc.Find("title").First().Text()); t != "" {
		return t
	}
	return cellString(doc.Find("h1").First().Text())
}

// metaDate returns the publication date from the page's <meta> tags as
// YYYY-MM-DD, and where it came from ("meta:PubDate", the name as written),
// or "", "".
func metaDate(doc *goquery.Document) (string, string) {
	found, names := map[string]string{}, map[string]string{}
	doc.Find("meta").Each(func(_ int, m *goquery.Selection) {
		content, _ := m.Attr("content")
		for _, attr := range []string{"name", "property", "itemprop", "http-equiv"} {
			if name, ok := m.Attr(attr); ok {
				k := strings.ToLower(strings.TrimSpace(name))
				if _, seen := found[k]; !seen {
					found[k], names[k] = content, strings.TrimSpace(name)
				}
			}
		}
	})
	for _, k := range dateMetaKeys {
		if d := parseDate(found[k]); d != "" {
			return d, "meta:" + names[k]
		}
	}
	return "", ""
}

// parseDate finds a date in s (also the compact 20200131) as YYYY-MM-DD.
func parseDate(s string) string {
	if m := dateRe.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if s = strings.TrimSpace(s); len(s) >= 8 && isDigits(s[:8]) {
		return ymd(s[:4], s[4:6], s[6:8])
	}
	return ""
}

// ymd formats a valid calendar date as YYYY-MM-DD, or returns "".
func ymd(ys, ms, ds string) string {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "" // 2月30日 and the like
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
