package render

import (
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// Column describes one column of a Grid.
type Column struct {
	Header string
	Align  tw.Align // tw.AlignLeft when empty
	Max    int      // wrap (never cut) cells wider than this many display columns; 0: no limit
}

// Grid writes rows under the columns' headers as a bordered table. Widths
// are display widths (a Han character is two columns) and long cells wrap.
func Grid(w io.Writer, cols []Column, rows [][]string) error {
	t := tablewriter.NewTable(w, gridOptions(cols)...)
	headers := make([]string, len(cols))
	for i, c := range cols {
		headers[i] = c.Header
	}
	t.Header(headers)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}

func gridOptions(cols []Column) []tablewriter.Option {
	aligns := make([]tw.Align, len(cols))
	widths := tw.NewMapper[int, int]()
	for i, c := range cols {
		aligns[i] = c.Align
		if aligns[i] == "" {
			aligns[i] = tw.AlignLeft
		}
		if c.Max > 0 {
			widths.Set(i, c.Max)
		}
	}
	return []tablewriter.Option{
		// East-Asian mode would count box-drawing characters as two columns.
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowConfig(tw.CellConfig{
			Formatting:   tw.CellFormatting{AutoWrap: tw.WrapBreak},
			Padding:      tw.CellPadding{Global: tw.PaddingDefault},
			Alignment:    tw.CellAlignment{PerColumn: aligns},
			ColMaxWidths: tw.CellWidth{PerColumn: widths},
		}),
	}
}
