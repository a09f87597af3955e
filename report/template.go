package report

// Template keys.
const (
	Template2021 = "2021"
	Template2019 = "2019"
	TemplateMix  = "mixed"
	TemplateNone = "unknown"
)

// Column is a column of table 三 or 四.
type Column struct {
	Key   string
	Label string
}

// Row is a row of table 三 (or a cell row of table 二).
type Row struct {
	Key   string
	Label string
}

// AppColumns are the seven columns of table 三, in order.
var AppColumns = []Column{
	{"natural_person", "自然人"},
	{"commercial", "商业企业"},
	{"research", "科研机构"},
	{"public_interest", "社会公益组织"},
	{"legal_service", "法律服务机构"},
	{"other_org", "其他"},
	{"total", "总计"},
}

// ApplicantColumns are the six columns that sum to 总计.
var ApplicantColumns = AppColumns[:6]

// AppRows2021 are the 25 rows of table 三 in the 2021 template.
var AppRows2021 = []Row{
	{"new", "一、本年新收政府信息公开申请数量"},
	{"carried_in", "二、上年结转政府信息公开申请数量"},
	{"granted", "三（一）予以公开"},
	{"partial", "三（二）部分公开"},
	{"withheld_state_secret", "三（三）1.属于国家秘密"},
	{"withheld_prohibited", "三（三）2.其他法律行政法规禁止公开"},
	{"withheld_security", "三（三）3.危及“三安全一稳定”"},
	{"withheld_third_party", "三（三）4.保护第三方合法权益"},
	{"withheld_internal", "三（三）5.属于三类内部事务信息"},
	{"withheld_process", "三（三）6.属于四类过程性信息"},
	{"withheld_enforcement", "三（三）7.属于行政执法案卷"},
	{"withheld_query", "三（三）8.属于行政查询事项"},
	{"unavailable_not_held", "三（四）1.本机关不掌握相关政府信息"},
	{"unavailable_needs_creation", "三（四）2.没有现成信息需要另行制作"},
	{"unavailable_unclear", "三（四）3.补正后申请内容仍不明确"},
	{"rejected_complaint", "三（五）1.信访举报投诉类申请"},
	{"rejected_duplicate", "三（五）2.重复申请"},
	{"rejected_publication", "三（五）3.要求提供公开出版物"},
	{"rejected_excessive", "三（五）4.无正当理由大量反复申请"},
	{"rejected_confirmation", "三（五）5.要求行政机关确认或重新出具已获取信息"},
	{"other_no_correction", "三（六）1.申请人无正当理由逾期不补正"},
	{"other_unpaid_fee", "三（六）2.申请人逾期未按收费通知要求缴纳费用"},
	{"other_other", "三（六）3.其他"},
	{"total", "三（七）总计"},
	{"carried_out", "四、结转下年度继续办理"},
}

// AppRows2019 are the 23 rows of table 三 in the 2019 template, where
// （六）其他处理 is one row.
var AppRows2019 = append(append(append([]Row{}, AppRows2021[:20]...),
	Row{"other", "三（六）其他处理"}), AppRows2021[23:]...)

// ResultRows returns the rows of 三、本年度办理结果 that sum to （七）总计.
func ResultRows(rows []Row) []Row {
	var out []Row
	for _, r := range rows {
		switch r.Key {
		case "new", "carried_in", "total", "carried_out":
		default:
			out = append(out, r)
		}
	}
	return out
}

// ReviewGroups are the three groups of table 四.
var ReviewGroups = []Column{
	{"reconsideration", "行政复议"},
	{"litigation_direct", "行政诉讼·未经复议直接起诉"},
	{"litigation_after", "行政诉讼·复议后起诉"},
}

// ReviewColumns are the five columns of each group of table 四.
var ReviewColumns = []Column{
	{"upheld", "结果维持"},
	{"corrected", "结果纠正"},
	{"other", "其他结果"},
	{"pending", "尚未审结"},
	{"total", "总计"},
}

// ActiveCell is a cell of table 二.
type ActiveCell struct {
	Key     string // e.g. "regulations.issued"
	Row     string // row label
	Column  string // column label
	Decimal bool   // an amount, not a count
	Signed  bool   // may be negative (本年增/减)
}

