package render

import (
	"io"

	"github.com/nianbao/nianbao/compare"
)

func init() { registerCompare("md", func(Options) CompareRenderer { return CompareMarkdown{} }) }

// CompareMarkdown renders a comparison for a ticket or a wiki page: the
// same parts as the table, as headings and pipe tables. Text from reports
// is escaped so it cannot turn into markup.
type CompareMarkdown struct{}

// RenderComparison writes the comparison as Markdown.
func (CompareMarkdown) RenderComparison(w io.Writer, c *compare.Comparison) error {
	ew := &errWriter{w: w}
	ew.printf("# 政府信息公开工作年度报告比较\n\n%s\n", md(toolLine(c.Tool)))
	return writeComparison(mdSink{ew}, painter{}, c)
}

// mdSink writes the parts of a comparison as Markdown.
type mdSink struct{ ew *errWriter }

func (s mdSink) title(t string)                      { s.ew.printf("\n%s\n", md(t)) }
func (s mdSink) section(t string)                    { s.ew.printf("\n## %s\n", md(t)) }
func (s mdSink) subsection(t string)                 { s.ew.printf("\n### %s\n\n", md(t)) }
func (s mdSink) pair(t string)                       { s.ew.printf("\n### %s\n", md(t)) }
func (s mdSink) caption(t string)                    { s.ew.printf("\n**%s**\n\n", md(t)) }
func (s mdSink) grid(cols []Column, rows [][]string) { mdTable(s.ew, cols, rows) }
func (s mdSink) none()                               { s.ew.printf("（无）\n") }
func (s mdSink) item(t string)                       { s.ew.printf("- %s\n", md(oneLine(t))) }
func (s mdSink) err() error                          { return s.ew.err }
