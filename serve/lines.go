package serve

import (
	"strconv"

	"github.com/nianbao/nianbao/report"
)

// lineView is one line of the extracted text with its marks.
type lineView struct {
	No, Page  int
	ID        string
	PageBreak bool   // the first line of a new page
	Section   string // anchor of the section whose heading this is
	Cited     bool   // the whole line is cited
	Title     string
	Parts     []part
}

// sectionLink is an entry of the text's table of contents.
type sectionLink struct{ ID, Label string }

func sectionLinks(r *report.Report) []sectionLink {
	var out []sectionLink
	for _, s := range r.Sections {
		label := s.Heading
		if label == "" {
			label = keyLabel("sections." + s.Key)
		}
		out = append(out, sectionLink{ID: "sec-" + s.Key, Label: label})
	}
	return out
}

// lineViews renders every line with the marks cut in.
func (c *citer) lineViews(r *report.Report) []lineView {
	heads := map[int]string{}
	for _, s := range r.Sections {
		if _, dup := heads[s.Line]; !dup && s.Line > 0 {
			heads[s.Line] = "sec-" + s.Key
		}
	}
	seen := map[int]bool{}
	out := make([]lineView, len(c.text.lines))
	page := 0
	for i, l := range c.text.lines {
		n := i + 1
		v := lineView{No: n, Page: l.Page, ID: "L" + strconv.Itoa(n), Section: heads[n],
			Parts: c.marks.split(c.text.full, c.text.lineRange(i), seen)}
		if l.Page > 0 && l.Page != page {
			v.PageBreak, page = true, l.Page
		}
		if rules := c.lines[n]; len(rules) > 0 {
			v.Cited, v.Title = true, "引用于 "+joinIDs(rules)
		}
		out[i] = v
	}
	return out
}
