package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"time"
	"unicode"

	pdfium "github.com/klippa-app/go-pdfium"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// Limits on the work done for one PDF file.
var (
	// PDFTimeout bounds the work on one PDF: reading stops after that
	// long (or at the caller's deadline, if sooner) and the file is
	// reported as too slow. Waiting for a free PDFium instance is bounded
	// by the same amount.
	PDFTimeout = 60 * time.Second
	// MaxPDFPages is the largest number of pages read; longer files are
	// refused.
	MaxPDFPages = 500
)

// minTextGlyphs is the number of readable characters a file needs to count
// as having a text layer; scans often carry only a page number or a stamp.
const minTextGlyphs = 20

// The problems reported for PDF files, for the user.
const (
	problemPDFCorrupt   = "PDF 文件已损坏或不完整，无法打开"
	problemPDFEncrypted = "PDF 文件已加密（需要密码），无法读取"
	problemPDFNoText    = "PDF 像是扫描件，没有文字层，无法提取文字：请提供带文字层的 PDF，或先做文字识别（OCR）"
	problemPDFGarbled   = "PDF 的文字无法识别（字体缺少编码信息），无法提取文字"
	problemPDFTimeout   = "PDF 处理超时，文件可能过于复杂或已损坏"
	problemPDFEngine    = "PDF 解析组件无法启动"
	problemPDFBusy      = "PDF 解析组件繁忙（等待超时），请稍后重试"
	problemPDFInternal  = "PDF 内容无法解析（解析器内部错误）"
)

var (
	// errNoEOF is the cause given for a file cut off before its end.
	errNoEOF = errors.New("no %%EOF marker in the last 1024 bytes")
	// errDeadline stops the page loop when the time for the file is up.
	errDeadline = errors.New("pdf: deadline exceeded")
)

// readPDF reads a PDF with PDFium (WebAssembly). Each visual row of a page
// becomes one Line, rebuilt from the characters' positions, with a tab
// between cells that stand apart. The work stops at PDFTimeout or when ctx
// is done, whichever comes first.
func readPDF(ctx context.Context, data []byte) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &Error{Problem: problemPDFInternal, Err: fmt.Errorf("panic: %v", r)}
		}
	}()
	if !hasEOFMarker(data) {
		return nil, &Error{Problem: problemPDFCorrupt, Err: errNoEOF}
	}
	pool, err := pdfiumPool()
	if err != nil {
		return nil, &Error{Problem: problemPDFEngine, Err: err}
	}
	ctx, cancel := context.WithTimeout(ctx, PDFTimeout)
	defer cancel()
	deadline, _ := ctx.Deadline()
	inst, err := pool.GetInstance(time.Until(deadline))
	if err != nil {
		return nil, &Error{Problem: problemPDFBusy, Err: err}
	}
	wd := startWatchdog(ctx, inst)
	doc, err = extractGuarded(ctx, inst, data)
	if wd.finish() || errors.Is(err, errDeadline) {
		return nil, &Error{Problem: problemPDFTimeout, Err: fmt.Errorf("not done by %v", deadline.Format(time.TimeOnly))}
	}
	return doc, err
}

// hasEOFMarker reports whether %%EOF appears in the last 1024 bytes, as
// PDF readers require; a file cut off in transfer lacks it.
func hasEOFMarker(data []byte) bool {
	return bytes.Contains(data[max(0, len(data)-1024):], []byte("%%EOF"))
}

// extractGuarded runs extractPDF, turning a panic into an error so that
// the instance is always handed back.
func extractGuarded(ctx context.Context, inst pdfium.Pdfium, data []byte) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &Error{Problem: problemPDFInternal, Err: fmt.Errorf("panic: %v", r)}
		}
	}()
	return extractPDF(ctx, inst, data)
}

// extractPDF opens data in inst and reads the text of every page, until
// ctx is done.
func extractPDF(ctx context.Context, inst pdfium.Pdfium, data []byte) (*Document, error) {
	opened, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		return nil, openError(err)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: opened.Document})
	pc, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: opened.Document})
	if err != nil || pc.PageCount <= 0 {
		return nil, &Error{Problem: problemPDFCorrupt, Err: err}
	}
	if pc.PageCount > MaxPDFPages {
		return nil, &Error{Problem: fmt.Sprintf("PDF 页数过多（%d 页，上限 %d 页），不像是一份年度报告", pc.PageCount, MaxPDFPages)}
	}
	doc := &Document{Pages: pc.PageCount}
	var stats textStats
	var carry []float64 // column lines of the last table of the page before
	for i := range pc.PageCount {
		if ctx.Err() != nil {
			return nil, errDeadline
		}
		glyphs, turn, err := pageGlyphs(inst, opened.Document, i)
		if err != nil {
			return nil, &Error{Problem: problemPDFCorrupt, Err: fmt.Errorf("page %d: %w", i+1, err)}
		}
		stats.add(glyphs)
		lines, tables := layoutLines(glyphs), []pageTable(nil)
		if hasCellGap(lines) { // only a page with cells apart can hold a table
			d, _ := pageRules(inst, opened.Document, i) // without rulings, tables are read by gaps
			lines, tables = layoutRuled(glyphs, d.turn(turn), carry)
		}
		carry = nil
		if len(tables) > 0 {
			carry = tables[len(tables)-1].xs
		}
		doc.addPage(i+1, lines, tables)
	}
	if problem := stats.problem(); problem != "" {
		return nil, &Error{Problem: problem}
	}
	return doc, nil
}

