package ingest

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dateScanRunes is how much of the page's text (from the top) is searched
// for a labelled publication date.
const dateScanRunes = 3000

// blockTags start and end a line of text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Body: true,
}

// isBlock reports whether elements of kind a begin a new line.
func isBlock(a atom.Atom) bool { return blockTags[a] }

// readHTML reads a web page: it decodes it, finds the element holding the
// report amid the site's chrome, and turns it into lines and table grids.
func readHTML(data []byte) (*Document, error) {
	text := decodeHTML(data)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		// The parser refuses pages nested over 512 elements deep; read
		// their text without structure rather than nothing.
		return readHTMLTokens(text)
	}
	out := &Document{Title: pageTitle(doc)}
	out.Published, out.PublishedFrom = metaDate(doc)
	root := doc.Nodes[0]
	removeNoise(root)
	body := bodyOf(root)
	if out.Published == "" {
		out.Published, out.PublishedFrom = textDate(topText(body, dateScanRunes))
	}
	dropChrome(body)
	w := &htmlWalker{budget: &budget{left: gridBudget}}
	w.walk(findContainer(body))
	w.flush()
	if w.err != nil {
		return nil, w.err
	}
	if len(w.lines) == 0 {
		return nil, noPageText()
	}
	out.Lines, out.Tables = w.lines, w.tables
	return out, nil
}

// bodyOf returns the <body> element under root, or root if there is none
// (a frameset page).
func bodyOf(root *html.Node) *html.Node {
	if b := goquery.NewDocumentFromNode(root).Find("body").First(); len(b.Nodes) > 0 {
		return b.Nodes[0]
	}
	return root
}

// topText returns about the first limit characters of the text under n,
// with a line break between blocks.
func topText(n *html.Node, limit int) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() < 3*limit; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
				continue
			}
			if isBlock(c.DataAtom) {
				b.WriteByte('\n')
			}
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

// htmlWalker turns a DOM subtree into Lines and Tables in document order.
type htmlWalker struct {
	lines  []Line
	tables []Table
	buf    strings.Builder // text of the line being built
	budget *budget
	err    error
}

// walk visits n: text joins the current line, block elements break lines,
// data tables become Tables.
func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if n.DataAtom == atom.Table && !isLayoutTable(n) {
		w.table(n)
		return
	}
	block := isBlock(n.DataAtom)
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil && w.err == nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

// flush ends the current line, keeping it if it has text.
func (w *htmlWalker) flush() {
	text := normalizeSpace(w.buf.String())
	w.buf.Reset()
	if text != "" {
		w.lines = append(w.lines, Line{No: len(w.lines) + 1, Text: text})
	}
}

// table adds data table t: its caption as a line, then one line per grid
// row, and the grid itself.
func (w *htmlWalker) table(t *html.Node) {
	w.flush()
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Caption {
			w.buf.WriteString(cellText(c))
			w.flush()
		}
	}
	g := tableGrid(t, w.budget)
	tb := g.dense()
	if g.full {
		w.err = tableTooLarge()
		return
	}
	w.lines, w.tables = appendTable(w.lines, w.tables, tb)
}

// noPageText is the error for a page without readable text.
func noPageText() *Error {
	return &Error{Problem: "网页中没有可读的正文文字（可能由脚本动态加载：请在浏览器中打开后另存为 PDF 再检查）"}
}

// readHTMLTokens reads the text of a page that the HTML parser refused, from
// its tokens: block tags break lines, script and style are skipped, tables
// are read as text only.
func readHTMLTokens(page string) (*Document, error) {
	w := &htmlWalker{}
	z := html.NewTokenizer(strings.NewReader(page))
	skip := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			w.flush()
			if len(w.lines) == 0 {
				return nil, noPageText()
			}
			return &Document{Lines: w.lines}, nil
		case html.TextToken:
			if !skip {
				w.buf.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			skip = tt == html.StartTagToken && (noiseTags[a] || a == atom.Title)
			if isBlock(a) {
				w.flush()
			}
		}
	}
}
