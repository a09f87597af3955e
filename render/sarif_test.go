package render

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestSARIFGolden(t *testing.T) {
	golden(t, "audit.sarif.golden", renderFormat(t, "sarif", sampleAudit()))
}

// sarifObject is what the SARIF 2.1.0 schema says of one object type: the
// properties it allows (the schema forbids others), those it requires,
// the type of each nested object or array of objects, and enumerations.
type sarifObject struct {
	allowed, required string
	nested            map[string]string
	enums             map[string]string
}

// sarifSchemaEssentials covers the object types nianbao writes, from the
// SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json).
var sarifSchemaEssentials = map[string]sarifObject{
	"log": {allowed: "$schema version runs inlineExternalProperties properties", required: "version runs",
		nested: map[string]string{"runs": "run"}, enums: map[string]string{"version": "2.1.0"}},
	"run": {allowed: "tool invocations conversion language versionControlProvenance originalUriBaseIds artifacts logicalLocations graphs results automationDetails runAggregates baselineGuid redactionTokens defaultEncoding defaultSourceLanguage newlineSequences columnKind externalPropertyFileReferences threadFlowLocations taxonomies addresses translations policies webRequests webResponses specialLocations properties",
		required: "tool", nested: map[string]string{"tool": "tool", "invocations": "invocation", "artifacts": "artifact", "results": "result"}},
	"tool": {allowed: "driver extensions properties", required: "driver",
		nested: map[string]string{"driver": "toolComponent", "extensions": "toolComponent"}},
	"toolComponent": {allowed: "guid name organization product productSuite shortDescription fullDescription fullName version semanticVersion dottedQuadFileVersion releaseDateUtc downloadUri informationUri globalMessageStrings notifications rules taxa locations language contents isComprehensive localizedDataSemanticVersion minimumRequiredLocalizedDataSemanticVersion associatedComponent translationMetadata supportedTaxonomies properties",
		required: "name", nested: map[string]string{"rules": "reportingDescriptor"}},
	"reportingDescriptor": {allowed: "id deprecatedIds guid deprecatedGuids name deprecatedNames shortDescription fullDescription messageStrings defaultConfiguration helpUri help relationships properties",
		required: "id", nested: map[string]string{"shortDescription": "mfMessage", "fullDescription": "mfMessage", "help": "mfMessage", "defaultConfiguration": "configuration"}},
	"configuration": {allowed: "enabled level rank parameters properties", enums: map[string]string{"level": "none note warning error"}},
	"mfMessage":     {allowed: "text markdown properties", required: "text"},
	"message":       {allowed: "text markdown id arguments properties", required: "text"},
	"invocation": {allowed: "commandLine arguments responseFiles startTimeUtc endTimeUtc exitCode ruleConfigurationOverrides notificationConfigurationOverrides toolExecutionNotifications toolConfigurationNotifications exitCodeDescription exitSignalName exitSignalNumber processStartFailureMessage executionSuccessful machine account processId executableLocation workingDirectory environmentVariables stdin stdout stderr stdoutStderr properties",
		required: "executionSuccessful", nested: map[string]string{"toolExecutionNotifications": "notification"}},
	"notification": {allowed: "locations message level threadId timeUtc exception descriptor associatedRule properties", required: "message",
		nested: map[string]string{"locations": "location", "message": "message"}, enums: map[string]string{"level": "none note warning error"}},
	"artifact": {allowed: "location parentIndex offset length roles mimeType contents encoding sourceLanguage hashes lastModifiedTimeUtc description properties",
		nested: map[string]string{"location": "artifactLocation"}},
	"result": {allowed: "ruleId ruleIndex rule kind level message analysisTarget locations guid correlationGuid occurrenceCount partialFingerprints fingerprints stacks codeFlows graphs graphTraversals relatedLocations suppressions baselineState rank attachments hostedViewerUri workItemUris provenance fixes taxa webRequest webResponse properties",
		required: "message", nested: map[string]string{"message": "message", "locations": "location", "relatedLocations": "location", "suppressions": "suppression"},
		enums: map[string]string{"level": "none note warning error", "kind": "notApplicable pass fail review open informational"}},
	"location": {allowed: "id physicalLocation logicalLocations message annotations relationships properties",
		nested: map[string]string{"physicalLocation": "physicalLocation", "message": "message"}},
	"physicalLocation": {allowed: "address artifactLocation region contextRegion properties",
		nested: map[string]string{"artifactLocation": "artifactLocation", "region": "region"}},
	"artifactLocation": {allowed: "uri uriBaseId index description properties"},
	"region": {allowed: "startLine startColumn endLine endColumn charOffset charLength byteOffset byteLength snippet message sourceLanguage properties",
		nested: map[string]string{"snippet": "artifactContent"}},
	"artifactContent": {allowed: "text binary rendered properties"},
	"suppression": {allowed: "guid kind status justification location properties", required: "kind",
		enums: map[string]string{"kind": "inSource external", "status": "accepted underReview rejected"}},
}

