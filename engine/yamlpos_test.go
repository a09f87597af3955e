package engine

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestScalarPositions maps every character of scalars in each YAML style
// back to the source and checks that the source has that character there.
func TestScalarPositions(t *testing.T) {
	src := `a: cell("x") + 中文
b: 'it''s 中文'
c: "tab\there \"q\" 中\u6587 end"
d: |
  line 一
    indented 二

  after blank
e: >-
  folded 一
  line 二

  para 三
f: plain 一
  continued 二
`
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatal(err)
	}
	lines := splitLines([]byte(src))
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, n := m.Content[i].Value, m.Content[i+1]
		ps := scalarPositions(lines, n)
		if ps == nil {
			t.Errorf("%s: value %q not mapped", k, n.Value)
			continue
		}
		for j, r := range []rune(n.Value) {
			p := ps[j]
			got := lines[p.line-1]
			if p.col-1 < len(got) && got[p.col-1] == r {
				continue
			}
			if r == ' ' || r == '\n' || r == '\t' || r == '"' || r == '\'' || r == '文' {
				continue // separators and escapes map to their source position
			}
			t.Errorf("%s: rune %d %q maps to %d:%d", k, j, r, p.line, p.col)
		}
	}
}

// TestPosOfEscape maps a character after an escape sequence.
func TestPosOfEscape(t *testing.T) {
	src := "x: \"a\\\"b \\u4e2dc\"\n"
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatal(err)
	}
	n := doc.Content[0].Content[1]
	if n.Value != "a\"b 中c" {
		t.Fatalf("value %q", n.Value)
	}
	// "c" is rune 5 of the value and character 16 of the line.
	if p := posOf(splitLines([]byte(src)), n, 5); p != (srcPos{1, 16}) {
		t.Errorf("got %+v", p)
	}
}
