package serve

import (
	"bytes"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
)

// upload is one submitted form, held in memory.
type upload struct {
	report, prev, ledger file
	text                 string // pasted report text
	form                 formValues
	meta                 overrides // the form's values, checked
}

// file is one uploaded file; absent when data is nil.
type file struct {
	name string
	data []byte
}

// formValues are the form's metadata fields as typed, shown again with an
// error message.
type formValues struct {
	Year, Level, Published, Text string
}

// maxParts bounds the parts of one form; the page sends seven.
const maxParts = 32

// readUpload reads the multipart form of r into memory, refusing a body
// larger than the limit with 413 before it is read whole.
func (s *Server) readUpload(w http.ResponseWriter, r *http.Request) (*upload, error) {
	limit := s.cfg.MaxUpload
	if r.ContentLength > limit {
		return nil, tooLarge(limit)
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, badForm("请求应为 multipart/form-data 表单（字段 file 为年报文件）")
	}
	u := &upload{}
	if err := u.readParts(mr, limit); err != nil {
		return nil, err
	}
	return u, u.check()
}

// readParts reads every part of the form.
func (u *upload) readParts(mr *multipart.Reader, limit int64) error {
	for n := 0; ; n++ {
		p, err := mr.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil || n >= maxParts {
			return partError(err, limit, "表单格式有误，无法读取")
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return partError(err, limit, "上传中断，未能读完表单")
		}
		u.set(p.FormName(), p.FileName(), data)
	}
}

// partError is 413 when the body went over the limit, else a bad form.
func partError(err error, limit int64, msg string) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return tooLarge(limit)
	}
	return badForm("%s", msg)
}

// set stores one field; a file input left empty sends an empty part,
// which counts as absent.
func (u *upload) set(field, filename string, data []byte) {
	f := file{name: cleanName(filename), data: data}
	if filename == "" && len(data) == 0 {
		f.data = nil
	}
	text := string(bytes.TrimSpace(data))
	switch field {
	case "file":
		u.report = f
	case "prev":
		u.prev = f
	case "ledger":
		u.ledger = f
	case "text":
		u.text, u.form.Text = text, text
	case "year":
		u.form.Year = text
	case "level":
		u.form.Level = text
	case "published":
		u.form.Published = text
	}
}