// checkSARIF validates v as an object of the named type, recursively.
func checkSARIF(t *testing.T, where, typ string, v any) {
	t.Helper()
	obj, ok := v.(map[string]any)
	if !ok {
		t.Errorf("%s: not an object", where)
		return
	}
	s := sarifSchemaEssentials[typ]
	for k := range obj {
		if !slices.Contains(strings.Fields(s.allowed), k) {
			t.Errorf("%s: %s does not allow %q", where, typ, k)
		}
	}
	for _, k := range strings.Fields(s.required) {
		if _, ok := obj[k]; !ok {
			t.Errorf("%s: %s lacks required %q", where, typ, k)
		}
	}
	for k, allowed := range s.enums {
		if val, ok := obj[k].(string); ok && !slices.Contains(strings.Fields(allowed), val) {
			t.Errorf("%s.%s = %q, not one of %s", where, k, val, allowed)
		}
	}
	for k, sub := range s.nested {
		switch child := obj[k].(type) {
		case []any:
			for i, c := range child {
				checkSARIF(t, where+"."+k+"["+strconv.Itoa(i)+"]", sub, c)
			}
		case map[string]any:
			checkSARIF(t, where+"."+k, sub, child)
		}
	}
}

// decodeSARIF renders the sample and decodes it generically.
func decodeSARIF(t *testing.T) map[string]any {
	t.Helper()
	var log map[string]any
	if err := json.Unmarshal(renderFormat(t, "sarif", sampleAudit()), &log); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return log
}

func TestSARIFSchema(t *testing.T) {
	log := decodeSARIF(t)
	checkSARIF(t, "log", "log", log)
	if log["$schema"] != sarifSchema {
		t.Errorf("$schema = %v", log["$schema"])
	}
}

