package engine

import (
	"regexp"
	"sort"
	"strings"
)

// FollowUp is what followup() found in this year's report about one of the
// problems last year's report stated. It is a heuristic over key terms:
// rules should treat anything short of "addressed" or "absent" as a
// question for a person.
type FollowUp struct {
	// Status is one of: addressed (a sentence outside this year's 存在的主要问题
	// names the problem's key terms and an action: 改进, 落实, 丰富…),
	// restated (only this year's 存在的主要问题 names it again), mentioned
	// (named without an action), partial (some key terms only), absent (no
	// sentence has even a quarter of them), unclear (too few key terms).
	Status  string  `expr:"status"`
	Score   float64 `expr:"score"`   // share of the key terms' bigrams in the best sentence
	Terms   string  `expr:"terms"`   // the key terms, joined by "、"
	Found   string  `expr:"found"`   // the best sentence, as written ("" when absent)
	Line    int     `expr:"line"`    // its line
	Section string  `expr:"section"` // its section key
}

// Scores a sentence must reach to name a problem, or to touch it.
const (
	strongMatch = 0.5
	weakMatch   = 0.25
)

// action marks a sentence that reports work done.
var action = regexp.MustCompile(`改进|整改|落实|完善|加强|提升|提高|丰富|优化|推进|推动|建立|健全|规范|拓展|拓宽|增加|开展|制定|强化|加大|深化|创新|采用|运用|实现|做到|组织|编制|修订|出台|开设|上线|培训|整合|关停|精简|更新`)

// maxSentences bounds the sentences searched: real reports have a few
// hundred.
const maxSentences = 20_000

// sentence is a sentence of the audited report.
type sentence struct {
	section, text string
	han           string // its Chinese characters only
	line          int
	problems      bool // in 存在的主要问题
}

// sentences splits the report's sections into sentences, once per audit.
func (e *Env) sentences() []sentence {
	c := e.crossState()
	if c.sents != nil {
		return c.sents
	}
	c.sents = []sentence{}
	for i := range e.r.Sections {
		s := &e.r.Sections[i]
		text, line := body(s)
		seen := 0 // text before seen is counted in line
		for _, p := range splitKeep(text, "。！？；;!?") {
			if len(c.sents) == maxSentences {
				break
			}
			raw := text[p.start:p.end]
			line += strings.Count(text[seen:p.start], "\n")
			seen = p.start
			c.sents = append(c.sents, sentence{section: s.Key, text: strings.Join(strings.Fields(raw), ""),
				han: hanOnly(raw), line: line, problems: s.Key == "problems"})
		}
	}
	return c.sents
}

// followUp looks for a problem in this year's report.
func (e *Env) followUp(problem string) FollowUp {
	terms := keyTerms(problem)
	grams := bigrams(terms)
	f := FollowUp{Status: "unclear", Terms: strings.Join(terms, "、")}
	if len(grams) < 2 {
		return f
	}
	var best, addressed, restated *sentence
	bestScore := -1.0
	for i := range e.sentences() {
		s := &e.cross.sents[i]
		score := share(grams, s.han)
		if score > bestScore {
			best, bestScore = s, score
		}
		if score >= strongMatch && addressed == nil && !s.problems && action.MatchString(s.text) {
			addressed = s
		}
		if score >= strongMatch && restated == nil && s.problems {
			restated = s
		}
	}
	f.Status, f.Score = "absent", max(bestScore, 0)
	switch {
	case addressed != nil:
		f.Status, best = "addressed", addressed
	case restated != nil:
		f.Status, best = "restated", restated
	case bestScore >= strongMatch:
		f.Status = "mentioned"
	case bestScore >= weakMatch:
		f.Status = "partial"
	default:
		return f
	}
	f.Score, f.Found, f.Line, f.Section = share(grams, best.han), best.text, best.line, best.section
	return f
}

// share is the fraction of the bigrams found in s.
func share(grams []string, s string) float64 {
	n := 0
	for _, g := range grams {
		if strings.Contains(s, g) {
			n++
		}
	}
	return float64(n) / float64(len(grams))
}

// hanOnly keeps the Chinese characters of s.
func hanOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isHan(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bigrams lists the distinct character pairs within the terms, sorted.
func bigrams(terms []string) []string {
	seen := map[string]bool{}
	for _, t := range terms {
		rs := []rune(t)
		for i := 0; i+1 < len(rs); i++ {
			seen[string(rs[i:i+2])] = true
		}
	}
	out := make([]string, 0, len(seen))
	for g := range seen {
		out = append(out, g)
	}
	sort.Strings(out)
	return out
}
