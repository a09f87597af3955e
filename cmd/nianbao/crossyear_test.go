package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	pingtan2021 = "../../fixtures/reports/pingtan-2021.txt"
	pingtan2022 = "../../fixtures/reports/pingtan-2022.txt"
)

// crossJSON is the part of `audit --format json` these tests read.
type crossJSON struct {
	Reports []struct {
		File    string
		Error   string
		Results []crossResult
	}
}

type crossResult struct {
	Rule, Status, Message string
	Elements              map[string]int
	Evidence              []struct {
		Key, File, Quote, Note string
		Line                   int
		Value                  *float64
	}
}

// rule returns a report's result for a rule.
func (a crossJSON) rule(t *testing.T, file, id string) crossResult {
	t.Helper()
	for _, rep := range a.Reports {
		if filepath.Base(rep.File) != file {
			continue
		}
		for _, res := range rep.Results {
			if res.Rule == id {
				return res
			}
		}
	}
	t.Fatalf("%s: no %s", file, id)
	return crossResult{}
}

func auditCross(t *testing.T, args ...string) crossJSON {
	t.Helper()
	var out crossJSON
	nianbao(t, nil, append([]string{"audit", "--format", "json"}, args...)...).must(t, 0).decode(t, &out)
	return out
}

// 平潭 2021 and 2022 audited together: 2022 is paired with 2021. Its 上年结转
// row (1 0 0 0 0 0 1) is 2021's 结转下年度继续办理 row in all seven columns;
// no passage of 2022's 总体情况 or 存在的主要问题 is in 2021's report.
func TestCrossYearPingtan(t *testing.T) {
	out := auditCross(t, pingtan2021, pingtan2022)
	for id, want := range map[string]string{"CARRY-OVER": "na", "COPY-PREV": "na", "PROBLEMS-FOLLOWUP": "na"} {
		if r := out.rule(t, "pingtan-2021.txt", id); r.Status != want {
			t.Errorf("2021 %s = %s, want %s", id, r.Status, want)
		}
	}
	if r := out.rule(t, "pingtan-2022.txt", "CARRY-OVER"); r.Status != "pass" || r.Elements["pass"] != 7 {
		t.Errorf("2022 CARRY-OVER %s %v", r.Status, r.Elements)
	}
	if r := out.rule(t, "pingtan-2022.txt", "COPY-PREV"); r.Status != "pass" || r.Elements["pass"] != 3 || r.Elements["na"] != 1 {
		t.Errorf("2022 COPY-PREV %s %v (六、其他需要报告的事项 is too short to judge)", r.Status, r.Elements)
	}
	// 2022 still lists 政策解读形式单一 among its problems: for a person.
	r := out.rule(t, "pingtan-2022.txt", "PROBLEMS-FOLLOWUP")
	if r.Status != "manual" || !strings.Contains(r.Message, "上年所列问题「政策解读形式不够丰富」今年仍列在「存在的主要问题」中") {
		t.Errorf("2022 PROBLEMS-FOLLOWUP %s: %s", r.Status, r.Message)
	}
	// 规范性文件 cells are fused in both years (「693665」, 「8855698」): error, naming them.
	if r := out.rule(t, "pingtan-2022.txt", "INFORCE-MOVEMENT"); r.Status != "error" || !strings.Contains(r.Message, "prev:normative_docs.in_force") {
		t.Errorf("2022 INFORCE-MOVEMENT %s: %s", r.Status, r.Message)
	}
}