// Beyond the schema: every result names a rule of the driver at its index,
// a result of a kind other than fail has level none, and locations are
// relative URI references with forward slashes and lines from 1.
func TestSARIFConsistent(t *testing.T) {
	run := decodeSARIF(t)["runs"].([]any)[0].(map[string]any)
	rules := run["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any)
	var ids []string
	for _, r := range rules {
		ids = append(ids, r.(map[string]any)["id"].(string))
	}
	if len(ids) != 10 {
		t.Errorf("%d rules, want the 10 of the audit", len(ids))
	}
	results := run["results"].([]any)
	if len(results) != 7 {
		t.Errorf("%d results, want 7 (5 failures, 1 undecidable, 1 manual)", len(results))
	}
	for _, x := range results {
		r := x.(map[string]any)
		if i := int(r["ruleIndex"].(float64)); ids[i] != r["ruleId"] {
			t.Errorf("ruleIndex %d is %s, ruleId %s", i, ids[i], r["ruleId"])
		}
		if r["kind"] != "fail" && r["level"] != "none" {
			t.Errorf("%s: kind %s with level %s", r["ruleId"], r["kind"], r["level"])
		}
		for _, l := range r["locations"].([]any) {
			p := l.(map[string]any)["physicalLocation"].(map[string]any)
			uri := p["artifactLocation"].(map[string]any)["uri"].(string)
			if u, err := url.Parse(uri); err != nil || u.IsAbs() || strings.ContainsAny(uri, `\ `) {
				t.Errorf("uri %q is not a relative URI reference", uri)
			}
			if reg, ok := p["region"].(map[string]any); ok && reg["startLine"].(float64) < 1 {
				t.Errorf("startLine %v", reg["startLine"])
			}
		}
	}
}

// Where a result is: its first evidence with a line, the cell in its
// properties; a waived failure is suppressed, an unreadable file is an
// error notification and makes the run unsuccessful.
func TestSARIFFindings(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(renderFormat(t, "sarif", sampleAudit()), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	byRule := map[string]sarifResult{}
	for _, r := range run.Results {
		byRule[r.RuleID+" "+r.Locations[0].PhysicalLocation.ArtifactLocation.URI] = r
	}
	bal := byRule["APP-BALANCE fixtures/reports/gz-xiezuo-2022.txt"]
	if reg := bal.Locations[0].PhysicalLocation.Region; reg == nil || reg.StartLine != 88 || bal.Level != "error" ||
		bal.Properties.Page != 3 || bal.Properties.Key != "applications.new.total" || *bal.Properties.Value != 1 {
		t.Errorf("APP-BALANCE = %+v", bal)
	}
	if len(bal.RelatedLocations) != 2 || bal.RelatedLocations[1].PhysicalLocation.Region.StartLine != 112 {
		t.Errorf("APP-BALANCE related locations = %+v", bal.RelatedLocations)
	}
	carry := byRule["CARRY-OVER fixtures/reports/%E5%8C%97%E4%BA%AC%E5%B8%82%E6%9F%90%E5%8C%BA%202023.pdf"]
	if rel := carry.RelatedLocations; len(rel) != 2 || carry.Locations[0].PhysicalLocation.Region.StartLine != 90 ||
		rel[1].PhysicalLocation.ArtifactLocation.URI != "fixtures/reports/%E5%8C%97%E4%BA%AC%E5%B8%82%E6%9F%90%E5%8C%BA%202022.pdf" {
		t.Errorf("CARRY-OVER: evidence from last year's report is not located there: %+v", carry)
	}
	late := byRule["DEADLINE fixtures/reports/%E5%8C%97%E4%BA%AC%E5%B8%82%E6%9F%90%E5%8C%BA%202023.pdf"]
	if late.Kind != "fail" || late.Locations[0].PhysicalLocation.Region != nil || late.Properties.Key != "meta.published" {
		t.Errorf("DEADLINE (no line) = %+v", late)
	}
	if s := byRule["OVERVIEW-COVERAGE fixtures/reports/gz-xiezuo-2022.txt"].Suppressions; len(s) != 1 || s[0].Status != "accepted" {
		t.Errorf("waived result suppressions = %+v", s)
	}
	if byRule["NARRATIVE-MATCH fixtures/reports/gz-xiezuo-2022.txt"].Kind != "open" || byRule["DEADLINE fixtures/reports/gz-xiezuo-2022.txt"].Kind != "review" {
		t.Error("undecidable results are not open, manual ones not review")
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notifications) != 1 || inv.Notifications[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "fixtures/bad/empty.txt" {
		t.Errorf("invocation = %+v", inv)
	}
}

func TestSARIFURI(t *testing.T) {
	for in, want := range map[string]string{
		"a/b.pdf": "a/b.pdf", "./a/../b c.pdf": "b%20c.pdf", "年报.pdf": "%E5%B9%B4%E6%8A%A5.pdf",
		"/srv/年报/x.pdf": "file:///srv/%E5%B9%B4%E6%8A%A5/x.pdf", "c:x.pdf": "./c:x.pdf",
	} {
		if got := sarifURI(in); got != want {
			t.Errorf("sarifURI(%q) = %q, want %q", in, got, want)
		}
	}
	if got := pascalCase("APP-BALANCE"); got != "AppBalance" {
		t.Errorf("pascalCase = %q", got)
	}
}

func TestSARIFDeterministic(t *testing.T) {
	if !bytes.Equal(renderFormat(t, "sarif", sampleAudit()), renderFormat(t, "sarif", sampleAudit())) {
		t.Error("two renderings differ")
	}
}
