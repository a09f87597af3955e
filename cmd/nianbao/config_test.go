package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Flags and config keys override what was detected; the template expected
// follows the year.
func TestOverridesAndConfig(t *testing.T) {
	cfg := writeFile(t, "nianbao.yaml", "format: json\nagency: 配置里的机关\nlevel: government\n")
	var got auditJSON
	nianbao(t, nil, "audit", "--config", cfg, "--year", "2020", "--published", "2021-03-01", goodReport).
		must(t, 0).decode(t, &got)
	m := got.Reports[0].Meta
	want := map[string]any{"agency": "配置里的机关", "level": "government", "year": 2020.0, "published": "2021-03-01", "expected": "2019"}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("meta.%s = %v, want %v", k, m[k], v)
		}
	}
}

// Precedence: flag > NIANBAO_* > config file.
func TestConfigPrecedence(t *testing.T) {
	cfg := writeFile(t, "nianbao.yaml", "agency: 文件\n")
	agency := func(env []string, args ...string) any {
		var got auditJSON
		args = append([]string{"audit", "--format", "json", "--config", cfg}, append(args, goodReport)...)
		nianbao(t, env, args...).must(t, 0).decode(t, &got)
		return got.Reports[0].Meta["agency"]
	}
	if a := agency(nil); a != "文件" {
		t.Errorf("config only: agency %v", a)
	}
	if a := agency([]string{"NIANBAO_AGENCY=环境"}); a != "环境" {
		t.Errorf("env over config: agency %v", a)
	}
	if a := agency([]string{"NIANBAO_AGENCY=环境"}, "--agency", "参数"); a != "参数" {
		t.Errorf("flag over env: agency %v", a)
	}
}

// A config file with an unknown key is refused, naming the key and line.
func TestConfigUnknownKey(t *testing.T) {
	cfg := writeFile(t, "nianbao.yaml", "format: json\ncolour: true\n")
	r := nianbao(t, nil, "audit", "--config", cfg, goodReport).must(t, 2)
	for _, want := range []string{cfg, "第2行", "未知的配置项“colour”"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q lacks %q", r.stderr, want)
		}
	}
}

// Bad values in the environment or config are errors, not zeros.
func TestConfigBadValues(t *testing.T) {
	r := nianbao(t, []string{"NIANBAO_MIN_SCORE=high"}, "audit", goodReport).must(t, 2)
	if !strings.Contains(r.stderr, "min_score 的值“high”无效") {
		t.Errorf("stderr = %q", r.stderr)
	}
	cfg := writeFile(t, "nianbao.yaml", "weights:\n  APP-BALANCE: heavy\n")
	r = nianbao(t, nil, "audit", "--config", cfg, goodReport).must(t, 2)
	if !strings.Contains(r.stderr, cfg) {
		t.Errorf("stderr = %q, want the config file named", r.stderr)
	}
}

// The manifest gives per-file metadata, matched by base name.
func TestManifest(t *testing.T) {
	dir := t.TempDir()
	csv := "\ufefffile,agency,level,year,published\n" +
		"gz-xiezuo-2022.txt,清单里的机关,department,2022,2023-01-20\n"
	manifest := filepath.Join(dir, "清单.csv")
	if err := os.WriteFile(manifest, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	var got auditJSON
	nianbao(t, nil, "audit", "--format", "json", "--manifest", manifest, goodReport).must(t, 0).decode(t, &got)
	if m := got.Reports[0].Meta; m["agency"] != "清单里的机关" || m["published"] != "2023-01-20" {
		t.Errorf("meta = %v, want the manifest's agency and date", m)
	}
	bad := writeFile(t, "bad.csv", "file,agency,level\nx.txt,某局,county\n")
	r := nianbao(t, nil, "audit", "--manifest", bad, goodReport).must(t, 2)
	if !strings.Contains(r.stderr, "第2行") || !strings.Contains(r.stderr, "county") {
		t.Errorf("stderr = %q, want the bad row named", r.stderr)
	}
}

// Paths in a config file are relative to the config file's folder.
func TestConfigPathsRelativeToFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "m.csv"), []byte("gz-xiezuo-2022.txt,相对路径清单,,,\n"), 0o644)
	cfg := filepath.Join(dir, "nianbao.yaml")
	os.WriteFile(cfg, []byte("manifest: m.csv\nformat: json\n"), 0o644)
	var got auditJSON
	nianbao(t, nil, "audit", "--config", cfg, goodReport).must(t, 0).decode(t, &got)
	if a := got.Reports[0].Meta["agency"]; a != "相对路径清单" {
		t.Errorf("agency = %v: the manifest beside the config file was not used", a)
	}
}
