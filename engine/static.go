package engine

// staticSpecs holds the resolved cells of the key lists built at start-up
// (a row of table 三, a column of its result rows, a group of table 四, a
// template's cells), by the address of their first key. Functions return
// these very slices, so sumcheck and total resolve them without a lookup
// per key.
var staticSpecs = map[*string][]*cellSpec{}

// registerList resolves a start-up key list once.
func registerList(keys []string) {
	if len(keys) == 0 {
		return
	}
	ss := make([]*cellSpec, len(keys))
	for i, k := range keys {
		if ss[i] = cellSpecs[k]; ss[i] == nil {
			return
		}
	}
	staticSpecs[&keys[0]] = ss
}

// resolvedList returns the cells of a start-up key list (not a copy: the
// caller must not modify it).
func resolvedList(v any) ([]*cellSpec, bool) {
	l, ok := v.([]string)
	if !ok || len(l) == 0 {
		return nil, false
	}
	ss, ok := staticSpecs[&l[0]]
	return ss, ok && len(ss) == len(l)
}
