// Package ingest turns the bytes of a published report (text, Markdown, HTML,
// Word, PDF) into a Document: numbered text lines with their page, and the
// table grids of formats that have real tables. It knows nothing of reports.
package ingest

// Format names the kind of input a Document was read from.
type Format string

// The formats ingest reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatDOCX     Format = "docx"
	FormatPDF      Format = "pdf"
)

// Line is one line of the document's text, as read.
//
// For PDF input a Line is one visual row of a page, rebuilt from the
// characters' positions; cells that stand apart on the row are separated by
// a tab, so a table row reads "label\t1\t0\t0". A table drawn with ruling
// lines is read by its cells instead: one Line per grid row, whatever the
// visual rows inside the cells (a label wrapped over three lines is one
// cell), with a Table for the page.
type Line struct {
	No   int    // 1-based line number in Document.Lines
	Page int    // 1-based page, 0 where the input has no pages
	Text string // raw text as written (full-width characters kept)
	// Cells are the tab-separated pieces of a PDF line with where they
	// stand on the page, so that a table row with blank cells can be read
	// by column position (for a ruled table's row, each slot between its
	// column lines). Nil for other formats.
	Cells []Span
}

// Span is one piece of a line: Text[Start:End] drawn from X0 to X1 (points,
// left to right on the page).
type Span struct {
	Start, End int
	X0, X1     float64
}

// Table is a real table of the input (HTML <table>, Word w:tbl, a PDF table
// drawn with ruling lines) expanded into a dense grid: a cell spanning rows or
// columns is repeated in every slot it covers. Line is the Document line where
// the table's text begins; the table's text is also present in Lines, one grid
// row per line, cells joined by tabs. A PDF table broken over pages is one
// Table per page, each with the columns of the first part.
type Table struct {
	Line  int
	Page  int
	Cells [][]string
	// Span marks the slots a spanning cell filled beyond its first one
	// (true = copy). Same shape as Cells.
	Span [][]bool
}

// Document is a report's content, independent of its input format.
type Document struct {
	Path      string
	Format    Format
	SHA256    string
	Lines     []Line
	Tables    []Table
	Title     string // page title where the format has one (HTML <title>)
	Published string // YYYY-MM-DD found in the input itself (HTML meta, a labelled date, a crawl header), else ""
	// PublishedFrom says where Published was found: "meta:PubDate" (the
	// <meta> name as written) or the label of the date (发布时间, 成文日期…).
	PublishedFrom string
	Pages         int // number of pages for paged inputs, else 0
}

// Text joins the lines with newlines.
func (d *Document) Text() string {
	n := 0
	for _, l := range d.Lines {
		n += len(l.Text) + 1
	}
	b := make([]byte, 0, n)
	for _, l := range d.Lines {
		b = append(b, l.Text...)
		b = append(b, '\n')
	}
	return string(b)
}
