package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A batch with unreadable files still audits the good one, names every bad
// one, and exits 2.
func TestAuditBatchWithBadFiles(t *testing.T) {
	bad := []string{badDir + "/empty.txt", badDir + "/binary.bin", badDir + "/truncated.pdf"}
	r := nianbao(t, nil, append(append([]string{"audit"}, bad...), goodReport)...).must(t, 2)
	for _, f := range bad {
		if !strings.Contains(r.stderr, f) {
			t.Errorf("stderr does not name %s:\n%s", f, r.stderr)
		}
		if !strings.Contains(r.stdout, "文件："+f+"\n错误："+f) {
			t.Errorf("table does not list %s with its error:\n%s", f, r.stdout)
		}
	}
	if !regexp.MustCompile(`得分/等级：\d+\.\d／\S+`).MatchString(r.stdout) {
		t.Errorf("the good report has no score:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "汇总：共 4 份报告，其中 3 份无法读取") {
		t.Errorf("no summary of the batch:\n%s", r.stdout)
	}
}

// Each bad file's error says what is wrong with it, in Chinese.
func TestAuditBadFileMessages(t *testing.T) {
	want := map[string]string{"empty.txt": "文件为空", "binary.bin": "二进制", "truncated.pdf": "PDF"}
	args := []string{"audit", "--format", "json"}
	for name := range want {
		args = append(args, badDir+"/"+name)
	}
	r := nianbao(t, nil, args...).must(t, 2)
	var got auditJSON
	r.decode(t, &got)
	if len(got.Reports) != len(want) {
		t.Fatalf("%d reports, want %d", len(got.Reports), len(want))
	}
	for _, rep := range got.Reports {
		name := filepath.Base(rep.File)
		if !strings.Contains(rep.Error, rep.File) || !strings.Contains(rep.Error, want[name]) {
			t.Errorf("%s: error %q should name the file and say %q", name, rep.Error, want[name])
		}
		if rep.Score != nil {
			t.Errorf("%s: unreadable but scored %v", name, *rep.Score)
		}
	}
}

// A folder is read recursively in sorted order, skipping hidden files and
// JSON files that are not model dumps.
func TestAuditFolder(t *testing.T) {
	dir := t.TempDir()
	report, err := os.ReadFile(goodReport)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"b/2.txt", "a.txt", ".hidden.txt", ".git/x.txt", "notes.json", "c.xyz"} {
		content := report
		if name == "notes.json" {
			content = []byte(`{"expected": true}`)
		}
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got auditJSON
	nianbao(t, nil, "audit", "--format", "json", dir).must(t, 0).decode(t, &got)
	var files []string
	for _, r := range got.Reports {
		files = append(files, strings.TrimPrefix(r.File, dir+"/"))
	}
	if strings.Join(files, " ") != "a.txt b/2.txt" {
		t.Errorf("audited %v, want [a.txt b/2.txt]", files)
	}
}

// The order and bytes of the output do not depend on the number of workers.
func TestAuditDeterministic(t *testing.T) {
	args := []string{"audit", "--format", "json", goodReport, badDir, goodReport}
	one := nianbao(t, nil, append(args, "--jobs", "1")...)
	many := nianbao(t, nil, append(args, "--jobs", "8")...)
	if one.stdout != many.stdout {
		t.Error("--jobs 1 and --jobs 8 printed different output")
	}
}

// --output writes the file and nothing to stdout.
func TestAuditOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "结果.json")
	r := nianbao(t, nil, "audit", "--format", "json", "--output", out, goodReport).must(t, 0)
	if r.stdout != "" {
		t.Errorf("stdout = %q, want nothing", r.stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), `"reports"`) {
		t.Errorf("output file: %v %.80s", err, data)
	}
}
