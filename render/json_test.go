package render

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

func renderJSON(t *testing.T, a *engine.Audit) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := (JSON{}).Render(&b, a); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestJSONGolden(t *testing.T) {
	golden(t, "audit.json.golden", renderJSON(t, sampleAudit()))
}

// The object has the contract's keys, and lists are [] rather than null.
func TestJSONContract(t *testing.T) {
	a := &engine.Audit{Tool: engine.Tool{Name: "nianbao", Version: "dev"},
		Reports: []engine.ReportResult{{File: "x.txt", Results: []engine.Result{{Rule: "R"}}}}}
	var got struct {
		Tool    map[string]any   `json:"tool"`
		Reports []map[string]any `json:"reports"`
	}
	if err := json.Unmarshal(renderJSON(t, a), &got); err != nil {
		t.Fatal(err)
	}
	if _, ok := got.Tool["packs"].([]any); !ok {
		t.Errorf("tool.packs = %v, want a list", got.Tool["packs"])
	}
	r := got.Reports[0]
	for _, k := range []string{"file", "sha256", "meta", "score", "grade", "counts", "categories", "results"} {
		if _, ok := r[k]; !ok {
			t.Errorf("report lacks %q", k)
		}
	}
	res := r["results"].([]any)[0].(map[string]any)
	if _, ok := res["evidence"].([]any); !ok {
		t.Errorf("evidence = %v, want a list", res["evidence"])
	}
}

func TestJSONDeterministic(t *testing.T) {
	if a, b := renderJSON(t, sampleAudit()), renderJSON(t, sampleAudit()); !bytes.Equal(a, b) {
		t.Error("two renderings differ")
	}
}