// openError words a failure to open a document.
func openError(err error) *Error {
	if errors.Is(err, pdfiumerrors.ErrPassword) || errors.Is(err, pdfiumerrors.ErrSecurity) {
		return &Error{Problem: problemPDFEncrypted, Err: err}
	}
	return &Error{Problem: problemPDFCorrupt, Err: err}
}

// textStats counts a document's characters to tell a scan (no text) and
// a file whose fonts have no Unicode mapping (unreadable text) from a
// normal one.
type textStats struct {
	glyphs   int // characters with a position
	readable int // of which real characters (not U+FFFD or private use)
}

func (s *textStats) add(glyphs []glyph) {
	s.glyphs += len(glyphs)
	for _, g := range glyphs {
		if g.r != unicode.ReplacementChar && !unicode.Is(unicode.Co, g.r) {
			s.readable++
		}
	}
}

// problem returns the problem with the document's text, or "".
func (s *textStats) problem() string {
	switch {
	case s.glyphs < minTextGlyphs:
		return problemPDFNoText
	case s.readable < minTextGlyphs:
		return problemPDFGarbled
	}
	return ""
}

// pageGlyphs returns the visible characters of page index (0-based) with
// their boxes, turned upright when the page's text runs sideways, and the
// quarter turns the page was turned by.
func pageGlyphs(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, index int) ([]glyph, int, error) {
	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{
		Page: requests.Page{ByIndex: &requests.PageByIndex{Document: doc, Index: index}},
	})
	if err != nil {
		return nil, 0, err
	}
	defer inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	n, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return nil, 0, err
	}
	var chars []pdfChar
	var at []int // index of each char on the text page
	for i := range n.Count {
		c, ok, err := readChar(inst, tp.TextPage, i)
		if err != nil {
			return nil, 0, err
		}
		if ok {
			chars, at = append(chars, c), append(at, i)
		}
	}
	usual := usualLooseHeight(chars)
	for k := range chars {
		if doubtfulLoose(chars[k], usual) {
			if err := readTightBox(inst, tp.TextPage, at[k], &chars[k]); err != nil {
				return nil, 0, err
			}
		}
	}
	glyphs, turn := charGlyphs(chars, usual)
	return glyphs, turn, nil
}

// readChar reads character i of a text page: its loose box and angle. It
// reports ok=false for characters that take no place in the layout:
// spaces, line breaks, control and format codes (gaps are measured from
// positions instead).
func readChar(inst pdfium.Pdfium, tp references.FPDF_TEXTPAGE, i int) (pdfChar, bool, error) {
	u, err := inst.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: tp, Index: i})
	if err != nil {
		return pdfChar{}, false, err
	}
	if !layoutRune(u.Unicode) {
		return pdfChar{}, false, nil
	}
	r := rune(u.Unicode)
	c := pdfChar{loose: glyph{r: r}}
	if l, err := inst.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: tp, Index: i}); err == nil {
		c.loose = glyph{r: r, x0: float64(l.Rect.Left), y0: float64(l.Rect.Bottom),
			x1: float64(l.Rect.Right), y1: float64(l.Rect.Top)}
	}
	if a, err := inst.FPDFText_GetCharAngle(&requests.FPDFText_GetCharAngle{TextPage: tp, Index: i}); err == nil {
		c.angle = counterClockwise(float64(a.CharAngle))
	}
	return c, true, nil
}

// readTightBox adds the tight glyph box of character i to c.
func readTightBox(inst pdfium.Pdfium, tp references.FPDF_TEXTPAGE, i int, c *pdfChar) error {
	box, err := inst.FPDFText_GetCharBox(&requests.FPDFText_GetCharBox{TextPage: tp, Index: i})
	if err != nil {
		return err
	}
	c.tight = glyph{r: c.loose.r, x0: box.Left, y0: box.Bottom, x1: box.Right, y1: box.Top}
	c.hasTight = true
	return nil
}

// counterClockwise converts PDFium's character angle, measured clockwise
// (atan2(c, a) of the text matrix), to a counter-clockwise one. A negative
// angle (unknown) stays negative.
func counterClockwise(a float64) float64 {
	if a <= 0 {
		return a
	}
	return 2*math.Pi - a
}

// layoutRune reports whether the code point u is a character that is
// printed: not 0, not beyond Unicode, not a space, control or format code.
func layoutRune(u uint) bool {
	if u == 0 || u > unicode.MaxRune {
		return false
	}
	r := rune(u)
	return !unicode.IsSpace(r) && !unicode.IsControl(r) && !unicode.Is(unicode.Cf, r)
}
