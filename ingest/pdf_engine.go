package ingest

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	pdfium "github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// pdfMemoryPages caps the memory of one PDFium instance, in 64 KiB
// WebAssembly pages (1 GiB), so that a hostile file cannot exhaust the host.
const pdfMemoryPages = 1 << 14

// engine is the process-wide PDFium WebAssembly pool, started on first use.
var engine struct {
	once sync.Once
	pool pdfium.Pool
	err  error
}

// pdfiumPool returns the shared PDFium pool, compiling the WebAssembly module
// the first time it is called. The pool is safe for concurrent use: it hands
// out at most runtime.NumCPU() instances at a time.
func pdfiumPool() (pdfium.Pool, error) {
	engine.once.Do(func() {
		engine.pool, engine.err = newPDFiumPool()
	})
	return engine.pool, engine.err
}

// newPDFiumPool builds the pool. Each instance gets an empty file system (the
// document bytes are passed in memory), no console output, capped memory,
// and a runtime that stops a call when its instance is killed, so that a
// watchdog can end a hang. (Checking for that costs PDFium about 2-4 times
// its speed; it is the only way to interrupt WebAssembly code.)
func newPDFiumPool() (pdfium.Pool, error) {
	n := runtime.NumCPU()
	rc := wazero.NewRuntimeConfig().
		// The bundled module needs exception handling; a custom config
		// must enable it again next to the default core features.
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithCloseOnContextDone(true).
		WithMemoryLimitPages(pdfMemoryPages)
	if cache := compilationCache(); cache != nil {
		rc = rc.WithCompilationCache(cache)
	}
	return webassembly.Init(webassembly.Config{
		MinIdle:       0,
		MaxIdle:       n,
		MaxTotal:      n,
		FSConfig:      wazero.NewFSConfig(),
		RuntimeConfig: rc,
		Stdout:        io.Discard,
		Stderr:        io.Discard,
		Context:       context.Background(),
	})
}

// compilationCache returns an on-disk wazero compilation cache, so that
// only the first run of the program pays for compiling PDFium (about 2 s);
// later runs load the compiled code in tens of milliseconds. It returns nil
// when no cache directory can be created.
func compilationCache() wazero.CompilationCache {
	for _, dir := range cacheDirs() {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			continue
		}
		if c, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
			return c
		}
	}
	return nil
}

// cacheDirs lists candidate directories for the compilation cache, best first.
func cacheDirs() []string {
	var dirs []string
	if d, err := os.UserCacheDir(); err == nil && d != "" {
		dirs = append(dirs, filepath.Join(d, "nianbao", "wazero"))
	}
	return append(dirs, filepath.Join(os.TempDir(), "nianbao", "wazero"))
}

// watchdog kills a PDFium instance that is still busy when its context is
// done. The runtime is configured to abort in-flight calls when an instance
// is killed, so a document that makes PDFium loop forever cannot hang the
// caller.
type watchdog struct {
	mu    sync.Mutex
	inst  pdfium.Pdfium
	stop  func() bool
	done  bool
	fired bool
}

// startWatchdog arms a watchdog for inst that fires when ctx is done.
func startWatchdog(ctx context.Context, inst pdfium.Pdfium) *watchdog {
	w := &watchdog{inst: inst}
	w.stop = context.AfterFunc(ctx, w.fire)
	return w
}

// fire kills the instance unless the work has already finished.
func (w *watchdog) fire() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done {
		return
	}
	w.fired = true
	_ = w.inst.Kill()
}

// finish disarms the watchdog and releases the instance: it is closed
// (returned to the pool) unless the watchdog already killed it. It reports
// whether the watchdog fired.
func (w *watchdog) finish() bool {
	w.stop()
	w.mu.Lock()
	defer w.mu.Unlock()
	w.done = true
	if !w.fired {
		_ = w.inst.Close()
	}
	return w.fired
}
