package engine

import "github.com/nianbao/nianbao/report"

// Inputs are what an audit may draw on besides the report itself. Rules
// that need an input that is absent say so (`na` or `manual`), never pass.
type Inputs struct {
	// Prev is the same agency's report on the previous year, when known
	// (from the batch or --prev).
	Prev *report.Report
	// Ledger lists policy documents of the report year and the dates their
	// interpretations were published (--ledger).
	Ledger []LedgerEntry
	// Peers are the other reports of the same batch (text shared across
	// agencies).
	Peers []*report.Report
	// Batch, when set, is the whole batch indexed once (NewBatch) and is
	// used instead of Peers: give every audit of a large batch the same one.
	// Reports of the audited report's own agency are never compared as peers.
	Batch *Batch
}

// LedgerEntry is one policy document of the ledger.
type LedgerEntry struct {
	Document       string // title as given
	Published      string // YYYY-MM-DD
	Interpretation string // YYYY-MM-DD, "" when not interpreted
	Line           int    // line in the ledger file, for evidence
}
