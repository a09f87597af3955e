package engine

import (
	"time"

	"go.yaml.in/yaml/v3"
)

// A fixture case may give a ledger of policy documents, as the CSV of
// --ledger would:
//
//	ledger:
//	  - {document: 关于…的通知, published: 2022-06-01, interpretation_published: 2022-06-08}

// ledger decodes a test's ledger entries.
func (d *decoder) ledger(n *yaml.Node) []LedgerEntry {
	if n.Kind != yaml.SequenceNode {
		d.errAt(n, "ledger", "ledger must be a list of documents")
		return nil
	}
	var out []LedgerEntry
	for _, en := range n.Content {
		l := LedgerEntry{Line: en.Line}
		d.fields(en, "a ledger document", map[string]func(*yaml.Node){
			"document":                 func(v *yaml.Node) { l.Document = d.str(v, "document") },
			"published":                func(v *yaml.Node) { l.Published = d.date(v, "published") },
			"interpretation_published": func(v *yaml.Node) { l.Interpretation = d.date(v, "interpretation_published") },
		})
		if l.Document == "" || l.Published == "" {
			d.errAt(en, "ledger", "a ledger document needs document and published")
		}
		out = append(out, l)
	}
	return out
}

// date reads a YYYY-MM-DD scalar ("" or null for none).
func (d *decoder) date(n *yaml.Node, field string) string {
	if n.Tag == "!!null" || n.Value == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, n.Value); err != nil {
		d.errAt(n, field, "%q is not a date (YYYY-MM-DD)", n.Value)
	}
	return n.Value
}

// inputs are the other inputs of a case: its ledger.
func (t *testSpec) inputs() *Inputs { return &Inputs{Ledger: t.ledger} }
