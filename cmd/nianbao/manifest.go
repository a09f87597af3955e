package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// manifest gives per-file metadata for a batch (--manifest): a CSV with the
// columns file,agency,level,year,published. A file is matched by its path
// (relative to the manifest's folder or to the working directory) or, when
// no two rows share it, by its base name.
type manifest struct {
	byPath map[string]overrides
	byBase map[string][]overrides
}

var manifestColumns = []string{"file", "agency", "level", "year", "published"}

// readManifest parses the manifest file at path.
func readManifest(path string) (*manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fail("无法读取清单文件 %s：%v", path, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, fail("清单文件 %s 不是 UTF-8 编码：请另存为 UTF-8 CSV", path)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord, cr.TrimLeadingSpace = -1, true
	records, err := cr.ReadAll()
	if err != nil {
		return nil, fail("清单文件 %s 不是有效的 CSV：%v", path, err)
	}
	return buildManifest(path, records)
}

func buildManifest(path string, records [][]string) (*manifest, error) {
	m := &manifest{byPath: map[string]overrides{}, byBase: map[string][]overrides{}}
	cols, start, err := header(path, records)
	if err != nil {
		return nil, err
	}
	for i := start; i < len(records); i++ {
		file, o, err := row(records[i], cols)
		if err != nil {
			return nil, fail("清单文件 %s 第%d行：%v", path, i+1, err)
		}
		if file == "" {
			continue
		}
		m.add(filepath.Dir(path), file, o)
	}
	return m, nil
}

// header maps column names to positions. Without a header row the columns
// are in the documented order.
func header(path string, records [][]string) (map[string]int, int, error) {
	cols := map[string]int{}
	if len(records) == 0 || strings.ToLower(strings.TrimSpace(records[0][0])) != "file" {
		for i, c := range manifestColumns {
			cols[c] = i
		}
		return cols, 0, nil
	}
	for i, name := range records[0] {
		name = strings.ToLower(strings.TrimSpace(name))
		if !slices.Contains(manifestColumns, name) {
			return nil, 0, fail("清单文件 %s 第1行：未知的列“%s”（可用：%s）", path, name, strings.Join(manifestColumns, ","))
		}
		cols[name] = i
	}
	return cols, 1, nil
}

// row reads one record into a file name and its overrides.
func row(rec []string, cols map[string]int) (string, overrides, error) {
	get := func(name string) string {
		if i, ok := cols[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	o := overrides{Agency: get("agency"), Level: get("level"), Published: get("published"), from: "manifest"}
	if y := get("year"); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil {
			return "", o, fmt.Errorf("年度“%s”不是整数", y)
		}
		o.Year = n
	}
	for _, check := range []error{checkLevel(o.Level), checkYear(o.Year), checkDate(o.Published)} {
		if check != nil {
			return "", o, check
		}
	}
	return get("file"), o, nil
}

func (m *manifest) add(dir, file string, o overrides) {
	for _, p := range []string{file, filepath.Join(dir, file)} {
		if abs, err := filepath.Abs(p); err == nil {
			m.byPath[abs] = o
		}
	}
	base := filepath.Base(file)
	m.byBase[base] = append(m.byBase[base], o)
}

// lookup finds the overrides for an input path.
func (m *manifest) lookup(path string) (overrides, bool) {
	if m == nil {
		return overrides{}, false
	}
	if abs, err := filepath.Abs(path); err == nil {
		if o, ok := m.byPath[abs]; ok {
			return o, true
		}
	}
	if rows := m.byBase[filepath.Base(path)]; len(rows) == 1 {
		return rows[0], true
	}
	return overrides{}, false
}
