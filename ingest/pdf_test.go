package ingest

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"crypto/rc4"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// reportsDir holds the corpus PDFs used as fixtures.
const reportsDir = "../fixtures/reports"

// readReport parses a fixture PDF, failing the test on error.
func readReport(t testing.TB, name string) *Document {
	t.Helper()
	doc, err := Read(filepath.Join(reportsDir, name))
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return doc
}

// lineWith returns the first line that contains sub.
func lineWith(t *testing.T, doc *Document, sub string) Line {
	t.Helper()
	for _, l := range doc.Lines {
		if strings.Contains(l.Text, sub) {
			return l
		}
	}
	t.Fatalf("no line contains %q", sub)
	return Line{}
}

// tail returns the last n tab-separated cells of a line.
func tail(l Line, n int) string {
	cells := strings.Split(l.Text, "\t")
	return strings.Join(cells[max(0, len(cells)-n):], " ")
}

// checkPages checks line numbers and pages: 1..Pages, never decreasing.
func checkPages(t *testing.T, doc *Document) {
	t.Helper()
	page := 1
	for i, l := range doc.Lines {
		if l.No != i+1 {
			t.Fatalf("line %d has No %d", i+1, l.No)
		}
		if l.Page < page || l.Page > doc.Pages {
			t.Fatalf("line %d (%q) on page %d after page %d of %d", l.No, l.Text, l.Page, page, doc.Pages)
		}
		if strings.TrimSpace(l.Text) == "" {
			t.Fatalf("line %d is blank", l.No)
		}
		page = l.Page
	}
	if page != doc.Pages {
		t.Fatalf("last line on page %d, want %d", page, doc.Pages)
	}
}

// rowCase is a table row: a label on the line and its last cells.
type rowCase struct {
	label string
	page  int
	cells string // space-separated; the line's last cells, tab-separated
}

func TestPDFCorpus(t *testing.T) {
	for _, c := range []struct {
		file  string
		pages int
		rows  []rowCase
	}{
		{"huaian-2024.pdf", 6, []rowCase{
			{"行政规范性文件", 3, "行政规范性文件 8 26 66"},
			// Table 二 continues from page 3 with its four columns; the
			// number's cell spans three of them.
			{"行政处罚", 4, "行政处罚 3985758 3985758 3985758"},
			{"行政事业性收费", 4, "行政事业性收费 96171.6 96171.6 96171.6"},
			{"本年新收", 4, "3001 53 0 0 61 4 3119"},
			{"（一）予以公开", 4, "（一）予以公开 1288 21 0 0 50 3 1362"},
			{"1.本机关不掌握", 4, "1.本机关不掌握相关政府信息 746 12 0 0 10 1 769"},
			{"（七）总计", 5, "（七）总计 2932 53 0 0 61 4 3050"},
			{"结转下年度继续办理", 5, "四、结转下年度继续办理 103 0 0 0 0 0 103"},
			{"72\t64", 5, "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20"},
		}},
		{"hongze-2023.pdf", 5, []rowCase{
			{"行政规范性文件", 2, "行政规范性文件 0 5 5"},
			{"本年新收", 3, "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21"},
			{"1.本机关不掌握", 3, "1.本机关不掌握相关政府信息 10 0 0 0 0 0 10"},
			{"（七）总计", 4, "（七）总计 21 0 0 0 0 0 21"},
			// The report's own error (总计 0) must come out as printed.
			{"10\t1\t", 4, "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0"},
		}},
		{"hongze-2024.pdf", 5, []rowCase{
			// A ruled table's row is a grid row: the number's cell spans
			// the three columns, like an HTML colspan.
			{"行政许可", 2, "行政许可 9487 9487 9487"},
			{"本年新收", 3, "一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95"},
			{"3.危及", 3, "3.危及“三安全一稳定” 1 0 0 0 0 0 1"},
			{"1.信访举报", 4, "1.信访举报投诉类申请 1 0 0 0 0 0 1"},
			{"1\t1\t0\t0\t2", 4, "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3"},
		}},
	} {
		t.Run(c.file, func(t *testing.T) {
			doc := readReport(t, c.file)
			if doc.Format != FormatPDF || doc.Pages != c.pages {
				t.Fatalf("format %q, %d pages; want pdf, %d", doc.Format, doc.Pages, c.pages)
			}
			checkPages(t, doc)
			for _, r := range c.rows {
				l := lineWith(t, doc, r.label)
				n := len(strings.Fields(r.cells))
				if got := tail(l, n); got != r.cells || l.Page != r.page {
					t.Errorf("row %q: got %q on page %d, want %q on page %d", r.label, l.Text, l.Page, r.cells, r.page)
				}
			}
		})
	}
}

