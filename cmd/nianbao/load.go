package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// errNotModel marks a .json file found in a folder that is not a model dump
// (e.g. expected results beside the reports); it is skipped, not an error.
var errNotModel = errors.New("not a model dump")

// load reads one source into a report model and applies the overrides.
// It returns the SHA-256 of the bytes read.
func load(src source, flags overrides) (*report.Report, string, error) {
	return loadContext(context.Background(), src, flags)
}

// loadContext is load that gives up reading a PDF when ctx is done.
func loadContext(ctx context.Context, src source, flags overrides) (*report.Report, string, error) {
	if src.problem != "" {
		return nil, "", &ingest.Error{Path: src.path, Problem: src.problem}
	}
	var (
		r   *report.Report
		err error
	)
	if strings.EqualFold(filepath.Ext(src.path), ".json") {
		r, err = loadModel(src)
	} else {
		r, err = extract(ctx, src.path)
	}
	if err != nil {
		return nil, "", err
	}
	src.override.apply(&r.Meta)
	flags.apply(&r.Meta)
	r.Meta.Expected = report.ExpectedTemplate(r.Meta.Year)
	return r, r.Meta.Source.SHA256, nil
}

// extract reads a report file into the model; a document that is not an
// annual report at all is refused, naming what is missing.
func extract(ctx context.Context, path string) (*report.Report, error) {
	doc, err := ingest.ReadContext(ctx, path)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r := report.Extract(doc)
	if why := r.NotReport(); why != "" {
		return nil, &ingest.Error{Path: path, Problem: why}
	}
	return r, nil
}

// loadModel reads a model dump written by `nianbao parse`, perhaps corrected
// by hand. Unknown fields are refused so that a misspelt key is not ignored.
func loadModel(src source) (*report.Report, error) {
	data, err := readLimited(src.path)
	if err != nil {
		return nil, err
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(data, &probe) != nil || (probe["meta"] == nil && probe["tables"] == nil) {
		if !src.named {
			return nil, errNotModel
		}
		return nil, &ingest.Error{Path: src.path, Problem: "这个 JSON 文件不是 nianbao parse 输出的报告模型（没有 meta 或 tables）"}
	}
	r := &report.Report{}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(r); err != nil {
		return nil, &ingest.Error{Path: src.path, Problem: "报告模型 JSON 有误：" + err.Error()}
	}
	fillModel(r, src.path, data)
	return r, nil
}

// fillModel completes a hand-edited model: the source is the dump itself
// and absent tables are empty.
func fillModel(r *report.Report, path string, data []byte) {
	sum := sha256.Sum256(data)
	if r.Meta.Source.File == "" {
		r.Meta.Source.File = path
	}
	r.Meta.Source.SHA256 = hex.EncodeToString(sum[:])
	t := &r.Tables
	if t.Active == nil {
		t.Active = map[string]*report.Cell{}
	}
	if t.Applications == nil {
		t.Applications = map[string]map[string]*report.Cell{}
	}
	if t.Review == nil {
		t.Review = map[string]map[string]*report.Cell{}
	}
}

func readLimited(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, &ingest.Error{Path: path, Problem: "无法读取文件", Err: err}
	}
	if st.Size() > ingest.MaxFileSize {
		return nil, &ingest.Error{Path: path, Problem: "文件过大"}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &ingest.Error{Path: path, Problem: "无法读取文件", Err: err}
	}
	return data, nil
}
