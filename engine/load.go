package engine

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nianbao/nianbao/rules"
)

// loadFiles decodes the embedded packs and then the extra ones, in order.
// It returns the files, how many are embedded, and every error found.
func loadFiles(paths []string) ([]*packFile, int, []*RuleError) {
	var files []*packFile
	var errs []*RuleError
	names, _ := fs.Glob(rules.FS, "*.yaml")
	sort.Strings(names)
	for _, n := range names {
		src, _ := fs.ReadFile(rules.FS, n)
		pf, e := decodeFile("rules/"+n, src, rules.FS, ".")
		files, errs = append(files, pf), append(errs, e...)
	}
	embedded := len(files)
	for _, p := range expandPaths(paths, &errs) {
		src, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, &RuleError{File: p, Msg: err.Error()})
			continue
		}
		pf, e := decodeFile(p, src, os.DirFS(filepath.Dir(p)), ".")
		files, errs = append(files, pf), append(errs, e...)
	}
	return files, embedded, errs
}

func decodeFile(name string, src []byte, fsys fs.FS, dir string) (*packFile, []*RuleError) {
	d := &decoder{file: name, lines: splitLines(src)}
	pf := decodePack(d, src, fsys, dir)
	return pf, d.errs
}

// expandPaths lists the YAML files of the given files and folders.
func expandPaths(paths []string, errs *[]*RuleError) []string {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			*errs = append(*errs, &RuleError{File: p, Msg: err.Error()})
			continue
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		_ = filepath.WalkDir(p, func(q string, de fs.DirEntry, err error) error {
			ext := strings.ToLower(path.Ext(q))
			if err == nil && !de.IsDir() && (ext == ".yaml" || ext == ".yml") {
				found = append(found, q)
			}
			return nil
		})
		sort.Strings(found)
		out = append(out, found...)
	}
	return out
}

// merge applies the extra packs: a pack with a loaded pack's id replaces
// it; a rule of a new pack with the id of a loaded rule replaces that rule
// in every pack that has it, and leaves the new pack.
func merge(files []*packFile, embedded int) []*packFile {
	var out []*packFile
	index := map[string]int{}
	for i, f := range files {
		if j, ok := index[f.info.ID]; ok {
			out[j] = f
			continue
		}
		if i >= embedded {
			f.rules = overrideRules(out, f.rules)
		}
		index[f.info.ID] = len(out)
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].info.ID < out[j].info.ID })
	return out
}

// overrideRules puts each rule in place of the rules with its id in packs,
// returning the rules that replaced nothing.
func overrideRules(packs []*packFile, rs []*ruleSpec) []*ruleSpec {
	var keep []*ruleSpec
	for _, r := range rs {
		replaced := false
		for _, p := range packs {
			for j, old := range p.rules {
				if old.id == r.id {
					p.rules[j], replaced = r, true
				}
			}
		}
		if !replaced {
			keep = append(keep, r)
		}
	}
	return keep
}
