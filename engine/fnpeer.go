package engine

import (
	"slices"
	"strconv"
)

// minPeerRun is the shortest passage shared with another agency's report
// that counts: shorter runs are stock phrases, not copied text.
const minPeerRun = 20

// commonMin is the number of reports a shingle may be found in before the
// `common` share of peer_copied() can make it common text.
const commonMin = 3

// peerState is what an audit keeps of the batch it compares with.
type peerState struct {
	b       *Batch
	self    int    // the audited report's place in the batch, -1 if absent
	key     string // AgencyKey of the audited report
	kind    []int8 // per report: 0 not yet known, 1 peer, 2 not a peer
	results map[string]copyResult
	texts   map[string]*peerText     // by section key and limit
	docs    map[int32][]*fingerprint // peers' texts, for the lines of evidence
}

func (e *Env) peerState() *peerState {
	c := e.crossState()
	if c.peers == nil {
		b := e.batchFor()
		if b == nil {
			b = NewBatch(nil)
		}
		self, ok := b.pos[e.r]
		if !ok {
			self = -1
		}
		c.peers = &peerState{b: b, self: self, key: AgencyKey(e.r.Meta.Agency), kind: make([]int8, b.Len()),
			results: map[string]copyResult{}, texts: map[string]*peerText{}, docs: map[int32][]*fingerprint{}}
	}
	return c.peers
}

// isPeer reports whether report id is another agency's: not the audited
// report, not the same file, not an agency SameAgency matches, and not a
// report whose agency is unknown (it might be the same body).
func (e *Env) isPeer(ps *peerState, id int32) bool {
	if ps.kind[id] == 0 {
		p, m, key := ps.b.reports[id], e.r.Meta, ps.b.keys[id]
		same := int(id) == ps.self || key == "" || ps.key == "" ||
			m.Source.SHA256 != "" && p.Meta.Source.SHA256 == m.Source.SHA256 || sameAgencyKey(key, ps.key)
		ps.kind[id] = 1
		if same {
			ps.kind[id] = 2
		}
	}
	return ps.kind[id] == 1
}

func fnPeers(e *Env, _ []any) (any, error) {
	ps := e.peerState()
	n := 0
	for id := range ps.b.reports {
		if e.isPeer(ps, int32(id)) {
			n++
		}
	}
	return n, nil
}

// fnPeerCopied measures the text of `where` also found in reports of
// other agencies of the batch, ignoring text found in more than the
// `common` share of the batch.
func fnPeerCopied(e *Env, a []any) (any, error) {
	where, common := a[0].(string), toFloat(a[1])
	ps := e.peerState()
	key := where + "\x00" + strconv.FormatFloat(common, 'g', -1, 64)
	res, ok := ps.results[key]
	if !ok {
		res = e.peerCopied(ps, where, common)
		ps.results[key] = res
	}
	e.el.quotes = append(e.el.quotes, res.evidence...)
	return res.o, nil
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int:
		return float64(x)
	}
	return 0
}

// peerCopied compares the texts of `where` with the batch, ignoring
// shingles held by more than the `common` share of its reports.
func (e *Env) peerCopied(ps *peerState, where string, common float64) copyResult {
	limit := max(commonMin, int(common*float64(ps.b.Len())))
	var all []passage
	byPeer := map[int32]*peerShare{}
	total := 0
	for _, key := range e.textKeys(where) {
		t := e.peerText(ps, key, limit)
		if t == nil {
			continue
		}
		total += len(t.f.units)
		for _, s := range t.all {
			all = append(all, passage{key, t.f, s})
		}
		addShares(byPeer, t.shares)
	}
	res := copyResult{o: summarise(all, total)}
	shares := rankShares(byPeer)
	res.o.Sources = len(shares)
	if len(shares) > 0 {
		res.o.Source = describe(ps.b.reports[shares[0].peer])
	}
	for _, sh := range shares[:min(maxQuotes, len(shares))] {
		res.evidence = append(res.evidence, e.peerEvidence(ps, sh))
	}
	return res
}

// peerEvidence quotes the longest passage shared with a peer, with where
// the peer has it.
func (e *Env) peerEvidence(ps *peerState, sh *peerShare) Evidence {
	p := longest(sh.passages, 1)[0]
	r := ps.b.reports[sh.peer]
	note := "与" + describe(r)
	if line := ps.lineIn(sh.peer, p.f.hash[p.from]); line > 0 {
		note += "第" + strconv.Itoa(line) + "行起"
	}
	note += "相同，共 " + strconv.Itoa(p.size()) + " 字（两份报告共有相同文字 " + strconv.Itoa(sh.copied) + " 字）"
	return passageEvidence(p, note)
}

// lineIn is the line of a peer where a shingle first occurs, 0 if nowhere.
func (ps *peerState) lineIn(peer int32, h uint64) int {
	fps, ok := ps.docs[peer]
	if !ok {
		r := ps.b.reports[peer]
		for _, s := range r.Sections {
			fps = append(fps, textOf(r, s.Key))
		}
		ps.docs[peer] = fps
	}
	for _, f := range fps {
		if i := slices.Index(f.hash, h); i >= 0 {
			return f.lineAt(i)
		}
	}
	return 0
}
