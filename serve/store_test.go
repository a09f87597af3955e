package serve

import (
	"regexp"
	"testing"
	"time"
)

func TestStoreKeepsTheNewest(t *testing.T) {
	st := newStore(time.Hour, 2)
	a, b, c := st.put(&outcome{}), st.put(&outcome{}), st.put(&outcome{})
	if _, ok := st.get(a); ok {
		t.Error("the oldest result was kept beyond the limit")
	}
	for _, id := range []string{b, c} {
		if _, ok := st.get(id); !ok {
			t.Errorf("result %s lost", id)
		}
	}
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(a) || a == b {
		t.Errorf("ids %q %q are not 128 random bits", a, b)
	}
}

func TestStoreForgetsAfterTTL(t *testing.T) {
	st := newStore(20*time.Millisecond, 10)
	id := st.put(&outcome{})
	if _, ok := st.get(id); !ok {
		t.Fatal("result lost at once")
	}
	time.Sleep(100 * time.Millisecond)
	if _, ok := st.get(id); ok {
		t.Error("result kept after its time")
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if len(st.order) != 0 {
		t.Errorf("order still holds %v", st.order)
	}
}
