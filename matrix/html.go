package matrix

import (
	"fmt"
	"strings"
)

// Markup is how a page writes its tables and paragraphs.
type Markup string

const (
	// Word is Microsoft Word's "save as web page": mso classes and
	// styles, <o:p> in every paragraph, &nbsp; in empty cells and the
	// spacer row of column widths Word adds to tables with merged cells.
	Word Markup = "word"
	// Plain is a bare <table border=1> of <td> cells, as a CMS editor
	// writes it.
	Plain Markup = "plain"
	// Heads puts header rows in <thead> with <th> cells and row labels in
	// <th scope=row>.
	Heads Markup = "th"
)

// Style is one way of printing a report as an HTML page.
type Style struct {
	Name   string
	Markup Markup
	Layout Layout
	// LabelWidth, when set, fixes the width of row-label cells (CSS), so
	// that long labels wrap over several lines when printed.
	LabelWidth string
	// CSS is added to the page's style sheet (page size, type size).
	CSS string
}

// HTML renders the report as a page in style st.
func (s *Source) HTML(st Style) string {
	var b strings.Builder
	w := writer{b: &b, st: st}
	w.head(s.Title)
	w.para(s.Title, true)
	for _, p := range s.Preamble {
		w.para(p, false)
	}
	for _, sec := range s.Sections {
		w.para(sec.Heading, true)
		for _, p := range sec.Paragraphs {
			w.para(p, false)
		}
		switch sec.Key {
		case "active":
			w.table(s.activeGrid(st.Layout))
		case "applications":
			w.table(s.appsGrid(st.Layout))
		case "review":
			w.table(s.reviewGrid(st.Layout))
		}
	}
	w.tail()
	return b.String()
}

type writer struct {
	b  *strings.Builder
	st Style
}

func (w writer) printf(f string, a ...any) { fmt.Fprintf(w.b, f, a...) }

const baseCSS = `body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:12pt}
table{border-collapse:collapse;margin:6pt 0}
td,th{border:1px solid #000;padding:2pt 3pt;text-align:center;font-weight:normal}
`

func (w writer) head(title string) {
	if w.st.Markup == Word {
		w.printf(`<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>%s</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style>
<!--
p.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线}
span.GramE{mso-style-name:"";mso-gram-e:yes}
%s%s-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
`, plainText(title), baseCSS, w.st.CSS)
		return
	}
	w.printf("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>\n%s%s</style>\n</head>\n<body>\n<div class=\"article\">\n", plainText(title), baseCSS, w.st.CSS)
}

func (w writer) tail() {
	if w.st.Markup == Word {
		w.printf("</div>\n</body>\n</html>\n")
		return
	}
	w.printf("</div>\n</body>\n</html>\n")
}

// para writes one paragraph (bold for a title or heading).
func (w writer) para(text string, bold bool) {
	t := plainText(text)
	switch {
	case w.st.Markup == Word && bold:
		w.printf("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>%s<span lang=EN-US><o:p></o:p></span></span></b></p>\n", t)
	case w.st.Markup == Word:
		w.printf("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>%s<span lang=EN-US><o:p></o:p></span></span></p>\n", wordRuns(t))
	case bold:
		w.printf("<p><strong>%s</strong></p>\n", t)
	default:
		w.printf("<p>%s</p>\n", t)
	}
}

// wordRuns wraps the digits of a paragraph in lang=EN-US spans, as Word
// does for every change of script.
func wordRuns(t string) string {
	var b strings.Builder
	in := false
	for _, r := range t {
		d := r >= '0' && r <= '9'
		if d && !in {
			b.WriteString("<span lang=EN-US>")
		}
		if !d && in {
			b.WriteString("</span>")
		}
		in = d
		b.WriteRune(r)
	}
	if in {
		b.WriteString("</span>")
	}
	return b.String()
}

// table writes a grid in the style's markup.
func (w writer) table(g grid) {
	switch w.st.Markup {
	case Word:
		w.printf("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n")
	case Heads:
		w.printf("<table class=\"table table-bordered\">\n<thead>\n")
	default:
		w.printf("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")
	}
	inHead := w.st.Markup == Heads
	for i, row := range g {
		if inHead && !allHead(row) {
			w.printf("</thead>\n<tbody>\n")
			inHead = false
		}
		if w.st.Markup == Word {
			w.printf(" <tr style='mso-yfti-irow:%d'>\n", i)
		} else {
			w.printf("<tr>\n")
		}
		for _, c := range row {
			w.cell(c)
		}
		w.printf("</tr>\n")
	}
	switch w.st.Markup {
	case Word:
		w.spacer(g)
		w.printf("</table>\n")
	case Heads:
		w.printf("</tbody>\n</table>\n")
	default:
		w.printf("</table>\n")
	}
}

func allHead(row []cell) bool {
	for _, c := range row {
		if !c.head {
			return false
		}
	}
	return true
}

// spans returns a cell's rowspan/colspan attributes.
func spans(c cell, quote string) string {
	var a string
	if c.cs > 1 {
		a += fmt.Sprintf(" colspan=%s%d%s", quote, c.cs, quote)
	}
	if c.rs > 1 {
		a += fmt.Sprintf(" rowspan=%s%d%s", quote, c.rs, quote)
	}
	return a
}

// cell writes one cell.
func (w writer) cell(c cell) {
	t := plainText(c.text)
	width := ""
	if c.label && w.st.LabelWidth != "" {
		width = "width:" + w.st.LabelWidth + ";"
	}
	switch w.st.Markup {
	case Word:
		body := "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
		if t != "" {
			body = "<span style='font-size:10.5pt;font-family:宋体'>" + wordRuns(t) + "<span lang=EN-US><o:p></o:p></span></span>"
		}
		w.printf("  <td%s valign=top style='%sborder:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal align=center style='text-align:center'>%s</p>\n  </td>\n", spans(c, ""), width, body)
	case Heads:
		tag, scope := "td", ""
		if c.head {
			tag = "th"
		} else if c.label {
			tag, scope = "th", ` scope="row"`
		}
		w.printf("<%s%s%s%s>%s</%s>\n", tag, scope, spans(c, `"`), styleAttr(width), t, tag)
	default:
		w.printf("<td%s%s>%s</td>\n", spans(c, `"`), styleAttr(width), t)
	}
}

func styleAttr(css string) string {
	if css == "" {
		return ""
	}
	return ` style="` + css + `"`
}

// spacer writes the row of empty width cells Word puts at the end of a
// table with merged cells.
func (w writer) spacer(g grid) {
	width := 0
	for _, c := range g[len(g)-1] {
		width += max(c.cs, 1)
	}
	w.printf(" <![if !supportMisalignedColumns]>\n <tr height=0>\n")
	for range width {
		w.printf("  <td width=41 style='border:none'></td>\n")
	}
	w.printf(" </tr>\n <![endif]>\n")
}
