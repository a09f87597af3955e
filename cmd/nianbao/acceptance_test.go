package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// outcomeFile is a fixture's expected rule outcomes (fixtures/outcomes),
// checked by reading the report: why says what each rests on.
type outcomeFile struct {
	File     string            `json:"file"`
	Outcomes map[string]string `json:"outcomes"`
	Why      map[string]string `json:"why"`
	// Contains lists text each named rule's message must hold (the numbers).
	Contains map[string][]string `json:"message_contains"`
}

// TestFixtureOutcomes runs the built binary on every fixture report (file in,
// JSON out) and compares the core rules' outcomes with the verified ones.
func TestFixtureOutcomes(t *testing.T) {
	files, err := filepath.Glob("../../fixtures/outcomes/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no outcome fixtures: %v", err)
	}
	for _, f := range files {
		var want outcomeFile
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		t.Run(filepath.Base(want.File), func(t *testing.T) {
			var got struct {
				Reports []struct {
					Error   string `json:"error"`
					Results []struct{ Rule, Status, Message string }
				}
			}
			nianbao(t, nil, "audit", "--format", "json", filepath.Join("../../fixtures", want.File)).must(t, 0).decode(t, &got)
			if len(got.Reports) != 1 || got.Reports[0].Error != "" {
				t.Fatalf("audit: %+v", got.Reports)
			}
			status, message := map[string]string{}, map[string]string{}
			for _, r := range got.Reports[0].Results {
				status[r.Rule], message[r.Rule] = r.Status, r.Message
			}
			for rule, parts := range want.Contains {
				for _, p := range parts {
					if !strings.Contains(message[rule], p) {
						t.Errorf("%s message lacks %q:\n%s", rule, p, message[rule])
					}
				}
			}
			for rule, w := range want.Outcomes {
				if status[rule] != w {
					t.Errorf("%s = %q, want %q (%s)", rule, status[rule], w, want.Why[rule])
				}
			}
		})
	}
}
