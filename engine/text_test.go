package engine

import (
	"strings"
	"testing"
)

// TestQuote finds a normalised phrase and quotes its sentence as written,
// with the line it is on.
func TestQuote(t *testing.T) {
	src := "第一句。\n部分解读材料未能在政策文件公开后 ３ 个工作\n日内公开；其他。"
	nt := newNormText("problems", src, 100)
	pat := normalise("未能在政策文件公开后3个工作日内")
	i := strings.Index(nt.norm, pat)
	q, line := nt.quote(i, i+len(pat))
	if q != "部分解读材料未能在政策文件公开后３个工作日内公开；" || line != 101 {
		t.Errorf("%q line %d", q, line)
	}
	if q, _ := newNormText("x", "", 1).quote(0, 0); q != "" {
		t.Errorf("empty text quoted %q", q)
	}
	if n := numeralValue("（三）"); n != 3 {
		t.Errorf("numeral %d", n)
	}
}
