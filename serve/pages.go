package serve

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"strconv"
	"time"
)

// assets are the page templates, the stylesheet and the script.
//
//go:embed templates static
var assets embed.FS

var pages = template.Must(template.New("pages").ParseFS(assets, "templates/*.html"))

// indexView is what the upload page reads.
type indexView struct {
	Title     string
	Error     string
	Form      formValues
	Levels    []struct{ Key, Label string }
	MaxUpload string
	MaxBytes  int64
	Timeout   string
	TTL       string
	Host      string // for the API example
}

// messageView is a page with one message (not found, expired).
type messageView struct{ Title, Text string }

// resultPage wraps the result view with the page title.
type resultPage struct {
	Title string
	*resultView
}

// renderPage executes the named template into memory, then writes it with the
// status, so that a failed template never sends half a page.
func renderPage(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, name, data); err != nil {
		http.Error(w, "内部错误：页面无法生成", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func (s *Server) indexView(r *http.Request, form formValues, msg string) indexView {
	return indexView{Title: "年报发布前自查", Error: msg, Form: form, Levels: levels, Host: r.Host,
		MaxUpload: sizeText(s.cfg.MaxUpload), MaxBytes: s.cfg.MaxUpload, Timeout: durationText(s.cfg.Timeout), TTL: durationText(s.cfg.ResultTTL)}
}

// index is the upload form.
func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	renderPage(w, http.StatusOK, "index.html", s.indexView(r, formValues{}, ""))
}

// formAudit audits the form's upload and redirects to its result page, or
// shows the form again with the problem.
func (s *Server) formAudit(w http.ResponseWriter, r *http.Request) {
	u, err := s.readUpload(w, r)
	var o *outcome
	if err == nil {
		o, err = s.run(r.Context(), u)
	}
	if err != nil {
		var form formValues
		if u != nil {
			form = u.form
		}
		renderPage(w, statusOf(err), "index.html", s.indexView(r, form, err.Error()))
		return
	}
	http.Redirect(w, r, "/result/"+s.results.put(o), http.StatusSeeOther)
}

// result is the page of a kept result.
func (s *Server) result(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	o, ok := s.results.get(id)
	if !ok {
		s.expired(w)
		return
	}
	renderPage(w, http.StatusOK, "result.html", resultPage{Title: "检查结果", resultView: newResultView(id, o)})
}

func (s *Server) expired(w http.ResponseWriter) {
	renderPage(w, http.StatusNotFound, "message.html", messageView{Title: "结果不存在或已过期",
		Text: "检查结果只在内存中保留 " + durationText(s.cfg.ResultTTL) + "，服务重启后也不再保留。请重新上传年报。"})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	renderPage(w, http.StatusNotFound, "message.html", messageView{Title: "页面不存在",
		Text: "没有这个页面：" + r.URL.Path})
}

// durationText writes a duration in Chinese: "60 秒", "30 分钟", "2 小时".
func durationText(d time.Duration) string {
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		return strconv.Itoa(int(d/time.Hour)) + " 小时"
	case d >= time.Minute && d%time.Minute == 0:
		return strconv.Itoa(int(d/time.Minute)) + " 分钟"
	case d >= time.Second:
		return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + " 秒"
	}
	return d.String()
}
