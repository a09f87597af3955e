package ingest

import (
	"encoding/xml"
	"io"
	"strings"
	"unicode"

	"golang.org/x/net/html/charset"
)

// Namespaces of WordprocessingML (transitional and strict) and of markup
// compatibility (mc:AlternateContent).
const (
	nsWord       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC         = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// docxParser streams word/document.xml into Lines and Tables. Paragraphs
// become lines (w:br splits them), top-level tables become grids, and the
// text of nested tables goes into the cell that holds them.
type docxParser struct {
	d      *xml.Decoder
	lines  []Line
	tables []Table
	para   strings.Builder // text of the open top-level paragraph
	tbl    *docxTable      // the open top-level table, nil outside tables
	depth  int             // table nesting depth
	runs   int             // open w:r elements
	inText bool            // inside w:t
	budget *budget
}

// docxTable is a top-level table being read.
type docxTable struct {
	g      *grid
	row    int  // current row, -1 before the first
	col    int  // grid column of the next cell
	inCell bool // inside a w:tc
	cell   strings.Builder
	span   int  // w:gridSpan of the open cell
	merge  bool // the open cell continues a vertical merge
}

// newDocxParser returns a parser reading XML from r.
func newDocxParser(r io.Reader) *docxParser {
	d := xml.NewDecoder(r)
	d.CharsetReader = charset.NewReaderLabel
	return &docxParser{d: d, budget: &budget{left: gridBudget}}
}

// run reads the whole part.
func (p *docxParser) run() error {
	for {
		tok, err := p.d.Token()
		if err == io.EOF {
			p.flushPara()
			return nil
		}
		if err != nil {
			return err
		}
		if err := p.token(tok); err != nil {
			return err
		}
	}
}

// token handles one XML token.
func (p *docxParser) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		return p.start(t)
	case xml.EndElement:
		return p.end(t.Name)
	case xml.CharData:
		if p.inText {
			p.write(string(t))
		}
	}
	return nil
}

// isWordName reports whether n is in the WordprocessingML namespace (or in
// none, or under an undeclared w: prefix).
func isWordName(n xml.Name) bool {
	switch n.Space {
	case nsWord, nsWordStrict, "", "w":
		return true
	}
	return false
}

// start handles an opening tag. Deleted and moved-away text, the former
// properties of tracked changes and the fallback copies of
// mc:AlternateContent are skipped whole.
func (p *docxParser) start(e xml.StartElement) error {
	if !isWordName(e.Name) {
		if e.Name.Space == nsMC && e.Name.Local == "Fallback" {
			return p.d.Skip()
		}
		return nil
	}
	if isRevisionRecord(e.Name.Local) {
		return p.d.Skip()
	}
	switch e.Name.Local {
	case "tbl":
		p.startTable()
	case "r":
		p.runs++
	case "t":
		p.inText = true
	case "tab", "br", "cr", "noBreakHyphen":
		p.runChar(e.Name.Local)
	default:
		if p.depth == 1 {
			p.tbl.structure(e)
		}
	}
	return nil
}

// isRevisionRecord reports whether a w: element holds what a tracked change
// removed: deleted or moved-away text, former properties (w:tcPrChange and
// the like, whose old w:gridSpan must not count).
func isRevisionRecord(local string) bool {
	return local == "del" || local == "moveFrom" || local == "tblGridChange" || strings.HasSuffix(local, "PrChange")
}

// runChar writes the text of a special character inside a run: a tab, a
// line break, a non-breaking hyphen. Outside runs (tab stops) it is ignored.
func (p *docxParser) runChar(local string) {
	if p.runs == 0 {
		return
	}
	switch local {
	case "tab":
		p.write("\t")
	case "noBreakHyphen":
		p.write("-")
	default:
		p.write("\n")
	}
}

// end handles a closing tag.
func (p *docxParser) end(n xml.Name) error {
	if !isWordName(n) {
		return nil
	}
	switch n.Local {
	case "t":
		p.inText = false
	case "r":
		p.runs = max(p.runs-1, 0)
	case "p":
		p.endParagraph()
	case "tc":
		if p.depth == 1 {
			p.tbl.endCell()
		}
	case "tbl":
		return p.endTable()
	}
	return nil
}

// write adds text to the open paragraph or table cell.
func (p *docxParser) write(s string) {
	switch {
	case p.depth == 0:
		p.para.WriteString(s)
	case p.tbl.inCell:
		p.tbl.cell.WriteString(s)
	}
}

// endParagraph closes a w:p: a line break inside a cell, lines outside.
func (p *docxParser) endParagraph() {
	if p.depth > 0 {
		p.write("\n")
		return
	}
	p.flushPara()
}

// flushPara turns the open paragraph into lines, one per w:br, dropping
// blank ones. Spaces and tabs at the ends are trimmed; other text is kept
// as written.
func (p *docxParser) flushPara() {
	text := p.para.String()
	p.para.Reset()
	for _, part := range strings.Split(text, "\n") {
		if strings.TrimFunc(part, unicode.IsSpace) == "" {
			continue
		}
		p.lines = append(p.lines, Line{No: len(p.lines) + 1, Text: strings.Trim(part, " \t")})
	}
}

// startTable opens a w:tbl; only top-level tables get a grid.
func (p *docxParser) startTable() {
	if p.depth == 0 {
		p.flushPara()
		p.tbl = &docxTable{g: newGrid(p.budget), row: -1}
	}
	p.depth++
}

// endTable closes a w:tbl; a top-level table is added to the document.
func (p *docxParser) endTable() error {
	if p.depth == 0 {
		return nil
	}
	p.depth--
	if p.depth > 0 {
		return nil
	}
	t := p.tbl.g.dense()
	if p.tbl.g.full {
		return tableTooLarge()
	}
	p.lines, p.tables = appendTable(p.lines, p.tables, t)
	p.tbl = nil
	return nil
}
