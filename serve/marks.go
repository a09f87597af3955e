package serve

import (
	"sort"
	"strconv"
	"strings"
)

// marks are the quoted ranges of the text that findings cite, merged where
// they overlap; each merged range is one <mark> with an id, and names the
// rules that cite it.
type marks struct {
	spans []span
	rules [][]string // rule ids per span
	ids   []string   // element id per span, set by merge
}

// add records that rule cites s and returns its index, to be resolved to
// an element id after merge.
func (m *marks) add(s span, rule string) int {
	m.spans = append(m.spans, s)
	m.rules = append(m.rules, []string{rule})
	return len(m.spans) - 1
}

// merge joins overlapping spans and returns, for each span added, the id
// of the mark that holds it.
func (m *marks) merge() []string {
	order := make([]int, len(m.spans))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return m.spans[order[i]].a < m.spans[order[j]].a })
	owner := make([]string, len(m.spans))
	var spans []span
	var rules [][]string
	for _, i := range order {
		s := m.spans[i]
		if n := len(spans); n > 0 && s.a < spans[n-1].b {
			spans[n-1].b = max(spans[n-1].b, s.b)
			rules[n-1] = addRule(rules[n-1], m.rules[i][0])
		} else {
			spans, rules = append(spans, s), append(rules, m.rules[i])
		}
		owner[i] = "m" + strconv.Itoa(len(spans))
	}
	m.spans, m.rules = spans, rules
	return owner
}

// part is a piece of a line: plain text, or text inside a mark.
type part struct {
	Text  string
	Mark  bool
	ID    string // set on the first piece of a mark only
	Title string // the rules citing the mark
}

// split cuts the text of range r at the merged marks. seen tracks the marks
// whose id was already given, as a mark may cross lines.
func (m *marks) split(full string, r span, seen map[int]bool) []part {
	var out []part
	at := r.a
	for k, s := range m.spans {
		if s.b <= r.a || s.a >= r.b {
			continue
		}
		a, b := max(s.a, r.a), min(s.b, r.b)
		if a >= b {
			continue // an empty line inside a mark
		}
		if a > at {
			out = append(out, part{Text: full[at:a]})
		}
		p := part{Text: full[a:b], Mark: true, Title: "引用于 " + strings.Join(m.rules[k], "、")}
		if !seen[k] {
			p.ID, seen[k] = "m"+strconv.Itoa(k+1), true
		}
		out = append(out, p)
		at = b
	}
	if at < r.b {
		out = append(out, part{Text: full[at:r.b]})
	}
	return out
}

// addRule appends id to ids unless it is there.
func addRule(ids []string, id string) []string {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}
