package report

import "regexp"

// ProblemNotReport is the start of the message for a document that does not
// read as an annual report at all.
const ProblemNotReport = "不是政府信息公开工作年度报告"

// NotReport says why r, as extracted, is not a 政府信息公开工作年度报告 at
// all: it has no title naming an annual report, none of the six sections
// and no cell of the statistical tables. It returns "" when any of the
// three was found; a report that is only badly damaged is audited (and
// fails), rather than refused.
//
// This is the one place a wrong document (a news page, a notice, a README)
// is told apart from a report.
func (r *Report) NotReport() string {
	if r.hasReportTitle() || len(r.Sections) > 0 || r.Tables.cells() > 0 {
		return ""
	}
	return ProblemNotReport + "：未找到年报标题（“……年度报告”）、“一、总体情况”等六个部分的标题和统计表格；" +
		"请确认选对了文件（网页请选年报正文所在的页面）"
}

// annualReport is what an annual report's title calls it; "工作报告" alone
// is not enough (a 政府工作报告 is another document).
var annualReport = regexp.MustCompile(`年度报告|年报`)

// hasReportTitle reports whether the title names an annual report.
func (r *Report) hasReportTitle() bool {
	return annualReport.MatchString(compact(r.Meta.Title))
}

// cells counts the cells read in the three tables.
func (t *Tables) cells() int {
	n := len(t.Active)
	for _, row := range t.Applications {
		n += len(row)
	}
	for _, g := range t.Review {
		n += len(g)
	}
	return n
}
