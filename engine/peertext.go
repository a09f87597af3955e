package engine

import (
	"slices"
	"strconv"
)

// peerText is one text of the audited report compared with the batch.
type peerText struct {
	f      *fingerprint
	all    []span               // the union of the passages of all peers
	shares map[int32]*peerShare // passages found in each peer
}

// peerShare is the text one peer shares with the audited report.
type peerShare struct {
	peer     int32
	copied   int
	passages []passage
}

// addShares adds one text's shares to the report's, per peer.
func addShares(byPeer, shares map[int32]*peerShare) {
	for id, sh := range shares {
		acc := byPeer[id]
		if acc == nil {
			acc = &peerShare{peer: id}
			byPeer[id] = acc
		}
		acc.copied += sh.copied
		acc.passages = append(acc.passages, sh.passages...)
	}
}

// rankShares lists the peers sharing text, the most first (then in batch
// order).
func rankShares(byPeer map[int32]*peerShare) []*peerShare {
	out := make([]*peerShare, 0, len(byPeer))
	for _, sh := range byPeer {
		out = append(out, sh)
	}
	slices.SortFunc(out, func(a, b *peerShare) int {
		if a.copied != b.copied {
			return b.copied - a.copied
		}
		return int(a.peer - b.peer)
	})
	return out
}

// peerText compares one text of the audited report with the batch, once
// per audit and limit; nil when the report lacks it.
func (e *Env) peerText(ps *peerState, key string, limit int) *peerText {
	ck := key + "\x00" + strconv.Itoa(limit)
	if t, ok := ps.texts[ck]; ok {
		return t
	}
	f := e.ownText(key)
	if f == nil {
		ps.texts[ck] = nil
		return nil
	}
	t := &peerText{f: f, shares: map[int32]*peerShare{}}
	at := map[int32][]int{} // peer → shingles found in it, in text order
	var one [1]int32
	for i, h := range f.hash {
		if hs := ps.b.holders(h, &one); len(hs) <= limit && !isBoilerplate(h) {
			for _, id := range hs {
				if e.isPeer(ps, id) {
					at[id] = append(at[id], i)
				}
			}
		}
	}
	var spans []span
	for id, is := range at {
		if sh := sharedWith(key, f, is); sh.copied > 0 {
			sh.peer = id
			t.shares[id] = &sh
			for _, p := range sh.passages {
				spans = append(spans, p.span)
			}
		}
	}
	t.all = union(spans)
	ps.texts[ck] = t
	return t
}

// union merges overlapping spans into passages, in text order.
func union(spans []span) []span {
	slices.SortFunc(spans, func(a, b span) int { return a.from - b.from })
	var out []span
	for _, s := range spans {
		if n := len(out); n > 0 && s.from <= out[n-1].to {
			out[n-1].to = max(out[n-1].to, s.to)
			continue
		}
		out = append(out, s)
	}
	return out
}

// sharedWith merges the shingles a text shares with one peer (in text
// order) into passages of at least minPeerRun units.
func sharedWith(key string, f *fingerprint, at []int) peerShare {
	var sh peerShare
	cur := span{from: -1}
	flush := func() {
		if cur.from >= 0 && cur.size() >= minPeerRun {
			sh.passages = append(sh.passages, passage{key, f, cur})
			sh.copied += cur.size()
		}
	}
	for _, i := range at {
		if cur.from >= 0 && i <= cur.to {
			cur.to = i + shingleSize
			continue
		}
		flush()
		cur = span{from: i, to: i + shingleSize}
	}
	flush()
	return sh
}
