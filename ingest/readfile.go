package ingest

import (
	"fmt"
	"io"
	"os"
)

// readCapped reads the file at path, at most MaxFileSize bytes of it. The
// size was checked before, but a pipe or device has none, and a file may
// grow while it is read.
func readCapped(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{Path: path, Problem: "无法读取文件", Err: err}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	switch {
	case err != nil:
		return nil, &Error{Path: path, Problem: "无法读取文件", Err: err}
	case int64(len(data)) > MaxFileSize:
		return nil, &Error{Path: path, Problem: fmt.Sprintf("文件过大（超过 %d MB 上限），不像是一份年度报告", MaxFileSize>>20)}
	}
	return data, nil
}
