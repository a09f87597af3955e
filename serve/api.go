package serve

import (
	"bytes"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/nianbao/nianbao/render"
)

// api answers POST /api/audit with the JSON of `nianbao audit --format
// json` for the uploaded file, or {"error": "…"} with a 4xx or 5xx status.
func (s *Server) api(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeJSONError(w, newError(http.StatusMethodNotAllowed, "请用 POST 提交 multipart/form-data 表单（字段 file 为年报文件）"))
		return
	}
	u, err := s.readUpload(w, r)
	if err != nil {
		writeJSONError(w, err)
		return
	}
	o, err := s.run(r.Context(), u)
	if err != nil {
		writeJSONError(w, err)
		return
	}
	var buf bytes.Buffer
	if err := (render.JSON{}).Render(&buf, o.audit); err != nil {
		writeJSONError(w, internal(err))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}

// downloads are the formats a result can be downloaded in.
var downloads = map[string]string{
	"json": "application/json; charset=utf-8",
	"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	"html": "text/html; charset=utf-8",
}

// download sends a kept result as JSON, XLSX or HTML, rendered by the same
// renderers as `nianbao audit --format`.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	format := r.PathValue("format")
	ctype, ok := downloads[format]
	o, found := s.results.get(r.PathValue("id"))
	if !ok || !found {
		s.expired(w)
		return
	}
	rend, err := render.New(format, render.Options{})
	var buf bytes.Buffer
	if err == nil {
		err = rend.Render(&buf, o.audit)
	}
	if err != nil {
		http.Error(w, "内部错误：结果无法导出", http.StatusInternalServerError)
		return
	}
	name := strings.TrimSuffix(o.audit.Reports[0].File, path.Ext(o.audit.Reports[0].File)) + "-检查结果." + format
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	_, _ = w.Write(buf.Bytes())
}
