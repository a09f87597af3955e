package render

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

func TestMarkdownGolden(t *testing.T) {
	golden(t, "audit.md.golden", renderFormat(t, "md", sampleAudit()))
}

// unescapedPipe is a | not preceded by a backslash.
var unescapedPipe = regexp.MustCompile(`(^|[^\\])\|`)

// Every row of a table has as many cell separators as its header (a | or a
// line break in a message does not split or end a row), and the columns
// line up in the source by display width.
func TestMarkdownTablesHold(t *testing.T) {
	out := string(renderFormat(t, "md", sampleAudit()))
	cond := runewidth.NewCondition()
	cond.EastAsianWidth = false
	want, width, tables := -1, -1, 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			want, width = -1, -1
			continue
		}
		n := len(unescapedPipe.FindAllString(strings.ReplaceAll(line, "||", "| |"), -1))
		if want < 0 {
			want, tables = n, tables+1
		}
		if n != want || !strings.HasSuffix(line, "|") {
			t.Errorf("row has %d separators, its header %d: %s", n, want, line)
		}
		if w := cond.StringWidth(line); width < 0 {
			width = w
		} else if w != width {
			t.Errorf("row is %d columns wide, its header %d: %s", w, width, line)
		}
	}
	if tables != 5 {
		t.Errorf("found %d tables, want 5 (summary; categories and results of two reports)", tables)
	}
}

// Markup in a report's text is shown as text, not run or rendered.
func TestMarkdownEscapes(t *testing.T) {
	out := string(renderFormat(t, "md", sampleAudit()))
	for _, raw := range []string{"<script>", "<b>", "</b>", " & "} {
		if strings.Contains(out, raw) {
			t.Errorf("output contains raw %q", raw)
		}
	}
	for _, want := range []string{
		`加强\<script\>alert("x")\</script\>学习」\| 未列出具体措施`,
		"    > 一是学习不够深入，\n    > 二是措施 \"不够\" 具体, 有待 \\<b\\>加强\\</b\\> \\& 改进\n",
		"- **OVERVIEW-COVERAGE** 总体情况涵盖五个方面（不通过（已豁免））",
		"## fixtures/bad/empty.txt\n\n**无法读取**：fixtures/bad/empty.txt: 文件为空\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// The rule table cuts a long message; the findings give it whole.
func TestMarkdownBriefInTable(t *testing.T) {
	out := string(renderFormat(t, "md", sampleAudit()))
	msg := explanation(sampleAudit().Reports[0].Results[2])
	cut := narrow.Truncate(msg, briefWidth, "…（详见下文）")
	if !strings.Contains(out, "| "+cut+" |") || !strings.Contains(out, "（不通过）："+msg+"\n") {
		t.Errorf("APP-BALANCE: want %q in the table and the whole message among the findings", cut)
	}
}

func TestMarkdownLineStart(t *testing.T) {
	for in, want := range map[string]string{"- 一": `\- 一`, "12. 二": `12\. 二`, "3) 三": `3\) 三`, "2023年": "2023年", "-1": "-1"} {
		if got := mdLineStart(in); got != want {
			t.Errorf("mdLineStart(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownDeterministic(t *testing.T) {
	if !bytes.Equal(renderFormat(t, "md", sampleAudit()), renderFormat(t, "md", sampleAudit())) {
		t.Error("two renderings differ")
	}
}
