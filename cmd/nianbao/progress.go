package main

import (
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/mattn/go-runewidth"
	"github.com/schollz/progressbar/v3"
)

// nameWidth is the room, in terminal columns, for the current file's name.
const nameWidth = 36

// progressThrottle is the shortest time between two frames of the bar.
var progressThrottle = 100 * time.Millisecond

// progress shows on stderr how many files of a batch have been read and
// which one is being read. It draws only on a terminal: the bar library
// writes carriage-return frames to any writer, which would litter logs and
// pipes, so it is made invisible elsewhere.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress returns the progress display of a batch of total files: shown
// when stderr is a terminal and there is more than one file.
func (a *app) newProgress(total int) *progress {
	f, ok := a.stderr.(*os.File)
	tty := ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
	return newProgressOn(a.stderr, total, tty && total > 1)
}

// newProgressOn returns a progress display writing to w, drawn only when
// visible.
func newProgressOn(w io.Writer, total int, visible bool) *progress {
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetVisibility(visible),
		progressbar.OptionSetDescription("读取年报"),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(24),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(progressThrottle),
		progressbar.OptionClearOnFinish(),
	)}
}

// begin shows that path is being read.
func (p *progress) begin(path string) {
	p.bar.Describe("读取 " + tailWidth(filepath.Base(path), nameWidth))
}

// end counts one more file done.
func (p *progress) end() { _ = p.bar.Add(1) }

// finish clears the bar, so that the results print on a clean line.
func (p *progress) finish() { _ = p.bar.Finish() }

// tailWidth shortens s to at most w terminal columns, keeping its end
// (where a file name's year and extension are) behind "…".
func tailWidth(s string, w int) string {
	if runewidth.StringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for runewidth.StringWidth(string(r)) > w-1 {
		r = r[1:]
	}
	return "…" + string(r)
}
