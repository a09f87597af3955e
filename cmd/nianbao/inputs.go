package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// extensions are the file types taken from folders; a file named on the
// command line is read whatever its extension.
var extensions = map[string]bool{
	".txt": true, ".md": true, ".html": true, ".htm": true, ".shtml": true,
	".pdf": true, ".docx": true, ".doc": true, ".json": true,
}

// source is one input to audit.
type source struct {
	path     string
	named    bool   // named on the command line (not found in a folder)
	problem  string // set when the argument yields nothing to read
	override overrides
}

// collect expands the arguments into sources, in order: a file as named, a
// folder's supported files recursively, in sorted order, skipping hidden
// ones, and a wildcard pattern's matches (expandGlob).
func collect(args []string) []source {
	var out []source
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil && isPattern(arg) {
			out = append(out, expandGlob(arg)...)
			continue
		}
		if err != nil || !st.IsDir() {
			out = append(out, source{path: arg, named: true})
			continue
		}
		found := walk(arg)
		if len(found) == 0 {
			found = []source{{path: arg, named: true, problem: "文件夹中没有可检查的年报文件（" + supportedList + "）"}}
		}
		out = append(out, found...)
	}
	return out
}

// walk lists the supported files under dir; WalkDir visits in lexical order.
func walk(dir string) []source {
	var out []source
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch {
		case err != nil:
			out = append(out, source{path: path, problem: "无法读取：" + err.Error()})
		case !d.IsDir() && extensions[strings.ToLower(filepath.Ext(path))]:
			out = append(out, source{path: path})
		}
		return nil
	})
	return out
}
