package serve

import (
	"io/fs"
	"net/http"
)

// routes maps the URLs:
//
//	GET  /                       the upload form
//	POST /audit                  the form's target: 303 to the result page
//	GET  /result/{id}            the result page
//	GET  /result/{id}/download/{format}   json, xlsx or html
//	POST /api/audit              the JSON of `nianbao audit --format json`
//	GET  /static/…               the stylesheet and the script
//	GET  /healthz                "ok"
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("POST /audit", s.formAudit)
	mux.HandleFunc("GET /audit", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/", http.StatusSeeOther)
	})
	mux.HandleFunc("GET /result/{id}", s.result)
	mux.HandleFunc("GET /result/{id}/download/{format}", s.download)
	mux.HandleFunc("/api/audit", s.api)
	mux.Handle("GET /static/", staticHandler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/", s.notFound)
	return mux
}

// staticHandler serves the embedded stylesheet and script; they change
// only with the binary, so browsers may keep them for an hour.
func staticHandler() http.Handler {
	sub, err := fs.Sub(assets, "static")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	files := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}
