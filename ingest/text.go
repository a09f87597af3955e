package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// readText reads plain text or Markdown: one Line per line of the input.
func readText(data []byte, _ Format) (*Document, error) {
	s, err := DecodeText(data)
	if err != nil {
		return nil, err
	}
	lines := splitLines(s, 0)
	positionLayout(lines)
	doc := &Document{Lines: lines}
	doc.Published, doc.PublishedFrom = headerDate(doc.Lines)
	return doc, nil
}

// splitLines splits s into Lines on \n, \r\n and \r, all on the given page.
func splitLines(s string, page int) []Line {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	parts := strings.Split(s, "\n")
	if len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	lines := make([]Line, len(parts))
	for i, p := range parts {
		lines[i] = Line{Page: page, Text: p}
	}
	return lines
}

// DecodeText decodes text in UTF-8, UTF-16 (with a BOM) or GBK/GB18030 to a
// Go string. Binary data is refused.
func DecodeText(data []byte) (string, error) {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case !utf8.Valid(data):
		enc = simplifiedchinese.GB18030
	}
	if enc == nil {
		if looksBinary(data) {
			return "", &Error{Problem: "文件是二进制数据，不是文本、PDF、HTML 或 Word 文档"}
		}
		return string(data), nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", &Error{Problem: "文本编码无法识别（试过 UTF-8、UTF-16、GB18030）", Err: err}
	}
	if looksBinary(out) || strings.Count(string(out), "\uFFFD") > len(out)/50+2 {
		return "", &Error{Problem: "文件是二进制数据，不是文本、PDF、HTML 或 Word 文档"}
	}
	return string(out), nil
}

// looksBinary reports whether text has NUL bytes or many control characters.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl > len(b)/20+1
}
