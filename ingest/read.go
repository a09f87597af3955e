package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// MaxFileSize is the largest input ingest reads; larger files are refused.
var MaxFileSize int64 = 100 << 20

// MaxTextSize is the largest text, Markdown or HTML input: a real annual
// report is well under 1 MB of text, and the extractor's memory grows with it.
var MaxTextSize = 20 << 20

// problemUnparsable is the generic problem of an input no reader could take.
const problemUnparsable = "文件内容无法解析"

// Error is a problem with one input file, worded for the user.
type Error struct {
	Path    string
	Problem string // Chinese, what is wrong and what to do
	Err     error  // underlying cause, if any
}

// Error names the file and the problem in Chinese. The low-level cause
// (English, from a library) is kept in Err for programs and logs, and shown
// only when the problem itself is the generic "cannot parse" one.
func (e *Error) Error() string {
	if e.Err != nil && e.Problem == problemUnparsable {
		return fmt.Sprintf("%s: %s（%v）", e.Path, e.Problem, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Problem)
}

func (e *Error) Unwrap() error { return e.Err }

// Read reads and ingests the file at path.
func Read(path string) (*Document, error) {
	return ReadContext(context.Background(), path)
}

// ReadContext is Read with a context: reading a PDF stops when ctx is done
// (the other formats are bounded by their size limits).
func ReadContext(ctx context.Context, path string) (*Document, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, &Error{Path: path, Problem: "无法读取文件", Err: err}
	}
	if st.IsDir() {
		return nil, &Error{Path: path, Problem: "这是一个文件夹，不是文件"}
	}
	if st.Size() > MaxFileSize {
		return nil, &Error{Path: path, Problem: fmt.Sprintf("文件过大（%d MB，上限 %d MB），不像是一份年度报告", st.Size()>>20, MaxFileSize>>20)}
	}
	data, err := readCapped(path)
	if err != nil {
		return nil, err
	}
	return ParseContext(ctx, path, data)
}

// Parse ingests data that was read from name; the format is detected from
// the content first and the file extension second.
func Parse(name string, data []byte) (*Document, error) {
	return ParseContext(context.Background(), name, data)
}

// ParseContext is Parse with a context: reading a PDF stops when ctx is done.
func ParseContext(ctx context.Context, name string, data []byte) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &Error{Path: name, Problem: "文件内容无法解析（解析器内部错误）", Err: fmt.Errorf("panic: %v", r)}
		}
	}()
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Path: name, Problem: "文件为空"}
	}
	format, problem := detect(name, data)
	if problem != "" {
		return nil, &Error{Path: name, Problem: problem}
	}
	if format != FormatPDF && format != FormatDOCX && len(data) > MaxTextSize {
		return nil, &Error{Path: name, Problem: fmt.Sprintf("文本过大（%d MB，文本、网页文件上限 %d MB），不像是一份年报", len(data)>>20, MaxTextSize>>20)}
	}
	switch format {
	case FormatPDF:
		doc, err = readPDF(ctx, data)
	case FormatHTML:
		doc, err = readHTML(data)
	case FormatDOCX:
		doc, err = readDOCX(data)
	default:
		doc, err = readText(data, format)
	}
	if err != nil {
		if e, ok := err.(*Error); ok {
			e.Path = name
			return nil, e
		}
		return nil, &Error{Path: name, Problem: problemUnparsable, Err: err}
	}
	if doc.Published == "" {
		// A date on a line of its own at the top of the report's text
		// (发布日期：…, as a page prints it) counts in every format: the
		// same report saved as Word or PDF must not lose it.
		doc.Published, doc.PublishedFrom = headerDate(doc.Lines)
	}
	sum := sha256.Sum256(data)
	doc.Path, doc.Format, doc.SHA256 = name, format, hex.EncodeToString(sum[:])
	for i := range doc.Lines {
		doc.Lines[i].No = i + 1
	}
	return doc, nil
}

// detect tells the format from magic bytes, then the extension. It returns a
// problem for inputs it recognises but cannot read.
func detect(name string, data []byte) (Format, string) {
	ext := strings.ToLower(filepath.Ext(name))
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return FormatPDF, ""
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return "", "这是旧版 Word（.doc）文件，无法直接读取：请另存为 .docx 或 PDF 后再检查"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if ext == ".docx" || ext == "" || bytes.Contains(data[:min(len(data), 4096)], []byte("word/")) {
			return FormatDOCX, ""
		}
		return "", "这是一个 zip 压缩包，不是年报文件（支持 PDF、HTML、.docx、文本）"
	case ext == ".pdf":
		return "", "文件扩展名为 .pdf，但内容不是 PDF（缺少 %PDF- 文件头）"
	case ext == ".docx":
		return "", "文件扩展名为 .docx，但内容不是 Word 文档（不是 zip 格式）"
	case ext == ".doc":
		return "", "这是旧版 Word（.doc）文件，无法直接读取：请另存为 .docx 或 PDF 后再检查"
	case ext == ".html" || ext == ".htm" || ext == ".shtml" || looksHTML(head):
		return FormatHTML, ""
	case ext == ".md" || ext == ".markdown":
		return FormatMarkdown, ""
	}
	return FormatText, ""
}

func looksHTML(head []byte) bool {
	h := bytes.ToLower(bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n"))
	return bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.HasPrefix(h, []byte("<html")) ||
		bytes.Contains(h, []byte("<body")) || bytes.Contains(h, []byte("<table"))
}
