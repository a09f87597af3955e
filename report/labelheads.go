package report

import "strings"

// Wrapped row labels. A label too long for its cell wraps over two or
// three lines, and in text from a converter the row's numbers stand on one
// of those lines: 「3.要求提供公开出版 0 0 0 … 物」. What survives whole is
// the label's head, so each row label of table 三 also matches by the
// shortest head of its first core that no other row's label starts with
// (at least minHead characters).

const minHead = 4

// withHeads returns the labels with each one's unique head added to its
// cores.
func withHeads(labels map[string]label) map[string]label {
	firsts := map[string][]rune{}
	for k, l := range labels {
		if len(l.cores) > 0 {
			firsts[k] = []rune(l.cores[0])
		}
	}
	out := make(map[string]label, len(labels))
	for k, l := range labels {
		out[k] = l
		r := firsts[k]
		for n := minHead; n < len(r); n++ {
			if uniqueHead(firsts, k, r[:n]) {
				l.cores = append(append([]string(nil), l.cores...), string(r[:n]))
				out[k] = l
				break
			}
		}
	}
	return out
}

// uniqueHead reports whether no label but key's starts with head or holds
// it in its first core.
func uniqueHead(firsts map[string][]rune, key string, head []rune) bool {
	h := string(head)
	for k, r := range firsts {
		if k != key && strings.Contains(string(r), h) {
			return false
		}
	}
	return true
}
