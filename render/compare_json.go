package render

import (
	"encoding/json"
	"io"

	"github.com/nianbao/nianbao/compare"
)

func init() { registerCompare("json", func(Options) CompareRenderer { return CompareJSON{} }) }

// CompareJSON renders the comparison model as one indented JSON object;
// its lists are never null and its maps are written with sorted keys.
type CompareJSON struct{}

// RenderComparison writes the comparison as JSON.
func (CompareJSON) RenderComparison(w io.Writer, c *compare.Comparison) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(c)
}
