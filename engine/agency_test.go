package engine_test

import (
	"testing"

	"github.com/nianbao/nianbao/engine"
)

func TestSameAgency(t *testing.T) {
	cases := []struct {
		a, b string
		same bool
	}{
		{"淮安市洪泽区人民政府", "洪泽区人民政府", true},
		{"洪泽区人民政府", "淮安市洪泽区人民政府", true},
		{"江苏省淮安市洪泽区人民政府", "洪泽区人民政府", true},
		{"江州市临湖区人民政府", "临湖区人民政府", true}, // 江州 alone also ends in a unit
		{"平潭综合实验区", "平潭综合实验区", true},
		{"平潭 综合实验区", "平潭综合实验区", true},
		{"福建省平潭综合实验区", "平潭综合实验区", true},
		{"淮安市人民政府", "淮安市洪泽区人民政府", false},
		{"洪泽区人民政府", "淮安市洪泽区教育局", false},
		{"人民政府", "洪泽区人民政府", false},
		{"教育局", "洪泽区教育局", false},
		{"市场监督管理局", "洪泽区市场监督管理局", false},
		{"城市管理局", "洪泽区城市管理局", false},
		{"住房和城乡建设局", "洪泽区住房和城乡建设局", false},
		{"经济开发区管委会", "淮安市经济开发区管委会", false},
		{"沛县教育局", "徐州市沛县教育局", false}, // one-character place names are not trusted
		{"洪泽区人民政府", "某某洪泽区人民政府", false},
		{"", "", false},
		{"平潭综合实验区", "平潭综合实验区管委会", false},
	}
	for _, c := range cases {
		if got := engine.SameAgency(c.a, c.b); got != c.same {
			t.Errorf("SameAgency(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}
