package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nianbao/nianbao/engine"
)

// ledgerColumns are the columns of a ledger file (--ledger): one policy
// document a row, the date it was published and the date its
// interpretation was (empty when it has none), dates as YYYY-MM-DD.
var ledgerColumns = []string{"document", "published", "interpretation_published"}

// readLedger parses the ledger file at path; a mistake names the file and
// the line.
func readLedger(path string) ([]engine.LedgerEntry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fail("无法读取台账文件 %s：%v", path, err)
	}
	return parseLedger(path, data)
}

// parseLedger parses the bytes of the ledger file named path.
func parseLedger(path string, data []byte) ([]engine.LedgerEntry, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, fail("台账文件 %s 不是 UTF-8 编码：请另存为 UTF-8 CSV", path)
	}
	records, lines, err := readCSV(data)
	if err != nil {
		return nil, fail("台账文件 %s 不是有效的 CSV：%v", path, err)
	}
	cols, err := ledgerHeader(path, records)
	if err != nil {
		return nil, err
	}
	return ledgerRows(path, records[1:], lines[1:], cols)
}

// readCSV reads every record with the line it starts on.
func readCSV(data []byte) ([][]string, []int, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord, cr.TrimLeadingSpace = -1, true
	var records [][]string
	var lines []int
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return records, lines, nil
		}
		if err != nil {
			return nil, nil, err
		}
		line, _ := cr.FieldPos(0)
		records, lines = append(records, rec), append(lines, line)
	}
}

// ledgerHeader maps the header row's columns, which must be the three
// ledger columns in any order.
func ledgerHeader(path string, records [][]string) (map[string]int, error) {
	want := strings.Join(ledgerColumns, ",")
	if len(records) == 0 {
		return nil, fail("台账文件 %s 是空的：第1行应为表头 %s", path, want)
	}
	cols := map[string]int{}
	for i, name := range records[0] {
		cols[strings.ToLower(strings.TrimSpace(name))] = i
	}
	for _, c := range ledgerColumns {
		if _, ok := cols[c]; !ok || len(cols) != len(ledgerColumns) {
			return nil, fail("台账文件 %s 第1行：表头应为 %s，实为 %s", path, want, strings.Join(records[0], ","))
		}
	}
	return cols, nil
}

// ledgerRows reads the documents; blank rows are skipped.
func ledgerRows(path string, rows [][]string, lines []int, cols map[string]int) ([]engine.LedgerEntry, error) {
	var out []engine.LedgerEntry
	for i, rec := range rows {
		get := func(name string) string {
			if j := cols[name]; j < len(rec) {
				return strings.TrimSpace(rec[j])
			}
			return ""
		}
		l := engine.LedgerEntry{Document: get("document"), Published: get("published"),
			Interpretation: get("interpretation_published"), Line: lines[i]}
		if l == (engine.LedgerEntry{Line: l.Line}) {
			continue
		}
		if err := checkLedgerEntry(l); err != "" {
			return nil, fail("台账文件 %s 第%d行：%s", path, l.Line, err)
		}
		out = append(out, l)
	}
	return out, nil
}

// checkLedgerEntry says what is wrong with a row, "" when nothing.
func checkLedgerEntry(l engine.LedgerEntry) string {
	switch {
	case l.Document == "":
		return "缺少文件名称（document）"
	case l.Published == "":
		return "缺少文件发布日期（published）"
	}
	for _, d := range []struct{ col, v string }{{"published", l.Published}, {"interpretation_published", l.Interpretation}} {
		if _, err := time.Parse(time.DateOnly, d.v); d.v != "" && err != nil {
			return d.col + " 的日期“" + d.v + "”无效：应为 YYYY-MM-DD，如 2022-10-09"
		}
	}
	return ""
}
