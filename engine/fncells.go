package engine

import (
	"fmt"
	"math"

	"github.com/nianbao/nianbao/report"
)

// spec resolves a cell key.
func spec(key string) (*cellSpec, error) {
	if s, ok := cellSpecs[key]; ok {
		return s, nil
	}
	return nil, fmt.Errorf("unknown cell key %q", key)
}

// specs resolves a list of keys ([]string or []any), reusing *buf unless
// the list is one built at start-up.
func specs(v any, buf *[]*cellSpec) ([]*cellSpec, error) {
	if ss, ok := resolvedList(v); ok {
		return ss, nil
	}
	out, err := resolve(v, (*buf)[:0])
	*buf = out
	return out, err
}

// resolve looks up every key of a list.
func resolve(v any, buf []*cellSpec) ([]*cellSpec, error) {
	switch l := v.(type) {
	case []string:
		for _, k := range l {
			s, err := spec(k)
			if err != nil {
				return nil, err
			}
			buf = append(buf, s)
		}
	case []any:
		for _, k := range l {
			key, ok := k.(string)
			if !ok {
				return nil, fmt.Errorf("list element %v is not a cell key", k)
			}
			s, err := spec(key)
			if err != nil {
				return nil, err
			}
			buf = append(buf, s)
		}
	default:
		return nil, fmt.Errorf("expected a list of cell keys, got %T", v)
	}
	return buf, nil
}

// value reads a cell's number and records it.
func (e *Env) value(key string) (any, error) {
	s, err := spec(key)
	if err != nil {
		return nil, err
	}
	v, _ := e.use(s)
	return v, nil
}

func fnCell(e *Env, a []any) (any, error) { return e.value(a[0].(string)) }

func fnApp(e *Env, a []any) (any, error) { return e.value(appKey(a[0].(string), a[1].(string))) }

func fnReview(e *Env, a []any) (any, error) {
	return e.value(tableReview + "." + a[0].(string) + "." + a[1].(string))
}

// appKey builds an applications key without allocating for known cells.
func appKey(row, col string) string {
	if k, ok := appKeys[row][col]; ok {
		return k
	}
	return tableApps + "." + row + "." + col
}

// peek returns the model's cell for a key argument (nil when absent)
// without recording it.
func peek(e *Env, a []any) (*report.Cell, error) {
	s, err := spec(a[0].(string))
	if err != nil {
		return nil, err
	}
	return e.cell(s), nil
}

func fnHas(e *Env, a []any) (any, error) {
	c, err := peek(e, a)
	return c != nil, err
}

func fnReadable(e *Env, a []any) (any, error) {
	c, err := peek(e, a)
	return c.Readable(), err
}

func fnBlank(e *Env, a []any) (any, error) {
	c, err := peek(e, a)
	return c != nil && c.Value == nil && c.Blank, err
}

func fnFilled(e *Env, a []any) (any, error) {
	s, err := spec(a[0].(string))
	if err != nil {
		return nil, err
	}
	_, c := e.use(s)
	return c != nil && c.Value != nil, nil
}

func fnSigned(_ *Env, a []any) (any, error) {
	s, err := spec(a[0].(string))
	return err == nil && s.signed, err
}

func fnValid(e *Env, a []any) (any, error) {
	key := a[0].(string)
	s, err := spec(key)
	if err != nil {
		return nil, err
	}
	v, err := e.value(key)
	if err != nil {
		return nil, err
	}
	f := v.(float64)
	return (f >= 0 || s.signed) && (f == math.Floor(f) || s.decimal), nil
}

func fnDecimal(_ *Env, a []any) (any, error) {
	s, err := spec(a[0].(string))
	return err == nil && s.decimal, err
}

func fnLabel(_ *Env, a []any) (any, error) {
	s, err := spec(a[0].(string))
	if err != nil {
		return nil, err
	}
	return s.label, nil
}

func fnTotal(e *Env, a []any) (any, error) {
	var buf []*cellSpec
	ss, err := specs(a[0], &buf)
	if err != nil {
		return nil, err
	}
	t := 0.0
	for _, s := range ss {
		v, _ := e.use(s)
		t += v
	}
	return t, nil
}

func fnSumcheck(e *Env, a []any) (any, error) {
	rep, err := specs(a[1], &e.bufA)
	if err != nil {
		return nil, err
	}
	parts, err := specs(a[2], &e.bufB)
	if err != nil {
		return nil, err
	}
	return e.sumcheck(a[0].(string), rep, parts), nil
}

func fnCheck(e *Env, _ []any) (any, error) { return e.explain(), nil }
