package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// noiseTags never hold report text; they are removed outright.
var noiseTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Canvas: true, atom.Select: true, atom.Button: true, atom.Textarea: true,
	atom.Input: true, atom.Head: true,
}

// chromeTags and chromeNameRe mark site chrome (menus, breadcrumbs, share
// bars, footers). They are removed unless they hold the report (see
// dropChrome).
var chromeTags = map[atom.Atom]bool{atom.Nav: true, atom.Header: true, atom.Footer: true}

var chromeNameRe = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|sidebar|share|copyright|toolbar|topbar)(?:$|[\s_-])`)

var hiddenRe = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// headingRe matches the start of a numbered section heading (一、总体情况).
var headingRe = regexp.MustCompile(`^[一二三四五六七八九十]{1,3}、`)

// nodeStat counts, below one node, the Chinese characters and the report
// markers (section headings and data tables).
type nodeStat struct{ han, marks int }

// pageStats holds the nodeStat of each element.
type pageStats map[*html.Node]nodeStat

// measurePage computes the page statistics of the tree under root.
func measurePage(root *html.Node) pageStats {
	s := pageStats{}
	s.measure(root)
	return s
}

// measure fills the statistics of n and returns them.
func (s pageStats) measure(n *html.Node) (han, marks int) {
	if n.Type == html.TextNode {
		if headingRe.MatchString(strings.TrimLeft(n.Data, " \t\r\n\f\u00a0\u3000")) {
			marks = 1
		}
		return countHan(n.Data), marks
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		h, m := s.measure(c)
		han, marks = han+h, marks+m
	}
	if n.DataAtom == atom.Table && han >= 20 && len(tableRows(n)) >= 2 && !hasNestedTable(n) {
		marks++
	}
	s[n] = nodeStat{han, marks}
	return han, marks
}

// removeNoise deletes the elements that never hold report text.
func removeNoise(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode, c.Type == html.ElementNode && noiseTags[c.DataAtom]:
			n.RemoveChild(c)
		default:
			removeNoise(c)
		}
		c = next
	}
}

// dropChrome removes menus, footers and hidden blocks under body, except
// those holding a report marker or a third of the page's Chinese text.
func dropChrome(body *html.Node) {
	s := measurePage(body)
	total := s[body].han
	var doomed []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isChrome(c) && s[c].marks == 0 && 3*s[c].han < total {
				doomed = append(doomed, c)
				continue
			}
			visit(c)
		}
	}
	visit(body)
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// isChrome reports whether element n looks like site chrome or is hidden.
func isChrome(n *html.Node) bool {
	if chromeTags[n.DataAtom] {
		return true
	}
	return chromeNameRe.MatchString(attr(n, "id")+" "+attr(n, "class")) || hiddenRe.MatchString(attr(n, "style"))
}

// findContainer returns the element holding the report: walking down from
// body, it enters the child that holds every report marker and more than
// half of the page's Chinese text, and stops where no child does (or at a
// data table, which is read whole). A plain page stays at body.
func findContainer(body *html.Node) *html.Node {
	s := measurePage(body)
	all := s[body]
	n := body
	for {
		var next *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && s[c].marks == all.marks && 2*s[c].han > all.han {
				next = c
				break
			}
		}
		if next == nil || (next.DataAtom == atom.Table && !isLayoutTable(next)) {
			return n
		}
		n = next
	}
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
