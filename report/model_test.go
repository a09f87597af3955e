package report_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/report"
)

// The contract writes an unknown publication date as null; a dump read back
// keeps the date (or its absence).
func TestMetaPublishedJSON(t *testing.T) {
	for _, pub := range []string{"", "2023-01-31"} {
		data, err := json.Marshal(report.Meta{Agency: "某局", Year: 2022, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		want := `"published":null`
		if pub != "" {
			want = `"published":"` + pub + `"`
		}
		if !strings.Contains(string(data), want) || strings.Count(string(data), `"published"`) != 1 {
			t.Errorf("%s lacks %s", data, want)
		}
		var back report.Meta
		if err := json.Unmarshal(data, &back); err != nil || back.Published != pub || back.Agency != "某局" {
			t.Errorf("round trip: %+v %v", back, err)
		}
	}
}
