package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Rows match by path relative to the manifest, or by a base name that no
// other row shares.
func TestManifestLookup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.csv")
	csv := "2022/a.pdf,甲局,department,2022,\n2023/a.pdf,乙局,department,2023,\nb.txt,丙局,government,2021,2022-03-01\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := readManifest(path)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ input, agency string }{
		{filepath.Join(dir, "2023/a.pdf"), "乙局"},
		{"elsewhere/a.pdf", ""}, // two rows are named a.pdf
		{"elsewhere/b.txt", "丙局"},
	}
	for _, c := range cases {
		o, _ := m.lookup(c.input)
		if o.Agency != c.agency {
			t.Errorf("lookup(%s).Agency = %q, want %q", c.input, o.Agency, c.agency)
		}
	}
	if o, _ := m.lookup("b.txt"); o.Year != 2021 || o.Published != "2022-03-01" || o.Level != "government" {
		t.Errorf("b.txt: %+v", o)
	}
}

func TestManifestErrors(t *testing.T) {
	cases := map[string]string{
		"file,agency,colour\n":                  "未知的列“colour”",
		"file,year\nx.pdf,二〇二二\n":               "第2行：年度“二〇二二”不是整数",
		"x.pdf,某局,department,2022,2023/01/31\n": "第1行：发布日期“2023/01/31”无效",
		"\xb0\xb2\xbb\xd5,\n":                   "不是 UTF-8 编码",
	}
	for csv, want := range cases {
		path := filepath.Join(t.TempDir(), "m.csv")
		os.WriteFile(path, []byte(csv), 0o644)
		_, err := readManifest(path)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
			t.Errorf("manifest %q: error %v, want it to name the file and say %q", csv, err, want)
		}
	}
}
