package matrix

// The national template's tables, as the rows and labels an agency prints.

// activeRow is a row of table 二: its key, label and value columns.
type activeRow struct {
	key, label string
	cols       []string
}

// activeGroup is one 第二十条 item of table 二: its header and rows.
type activeGroup struct {
	item    string   // 第二十条第（一）项
	headers []string // the column labels after 信息内容
	rows    []activeRow
}

// active2021 is table 二 of the 2021 template.
var active2021 = []activeGroup{
	{"第二十条第（一）项", []string{"本年制发件数", "本年废止件数", "现行有效件数"}, []activeRow{
		{"regulations", "规章", []string{"issued", "repealed", "in_force"}},
		{"normative_docs", "行政规范性文件", []string{"issued", "repealed", "in_force"}},
	}},
	{"第二十条第（五）项", []string{"本年处理决定数量"}, []activeRow{
		{"licensing", "行政许可", []string{"decisions"}},
	}},
	{"第二十条第（六）项", []string{"本年处理决定数量"}, []activeRow{
		{"penalty", "行政处罚", []string{"decisions"}},
		{"coercion", "行政强制", []string{"decisions"}},
	}},
	{"第二十条第（八）项", []string{"本年收费金额（单位：万元）"}, []activeRow{
		{"fees", "行政事业性收费", []string{"amount"}},
	}},
}

// active2019 is table 二 of the 2019 template.
var active2019 = []activeGroup{
	{"第二十条第（一）项", []string{"本年新制作数量", "本年新公开数量", "对外公开总数量"}, []activeRow{
		{"regulations", "规章", []string{"made", "published", "public_total"}},
		{"normative_docs", "规范性文件", []string{"made", "published", "public_total"}},
	}},
	{"第二十条第（五）项", []string{"上一年项目数量", "本年增/减", "处理决定数量"}, []activeRow{
		{"licensing", "行政许可", []string{"prev_items", "change", "decisions"}},
		{"other_services", "其他对外管理服务事项", []string{"prev_items", "change", "decisions"}},
	}},
	{"第二十条第（六）项", []string{"上一年项目数量", "本年增/减", "处理决定数量"}, []activeRow{
		{"penalty", "行政处罚", []string{"prev_items", "change", "decisions"}},
		{"coercion", "行政强制", []string{"prev_items", "change", "decisions"}},
	}},
	{"第二十条第（八）项", []string{"上一年项目数量", "本年增/减"}, []activeRow{
		{"fees", "行政事业性收费", []string{"prev_items", "change"}},
	}},
	{"第二十条第（九）项", []string{"采购项目数量", "采购总金额"}, []activeRow{
		{"procurement", "政府集中采购", []string{"items", "amount"}},
	}},
}

// appRow is a row of table 三. A row of a numbered group (（三）不予公开 …)
// has the group's label and its own; the rows of 三、本年度办理结果 are
// marked result.
type appRow struct {
	key, group, label string
	result            bool
}

// appColumns are the applicant columns of table 三, in order.
var appColumns = []string{"natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"}

// appRows returns the rows of table 三; single is the 2019 template's one
// （六）其他处理 row.
func appRows(single bool) []appRow {
	const (
		withheld = "（三）不予公开"
		unavail  = "（四）无法提供"
		rejected = "（五）不予处理"
		other    = "（六）其他处理"
	)
	rows := []appRow{
		{"new", "", "一、本年新收政府信息公开申请数量", false},
		{"carried_in", "", "二、上年结转政府信息公开申请数量", false},
		{"granted", "", "（一）予以公开", true},
		{"partial", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", true},
		{"withheld_state_secret", withheld, "1.属于国家秘密", true},
		{"withheld_prohibited", withheld, "2.其他法律行政法规禁止公开", true},
		{"withheld_security", withheld, "3.危及“三安全一稳定”", true},
		{"withheld_third_party", withheld, "4.保护第三方合法权益", true},
		{"withheld_internal", withheld, "5.属于三类内部事务信息", true},
		{"withheld_process", withheld, "6.属于四类过程性信息", true},
		{"withheld_enforcement", withheld, "7.属于行政执法案卷", true},
		{"withheld_query", withheld, "8.属于行政查询事项", true},
		{"unavailable_not_held", unavail, "1.本机关不掌握相关政府信息", true},
		{"unavailable_needs_creation", unavail, "2.没有现成信息需要另行制作", true},
		{"unavailable_unclear", unavail, "3.补正后申请内容仍不明确", true},
		{"rejected_complaint", rejected, "1.信访举报投诉类申请", true},
		{"rejected_duplicate", rejected, "2.重复申请", true},
		{"rejected_publication", rejected, "3.要求提供公开出版物", true},
		{"rejected_excessive", rejected, "4.无正当理由大量反复申请", true},
		{"rejected_confirmation", rejected, "5.要求行政机关确认或重新出具已获取信息", true},
	}
	if single {
		rows = append(rows, appRow{"other", "", other, true})
	} else {
		rows = append(rows,
			appRow{"other_no_correction", other, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", true},
			appRow{"other_unpaid_fee", other, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", true},
			appRow{"other_other", other, "3.其他", true})
	}
	return append(rows,
		appRow{"total", "", "（七）总计", true},
		appRow{"carried_out", "", "四、结转下年度继续办理", false})
}

// reviewGroups and reviewColumns are the cells of table 四, in print order.
var (
	reviewGroups  = []string{"reconsideration", "litigation_direct", "litigation_after"}
	reviewColumns = []string{"upheld", "corrected", "other", "pending", "total"}
	reviewLabels  = []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}
)
