package render

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/nianbao/nianbao/compare"
)

// CompareRenderer writes a comparison (`nianbao compare`) in one format.
type CompareRenderer interface {
	RenderComparison(w io.Writer, c *compare.Comparison) error
}

// CompareConstructor makes a comparison renderer of one format.
type CompareConstructor func(Options) CompareRenderer

var compareFormats = map[string]CompareConstructor{}

// registerCompare adds a comparison format; each compare_*.go file calls it
// from init. A binary format is marked by its audit counterpart.
func registerCompare(name string, c CompareConstructor) { compareFormats[name] = c }

// NewCompare returns the comparison renderer of the named format, or an
// error (in Chinese) that says why not: sarif lists findings for code
// scanning and has no place for a comparison.
func NewCompare(format string, opts Options) (CompareRenderer, error) {
	if format == "sarif" {
		return nil, fmt.Errorf("compare 不支持 sarif 格式：SARIF 用于向代码扫描平台报告逐条发现，无法表达多份报告的比较；"+
			"请用 %s，或用 audit --format sarif 输出各报告的发现", strings.Join(CompareFormats(), "、"))
	}
	c, ok := compareFormats[format]
	if !ok {
		return nil, fmt.Errorf("compare 不支持输出格式 %q（可用：%s）", format, strings.Join(CompareFormats(), "、"))
	}
	return c(opts), nil
}

// CompareFormats lists the names of the comparison formats, sorted.
func CompareFormats() []string {
	names := make([]string, 0, len(compareFormats))
	for n := range compareFormats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
