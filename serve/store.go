package serve

import (
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"
)

// store keeps results in memory for a while under random ids, so that the
// result page and its downloads can be fetched after the form's redirect.
// Nothing is written to disk; the oldest result goes when the store is full.
type store struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	items map[string]*outcome
	order []string // ids, oldest first
}

func newStore(ttl time.Duration, max int) *store {
	return &store{ttl: ttl, max: max, items: map[string]*outcome{}}
}

// put keeps o and returns its id.
func (st *store) put(o *outcome) string {
	id := newID()
	st.mu.Lock()
	defer st.mu.Unlock()
	for len(st.order) >= st.max {
		delete(st.items, st.order[0])
		st.order = st.order[1:]
	}
	st.items[id] = o
	st.order = append(st.order, id)
	time.AfterFunc(st.ttl, func() { st.remove(id) })
	return id
}

// get returns the result with the id, if it is still kept.
func (st *store) get(id string) (*outcome, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	o, ok := st.items[id]
	return o, ok
}

func (st *store) remove(id string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if _, ok := st.items[id]; !ok {
		return
	}
	delete(st.items, id)
	for i, x := range st.order {
		if x == id {
			st.order = append(st.order[:i:i], st.order[i+1:]...)
			break
		}
	}
}

// newID returns 128 random bits in hex: a result cannot be guessed.
func newID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return hex.EncodeToString(b)
}
