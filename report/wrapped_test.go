package report_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// layoutText is table 三 and 四 as pdftotext -layout gives a page whose
// label cells wrap: the numbers stand on the middle line of a label
// (「3.要求提供公开出版 / 0 0 … / 物」), and table 四 lost its group header.
const layoutText = `三、收到和处理政府信息公开申请情况
                                          申请人情况
（本列数据的勾稽关系为：第一项加第    自然人   商业企业 科研机构 社会公益组织 法律服务机构 其他   总计
一、本年新收政府信息公开申请数量             3      0    0   0     0    0   3
二、上年结转政府信息公开申请数量             0      0    0   0     0    0   0
三、本年    （一）予以公开              1    0   0   0     0   0   1
          （二）部分公开              0    0   0   0     0   0   0
          1.信访举报投诉类申
                        1    0    0   0   0    0    1
               请
            2.重复申请      1    0    0   0   0    0    1
     （五   3.要求提供公开出版
                        0     0    0   0   0    0    0
     ）不        物
          4.无正当理由大量反
      理                 0     0    0   0   0    0    0
              复申请
四、政府信息公开行政复议、行政诉讼情况
                                   行政诉讼
     行政复议
结果 结果 其他 尚未    结果 结果 其他 尚未    结果 结果 其他 尚未
            总计             总计             总计
维持 纠正 结果 审结    维持 纠正 结果 审结    维持 纠正 结果 审结
 2   1   0   0   3   0   0   0   1   1   0   0   0   0   0
五、存在的主要问题及改进情况
`

func TestWrappedLabelsInLayoutText(t *testing.T) {
	doc, err := ingest.Parse("r.txt", []byte(layoutText))
	if err != nil {
		t.Fatal(err)
	}
	r := report.Extract(doc)
	for row, want := range map[string]string{
		"rejected_complaint":   "1 0 0 0 0 0 1",
		"rejected_duplicate":   "1 0 0 0 0 0 1",
		"rejected_publication": "0 0 0 0 0 0 0",
		"rejected_excessive":   "0 0 0 0 0 0 0",
	} {
		if got := cellsText(r.Tables.Applications[row]); got != want {
			t.Errorf("%s: read %q, want %q", row, got, want)
		}
	}
	var got []string
	for _, g := range []string{"reconsideration", "litigation_direct", "litigation_after"} {
		got = append(got, cellsText(r.Tables.Review[g], "upheld", "corrected", "other", "pending", "total"))
	}
	if s := strings.Join(got, " | "); s != "2 1 0 0 3 | 0 0 0 1 1 | 0 0 0 0 0" {
		t.Errorf("table 四 without its group header read as %q", s)
	}
}

// rawText is table 三 as pdftotext (without -layout) gives a page whose
// label cells wrap: the labels of 予以公开 and 部分公开 come first, then
// both rows' numbers, one cell per line; the other rows are whole.
func rawText() string {
	var b strings.Builder
	b.WriteString("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n")
	cells := func(vals ...string) {
		for _, v := range vals {
			b.WriteString("\n" + v + "\n")
		}
	}
	for _, row := range report.AppRows2021 {
		switch row.Key {
		case "granted":
			b.WriteString("三、本年\n（一）予以公开\n度办理结\n（二）部分公开（区分处理\n果\n的，只计这一情形，不计其\n他情形）\n")
			cells("4", "1", "0", "0", "0", "0", "5", "1", "0", "0", "0", "0", "0", "1")
		case "partial":
		default:
			b.WriteString(strings.TrimPrefix(row.Label, "三") + "\n")
			cells("0", "0", "0", "0", "0", "0", "0")
		}
	}
	return b.String() + "四、政府信息公开行政复议、行政诉讼情况\n"
}

func TestLabelsBeforeTheirNumbers(t *testing.T) {
	doc, err := ingest.Parse("r.txt", []byte(rawText()))
	if err != nil {
		t.Fatal(err)
	}
	r := report.Extract(doc)
	for row, want := range map[string]string{"granted": "4 1 0 0 0 0 5", "partial": "1 0 0 0 0 0 1"} {
		if got := cellsText(r.Tables.Applications[row]); got != want {
			t.Errorf("%s: read %q, want %q", row, got, want)
		}
	}
}
