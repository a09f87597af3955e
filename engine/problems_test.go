package engine

import (
	"slices"
	"testing"
)

// The problems stated in real reports' 存在的主要问题, measures left out.
func TestProblemItems(t *testing.T) {
	cases := []struct {
		name, text string
		year       int
		want       []string
	}{
		{"hongze-2023 (PDF lines, 、-list, 针对存在问题)", "五、存在的主要问题及改进情况\n2023年，洪泽区政府信息公开工作取得一定的成效，但对照\n上级要求，仍存在一定差距。如依申请公开工作规范性还有待提\n高、政务公开内容的深度和广度还有待提升、政务公开队伍建设\n有待加强等。针对存在问题，下一步，将切实抓好以下工作：一\n是扎实推进依申请公开工作。", 2023,
			[]string{"依申请公开工作规范性还有待提高", "政务公开内容的深度和广度还有待提升", "政务公开队伍建设有待加强"}},
		{"pingtan-2021 (（一）存在的主要问题: … （二）改进措施)", "五、存在的主要问题及改进情况（一）存在的主要问题:政策解读形式不够丰富，未能充分运用数字化、图表图解等方式通俗易懂地解读政策文件。政务公开质量水平有待提高，政务公开渠道有限，在利用政务新媒体开展宣传方面还难以满足群众需要。（二）改进措施：一是丰富政策解读形式。", 2021,
			[]string{"政策解读形式不够丰富", "未能充分运用数字化、图表图解等方式通俗易懂地解读政策文件",
				"政务公开质量水平有待提高，政务公开渠道有限，在利用政务新媒体开展宣传方面还难以满足群众需要"}},
		{"the report's own year opens the section", "五、存在的主要问题及改进情况2019年，我区政府信息公开工作取得了明显进展，但仍存在一些不足和薄弱环节。一是公开的长效工作机制建设不够“全”。2020年，我们将采取以下措施加以改进：（一）继续强化信息公开责任。", 2019,
			[]string{"公开的长效工作机制建设不够“全”"}},
		{"a list leads into its shortcoming", "五、存在的主要问题及改进情况\n一是部分部门政策解读形式较为单一，图解、音视频等解读占比偏低；二是个别单位存在人员配备不足、兼职多、流动性过快的问题。", 2023,
			[]string{"部分部门政策解读形式较为单一", "图解、音视频等解读占比偏低", "个别单位存在人员配备不足、兼职多、流动性过快的问题"}},
	}
	for _, c := range cases {
		var got []string
		for _, it := range problemItems(sectionReport(c.text, c.year)) {
			got = append(got, it.text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestProblemItemLines(t *testing.T) {
	r := sectionReport("五、存在的主要问题及改进情况\n一是指南未更新；\n二是依申请公开答复文书不够规范。", 2023)
	items := problemItems(r)
	if len(items) != 2 || items[0].line != 2 || items[1].line != 3 {
		t.Errorf("items %+v", items)
	}
}

func TestFollowUp(t *testing.T) {
	cur := sectionReport("五、存在的主要问题及改进情况\n一是政策解读形式较为单一。\n下一步将丰富解读形式。", 2024)
	cur.Sections = append(cur.Sections, reportSection("overview", "一、总体情况\n本年整合政务新媒体账号12个，关停更新缓慢的账号5个。\n政务新媒体账号长期分散。"))
	e := newEnv(cur, &Config{})
	cases := []struct{ problem, status string }{
		{"政务新媒体账号分散", "addressed"},
		{"政策解读形式较为单一", "restated"},
		{"政府信息公开指南多年未修订", "absent"},
		{"政务公开渠道有限", "unclear"},
	}
	for _, c := range cases {
		if f := e.followUp(c.problem); f.Status != c.status {
			t.Errorf("%s: %+v, want %s", c.problem, f, c.status)
		}
	}
}
