package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// badSet is every file of fixtures/bad that cannot be audited, with what
// its error must say.
var badSet = map[string]string{
	"empty.txt":      "文件为空",
	"binary.bin":     "文件是二进制数据",
	"truncated.pdf":  "PDF 文件已损坏或不完整",
	"scanned.pdf":    "扫描件，没有文字层",
	"encrypted.pdf":  "PDF 文件已加密（需要密码）",
	"bomb.docx":      "可能是压缩炸弹，已拒绝",
	"legacy.doc":     "请另存为 .docx 或 PDF",
	"news-page.html": "不是政府信息公开工作年度报告：未找到",
}

// sparseFile makes a file of size bytes that takes no room on disk.
func sparseFile(t *testing.T, name string, size int64) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	return path
}

// The whole bad-input set with one good report: every bad file is named
// with its reason, in the output and on stderr; the good report and the
// GBK page are scored; the exit status is 2.
func TestAuditBadInputSet(t *testing.T) {
	huge := sparseFile(t, "huge.pdf", 200<<20)
	want := map[string]string{huge: "文件过大（200 MB，上限 100 MB）"}
	for name, msg := range badSet {
		want[badDir+"/"+name] = msg
	}
	gbk := badDir + "/gbk-sh-office-2019.html"
	args := []string{"audit", "--format", "json", huge, gbk, goodReport}
	for name := range badSet {
		args = append(args, badDir+"/"+name)
	}
	r := nianbao(t, nil, args...).must(t, 2)
	var got auditJSON
	r.decode(t, &got)
	scored := map[string]bool{}
	for _, rep := range got.Reports {
		if msg, bad := want[rep.File]; bad {
			if !strings.HasPrefix(rep.Error, rep.File+": ") || !strings.Contains(rep.Error, msg) || rep.Score != nil {
				t.Errorf("%s: error %q, want it named and %q", rep.File, rep.Error, msg)
			}
			if !strings.Contains(r.stderr, "nianbao：无法检查 "+rep.Error) {
				t.Errorf("stderr does not name %s", rep.File)
			}
			delete(want, rep.File)
		} else if rep.Score != nil {
			scored[rep.File] = true
		}
	}
	if len(want) > 0 || !scored[goodReport] || !scored[gbk] || len(got.Reports) != len(badSet)+3 {
		t.Errorf("%d reports; missing %v; scored %v", len(got.Reports), want, scored)
	}
	if strings.Contains(r.stderr, "内部错误") || strings.Contains(r.stdout, "内部错误") {
		t.Errorf("a bad file caused an internal error:\n%s", r.stderr)
	}
}

// The GBK page scores exactly as its UTF-8 original.
func TestAuditGBKPage(t *testing.T) {
	var gbk, utf auditJSON
	nianbao(t, nil, "audit", "--format", "json", badDir+"/gbk-sh-office-2019.html").must(t, 0).decode(t, &gbk)
	nianbao(t, nil, "audit", "--format", "json", "../../fixtures/reports/sh-office-2019.html").must(t, 0).decode(t, &utf)
	g, u := gbk.Reports[0], utf.Reports[0]
	if g.Score == nil || u.Score == nil || *g.Score != *u.Score || fmt.Sprint(g.Results) != fmt.Sprint(u.Results) {
		t.Errorf("GBK page scored %v: %v\nUTF-8 page %v: %v", g.Score, g.Results, u.Score, u.Results)
	}
}

// copyFile copies src to dst, making dst's folder.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// reportsFolder fills a fresh folder with n copies of the fixture reports,
// in nested folders: text, Markdown, HTML and Word copies, and a PDF in
// every pdfEvery. It returns the folder.
func reportsFolder(t *testing.T, n, pdfEvery int) string {
	t.Helper()
	dir := t.TempDir()
	plain := []string{"gz-xiezuo-2022.txt", "pingtan-2021.txt", "pingtan-2022.txt", "sh-kewei-2024.md",
		"sh-office-2019.html", "sh-office-2019.docx", "pingtan-2019.txt"}
	pdfs := []string{"hongze-2024.pdf", "huaian-2024.pdf", "hongze-2023.pdf"}
	for i := range n {
		name := plain[i%len(plain)]
		if pdfEvery > 0 && i%pdfEvery == pdfEvery-1 {
			name = pdfs[(i/pdfEvery)%len(pdfs)]
		}
		dst := filepath.Join(dir, fmt.Sprintf("batch%02d", i/10), fmt.Sprintf("%03d-%s", i, name))
		copyFile(t, filepath.Join("../../fixtures/reports", name), dst)
	}
	return dir
}

// A folder of 60 reports and one broken file: 60 scored, the broken one
// named with its reason, exit 2.
func TestAuditFolderOf60(t *testing.T) {
	dir := reportsFolder(t, 60, 30)
	broken := filepath.Join(dir, "batch03", "broken.pdf")
	copyFile(t, badDir+"/truncated.pdf", broken)
	r := nianbao(t, nil, "audit", "--format", "json", dir).must(t, 2)
	var got auditJSON
	r.decode(t, &got)
	scored, pdfs := 0, 0
	for _, rep := range got.Reports {
		switch {
		case rep.File == broken:
			if !strings.Contains(rep.Error, broken+": PDF 文件已损坏或不完整") {
				t.Errorf("broken file: %q", rep.Error)
			}
		case rep.Score != nil:
			scored++
			if strings.HasSuffix(rep.File, ".pdf") {
				pdfs++
			}
		default:
			t.Errorf("%s: not scored: %s", rep.File, rep.Error)
		}
	}
	if scored != 60 || pdfs != 2 || len(got.Reports) != 61 {
		t.Errorf("%d reports, %d scored (%d PDFs), want 61, 60 (2)", len(got.Reports), scored, pdfs)
	}
	if !strings.Contains(r.stderr, "1 个文件无法检查："+broken) {
		t.Errorf("stderr:\n%s", r.stderr)
	}
}

// Wildcards the shell left alone are expanded like a shell would; one that
// matches nothing is an error naming it, and the rest are audited.
func TestAuditGlob(t *testing.T) {
	dir := reportsFolder(t, 4, 0)
	copyFile(t, goodReport, filepath.Join(dir, "batch00", ".hidden.txt"))
	none := filepath.Join(dir, "*.pdf")
	r := nianbao(t, nil, "audit", "--format", "json", filepath.Join(dir, "*", "*.txt"), none, filepath.Join(dir, "batch0[")).must(t, 2)
	var got auditJSON
	r.decode(t, &got)
	var files []string
	for _, rep := range got.Reports {
		files = append(files, strings.TrimPrefix(rep.File, dir+"/")+" "+rep.Error)
	}
	want := []string{"batch00/000-gz-xiezuo-2022.txt ", "batch00/001-pingtan-2021.txt ", "batch00/002-pingtan-2022.txt ",
		"*.pdf " + none + ": 没有与通配符“" + none + "”匹配的文件",
		"batch0[ " + dir + "/batch0[: 通配符“" + dir + "/batch0[”写法有误（方括号是否成对？）"}
	if strings.Join(files, "\n") != strings.Join(want, "\n") {
		t.Errorf("audited\n%s\nwant\n%s", strings.Join(files, "\n"), strings.Join(want, "\n"))
	}
}
