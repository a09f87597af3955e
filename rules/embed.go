// Package rules holds the rule packs as YAML data and the model dumps their
// fixture cases run on. They are embedded so that the binary works alone.
package rules

import "embed"

// FS holds the rule packs (*.yaml) and their test reports (testdata/).
//
//go:embed *.yaml testdata
var FS embed.FS
