// Package serve is the web page and HTTP API of `nianbao serve`, where an
// agency checks its annual report before publishing: upload a report (or
// paste its text), see the score, every rule's outcome and the cited cells
// and sentences marked in the extracted text and tables, and download the
// result. Pages, styles and the one script are embedded in the binary;
// uploads are held in memory only and nothing is fetched from elsewhere.
package serve

import (
	"errors"
	"net/http"
	"runtime"
	"time"

	"github.com/nianbao/nianbao/engine"
)

// Defaults of Config.
const (
	DefaultMaxUpload  = 50 << 20
	DefaultTimeout    = 60 * time.Second
	DefaultResultTTL  = 30 * time.Minute
	DefaultMaxResults = 100
)

// Config are the settings of a Server. Zero values take the defaults.
type Config struct {
	// Engine holds the compiled rule packs; required.
	Engine *engine.Engine
	// Version is the tool version written into the JSON.
	Version string
	// MaxUpload is the largest request body in bytes (all files and fields).
	MaxUpload int64
	// Timeout bounds reading, extracting and auditing one upload.
	Timeout time.Duration
	// Ledger is used for uploads that bring no ledger of their own.
	Ledger []engine.LedgerEntry
	// ParseLedger reads an uploaded ledger CSV; when nil, ledgers are refused.
	ParseLedger func(name string, data []byte) ([]engine.LedgerEntry, error)
	// MaxActive is the number of audits run at once (default 2 per CPU, at least 4).
	MaxActive int
	// ResultTTL is how long a result page and its downloads are kept.
	ResultTTL time.Duration
	// MaxResults is the number of results kept at once; the oldest go first.
	MaxResults int
}

// Server answers the pages and the API. It is safe for concurrent use.
type Server struct {
	cfg     Config
	slots   chan struct{} // one token per running audit
	results *store
	handler http.Handler
	hook    func() // test hook: runs inside each audit
}

// New makes a Server from cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Engine == nil {
		return nil, errors.New("serve: no engine")
	}
	cfg = withDefaults(cfg)
	s := &Server{cfg: cfg, slots: make(chan struct{}, cfg.MaxActive),
		results: newStore(cfg.ResultTTL, cfg.MaxResults)}
	s.handler = secure(s.routes())
	return s, nil
}

func withDefaults(c Config) Config {
	if c.MaxUpload <= 0 {
		c.MaxUpload = DefaultMaxUpload
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxActive <= 0 {
		c.MaxActive = max(4, 2*runtime.NumCPU())
	}
	if c.ResultTTL <= 0 {
		c.ResultTTL = DefaultResultTTL
	}
	if c.MaxResults <= 0 {
		c.MaxResults = DefaultMaxResults
	}
	return c
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// HTTPServer returns an http.Server for s with time limits on every phase
// of a connection, so that a slow or stalled client cannot hold it open.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr: addr, Handler: s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       5 * time.Minute,
		WriteTimeout:      s.cfg.Timeout + 2*time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