func TestPDFConcurrent(t *testing.T) {
	want := readReport(t, "hongze-2024.pdf").Text()
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc, err := Read(filepath.Join(reportsDir, "hongze-2024.pdf"))
			if err == nil && doc.Text() != want {
				err = errors.New("text differs between runs")
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// wantProblem checks that err is an *Error for path with the problem.
func wantProblem(t *testing.T, err error, path, problem string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v (%T), want *Error %q", err, err, problem)
	}
	if e.Problem != problem || e.Path != path {
		t.Fatalf("got %q for %q, want %q for %q (%v)", e.Problem, e.Path, problem, path, e.Err)
	}
}

func TestPDFTruncated(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(reportsDir, "huaian-2024.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "half.pdf")
	if err := os.WriteFile(path, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Read(path)
	wantProblem(t, err, path, problemPDFCorrupt)
}

func TestPDFCorrupt(t *testing.T) {
	for name, data := range map[string]string{
		"garbage":    "%PDF-1.7\nthis is not a PDF at all\n%%EOF\n",
		"no trailer": "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse("x.pdf", []byte(data))
			wantProblem(t, err, "x.pdf", problemPDFCorrupt)
		})
	}
}

func TestPDFNotPDF(t *testing.T) {
	_, err := Parse("report.pdf", []byte("<html><body>年度报告</body></html>"))
	var e *Error
	if !errors.As(err, &e) || !strings.Contains(e.Problem, "不是 PDF") {
		t.Fatalf("got %v, want a not-a-PDF error", err)
	}
}

func TestPDFNoTextLayer(t *testing.T) {
	// A page that only fills a rectangle, as a scan only draws an image.
	data := buildPDF(pageObjects("0.5 g 72 72 451 698 re f"), "")
	_, err := Parse("scan.pdf", data)
	wantProblem(t, err, "scan.pdf", problemPDFNoText)
}

func TestPDFEncrypted(t *testing.T) {
	_, err := Parse("secret.pdf", encryptedPDF("secret"))
	wantProblem(t, err, "secret.pdf", problemPDFEncrypted)
}

func TestPDFHandMadeTable(t *testing.T) {
	// Helvetica 12 pt: "3" is 6.7 pt wide; "0" starts 5 pt after it.
	content := "BT /F1 12 Tf 72 700 Td (Applications received) Tj ET\n" +
		"BT /F1 12 Tf 250 700 Td (3) Tj ET\n" +
		"BT /F1 12 Tf 261.7 700 Td (0) Tj ET\n" +
		"BT /F1 12 Tf 300 700 Td (3119) Tj ET\n" +
		"BT /F1 12 Tf 72 680 Td (Second line) Tj ET\n"
	doc, err := Parse("table.pdf", buildPDF(pageObjects(content), ""))
	if err != nil {
		t.Fatal(err)
	}
	got := []string{}
	for _, l := range doc.Lines {
		got = append(got, l.Text)
	}
	want := []string{"Applications received\t3\t0\t3119", "Second line"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestPDFSidewaysText(t *testing.T) {
	// Text running bottom to top (a landscape table on a portrait page):
	// the rows read left to right, the upper row first.
	content := "BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Rotated page text one) Tj ET\n" +
		"BT /F1 12 Tf 0 1 -1 0 280 100 Tm (and line two: 3) Tj 100 0 Td (0) Tj ET\n" +
		"BT /F1 30 Tf 0.7 0.7 -0.7 0.7 100 100 Tm (WATERMARK) Tj ET"
	doc, err := Parse("sideways.pdf", buildPDF(pageObjects(content), ""))
	if err != nil {
		t.Fatal(err)
	}
	got := []string{}
	for _, l := range doc.Lines {
		got = append(got, l.Text)
	}
	want := []string{"and line two: 3\t0", "Rotated page text one"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestPDFTimeout(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(reportsDir, "huaian-2024.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	readReport(t, "hongze-2023.pdf") // start the engine outside the limit
	old := PDFTimeout
	PDFTimeout = 10 * time.Millisecond
	_, err = Parse("slow.pdf", data)
	PDFTimeout = old
	var e *Error
	if errors.As(err, &e) && e.Problem == problemPDFBusy {
		t.Skip("no PDFium instance within 10 ms on this machine")
	}
	wantProblem(t, err, "slow.pdf", problemPDFTimeout)
	// The killed instance is replaced: the next file reads normally.
	readReport(t, "hongze-2023.pdf")
}

// pageObjects returns the objects of a one-page A4 document drawing
// content, with Helvetica as font F1.
func pageObjects(content string) []string {
	return []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R " +
			"/Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content)+1, content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
}

// buildPDF writes a PDF file of the given objects (numbered from 1, the
// first being the catalog) with a correct cross-reference table.
func buildPDF(objects []string, trailerExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, trailerExtra, xref)
	return b.Bytes()
}

// flateObjects is pageObjects with the content stream compressed.
func flateObjects(content string) []string {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write([]byte(content))
	w.Close()
	objects := pageObjects("")
	objects[3] = fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes())
	return objects
}

// pdfPadding is the password padding of the PDF standard security handler.
var pdfPadding = []byte("\x28\xbf\x4e\x5e\x4e\x75\x8a\x41\x64\x00\x4e\x56\xff\xfa\x01\x08" +
	"\x2e\x2e\x00\xb6\xd0\x68\x3e\x80\x2f\x0c\xa9\xfe\x64\x53\x69\x7a")

// encryptedPDF returns a one-page PDF protected by a user password, with
// the standard security handler, revision 2 (RC4, 40-bit key).
func encryptedPDF(password string) []byte {
	pad := func(pw string) []byte { return append([]byte(pw), pdfPadding...)[:32] }
	rc4x := func(key, data []byte) []byte {
		c, _ := rc4.NewCipher(key)
		out := make([]byte, len(data))
		c.XORKeyStream(out, data)
		return out
	}
	id := []byte("nianbao-test-id!")
	ownerKey := md5.Sum(pad("owner-" + password))
	o := rc4x(ownerKey[:5], pad(password))
	p := int32(-44)
	h := md5.New()
	h.Write(pad(password))
	h.Write(o)
	h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
	h.Write(id)
	key := h.Sum(nil)[:5]
	u := rc4x(key, pdfPadding)
	objects := append(pageObjects(""), fmt.Sprintf("<< /Filter /Standard /V 1 /R 2 /O <%x> /U <%x> /P %d >>", o, u, p))
	return buildPDF(objects, fmt.Sprintf("/Encrypt %d 0 R /ID [<%x> <%x>] ", len(objects), id, id))
}

// FuzzPDF feeds arbitrary bytes after a PDF header to Parse: it must
// return a document or a worded *Error, never panic or hang. The seeds are
// small hand-made files: under the fuzzer's instrumentation a real report
// takes seconds per run.
func FuzzPDF(f *testing.F) {
	text := "BT /F1 12 Tf 72 700 Td (Applications received) Tj 180 0 Td (3) Tj 12 0 Td (0) Tj ET\n" +
		"BT /F1 12 Tf 0 1 -1 0 300 300 Tm (Sideways 12) Tj ET"
	for _, data := range [][]byte{
		buildPDF(pageObjects(text), ""),
		buildPDF(pageObjects("0.5 g 72 72 451 698 re f"), ""),
		buildPDF(flateObjects(text), ""),
		encryptedPDF("x"),
		[]byte("%PDF-1.7\n%%EOF"),
	} {
		f.Add(bytes.TrimPrefix(data, []byte("%PDF-")))
	}
	// The fuzzer's instrumentation slows the engine down a lot; a lower
	// limit keeps a slow input from stalling the run.
	old := PDFTimeout
	PDFTimeout = 10 * time.Second
	f.Cleanup(func() { PDFTimeout = old })
	f.Fuzz(func(t *testing.T, data []byte) {
		input := append([]byte("%PDF-"), data...)
		checkFuzzResult(t, input)
		if !hasEOFMarker(input) {
			// Also let PDFium see the bytes, past the end-marker check.
			checkFuzzResult(t, append(input, "\n%%EOF\n"...))
		}
	})
}

// checkFuzzResult parses data and checks that the result is a document
// with sound pages or an *Error with a problem that is not a panic.
func checkFuzzResult(t *testing.T, data []byte) {
	doc, err := Parse("x.pdf", data)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || e.Problem == "" {
			t.Fatalf("error without a problem: %v", err)
		}
		if strings.Contains(e.Problem, "内部错误") {
			t.Fatalf("recovered panic: %v", err)
		}
		return
	}
	for _, l := range doc.Lines {
		if l.Page < 1 || l.Page > doc.Pages {
			t.Fatalf("line %d on page %d of %d", l.No, l.Page, doc.Pages)
		}
	}
}

// BenchmarkPDF parses huaian-2024.pdf (6 pages) with a warm engine.
func BenchmarkPDF(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(reportsDir, "huaian-2024.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	doc, err := Parse("huaian-2024.pdf", data)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Parse("huaian-2024.pdf", data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(doc.Pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}

func TestPDFHandMadeRuledTable(t *testing.T) {
	// A 3 x 2 grid drawn as one stroked path under a translation (cm), as
	// some producers draw a whole table; the label cell's text wraps over
	// three lines with the numbers on the middle one.
	grid := "q 1 0 0 1 10 0 cm 0.5 w " +
		"62 720 m 402 720 l 62 660 m 402 660 l 62 600 m 402 600 l " +
		"62 600 m 62 720 l 202 600 m 202 720 l 302 600 m 302 720 l 402 600 m 402 720 l S Q\n"
	content := grid +
		"BT /F1 10 Tf 80 700 Td (Label) Tj ET\n" +
		"BT /F1 10 Tf 220 700 Td (Natural) Tj ET\n" +
		"BT /F1 10 Tf 320 700 Td (Total) Tj ET\n" +
		"BT /F1 10 Tf 80 645 Td (Withheld: law) Tj ET\n" +
		"BT /F1 10 Tf 80 632 Td (enforcement) Tj ET\n" +
		"BT /F1 10 Tf 80 619 Td (files) Tj ET\n" +
		"BT /F1 10 Tf 240 632 Td (4) Tj ET\n" +
		"BT /F1 10 Tf 72 560 Td (After the table) Tj ET\n"
	doc, err := Parse("ruled.pdf", buildPDF(pageObjects(content), ""))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Lines {
		got = append(got, l.Text)
	}
	want := []string{"Label\tNatural\tTotal", "Withheld: law enforcement files\t4\t", "After the table"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
	if len(doc.Tables) != 1 || doc.Tables[0].Line != 1 || doc.Tables[0].Page != 1 || len(doc.Tables[0].Cells) != 2 {
		t.Fatalf("tables %+v, want one 2-row table at line 1, page 1", doc.Tables)
	}
	if c := doc.Lines[1].Cells; len(c) != 3 || c[1].X0 < 211 || c[1].X0 > 213 {
		t.Errorf("cells %+v: the second column starts at x=212 (202 moved by cm)", c)
	}
}

func TestPDFHandMadeSmallPunctuation(t *testing.T) {
	// Issue 8, shape 4: a punctuation mark set in a smaller size (its box
	// a third of the line's) still belongs to its line.
	content := "BT /F1 18 Tf 72 700 Td (Section one) Tj /F1 6 Tf (,) Tj /F1 18 Tf ( general) Tj ET\n" +
		"BT /F1 12 Tf 72 670 Td (Body text) Tj ET\n"
	doc, err := Parse("punct.pdf", buildPDF(pageObjects(content), ""))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Lines {
		got = append(got, l.Text)
	}
	if want := []string{"Section one, general", "Body text"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestPDFHandMadeRuledTableSideways(t *testing.T) {
	// The same kind of table turned a quarter turn (a landscape table on a
	// portrait page): the rulings turn with the text.
	content := "q 0 1 -1 0 595 0 cm 0.5 w " +
		"62 500 m 302 500 l 62 470 m 302 470 l 62 440 m 302 440 l " +
		"62 440 m 62 500 l 202 440 m 202 500 l 302 440 m 302 500 l S " +
		"BT /F1 10 Tf 70 480 Td (Label) Tj ET BT /F1 10 Tf 220 480 Td (Total) Tj ET " +
		"BT /F1 10 Tf 70 455 Td (Granted) Tj ET BT /F1 10 Tf 70 443 Td (in full) Tj ET " +
		"BT /F1 10 Tf 240 450 Td (12) Tj ET Q\n"
	doc, err := Parse("sideways-table.pdf", buildPDF(pageObjects(content), ""))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Lines {
		got = append(got, l.Text)
	}
	if want := []string{"Label\tTotal", "Granted in full\t12"}; strings.Join(got, "|") != strings.Join(want, "|") || len(doc.Tables) != 1 {
		t.Fatalf("got %q and %d tables, want %q in one table", got, len(doc.Tables), want)
	}
}

func TestPDFHandMadeRuledTableInForm(t *testing.T) {
	// The grid is drawn inside a form XObject (with its own /Matrix) placed
	// by a cm: the rulings land where the page shows them.
	form := "0.5 w 42 510 m 282 510 l 42 480 m 282 480 l 42 450 m 282 450 l " +
		"42 450 m 42 510 l 182 450 m 182 510 l 282 450 m 282 510 l S"
	content := "q 1 0 0 1 20 0 cm /X1 Do Q\n" +
		"BT /F1 10 Tf 70 480 Td (Label) Tj ET BT /F1 10 Tf 220 480 Td (Total) Tj ET\n" +
		"BT /F1 10 Tf 70 455 Td (Granted) Tj ET BT /F1 10 Tf 70 443 Td (in full) Tj ET\n" +
		"BT /F1 10 Tf 240 450 Td (12) Tj ET\n"
	objs := pageObjects(content)
	objs[2] = strings.Replace(objs[2], "/Resources << /Font << /F1 5 0 R >> >>",
		"/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >>", 1)
	objs = append(objs, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 -10] /Length %d >>\nstream\n%s\nendstream", len(form)+1, form))
	doc, err := Parse("form-table.pdf", buildPDF(objs, ""))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Lines {
		got = append(got, l.Text)
	}
	if want := []string{"Label\tTotal", "Granted in full\t12"}; strings.Join(got, "|") != strings.Join(want, "|") || len(doc.Tables) != 1 {
		t.Fatalf("got %q and %d tables, want %q in one table", got, len(doc.Tables), want)
	}
}
