package engine

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// stopPhrases are words every problem statement uses (the field's names,
// the words for "not enough" and "improve", function words): they say
// nothing of which problem it is. What remains of a problem after removing
// them are its key terms (「政策解读形式不够丰富」 → 政策解读形式、丰富).
var stopPhrases = sortedByLength([]string{
	"政府信息公开", "政务公开", "信息公开", "政府信息", "政务信息", "公开工作", "工作", "有待", "进一步",
	"加强", "提高", "提升", "不够", "不足", "存在", "问题", "方面", "部分", "个别", "一些", "较为",
	"比较", "还有", "程度", "水平", "能力", "有限", "未能", "没有", "难以", "缺乏", "缺少", "欠缺",
	"单一", "滞后", "不及时", "不高", "不强", "不到位", "不规范", "不完善", "不充分", "不全面",
	"不深入", "较少", "偏低", "薄弱", "较弱", "仍需", "尚需", "还需", "需要", "我区", "我市", "我县",
	"我局", "本单位", "各单位", "单位", "部门", "有关", "相关", "充分", "及时", "全面", "深入", "持续",
	"不断", "更加", "加大", "力度", "情况", "主要", "一定", "还", "仍", "尚", "需", "待", "等", "的",
	"了", "和", "与", "及", "在", "对", "中", "上", "以", "是", "如", "其", "有", "未", "不", "较", "将", "要",
	"一是", "二是", "三是", "四是", "五是", "公开", "虽然", "但是", "仍然", "但", "方式", "形式多样",
})

func sortedByLength(ss []string) []string {
	sort.SliceStable(ss, func(i, j int) bool {
		return utf8.RuneCountInString(ss[i]) > utf8.RuneCountInString(ss[j])
	})
	return ss
}

// keyTerms returns the runs of two or more Chinese characters of a
// problem that are left once the stop phrases are removed.
func keyTerms(problem string) []string {
	s := strings.Map(func(r rune) rune {
		if isHan(r) {
			return r
		}
		return '|'
	}, problem)
	for _, p := range stopPhrases {
		s = strings.ReplaceAll(s, p, "|")
	}
	var out []string
	for _, t := range strings.Split(s, "|") {
		if utf8.RuneCountInString(t) >= 2 && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
