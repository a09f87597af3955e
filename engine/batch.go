package engine

import (
	"github.com/nianbao/nianbao/report"
)

// Batch is a set of reports audited together, with the shingles of their
// sections indexed once: each audit then finds the passages it shares with
// reports of other agencies in time proportional to its own length, not to
// the size of the batch. Make it with NewBatch and pass it in
// Inputs.Batch to every audit of the batch; it is read-only and safe for
// concurrent use.
type Batch struct {
	reports []*report.Report
	keys    []string // AgencyKey of each report's agency
	pos     map[*report.Report]int
	// index maps a shingle to the one report holding it (v ≥ 0) or to the
	// list multi[^v] of the reports holding it, each once, in order.
	index map[uint64]int32
	multi [][]int32
}

// NewBatch indexes the reports' sections. Nil reports are skipped.
func NewBatch(rs []*report.Report) *Batch {
	b := &Batch{pos: map[*report.Report]int{}, index: map[uint64]int32{}}
	for _, r := range rs {
		if _, dup := b.pos[r]; r == nil || dup {
			continue
		}
		id := int32(len(b.reports))
		b.pos[r] = int(id)
		b.reports = append(b.reports, r)
		b.keys = append(b.keys, AgencyKey(r.Meta.Agency))
		for _, s := range r.Sections {
			for _, h := range textOf(r, s.Key).hash {
				b.add(h, id)
			}
		}
	}
	return b
}

// add records that report id holds shingle h.
func (b *Batch) add(h uint64, id int32) {
	v, ok := b.index[h]
	switch {
	case !ok:
		b.index[h] = id
	case v >= 0 && v != id:
		b.index[h] = ^int32(len(b.multi))
		b.multi = append(b.multi, []int32{v, id})
	case v < 0:
		l := b.multi[^v]
		if l[len(l)-1] != id {
			b.multi[^v] = append(l, id)
		}
	}
}

// holders returns the reports holding shingle h.
func (b *Batch) holders(h uint64, one *[1]int32) []int32 {
	v, ok := b.index[h]
	switch {
	case !ok:
		return nil
	case v >= 0:
		one[0] = v
		return one[:]
	}
	return b.multi[^v]
}

// Len is the number of reports in the batch.
func (b *Batch) Len() int { return len(b.reports) }

// batchFor returns the batch an audit compares with: Inputs.Batch, or one
// made of Inputs.Peers and the report itself.
func (e *Env) batchFor() *Batch {
	if e.in == nil {
		return nil
	}
	if e.in.Batch != nil {
		return e.in.Batch
	}
	if len(e.in.Peers) == 0 {
		return nil
	}
	return NewBatch(append([]*report.Report{e.r}, e.in.Peers...))
}
