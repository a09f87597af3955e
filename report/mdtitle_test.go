package report_test

import (
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// A converter's Markdown wraps the title in bold or a heading and leaves
// raw HTML lines about it; the agency and year are read as on the page.
func TestMarkdownTitle(t *testing.T) {
	for _, md := range []string{
		"<div class=\"article\">\n\n**2019年上海市人民政府办公厅政府信息公开工作年度报告**\n\n发布日期：2020-01-31\n",
		"# 2019年上海市人民政府办公厅政府信息公开工作年度报告\n",
		"<p>\n\n## 上海市人民政府办公厅2019年政府信息公开工作年度报告 ##\n",
	} {
		doc, err := ingest.Parse("r.md", []byte(md+"\n一、总体情况\n正文。\n"))
		if err != nil {
			t.Fatal(err)
		}
		m := report.Extract(doc).Meta
		if m.Agency != "上海市人民政府办公厅" || m.Year != 2019 || m.Level != report.LevelDepartment {
			t.Errorf("%q: agency %q, year %d, level %s", md, m.Agency, m.Year, m.Level)
		}
	}
}
