package report_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

func extractFile(t *testing.T, path string) *report.Report {
	t.Helper()
	doc, err := ingest.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return report.Extract(doc)
}

func extractText(t *testing.T, text string) *report.Report {
	t.Helper()
	doc, err := ingest.Parse("synthetic.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return report.Extract(doc)
}

func hasRelation(c *report.Cell, rel string) bool {
	for _, r := range c.Relations {
		if r == rel {
			return true
		}
	}
	return false
}

// A fused row split by its own total is low confidence and names the row
// relation, so APP-ROW-TOTAL cannot confirm it; a row settled by the column
// relations names those too.
func TestFusedRowsNameTheRelationsUsed(t *testing.T) {
	r := extractFile(t, "../fixtures/reports/pingtan-2021.txt")
	nw := r.Tables.Applications["new"]["natural_person"]
	if nw.Confidence != report.Low || !hasRelation(nw, "row:new") || hasRelation(nw, "balance:total") {
		t.Errorf("new.natural_person = %+v, want low confidence from row:new only", nw)
	}
	g := r.Tables.Applications["granted"]["total"]
	if g.Confidence != report.Low || !hasRelation(g, "row:granted") || !hasRelation(g, "balance:total") || !hasRelation(g, "results:total") {
		t.Errorf("granted.total = %+v, want low confidence from row and column relations", g)
	}
	if *g.Value != 30 || *r.Tables.Applications["granted"]["natural_person"].Value != 27 {
		t.Errorf("granted read as %v/%v, want 27 … 30", *r.Tables.Applications["granted"]["natural_person"].Value, *g.Value)
	}
	rv := r.Tables.Review["litigation_direct"]["total"]
	if rv.Confidence != report.Low || !hasRelation(rv, "review:litigation_direct") || *rv.Value != 12 {
		t.Errorf("review.litigation_direct.total = %+v", rv)
	}
	if c := r.Tables.Applications["carried_in"]["total"]; c.Confidence != report.Low || len(c.Relations) != 0 {
		t.Errorf("carried_in.total from '0000000' (one digit per cell, forced by the column count) = %+v, want low without relations", c)
	}
}

// Fused cells with no relation to choose by are left null, with a problem
// that quotes the digits.
func TestFusedCellsWithoutEvidenceStayNull(t *testing.T) {
	r := extractFile(t, "../fixtures/reports/pingtan-2019.txt")
	for _, k := range []string{"normative_docs.made", "normative_docs.published", "normative_docs.public_total", "fees.prev_items"} {
		if c := r.Tables.Active[k]; c == nil || c.Value != nil {
			t.Errorf("%s = %+v, want null", k, c)
		}
	}
	if !problemMentions(r, "active.normative_docs", "898989") {
		t.Errorf("no problem quoting 898989: %+v", r.Problems)
	}
	if c := r.Tables.Active["regulations.made"]; c == nil || c.Value == nil || *c.Value != 0 {
		t.Errorf("regulations.made from '000' = %+v, want 0", c)
	}
}

func problemMentions(r *report.Report, key, text string) bool {
	for _, p := range r.Problems {
		if strings.HasPrefix(p.Key, key) && strings.Contains(p.Message, text) {
			return true
		}
	}
	return false
}

// table3 writes a crawled-style table 三 (one line, cells fused) with the
// given values per row; rows not given are seven zeros.
func table3(values map[string]string) string {
	var b strings.Builder
	b.WriteString("某县人民政府2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他")
	for _, row := range report.AppRows2021 {
		label := row.Label
		if i := strings.LastIndex(label, "）"); i >= 0 && row.Key != "total" {
			label = label[i+len("）"):]
		}
		if row.Key == "total" {
			label = "（七）总计"
		}
		v, ok := values[row.Key]
		if !ok {
			v = "0000000"
		}
		b.WriteString(label + v)
	}
	b.WriteString("四、政府信息公开行政复议、行政诉讼情况\n")
	return b.String()
}

// Two splits fit the row total and the columns cannot decide (the total
// row is unreadable): the row stays null.
func TestAmbiguousSplitIsNotGuessed(t *testing.T) {
	r := extractText(t, table3(map[string]string{"new": "270020130", "granted": "270020130", "total": ""}))
	for _, c := range report.AppColumns {
		if v := r.Tables.Applications["new"][c.Key]; v.Value != nil {
			t.Fatalf("new.%s = %v, want null (two splits fit)", c.Key, *v.Value)
		}
	}
	if !problemMentions(r, "applications.new", "2 种拆分") {
		t.Errorf("no problem naming the two splits: %+v", r.Problems)
	}
}

// When the other rows are read for certain, the column relations leave one
// split of the fused row.
func TestColumnsSettleASplit(t *testing.T) {
	r := extractText(t, table3(map[string]string{"new": "270020130", "granted": "27 0 0 2 0 1 30", "total": "27 0 0 2 0 1 30"}))
	if v := r.Tables.Applications["new"]["natural_person"].Value; v == nil || *v != 27 {
		t.Fatalf("new.natural_person = %v, want 27", v)
	}
	if c := r.Tables.Applications["new"]["total"]; !hasRelation(c, "balance:total") {
		t.Errorf("new.total = %+v, want the column relations named", c)
	}
	// Also ambiguous when the same digits can be read both ways everywhere.
	r = extractText(t, table3(map[string]string{"new": "270020130", "granted": "270020130", "total": "270020130"}))
	if v := r.Tables.Applications["new"]["natural_person"].Value; v != nil {
		t.Errorf("new.natural_person = %v, want null: both splits balance every column", *v)
	}
}

// Regression: a long run of fused digits made the split enumeration
// exponential (found by FuzzExtract); numbers are at most nine digits.
func TestLongFusedDigitsAreBounded(t *testing.T) {
	r := extractText(t, table3(map[string]string{"new": strings.Repeat("1234567890", 12)}))
	if v := r.Tables.Applications["new"]["total"].Value; v != nil {
		t.Errorf("new.total = %v, want null", *v)
	}
}

// A clean Markdown table whose label takes two cells, one left empty.
func TestMarkdownRowWithEmptyLabelCell(t *testing.T) {
	var b strings.Builder
	b.WriteString("某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n| 申请人情况 | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, row := range report.AppRows2021 {
		vals := "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
		if row.Key == "new" || row.Key == "granted" || row.Key == "total" {
			vals = "| 2 | 1 |  | 0 | 0 | 0 | 3 |"
		}
		b.WriteString("| " + row.Label + " | " + vals + "\n")
	}
	b.WriteString("四、政府信息公开行政复议、行政诉讼情况\n")
	doc, err := ingest.Parse("clean.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	r := report.Extract(doc)
	if c := r.Tables.Applications["granted"]["natural_person"]; c.Value == nil || *c.Value != 2 {
		t.Fatalf("granted.natural_person = %+v; problems %v", c, r.Problems)
	}
	if c := r.Tables.Applications["granted"]["research"]; !c.Blank {
		t.Errorf("granted.research = %+v, want blank", c)
	}
	if c := r.Tables.Applications["carried_out"]["total"]; c.Value == nil || *c.Value != 0 {
		t.Errorf("carried_out.total = %+v", c)
	}
}
