package render

import (
	"encoding/json"
	"io"
	"net/url"
	"path"
	"path/filepath"
	"strings"

	"github.com/nianbao/nianbao/engine"
)

func init() { register("sarif", func(Options) Renderer { return SARIF{} }) }

// SARIF renders the findings as a SARIF 2.1.0 log for code-scanning tools:
// one run whose driver lists every rule of the audit, one result per rule
// that failed (kind fail), could not be decided for lack of data (kind
// open) or needs a person (kind review), located in the report file at the
// line of its first evidence. A waived failure carries an accepted external
// suppression; an unreadable file is an error notification of the run.
type SARIF struct{}

// Constants of the log.
const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	sarifInfoURI = "https://github.com/nianbao/nianbao"
)

// sarifLevels maps a rule severity to a SARIF level.
var sarifLevels = map[string]string{"error": "error", "warning": "warning", "info": "note"}

// sarifKinds maps the outcomes reported to SARIF result kinds.
var sarifKinds = map[engine.Status]string{engine.Fail: "fail", engine.Error: "open", engine.Manual: "review"}

type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations"`
		Artifacts   []sarifArtifact   `json:"artifacts,omitempty"`
		Results     []sarifResult     `json:"results"`
	}
	sarifTool struct {
		Driver     sarifComponent   `json:"driver"`
		Extensions []sarifComponent `json:"extensions,omitempty"`
	}
	sarifComponent struct {
		Name           string            `json:"name"`
		Version        string            `json:"version,omitempty"`
		InformationURI string            `json:"informationUri,omitempty"`
		Rules          []sarifRule       `json:"rules,omitempty"`
		Properties     map[string]string `json:"properties,omitempty"`
	}
	sarifRule struct {
		ID                   string         `json:"id"`
		Name                 string         `json:"name"`
		ShortDescription     sarifText      `json:"shortDescription"`
		FullDescription      sarifText      `json:"fullDescription"`
		Help                 sarifText      `json:"help"`
		DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
		Properties           sarifRuleProps `json:"properties"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifRuleProps struct {
		Category string   `json:"category"`
		Severity string   `json:"severity"`
		Weight   float64  `json:"weight"`
		Gate     bool     `json:"gate,omitempty"`
		Tags     []string `json:"tags"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifInvocation struct {
		ExecutionSuccessful bool                `json:"executionSuccessful"`
		Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations"`
	}
	sarifArtifact struct {
		Location sarifArtifactLocation `json:"location"`
		Hashes   map[string]string     `json:"hashes,omitempty"`
	}
	sarifResult struct {
		RuleID           string             `json:"ruleId"`
		RuleIndex        int                `json:"ruleIndex"`
		Kind             string             `json:"kind"`
		Level            string             `json:"level"`
		Message          sarifText          `json:"message"`
		Locations        []sarifLocation    `json:"locations"`
		RelatedLocations []sarifLocation    `json:"relatedLocations,omitempty"`
		Suppressions     []sarifSuppression `json:"suppressions,omitempty"`
		Properties       sarifResultProps   `json:"properties"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifText    `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine int        `json:"startLine"`
		Snippet   *sarifText `json:"snippet,omitempty"`
	}
	sarifSuppression struct {
		Kind          string `json:"kind"`
		Status        string `json:"status"`
		Justification string `json:"justification"`
	}
	sarifResultProps struct {
		Status   engine.Status     `json:"status"`
		Page     int               `json:"page,omitempty"`
		Key      string            `json:"key,omitempty"`
		Value    *float64          `json:"value,omitempty"`
		Evidence []engine.Evidence `json:"evidence"`
	}
)

// Render writes the log as indented JSON.
func (SARIF) Render(w io.Writer, a *engine.Audit) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{sarifRunOf(a)}})
}

func sarifRunOf(a *engine.Audit) sarifRun {
	rules := auditRules(a)
	run := sarifRun{Tool: sarifToolOf(a.Tool, rules), Results: []sarifResult{}}
	index := make(map[string]int, len(rules))
	for i, r := range rules {
		index[r.Rule] = i
	}
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, r := range a.Reports {
		uri := sarifURI(r.File)
		if r.Error != "" {
			inv.ExecutionSuccessful = false
			inv.Notifications = append(inv.Notifications, sarifNotification{Level: "error",
				Message: sarifText{r.Error}, Locations: []sarifLocation{{PhysicalLocation: sarifPlace(uri, 0, "")}}})
			continue
		}
		run.Artifacts = append(run.Artifacts, sarifArtifactOf(uri, r.SHA256))
		for _, res := range r.Results {
			if kind, ok := sarifKinds[res.Status]; ok {
				run.Results = append(run.Results, sarifResultOf(res, kind, index[res.Rule], uri))
			}
		}
	}
	run.Invocations = []sarifInvocation{inv}
	return run
}

