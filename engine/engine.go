package engine

import (
	"sort"
	"strings"

	"github.com/expr-lang/expr/vm"
)

// Engine holds the compiled rule packs. It is immutable after New and safe
// for concurrent use.
type Engine struct {
	packs      []*pack // sorted by id
	cfg        Config
	catWeights map[string]float64
}

// pack is a compiled rule pack.
type pack struct {
	file    *packFile
	info    PackInfo
	applies *vm.Program
	rules   []*rule // sorted by id
}

// New loads the embedded packs and the extra ones of opts, and compiles
// every expression once. Mistakes in rule files are returned together as a
// *CompileErrors; a config naming unknown rules is a plain error.
func New(opts Options) (*Engine, error) {
	files, embedded, errs := loadFiles(opts.RulePaths)
	e := &Engine{cfg: opts.Config, catWeights: opts.Config.categoryWeights()}
	for _, f := range merge(files, embedded) {
		p, perrs := compilePack(f)
		e.packs, errs = append(e.packs, p), append(errs, perrs...)
	}
	errs = append(errs, e.checkTests()...)
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, &CompileErrors{Errs: errs}
	}
	if err := opts.Config.validate(e.ruleIDs()); err != nil {
		return nil, err
	}
	e.applyConfig()
	return e, nil
}

func compilePack(f *packFile) (*pack, []*RuleError) {
	d := &decoder{file: f.file, lines: f.lines}
	p := &pack{file: f, info: f.info}
	if f.applies.node == nil {
		d.errAt(nil, "applies", "pack %s has no applies expression", f.info.ID)
	}
	p.applies = d.program(f.applies, "applies", kindBool)
	errs := d.errs
	for _, s := range f.rules {
		r, rerrs := compileRule(s, f.info.ID)
		p.rules, errs = append(p.rules, r), append(errs, rerrs...)
	}
	sort.Slice(p.rules, func(i, j int) bool { return p.rules[i].spec.id < p.rules[j].spec.id })
	return p, errs
}

func (e *Engine) ruleIDs() map[string]bool {
	ids := map[string]bool{}
	for _, p := range e.packs {
		for _, r := range p.rules {
			ids[r.spec.id] = true
		}
	}
	return ids
}

// applyConfig sets each rule's effective severity, weight and state.
func (e *Engine) applyConfig() {
	rc := e.cfg.byRule()
	for _, p := range e.packs {
		for _, r := range p.rules {
			id := strings.ToUpper(r.spec.id)
			r.severity = r.spec.severity
			if s, ok := rc.severity[id]; ok {
				r.severity = s
			}
			r.weight = SeverityWeights[r.severity]
			if r.spec.weight != nil {
				r.weight = *r.spec.weight
			}
			if w, ok := rc.weights[id]; ok {
				r.weight = w
			}
			r.disabled = rc.disabled[id]
		}
	}
}

// findRule returns the rule with the id, preferring the given pack.
func (e *Engine) findRule(packID, id string) *rule {
	var found *rule
	for _, p := range e.packs {
		for _, r := range p.rules {
			if r.spec.id == id && (found == nil || p.info.ID == packID) {
				found = r
			}
		}
	}
	return found
}
