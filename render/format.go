package render

import (
	"fmt"
	"io"
	"strconv"

	"github.com/nianbao/nianbao/engine"
)

func countsLine(c engine.Counts) string {
	return fmt.Sprintf("通过 %d　不通过 %d　不适用 %d　需人工 %d　错误 %d", c.Pass, c.Fail, c.NA, c.Manual, c.Error)
}

func countCells(c engine.Counts) []string {
	return []string{strconv.Itoa(c.Pass), strconv.Itoa(c.Fail), strconv.Itoa(c.NA), strconv.Itoa(c.Manual), strconv.Itoa(c.Error)}
}

func year(y int) string {
	if y == 0 {
		return "—"
	}
	return strconv.Itoa(y)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// lineRef is "第N行", or "" for line 0.
func lineRef(n int) string {
	if n <= 0 {
		return ""
	}
	return "第" + strconv.Itoa(n) + "行"
}

func joinSpace(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// errWriter keeps the first write error so the renderer can print freely.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (e *errWriter) grid(cols []Column, rows [][]string) {
	if e.err == nil {
		e.err = Grid(e.w, cols, rows)
	}
}