func sarifToolOf(t engine.Tool, rules []engine.Result) sarifTool {
	tool := sarifTool{Driver: sarifComponent{Name: t.Name, Version: t.Version, InformationURI: sarifInfoURI}}
	for _, p := range t.Packs {
		tool.Extensions = append(tool.Extensions, sarifComponent{Name: p.ID, Version: p.Version,
			Properties: map[string]string{"sha256": p.SHA256}})
	}
	for _, r := range rules {
		tool.Driver.Rules = append(tool.Driver.Rules, sarifRuleOf(r))
	}
	return tool
}

func sarifRuleOf(r engine.Result) sarifRule {
	full, help := r.Title, "检查项："+r.Title
	if r.Cite != "" {
		full += "（依据：" + r.Cite + "）"
		help += "\n依据：" + r.Cite
	}
	help += "\n类别：" + CategoryLabel(r.Category) + "；严重程度：" + SeverityLabel(r.Severity) + "；权重：" + number(r.Weight)
	return sarifRule{ID: r.Rule, Name: pascalCase(r.Rule), ShortDescription: sarifText{r.Title},
		FullDescription: sarifText{full}, Help: sarifText{help}, DefaultConfiguration: sarifConfig{sarifLevel(r.Severity)},
		Properties: sarifRuleProps{Category: r.Category, Severity: r.Severity, Weight: r.Weight, Gate: r.Gate,
			Tags: []string{CategoryLabel(r.Category)}}}
}

func sarifLevel(severity string) string {
	if l, ok := sarifLevels[severity]; ok {
		return l
	}
	return "warning"
}

// sarifResultOf places a result at the line of its first evidence in the
// report that has one; every evidence with a line, in this report or
// another (the previous year's), is also a related location.
func sarifResultOf(r engine.Result, kind string, index int, uri string) sarifResult {
	out := sarifResult{RuleID: r.Rule, RuleIndex: index, Kind: kind, Level: "none",
		Message:    sarifText{orDash(explanation(r))},
		Locations:  []sarifLocation{{PhysicalLocation: sarifPlace(uri, 0, "")}},
		Properties: sarifResultProps{Status: r.Status, Evidence: nonNil(r.Evidence)}}
	if kind == "fail" {
		out.Level = sarifLevel(r.Severity)
	}
	if i := firstEvidence(r.Evidence); i >= 0 {
		e := r.Evidence[i]
		if e.File == "" {
			out.Locations[0].PhysicalLocation = sarifPlace(uri, e.Line, e.Quote)
		}
		out.Properties.Page, out.Properties.Key, out.Properties.Value = e.Page, e.Key, e.Value
	}
	for _, e := range r.Evidence {
		if e.Line > 0 {
			id, at := len(out.RelatedLocations), uri
			if e.File != "" {
				at = sarifURI(e.File)
			}
			out.RelatedLocations = append(out.RelatedLocations, sarifLocation{ID: &id,
				PhysicalLocation: sarifPlace(at, e.Line, e.Quote), Message: &sarifText{evidenceLine(e)}})
		}
	}
	if waived(r) {
		out.Suppressions = []sarifSuppression{{Kind: "external", Status: "accepted",
			Justification: r.Waiver.Reason + "（豁免至 " + r.Waiver.Expires + "）"}}
	}
	return out
}

// firstEvidence is the index of the first evidence with a line in the
// audited report, else 0, or -1 when there is no evidence.
func firstEvidence(es []engine.Evidence) int {
	for i, e := range es {
		if e.Line > 0 && e.File == "" {
			return i
		}
	}
	if len(es) == 0 {
		return -1
	}
	return 0
}

// sarifPlace is a file, with a region when the line is known.
func sarifPlace(uri string, line int, quote string) sarifPhysical {
	p := sarifPhysical{ArtifactLocation: sarifArtifactLocation{URI: uri}}
	if line > 0 {
		p.Region = &sarifRegion{StartLine: line}
		if quote != "" {
			p.Region.Snippet = &sarifText{quote}
		}
	}
	return p
}

func sarifArtifactOf(uri, sha string) sarifArtifact {
	a := sarifArtifact{Location: sarifArtifactLocation{URI: uri}}
	if sha != "" {
		a.Hashes = map[string]string{"sha-256": sha}
	}
	return a
}

// sarifURI is a file name as a URI reference: a relative path stays
// relative, with forward slashes; an absolute one becomes a file: URI.
// Characters outside URI syntax (Han, spaces) are percent-encoded.
func sarifURI(file string) string {
	p := filepath.ToSlash(file)
	if !filepath.IsAbs(file) && !path.IsAbs(p) {
		return (&url.URL{Path: path.Clean(p)}).String()
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/…
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// pascalCase turns a rule id into a SARIF rule name: APP-BALANCE → AppBalance.
func pascalCase(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		b.WriteString(strings.ToUpper(part[:1]) + strings.ToLower(part[1:]))
	}
	return b.String()
}
