package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

// zipFiles builds a zip holding the given files, stored or deflated.
func zipFiles(tb testing.TB, method uint16, files ...[2]string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f[0], Method: method})
		if err != nil {
			tb.Fatal(err)
		}
		io.WriteString(w, f[1])
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// wordXML wraps body in a WordprocessingML document.
func wordXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
		`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `</w:body></w:document>`
}

// docxOf builds a minimal .docx whose body is the given WordprocessingML.
func docxOf(tb testing.TB, body string) []byte {
	return zipFiles(tb, zip.Store,
		[2]string{"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		[2]string{"word/document.xml", wordXML(body)})
}

// para and cell build WordprocessingML snippets.
func para(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func cell(props, text string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + para(text) + `</w:tc>`
}

// problemOf returns the Problem of err, which must be an *Error.
func problemOf(tb testing.TB, err error) string {
	tb.Helper()
	var e *Error
	if !errors.As(err, &e) {
		tb.Fatalf("error %v is not *Error", err)
	}
	return e.Problem
}

func TestDOCXReport(t *testing.T) {
	d, err := Parse(fixture("sh-office-2019.docx"), readFixture(t, "sh-office-2019.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatDOCX {
		t.Errorf("format %q", d.Format)
	}
	checkSHOffice2019(t, d)
	h, err := readHTML(readFixture(t, "sh-office-2019.html"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range h.Tables {
		if !reflect.DeepEqual(d.Tables[i], h.Tables[i]) {
			t.Errorf("table %d differs from the HTML one:\n docx %+v\n html %+v", i, d.Tables[i], h.Tables[i])
		}
	}
	if !reflect.DeepEqual(texts(d), texts(h)) {
		t.Error("DOCX lines differ from HTML lines")
	}
}

func TestDOCXStructure(t *testing.T) {
	body := `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>` +
		`<w:r><w:t>一、总体</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:r><w:t>情况</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>12</w:t></w:r></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>框</w:t></mc:Choice><mc:Fallback><w:t>框</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		`<w:p/>` +
		`<w:tbl><w:tr>` + cell(`<w:vMerge w:val="restart"/>`, "项目") + cell(`<w:gridSpan w:val="2"/><w:tcPrChange w:id="1"><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tcPrChange>`, "行政诉讼") + `</w:tr>` +
		`<w:tr>` + cell(`<w:vMerge/>`, "") + cell("", "维持") + `<w:tc>` + para("总计") + para("（件）") + `</w:tc></w:tr>` +
		`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>` + cell("", " 5 ") +
		`<w:tc><w:tbl><w:tr>` + cell(`<w:gridSpan w:val="3"/>`, "嵌套") + `</w:tr></w:tbl>` + para("") + `</w:tc></w:tr></w:tbl>` +
		para("\u3000\u3000六、其他")
	d, err := readDOCX(docxOf(t, body))
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	want := []string{"一、总体情况", "第二行\t12", "框", "项目\t行政诉讼\t行政诉讼", "项目\t维持\t总计（件）", "\t5\t嵌套", "\u3000\u3000六、其他"}
	if got := texts(d); !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
	if len(d.Tables) != 1 || d.Tables[0].Line != 4 {
		t.Fatalf("tables %+v", d.Tables)
	}
	// gridSpan copies and every slot of a vMerge continuation are marked;
	// the slot gridBefore skips is no copy of anything.
	copies := [][]bool{{false, false, true}, {true, false, false}, {false, false, false}}
	if !reflect.DeepEqual(d.Tables[0].Span, copies) {
		t.Errorf("span marks %v, want %v", d.Tables[0].Span, copies)
	}
}

func TestDOCXErrors(t *testing.T) {
	real := readFixture(t, "sh-office-2019.docx")
	cases := map[string]struct {
		data []byte
		want string
	}{
		"no body":   {zipFiles(t, zip.Deflate, [2]string{"word/other.xml", "<x/>"}), docxNoBody},
		"truncated": {real[:len(real)/2], docxCorrupt},
		"bad xml":   {zipFiles(t, zip.Deflate, [2]string{"word/document.xml", "<w:document><w:body>"}), docxBadXML},
		"no text":   {docxOf(t, "<w:p/>"), docxNoText},
	}
	for name, c := range cases {
		_, err := Parse("a.docx", c.data)
		if got := problemOf(t, err); got != c.want {
			t.Errorf("%s: %q, want %q", name, got, c.want)
		}
		if err.(*Error).Path != "a.docx" {
			t.Errorf("%s: path %q", name, err.(*Error).Path)
		}
	}
	// A flipped byte in the compressed data: refused as corrupt or bad XML.
	bad := bytes.Clone(real)
	bad[len(bad)/3] ^= 0xff
	if _, err := readDOCX(bad); err == nil {
		t.Error("corrupt data accepted")
	}
}

