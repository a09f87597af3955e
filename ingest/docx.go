package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// Limits that keep a crafted .docx (a zip bomb) from exhausting memory.
var (
	maxDOCXPart    int64 = 64 << 20 // uncompressed bytes of word/document.xml
	maxDOCXEntries       = 10000    // files in the zip
)

// The Word errors, worded for the user.
const (
	docxCorrupt   = "Word 文档已损坏，无法解压"
	docxNoBody    = "不是有效的 Word（.docx）文档：缺少 word/document.xml"
	docxTooBig    = "Word 文档中的 document.xml 过大（解压后超过 64 MB），可能是压缩炸弹，已拒绝"
	docxTooMany   = "Word 文档包含的文件过多（超过 10000 个），可能是压缩炸弹，已拒绝"
	docxBadXML    = "Word 文档内容已损坏（document.xml 不是有效的 XML）"
	docxNoText    = "Word 文档中没有可读的文字（可能只有图片：请另存为 PDF 或文本后再检查）"
	docxBodyEntry = "word/document.xml"
)

// readDOCX reads a Word .docx file: the paragraphs and tables of its main
// part, word/document.xml, streamed with a hard size limit.
func readDOCX(data []byte) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &Error{Problem: docxCorrupt, Err: err}
	}
	if len(zr.File) > maxDOCXEntries {
		return nil, &Error{Problem: docxTooMany}
	}
	f := findEntry(zr, docxBodyEntry)
	if f == nil {
		return nil, &Error{Problem: docxNoBody}
	}
	if f.UncompressedSize64 > uint64(maxDOCXPart) {
		return nil, &Error{Problem: docxTooBig}
	}
	rc, err := f.Open()
	if err != nil {
		return nil, &Error{Problem: docxCorrupt, Err: err}
	}
	defer rc.Close()
	return readDocumentXML(rc, maxDOCXPart)
}

// findEntry returns the zip entry called name (ignoring case and the
// backslashes some tools write), or nil.
func findEntry(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if strings.EqualFold(strings.ReplaceAll(f.Name, `\`, "/"), name) {
			return f
		}
	}
	return nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

// Read reads from the underlying reader and counts the bytes.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// readDocumentXML parses a WordprocessingML main part from r, reading at
// most limit bytes of it.
func readDocumentXML(r io.Reader, limit int64) (*Document, error) {
	cr := &countingReader{r: io.LimitReader(r, limit+1)}
	p := newDocxParser(cr)
	err := p.run()
	switch {
	case cr.n > limit:
		return nil, &Error{Problem: docxTooBig}
	case err != nil:
		return nil, docxError(err)
	case len(p.lines) == 0:
		return nil, &Error{Problem: docxNoText}
	}
	return &Document{Lines: p.lines, Tables: p.tables}, nil
}

// docxError words an error met while reading document.xml.
func docxError(err error) error {
	var ie *Error
	var se *xml.SyntaxError
	switch {
	case errors.As(err, &ie):
		return ie
	case errors.As(err, &se):
		return &Error{Problem: docxBadXML, Err: err}
	}
	return &Error{Problem: docxCorrupt, Err: err}
}