// ActiveCells2021 are the 10 cells of table 二 in the 2021 template.
var ActiveCells2021 = []ActiveCell{
	{Key: "regulations.issued", Row: "规章", Column: "本年制发件数"},
	{Key: "regulations.repealed", Row: "规章", Column: "本年废止件数"},
	{Key: "regulations.in_force", Row: "规章", Column: "现行有效件数"},
	{Key: "normative_docs.issued", Row: "行政规范性文件", Column: "本年制发件数"},
	{Key: "normative_docs.repealed", Row: "行政规范性文件", Column: "本年废止件数"},
	{Key: "normative_docs.in_force", Row: "行政规范性文件", Column: "现行有效件数"},
	{Key: "licensing.decisions", Row: "行政许可", Column: "本年处理决定数量"},
	{Key: "penalty.decisions", Row: "行政处罚", Column: "本年处理决定数量"},
	{Key: "coercion.decisions", Row: "行政强制", Column: "本年处理决定数量"},
	{Key: "fees.amount", Row: "行政事业性收费", Column: "本年收费金额（万元）", Decimal: true},
}

// ActiveCells2019 are the 22 cells of table 二 in the 2019 template.
var ActiveCells2019 = []ActiveCell{
	{Key: "regulations.made", Row: "规章", Column: "本年新制作数量"},
	{Key: "regulations.published", Row: "规章", Column: "本年新公开数量"},
	{Key: "regulations.public_total", Row: "规章", Column: "对外公开总数量"},
	{Key: "normative_docs.made", Row: "规范性文件", Column: "本年新制作数量"},
	{Key: "normative_docs.published", Row: "规范性文件", Column: "本年新公开数量"},
	{Key: "normative_docs.public_total", Row: "规范性文件", Column: "对外公开总数量"},
	{Key: "licensing.prev_items", Row: "行政许可", Column: "上一年项目数量"},
	{Key: "licensing.change", Row: "行政许可", Column: "本年增/减", Signed: true},
	{Key: "licensing.decisions", Row: "行政许可", Column: "处理决定数量"},
	{Key: "other_services.prev_items", Row: "其他对外管理服务事项", Column: "上一年项目数量"},
	{Key: "other_services.change", Row: "其他对外管理服务事项", Column: "本年增/减", Signed: true},
	{Key: "other_services.decisions", Row: "其他对外管理服务事项", Column: "处理决定数量"},
	{Key: "penalty.prev_items", Row: "行政处罚", Column: "上一年项目数量"},
	{Key: "penalty.change", Row: "行政处罚", Column: "本年增/减", Signed: true},
	{Key: "penalty.decisions", Row: "行政处罚", Column: "处理决定数量"},
	{Key: "coercion.prev_items", Row: "行政强制", Column: "上一年项目数量"},
	{Key: "coercion.change", Row: "行政强制", Column: "本年增/减", Signed: true},
	{Key: "coercion.decisions", Row: "行政强制", Column: "处理决定数量"},
	{Key: "fees.prev_items", Row: "行政事业性收费", Column: "上一年项目数量"},
	{Key: "fees.change", Row: "行政事业性收费", Column: "本年增/减", Signed: true},
	{Key: "procurement.items", Row: "政府集中采购", Column: "采购项目数量"},
	{Key: "procurement.amount", Row: "政府集中采购", Column: "采购总金额", Decimal: true},
}

// SectionKeys are the six sections in template order, with their official headings.
var SectionKeys = []Column{
	{"overview", "一、总体情况"},
	{"active", "二、主动公开政府信息情况"},
	{"applications", "三、收到和处理政府信息公开申请情况"},
	{"review", "四、政府信息公开行政复议、行政诉讼情况"},
	{"problems", "五、存在的主要问题及改进情况"},
	{"other", "六、其他需要报告的事项"},
}

// ExpectedTemplate returns the template a report on year must follow, or ""
// for years before 2019.
func ExpectedTemplate(year int) string {
	switch {
	case year >= 2021:
		return Template2021
	case year >= 2019:
		return Template2019
	}
	return ""
}

// AppRows returns the rows of table 三 for a detected template: the 2019 row
// set where （六）其他处理 is one row (2019 and mixed), else the 2021 set.
func AppRows(singleOther bool) []Row {
	if singleOther {
		return AppRows2019
	}
	return AppRows2021
}

// ActiveCells returns the cells of table 二 for the template of its columns.
func ActiveCells(old bool) []ActiveCell {
	if old {
		return ActiveCells2019
	}
	return ActiveCells2021
}