func TestDOCXTooManyEntries(t *testing.T) {
	defer func(n int) { maxDOCXEntries = n }(maxDOCXEntries)
	maxDOCXEntries = 3
	files := [][2]string{{"word/document.xml", wordXML(para("x"))}, {"a", ""}, {"b", ""}, {"c", ""}}
	_, err := readDOCX(zipFiles(t, zip.Deflate, files...))
	if got := problemOf(t, err); got != docxTooMany {
		t.Errorf("%q", got)
	}
}

// bombDOCX returns a .docx whose document.xml inflates to more than 64 MB
// of spaces inside a w:t element.
func bombDOCX(tb testing.TB) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		tb.Fatal(err)
	}
	io.WriteString(w, `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`)
	spaces := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < 65; i++ {
		w.Write(spaces)
	}
	io.WriteString(w, `</w:t></w:r></w:p></w:body></w:document>`)
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestDOCXZipBomb(t *testing.T) {
	bomb := bombDOCX(t)
	if len(bomb) > 1<<20 {
		t.Fatalf("bomb is %d bytes", len(bomb))
	}
	_, err := Parse("bomb.docx", bomb)
	if got := problemOf(t, err); got != docxTooBig {
		t.Errorf("%q", got)
	}
	// The declared size lies: the zip reader stops at it.
	lying := bytes.Clone(bomb)
	cd := bytes.LastIndex(lying, []byte("PK\x01\x02"))
	binary.LittleEndian.PutUint32(lying[cd+24:], 1000)
	if _, err := readDOCX(lying); err == nil {
		t.Error("lying bomb accepted")
	}
}

func TestDocumentXMLLimit(t *testing.T) {
	xml := wordXML(para(strings.Repeat("字", 1000)))
	_, err := readDocumentXML(strings.NewReader(xml), 500)
	if got := problemOf(t, err); got != docxTooBig {
		t.Errorf("%q", got)
	}
	if _, err := readDocumentXML(strings.NewReader(xml), int64(len(xml))); err != nil {
		t.Errorf("exact size refused: %v", err)
	}
}

func TestDOCXSpanBomb(t *testing.T) {
	row := `<w:tr>` + strings.Repeat(cell(`<w:gridSpan w:val="1000"/>`, "溢出溢出溢出"), 5) + `</w:tr>`
	_, err := readDOCX(docxOf(t, `<w:tbl>`+strings.Repeat(row, 3000)+`</w:tbl>`))
	if got := problemOf(t, err); !strings.Contains(got, "表格") {
		t.Errorf("%q", got)
	}
}

func FuzzDOCX(f *testing.F) {
	f.Add(readFixture(f, "sh-office-2019.docx"))
	f.Add(docxOf(f, para("一、总体情况")+`<w:tbl><w:tr>`+cell(`<w:vMerge w:val="restart"/><w:gridSpan w:val="2"/>`, "a")+
		`</w:tr><w:tr>`+cell(`<w:vMerge/>`, "")+`</w:tr></w:tbl>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readDOCX(data)
		if err != nil {
			problemOf(t, err)
			return
		}
		checkDoc(t, d)
	})
}

func FuzzDocumentXML(f *testing.F) {
	f.Add([]byte(wordXML(para("一、总体情况") + `<w:tbl><w:tr>` + cell(`<w:gridSpan w:val="2"/>`, "a") + `</w:tr><w:tr>` +
		cell(`<w:vMerge/>`, "") + `<w:tc><w:tbl><w:tr>` + cell("", "b") + `</w:tr></w:tbl></w:tc></w:tr></w:tbl>`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readDocumentXML(bytes.NewReader(data), maxDOCXPart)
		if err != nil {
			problemOf(t, err)
			return
		}
		checkDoc(t, d)
	})
}
