// Package render writes an engine.Audit in one output format. Every format
// is one file that registers a constructor in init; all read the same Audit.
package render

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/nianbao/nianbao/engine"
)

// Renderer writes an audit in one format.
type Renderer interface {
	Render(w io.Writer, a *engine.Audit) error
}

// Options are the settings every renderer receives.
type Options struct {
	// Color turns on ANSI colours; only set it when writing to a terminal.
	Color bool
}

// Constructor makes a renderer of one format.
type Constructor func(Options) Renderer

var (
	formats = map[string]Constructor{}
	binary  = map[string]bool{} // formats whose output is not text
)

// register adds a format; each format file calls it from init.
func register(name string, c Constructor) { formats[name] = c }

// New returns the renderer of the named format, or an error (in Chinese)
// listing the formats there are.
func New(format string, opts Options) (Renderer, error) {
	c, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("不支持的输出格式 %q（可用：%s）", format, strings.Join(Formats(), "、"))
	}
	return c(opts), nil
}

// Formats lists the names of the registered formats, sorted.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Binary reports whether the named format writes binary data, which must
// go to a file rather than a terminal.
func Binary(format string) bool { return binary[format] }
