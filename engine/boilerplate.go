package engine

// boilerplate is text that reports legitimately share, year after year and
// agency after agency: the template's fixed sentences, its headings, and
// the stock political phrases that open most overviews. A shingle lying
// wholly inside one of them is never counted as copied. Figures do not
// matter (every number is one unit), so one entry covers every year.
var boilerplate = []string{
	// 编制依据, 组成, 统计期限, 电子版, 联系方式.
	"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制",
	"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求",
	"本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成",
	"本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项等六个部分",
	"本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止",
	"本报告中所列数据的统计期限为2021年1月1日至2021年12月31日",
	"本报告的电子版可在政府门户网站的政府信息公开专栏中下载",
	"如对本报告有任何疑问，请与政府信息公开工作领导小组办公室联系",
	// The template's headings and the items of the 2021 notice.
	"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
	"政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项",
	"政府信息公开平台建设", "政府信息管理", "监督保障",
	"人大代表建议和政协提案办理结果公开情况", "落实年度政务公开工作要点情况", "政务公开工作创新情况",
	"依据《政府信息公开信息处理费管理办法》", "未收取政府信息公开信息处理费", "本年度未收取信息处理费",
	// Stock phrases.
	"以习近平新时代中国特色社会主义思想为指导",
	"全面贯彻党的二十大和二十届二中、三中全会精神",
	"全面贯彻党的十九大和十九届历次全会精神",
	"坚持以人民为中心的发展思想",
	"坚持“公开为常态、不公开为例外”原则",
	"认真贯彻落实《中华人民共和国政府信息公开条例》",
}

// boilerplateHashes holds the shingles of the boilerplate.
var boilerplateHashes = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, s := range boilerplate {
		for _, h := range newFingerprint(s, 1).hash {
			m[h] = true
		}
	}
	return m
}()

// isBoilerplate reports whether a shingle lies within the boilerplate.
func isBoilerplate(h uint64) bool { return boilerplateHashes[h] }
