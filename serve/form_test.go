package serve

import (
	"strings"
	"testing"
)

func TestCleanName(t *testing.T) {
	cases := map[string]string{
		"年报.pdf": "年报.pdf",
		`C:\Users\张三\Desktop\2022年报.docx`: "2022年报.docx",
		"../../etc/passwd":                "passwd",
		"a\x00b\nc.txt":                   "abc.txt",
		"":                                "上传的文件",
		"/":                               "上传的文件",
		"  ":                              "上传的文件",
	}
	for in, want := range cases {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
	long := cleanName(strings.Repeat("年", 300) + ".pdf")
	if n := len([]rune(long)); n != 120 || !strings.HasSuffix(long, ".pdf") {
		t.Errorf("a long name becomes %d characters %q…, want the last 120", n, long[:9])
	}
}