// A corrected dump of 2021 with another carry-forward, and a 2022 whose
// 存在的主要问题 is 2021's: both findings quote the cells and passages.
func TestCrossYearEvidence(t *testing.T) {
	dir := t.TempDir()
	prev := dumpModel(t, pingtan2021, filepath.Join(dir, "2021.json"), func(m map[string]any) {
		cell(m, "carried_out", "natural_person")["value"] = 2.0
		cell(m, "carried_out", "total")["value"] = 2.0
	})
	cur := dumpModel(t, pingtan2022, filepath.Join(dir, "2022.json"), func(m map[string]any) {
		section(m, "problems")["text"] = section(readModel(t, prev), "problems")["text"]
	})
	out := auditCross(t, "--prev", prev, cur)
	r := out.rule(t, "2022.json", "CARRY-OVER")
	// The dump keeps the file it was parsed from.
	want := "「自然人」列：本年「二、上年结转」填报 1，2021 年度报告（" + pingtan2021 + "）「四、结转下年度继续办理」填报 2，相差 1"
	if r.Status != "fail" || !strings.Contains(r.Message, want) {
		t.Errorf("CARRY-OVER %s: %s", r.Status, r.Message)
	}
	if ev := r.Evidence[1]; ev.Key != "prev:applications.carried_out.natural_person" || ev.File != pingtan2021 || ev.Line != 10 || *ev.Value != 2 {
		t.Errorf("CARRY-OVER evidence %+v", r.Evidence)
	}
	r = out.rule(t, "2022.json", "COPY-PREV")
	if r.Status != "fail" || !strings.Contains(r.Message, "「五、存在的主要问题及改进情况」有 100.0%（265/265 字）与 2021 年度报告") {
		t.Errorf("COPY-PREV %s: %s", r.Status, r.Message)
	}
	if ev := r.Evidence[0]; ev.Key != "sections.problems" || ev.Line != 10 || !strings.HasPrefix(ev.Quote, "（一）存在的主要问题:政策解读形式不够丰富") {
		t.Errorf("COPY-PREV evidence %+v", r.Evidence)
	}
}

// --prev gives a single report its previous one; with several inputs, or a
// file that cannot be read, it is a usage error.
func TestPrevFlag(t *testing.T) {
	out := auditCross(t, "--prev", pingtan2021, pingtan2022)
	if len(out.Reports) != 1 {
		t.Fatalf("%d reports", len(out.Reports))
	}
	if r := out.rule(t, "pingtan-2022.txt", "CARRY-OVER"); r.Status != "pass" {
		t.Errorf("CARRY-OVER %s", r.Status)
	}
	r := nianbao(t, nil, "audit", "--prev", pingtan2021, pingtan2021, pingtan2022).must(t, 2)
	if !strings.Contains(r.stderr, "--prev 只能与一份报告同时使用") {
		t.Errorf("stderr: %s", r.stderr)
	}
	r = nianbao(t, nil, "audit", "--prev", "no-such.pdf", pingtan2022).must(t, 2)
	if !strings.Contains(r.stderr, "无法读取 --prev 指定的上一年度报告") || !strings.Contains(r.stderr, "no-such.pdf") {
		t.Errorf("stderr: %s", r.stderr)
	}
}

// 洪泽区人民政府 (2023) and 淮安市洪泽区人民政府 (2024) are one agency; 淮安市人民政府
// is another. 2024's carry-over (all 0) and 现行有效 (规章 0 = 0 + 0 − 0;
// 行政规范性文件 8 = 5 + 3 − 0) follow from 2023's.
func TestCrossYearHongze(t *testing.T) {
	dir := "../../fixtures/reports/"
	out := auditCross(t, dir+"hongze-2023.pdf", dir+"hongze-2024.pdf", dir+"huaian-2024.pdf")
	for _, id := range []string{"CARRY-OVER", "INFORCE-MOVEMENT", "COPY-PREV"} {
		if r := out.rule(t, "hongze-2024.pdf", id); r.Status != "pass" {
			t.Errorf("hongze-2024 %s = %s: %s", id, r.Status, r.Message)
		}
		if r := out.rule(t, "huaian-2024.pdf", id); r.Status != "na" {
			t.Errorf("huaian-2024 %s = %s", id, r.Status)
		}
	}
	if r := out.rule(t, "hongze-2024.pdf", "COPY-PEER"); r.Status != "pass" {
		t.Errorf("hongze-2024 COPY-PEER = %s: %s", r.Status, r.Message)
	}
}

// dumpModel writes `nianbao parse` of src to path after edit.
func dumpModel(t *testing.T, src, path string, edit func(map[string]any)) string {
	t.Helper()
	var m map[string]any
	nianbao(t, nil, "parse", src).must(t, 0).decode(t, &m)
	edit(m)
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readModel(t *testing.T, path string) map[string]any {
	t.Helper()
	var m map[string]any
	data, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(data, &m)
	}
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func cell(m map[string]any, row, col string) map[string]any {
	return m["tables"].(map[string]any)["applications"].(map[string]any)[row].(map[string]any)[col].(map[string]any)
}

func section(m map[string]any, key string) map[string]any {
	for _, s := range m["sections"].([]any) {
		if s := s.(map[string]any); s["key"] == key {
			return s
		}
	}
	return nil
}
