package report_test

import (
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// pandocApps is table 三 as pandoc writes a page's merged table: the
// spans are dropped and each spanned slot is an empty cell, so the label
// columns of a row may hold an empty cell before the values.
const pandocApps = `三、收到和处理政府信息公开申请情况

| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|---|
|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |
|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |
| 一、本年新收政府信息公开申请数量 |  |  | 5 | 1 |  |  |  |  | 6 |
| 二、上年结转政府信息公开申请数量 |  |  |  |  |  |  |  |  |  |
| 三、本年度办理结果 | （一）予以公开 |  | 3 | 1 |  |  |  |  | 4 |
|  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） |  | 2 |  |  |  |  |  | 2 |
`

func TestPandocLabelSlotsAreNotCells(t *testing.T) {
	doc, err := ingest.Parse("r.md", []byte(pandocApps))
	if err != nil {
		t.Fatal(err)
	}
	r := report.Extract(doc)
	want := map[string][]string{
		"new":        {"5", "1", "", "", "", "", "6"},
		"carried_in": {"", "", "", "", "", "", ""},
		"granted":    {"3", "1", "", "", "", "", "4"},
		"partial":    {"2", "", "", "", "", "", "2"},
	}
	cols := []string{"natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"}
	for row, vals := range want {
		for i, v := range vals {
			c := r.Tables.Applications[row][cols[i]]
			switch {
			case c == nil:
				t.Errorf("%s.%s: absent", row, cols[i])
			case v == "" && (c.Value != nil || !c.Blank):
				t.Errorf("%s.%s: want a blank cell, got %+v", row, cols[i], c)
			case v != "" && (c.Value == nil || c.Raw != v):
				t.Errorf("%s.%s: want %s, got %+v", row, cols[i], v, c)
			}
		}
	}
}

// pandocReview is table 四 unmerged: the header rows' empty slots are not
// cells of the value row.
const pandocReview = `四、政府信息公开行政复议、行政诉讼情况

| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
|  |  |  |  |  | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 5 |  |  | 2 | 7 | 8 |  |  | 1 | 9 |  |  |  |  |  |

五、存在的主要问题及改进情况
`

func TestReviewHeaderBlanksAreNotCells(t *testing.T) {
	doc, err := ingest.Parse("r.md", []byte(pandocReview))
	if err != nil {
		t.Fatal(err)
	}
	r := report.Extract(doc)
	if s := reviewText(r); s != "5 _ _ 2 7 8 _ _ 1 9 _ _ _ _ _" {
		t.Errorf("table 四 read as %s", s)
	}
}
