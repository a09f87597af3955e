package engine

import (
	"reflect"
	"testing"
)

// The literal prefilter and anchored search must find exactly what the
// plain regexp finds.
func TestPatternFindAgreesWithRegexp(t *testing.T) {
	patterns := []string{
		`(?:收到|受理|新收)[^。;,]{0,8}?申请(?:共|合计)?(\d+)件`,
		`信息管理|公开属性|发布审[核查]|三审三校`,
		`行政复议(?:案件)?(?:共)?(\d+)(?:件|起)`,
		`平台|网站|新媒体`,
		`\d+件`,
		`(?i)abc`,
		`未能在[^。]{0,20}?个工作日内`,
		`不够|不足|有待|滞后`,
		`\d|《|“|解读`,
	}
	texts := []string{
		"", "全年共收到政府信息公开申请75件，受理申请3件。",
		"本机关收到收到依申请公开1件；新收申请12件", "行政复议案件共3起，行政复议2件",
		"加强平台建设，网站改版，新媒体", "三审三校制度，公开属性认定", "ABC abc", "部分解读材料未能在政策文件公开后3个工作日内公开",
	}
	for _, src := range patterns {
		p, err := compileRegexp(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range texts {
			if got, want := p.find(s), p.re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q: got %v, want %v", src, s, got, want)
			}
			if got, want := p.count(s), len(p.re.FindAllStringIndex(s, -1)); got != want {
				t.Errorf("count %q on %q: got %d, want %d", src, s, got, want)
			}
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	for src, want := range map[string]bool{`(?:收到|受理)x`: true, `a|b`: true, `x?申请`: false, `[0-9]+件`: true} {
		p, _ := compileRegexp(src)
		if (p.anchored != nil) != want {
			t.Errorf("%q: anchored=%v, want %v (lits %q)", src, p.anchored != nil, want, p.lits)
		}
	}
}

// An assert that is only f(it) is called directly; anything else runs on
// the VM.
func TestDirectCall(t *testing.T) {
	for src, want := range map[string]string{"valid(it)": "valid", " filled(it) ": "filled",
		"valid(it) && filled(it)": "", "cell(it)": "", "label(it)": "", "nosuch(it)": ""} {
		got := ""
		if f := directCall(src); f != nil {
			got = f.Name
		}
		if got != want {
			t.Errorf("directCall(%q) = %q, want %q", src, got, want)
		}
	}
}
