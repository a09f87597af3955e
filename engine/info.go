package engine

import "strings"

// RuleInfo describes a loaded rule, with its effective severity and weight.
type RuleInfo struct {
	ID, Title, Category, Severity, Cite, Pack, When, Each, Assert, Message, File string
	Line                                                                         int
	Weight                                                                       float64
	Gate                                                                         bool
	Disabled                                                                     bool
}

// Packs returns the loaded packs, sorted by id.
func (e *Engine) Packs() []PackInfo {
	out := make([]PackInfo, len(e.packs))
	for i, p := range e.packs {
		out[i] = p.info
	}
	return out
}

// Rules returns every loaded rule, sorted by pack then id.
func (e *Engine) Rules() []RuleInfo {
	var out []RuleInfo
	for _, p := range e.packs {
		for _, r := range p.rules {
			out = append(out, r.info())
		}
	}
	return out
}

// Rule returns a rule by id, or by "pack/ID". When several packs have the
// id, the pack sorted last wins (gov-2021 over gov-2019).
func (e *Engine) Rule(id string) (RuleInfo, bool) {
	packID, ruleID, qualified := strings.Cut(id, "/")
	if !qualified {
		ruleID, packID = packID, ""
	}
	var found *rule
	for _, p := range e.packs {
		for _, r := range p.rules {
			if strings.EqualFold(r.spec.id, ruleID) && (packID == "" || p.info.ID == packID) {
				found = r
			}
		}
	}
	if found == nil {
		return RuleInfo{}, false
	}
	return found.info(), true
}

func (r *rule) info() RuleInfo {
	s := r.spec
	return RuleInfo{ID: s.id, Title: s.title, Category: s.category, Severity: r.severity,
		Cite: s.cite, Pack: r.pack, When: s.when.text, Each: s.each.text, Assert: s.assert.text,
		Message: s.message.text, File: s.pack.file, Line: s.line, Weight: r.weight, Gate: s.gate,
		Disabled: r.disabled}
}
