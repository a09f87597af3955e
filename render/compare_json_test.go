package render

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestCompareJSONGolden(t *testing.T) {
	golden(t, "compare.json.golden", renderCompare(t, "json", false))
}

// The model has its keys, lists never null, and the same bytes each time.
func TestCompareJSONModel(t *testing.T) {
	out := renderCompare(t, "json", false)
	var got map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"tool", "mode", "agencies", "years", "rules", "reports", "cells", "trends", "rankings", "rates", "skipped", "unreadable"} {
		if got[k] == nil {
			t.Errorf("%s is missing or null", k)
		}
	}
	if got["mode"] != "mixed" {
		t.Errorf("mode = %v", got["mode"])
	}
	if !bytes.Equal(out, renderCompare(t, "json", false)) {
		t.Error("two renderings differ")
	}
}
