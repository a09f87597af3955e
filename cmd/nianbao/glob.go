package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// supportedList names the file types taken from folders and patterns.
const supportedList = "支持 .pdf .docx .doc .html .htm .shtml .txt .md 及 parse 输出的 .json"

// isPattern reports whether arg holds a wildcard of filepath.Match.
func isPattern(arg string) bool { return strings.ContainsAny(arg, "*?[") }

// expandGlob expands a pattern as a shell would (for shells that do not,
// or a quoted pattern): the files it matches are taken as if named, in
// sorted order, the folders it matches are walked, and hidden files are
// skipped unless the pattern asks for them. A pattern that matches
// nothing is a source with a problem naming it.
func expandGlob(pattern string) []source {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return []source{{path: pattern, named: true, problem: fmt.Sprintf("通配符“%s”写法有误（方括号是否成对？）", pattern)}}
	}
	var out []source
	for _, m := range matches {
		switch st, err := os.Stat(m); {
		case hiddenMatch(m, pattern):
		case err == nil && st.IsDir():
			out = append(out, walk(m)...)
		default:
			out = append(out, source{path: m, named: true})
		}
	}
	if len(out) == 0 {
		return []source{{path: pattern, named: true, problem: fmt.Sprintf("没有与通配符“%s”匹配的文件", pattern)}}
	}
	return out
}

// hiddenMatch reports whether m is a hidden file the pattern did not ask
// for by a leading dot, as shells do.
func hiddenMatch(m, pattern string) bool {
	return strings.HasPrefix(filepath.Base(m), ".") && !strings.HasPrefix(filepath.Base(pattern), ".")
}
