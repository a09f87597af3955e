package engine

import (
	"strings"

	"github.com/nianbao/nianbao/report"
)

// crossState is what one audit keeps of its comparisons with other
// reports, built on first use.
type crossState struct {
	own    map[string]*fingerprint // this report's texts by section key
	prev   *docIndex               // the previous report's shingles
	copied map[string]copyResult   // copied() by where
	peers  *peerState
	items  []problemItem // last year's stated problems
	sents  []sentence    // this report's sentences
}

// copyResult is a remembered copied() or peer_copied(): rules ask the same
// question in assert and message.
type copyResult struct {
	o        Overlap
	evidence []Evidence
}

// crossState returns the audit's state.
func (e *Env) crossState() *crossState {
	if e.cross == nil {
		e.cross = &crossState{own: map[string]*fingerprint{}, copied: map[string]copyResult{}}
	}
	return e.cross
}

// ownText is the fingerprint of a text of this report (a section key or
// "preamble"), nil when absent.
func (e *Env) ownText(key string) *fingerprint {
	c := e.crossState()
	if f, ok := c.own[key]; ok {
		return f
	}
	f := textOf(e.r, key)
	c.own[key] = f
	return f
}

// textOf fingerprints a section of a report without its heading, or the
// preamble; nil when absent.
func textOf(r *report.Report, key string) *fingerprint {
	if key == "preamble" {
		return newFingerprint(r.Preamble, 1)
	}
	s := r.Section(key)
	if s == nil {
		return nil
	}
	text, line := body(s)
	return newFingerprint(text, line)
}

// textKeys lists the texts `where` names: comma-separated keys, or "" for
// every section of the report.
func (e *Env) textKeys(where string) []string {
	if where != "" {
		return strings.Split(where, ",")
	}
	out := make([]string, len(e.r.Sections))
	for i, s := range e.r.Sections {
		out[i] = s.Key
	}
	return out
}

// docIndex maps the shingles of a report's sections to where each first
// occurs.
type docIndex struct {
	fps   []*fingerprint
	first map[uint64]uint64 // hash → section index<<32 | unit
}

func newDocIndex(r *report.Report) *docIndex {
	d := &docIndex{first: map[uint64]uint64{}}
	for _, s := range r.Sections {
		f := textOf(r, s.Key)
		k := uint64(len(d.fps))
		d.fps = append(d.fps, f)
		for i, h := range f.hash {
			if _, ok := d.first[h]; !ok {
				d.first[h] = k<<32 | uint64(i)
			}
		}
	}
	return d
}

// match finds a shingle in the index.
func (d *docIndex) match(h uint64) (int, int, bool) {
	v, ok := d.first[h]
	return int(v >> 32), int(v & 0xffffffff), ok
}

// describe names a report as "agency（file）" for messages.
func describe(r *report.Report) string {
	file := r.Meta.Source.File
	switch {
	case r.Meta.Agency == "":
		return file
	case file == "":
		return r.Meta.Agency
	}
	return r.Meta.Agency + "（" + file + "）"
}
