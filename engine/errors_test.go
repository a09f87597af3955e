package engine_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// writePack writes a rule pack into a temporary folder and returns its path.
func writePack(t *testing.T, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "local.yaml")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const header = `pack:
  id: local
  version: "1"
  applies: "true"
rules:
`

func compileErrors(t *testing.T, src string) (string, *engine.CompileErrors) {
	t.Helper()
	p := writePack(t, header+src)
	_, err := engine.New(engine.Options{RulePaths: []string{p}})
	var ce *engine.CompileErrors
	if !errors.As(err, &ce) {
		t.Fatalf("want *CompileErrors, got %v", err)
	}
	return p, ce
}

// TestCompileErrorCaret checks the exact text of an expression error after
// Chinese text: line, character column, the YAML line and the caret under
// the display column.
func TestCompileErrorCaret(t *testing.T) {
	p, ce := compileErrors(t, `  - id: LOCAL-ONE
    title: 测试
    category: accuracy
    severity: error
    assert: find("overview", "总体情况") && 年度 > 2020
    message: x
`)
	want := p + `:10:41: LOCAL-ONE assert: unknown name 年度
      assert: find("overview", "总体情况") && 年度 > 2020
                                              ^`
	if got := ce.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestCompileErrorBlockScalar maps an error on the second line of a block
// scalar and inside a message placeholder of a quoted string.
func TestCompileErrorBlockScalar(t *testing.T) {
	p, ce := compileErrors(t, `  - id: LOCAL-TWO
    title: 块
    category: quality
    severity: info
    assert: |
      cell("applications.new.total") >= 0 &&
        cell("applications.新收.total") >= 0
    message: "「{{ it }}」相差 {{ check().difference }}"
`)
	want := p + `:12:14: LOCAL-TWO assert: cell: unknown cell key "applications.新收.total"
          cell("applications.新收.total") >= 0
               ^
` + p + `:13:39: LOCAL-TWO message: type engine.SumCheck has no field difference
      message: "「{{ it }}」相差 {{ check().difference }}"
                                            ^`
	if got := ce.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestCompileErrorsAll checks that every mistake of every rule is reported
// at once, in file order.
func TestCompileErrorsAll(t *testing.T) {
	p, ce := compileErrors(t, `  - id: LOCAL-ONE
    title: 一
    category: beauty
    severity: error
    assert: cell("regulations.issued") > "x"
    message: x
    colour: red
  - id: local-two
    title: 二
    category: quality
    severity: fatal
    each: year()
    assert: true
    message: "{{ foo"
`)
	var got []string
	for _, e := range ce.Errs {
		got = append(got, strings.TrimPrefix(strings.SplitN(e.Error(), "\n", 2)[0], p+":"))
	}
	want := []string{
		`8:15: LOCAL-ONE category: "beauty" is not one of structure, completeness, accuracy, timeliness, quality`,
		`10:40: LOCAL-ONE assert: invalid operation: > (mismatched types float64 and string)`,
		`12:5: LOCAL-ONE: unknown field "colour" in a rule (known: assert, category, cite, each, gate, id, message, severity, title, weight, when)`,
		`13:9: local-two id: "local-two" must be upper-case words joined by hyphens, like APP-BALANCE`,
		`16:15: local-two severity: "fatal" is not one of error, warning, info`,
		`17:11: local-two each: each must give a list of strings, not int`,
		`19:15: local-two message: unclosed {{`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestYAMLSyntaxError names the file and line of a broken pack.
func TestYAMLSyntaxError(t *testing.T) {
	p := writePack(t, "pack: {id: x\nrules: []\n")
	_, err := engine.New(engine.Options{RulePaths: []string{p}})
	if err == nil || !strings.HasPrefix(err.Error(), p+":") {
		t.Fatalf("got %v", err)
	}
}

// TestConfigUnknownRule rejects a config naming a rule that does not exist.
func TestConfigUnknownRule(t *testing.T) {
	_, err := engine.New(engine.Options{Config: engine.Config{Disable: []string{"APP-BALANSE"}}})
	if err == nil || err.Error() != `config: unknown rule "APP-BALANSE"` {
		t.Fatalf("got %v", err)
	}
	if _, err := engine.New(engine.Options{Config: engine.Config{Weights: map[string]float64{"app-balance": 3}}}); err != nil {
		t.Fatalf("lower-case id from viper: %v", err)
	}
}
