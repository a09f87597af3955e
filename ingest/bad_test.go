package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// badFixture returns the path of a file under fixtures/bad.
func badFixture(name string) string { return filepath.Join("..", "fixtures", "bad", name) }

// Every file of the bad-input set is refused with a worded problem that
// names it, quickly. (news-page.html is read: that it is no report is
// decided after extraction, in package report.)
func TestBadFixtures(t *testing.T) {
	for name, want := range map[string]string{
		"empty.txt":     "文件为空",
		"binary.bin":    "二进制数据",
		"truncated.pdf": problemPDFCorrupt,
		"scanned.pdf":   "扫描件，没有文字层",
		"encrypted.pdf": problemPDFEncrypted,
		"bomb.docx":     "压缩炸弹",
		"legacy.doc":    "请另存为 .docx 或 PDF",
	} {
		t.Run(name, func(t *testing.T) {
			path := badFixture(name)
			_, err := Read(path)
			var e *Error
			if !errors.As(err, &e) || e.Path != path || !strings.Contains(e.Problem, want) {
				t.Fatalf("got %v, want an *Error for %s saying %q", err, path, want)
			}
		})
	}
}

// A file over MaxFileSize is refused from its size alone, without reading
// it: a 200 MB sparse file costs no disk and no memory.
func TestFileTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.pdf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = Read(path)
	wantProblem(t, err, path, "文件过大（200 MB，上限 100 MB），不像是一份年度报告")
}

// The GBK copy of sh-office-2019.html reads as the UTF-8 original: the
// same lines and the same table cells.
func TestGBKFixture(t *testing.T) {
	gbk, err := Read(badFixture("gbk-sh-office-2019.html"))
	if err != nil {
		t.Fatal(err)
	}
	utf, err := Read(fixture("sh-office-2019.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(gbk.Tables) != 3 || !reflect.DeepEqual(tableCells(gbk), tableCells(utf)) {
		t.Errorf("the GBK page's %d tables differ from the UTF-8 page's %d", len(gbk.Tables), len(utf.Tables))
	}
	if !reflect.DeepEqual(texts(gbk), texts(utf)) {
		t.Errorf("the GBK page's text differs from the UTF-8 page's")
	}
	if gbk.Title != "2019年上海市人民政府办公厅政府信息公开工作年度报告" {
		t.Errorf("title %q", gbk.Title)
	}
}

// tableCells returns the grids of d's tables.
func tableCells(d *Document) [][][]string {
	var out [][][]string
	for _, t := range d.Tables {
		out = append(out, t.Cells)
	}
	return out
}

// A PDF read under a context that is done stops with the timeout problem,
// and the engine reads the next file normally.
func TestPDFContextDeadline(t *testing.T) {
	data := readFixture(t, "huaian-2024.pdf")
	readReport(t, "hongze-2023.pdf") // start the engine outside the limit
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := ParseContext(ctx, "slow.pdf", data)
	var e *Error
	if errors.As(err, &e) && e.Problem == problemPDFBusy {
		t.Skip("no PDFium instance within 20 ms on this machine")
	}
	wantProblem(t, err, "slow.pdf", problemPDFTimeout)
	readReport(t, "hongze-2023.pdf")
}

// A stream without a size (a pipe, a device) is read up to MaxFileSize
// and no further.
func TestReadCapped(t *testing.T) {
	old := MaxFileSize
	MaxFileSize = 1 << 20
	defer func() { MaxFileSize = old }()
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	_, err := Read("/dev/zero")
	wantProblem(t, err, "/dev/zero", "文件过大（超过 1 MB 上限），不像是一份年度报告")
}
