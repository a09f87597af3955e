package ingest

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// metaCharsetRe finds the charset of <meta charset="…"> and of
// <meta http-equiv="Content-Type" content="text/html; charset=…">.
var metaCharsetRe = regexp.MustCompile(`(?is)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// decodeHTML returns the page as UTF-8. The order is: a byte-order mark;
// bytes that are (almost all) valid UTF-8, whatever the page declares, since
// mislabelled pages are common and GBK text is practically never valid UTF-8;
// the charset declared in a <meta> tag; GB18030 for any other non-ASCII
// bytes. Invalid sequences become U+FFFD.
func decodeHTML(data []byte) string {
	if enc, rest := bomEncoding(data); enc != nil || len(rest) != len(data) {
		return decodeWith(enc, rest)
	}
	if likelyUTF8(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	if enc := declaredEncoding(data); enc != nil {
		return decodeWith(enc, data)
	}
	return decodeWith(simplifiedchinese.GB18030, data)
}

// bomEncoding returns the encoding a byte-order mark announces and the data
// after a UTF-8 mark. It returns nil for UTF-8 and for no mark.
func bomEncoding(data []byte) (encoding.Encoding, []byte) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return nil, data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), data
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), data
	}
	return nil, data
}

// likelyUTF8 reports whether data is ASCII or UTF-8 with at most a few stray
// bytes: at least 90% of its non-ASCII bytes form valid UTF-8 sequences.
func likelyUTF8(data []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good += n
		}
		i += n
	}
	return good >= 9*bad
}

// declaredEncoding returns the encoding named by a <meta> tag in the first
// 64 KB of the page, or nil if there is none or it is not worth trusting for
// non-UTF-8 bytes (UTF-8, UTF-16 and the Western defaults that tools and
// servers write without thinking).
func declaredEncoding(data []byte) encoding.Encoding {
	head := data[:min(len(data), 64<<10)]
	m := metaCharsetRe.FindSubmatch(head)
	if m == nil {
		return nil
	}
	enc, name := charset.Lookup(string(m[1]))
	switch {
	case enc == nil, name == "utf-8", strings.HasPrefix(name, "utf-16"), name == "windows-1252":
		return nil
	case name == "gbk", name == "gb18030":
		return simplifiedchinese.GB18030 // superset of GBK and GB2312
	}
	return enc
}

// decodeWith decodes data with enc (nil means UTF-8).
func decodeWith(enc encoding.Encoding, data []byte) string {
	if enc == nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}
