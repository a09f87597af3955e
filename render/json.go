package render

import (
	"encoding/json"
	"io"

	"github.com/nianbao/nianbao/engine"
)

func init() { register("json", func(Options) Renderer { return JSON{} }) }

// JSON renders the contract's audit object: indented, deterministic, with
// empty lists written as [] (never null) so scripts can iterate them.
type JSON struct{}

// Render writes the audit as one JSON object.
func (JSON) Render(w io.Writer, a *engine.Audit) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(withLists(a))
}

// withLists returns a copy of a whose nil slices are empty.
func withLists(a *engine.Audit) engine.Audit {
	out := *a
	out.Tool.Packs = nonNil(a.Tool.Packs)
	out.Reports = make([]engine.ReportResult, len(a.Reports))
	for i, r := range a.Reports {
		r.Categories = nonNil(r.Categories)
		r.Results = make([]engine.Result, len(r.Results))
		for j, res := range a.Reports[i].Results {
			res.Evidence = nonNil(res.Evidence)
			r.Results[j] = res
		}
		out.Reports[i] = r
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
