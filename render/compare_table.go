package render

import (
	"io"

	"github.com/nianbao/nianbao/compare"
)

func init() {
	registerCompare("table", func(o Options) CompareRenderer { return &CompareTable{paint: newPainter(o.Color)} })
}

// CompareTable renders a comparison for people, as bordered grids: per
// agency its years (scores, rule × year, key cells, what changed from year
// to year), per year its ranking and agency × rule matrix, the pass rates,
// and the inputs left out.
type CompareTable struct{ paint painter }

// RenderComparison writes the comparison.
func (t *CompareTable) RenderComparison(w io.Writer, c *compare.Comparison) error {
	return writeComparison(&tableSink{ew: &errWriter{w: w}, paint: t.paint}, t.paint, c)
}

// tableSink writes the parts of a comparison as text and grids.
type tableSink struct {
	ew    *errWriter
	paint painter
}

func (s *tableSink) title(t string)                      { s.ew.printf("%s\n", t) }
func (s *tableSink) section(t string)                    { s.ew.printf("\n【%s】\n", t) }
func (s *tableSink) subsection(t string)                 { s.ew.printf("\n%s：\n", t) }
func (s *tableSink) pair(t string)                       { s.ew.printf("\n%s\n", t) }
func (s *tableSink) caption(t string)                    { s.ew.printf("%s：\n", t) }
func (s *tableSink) grid(cols []Column, rows [][]string) { s.ew.grid(cols, rows) }
func (s *tableSink) none()                               { s.ew.printf("  （无）\n") }
func (s *tableSink) item(t string)                       { s.ew.printf("  · %s\n", t) }
func (s *tableSink) err() error                          { return s.ew.err }
