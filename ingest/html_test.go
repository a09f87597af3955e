package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// mustHTML reads page with readHTML and checks the document invariants.
func mustHTML(t *testing.T, page string) *Document {
	t.Helper()
	d, err := readHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	return d
}

// texts returns the text of the lines.
func texts(d *Document) []string {
	var out []string
	for _, l := range d.Lines {
		out = append(out, l.Text)
	}
	return out
}

func TestHTMLReport(t *testing.T) {
	d, err := Parse(fixture("sh-office-2019.html"), readFixture(t, "sh-office-2019.html"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatHTML || d.Published != "2020-01-31" {
		t.Errorf("format %q published %q", d.Format, d.Published)
	}
	if d.Lines[0].Text != "2019年上海市人民政府办公厅政府信息公开工作年度报告" {
		t.Errorf("first line %q", d.Lines[0].Text)
	}
	checkSHOffice2019(t, d)
	heads := d.Tables[1].Cells[1]
	if heads[3] != "自然人" || heads[4] != "法人或其他组织" || heads[9] != "总计" {
		t.Errorf("table 三 header row %q", heads)
	}
	if got := d.Lines[d.Tables[1].Line-2].Text; got != "三、收到和处理政府信息公开申请情况" {
		t.Errorf("line before table 三: %q", got)
	}
}

func TestHTMLGBK(t *testing.T) {
	page := `<html><head><meta charset="gbk"><title>某市人民政府2024年政府信息公开工作年度报告</title></head>
<body><p>一、总体情况</p><table><tr><td>自然人</td><td>总计</td></tr><tr><td>120</td><td>141</td></tr></table></body></html>`
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		"meta gbk":       gbk,
		"no meta":        strings.Replace(gbk, `<meta charset="gbk">`, "", 1),
		"http-equiv":     strings.Replace(gbk, `<meta charset="gbk">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, 1),
		"mislabel utf-8": page, // declares gbk, is UTF-8
	} {
		d, err := readHTML([]byte(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkDoc(t, d)
		if d.Title != "某市人民政府2024年政府信息公开工作年度报告" || d.Lines[0].Text != "一、总体情况" {
			t.Errorf("%s: title %q, lines %q", name, d.Title, texts(d))
		}
		if len(d.Tables) != 1 || d.Tables[0].Cells[0][0] != "自然人" {
			t.Errorf("%s: tables %+v", name, d.Tables)
		}
	}
}

func TestHTMLBOM(t *testing.T) {
	d := mustHTML(t, "\xef\xbb\xbf<p>一、总体情况</p>")
	if d.Lines[0].Text != "一、总体情况" {
		t.Errorf("%q", texts(d))
	}
}

// chromePage is a site page: menus, a breadcrumb, a sidebar, a footer and
// the report in a nested container.
const chromePage = `<!DOCTYPE html><html><head><title>年报</title>
<meta name="PubDate" content="2021-01-29 10:30">
<script>var x = "一、脚本";</script><style>p{}</style></head>
<body><div class="header">网站首页 | 无障碍</div>
<nav><ul><li>首页</li><li>政务公开</li><li>办事服务</li><li>互动交流</li></ul></nav>
<div class="main"><div class="crumb">当前位置：首页 > 政府信息公开 > 年报</div>
<div class="left-menu"><ul><li>机构信息</li><li>政策文件</li><li>年度报告</li></ul></div>
<div class="article"><div class="info">发布时间：2020-02-01</div>
<div id="zoom"><p>　　本报告根据《条例》编制。</p><p>一、总体情况</p><p>本年度我单位认真贯彻落实政府信息公开工作要求。</p>
<p>二、主动公开政府信息情况</p>
<table border="1"><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>3</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p><p>六、其他需要报告的事项</p><p>无。</p></div>
<div class="share">分享到：微信 微博</div></div></div>
<div class="footer"><p>主办单位：某市人民政府办公室 地址：某某路1号 网站标识码：1234567890</p></div>
<div style="display:none">隐藏的文字</div></body></html>`

func TestHTMLContainer(t *testing.T) {
	d := mustHTML(t, chromePage)
	want := []string{"\u3000\u3000本报告根据《条例》编制。", "一、总体情况", "本年度我单位认真贯彻落实政府信息公开工作要求。",
		"二、主动公开政府信息情况", "信息内容\t本年制发件数", "规章\t3", "三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项", "无。"}
	if got := texts(d); !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
	if d.Title != "年报" || d.Published != "2021-01-29" || d.Tables[0].Line != 5 {
		t.Errorf("title %q published %q table line %d", d.Title, d.Published, d.Tables[0].Line)
	}
}

func TestHTMLLayoutTable(t *testing.T) {
	long := strings.Repeat("本单位坚持以公开为常态、不公开为例外。", 20)
	page := `<body><table><tr><td>首页</td><td>导航</td></tr><tr><td colspan="2"><p>一、总体情况</p><p>` + long + `</p>
<table><tr><td>结果维持</td><td>总计</td></tr><tr><td>5</td><td>7</td></tr></table></td></tr></table></body>`
	d := mustHTML(t, page)
	if len(d.Tables) != 1 || !reflect.DeepEqual(d.Tables[0].Cells, [][]string{{"结果维持", "总计"}, {"5", "7"}}) {
		t.Fatalf("tables %+v", d.Tables)
	}
	if got := texts(d); got[0] != "一、总体情况" || got[1] != long {
		t.Errorf("lines %q", got)
	}
}

func TestHTMLSpans(t *testing.T) {
	page := `<table>
<tr><th rowspan="2" colspan="2">项目</th><th colspan="3">行政诉讼</th></tr>
<tr><th>维持</th><th>纠正</th><th>总计<br>（件）</th></tr>
<tr><td rowspan="9">合计</td><td>本年</td><td>1</td><td>&nbsp;</td><td><p>2</p></td></tr>
<tr><td colspan="0">上年</td><td>3</td><td><table><tr><td>嵌套</td></tr></table></td><td>4</td></tr>
</table>`
	d := mustHTML(t, page)
	want := [][]string{
		{"项目", "项目", "行政诉讼", "行政诉讼", "行政诉讼"},
		{"项目", "项目", "维持", "纠正", "总计（件）"},
		{"合计", "本年", "1", "", "2"},
		{"合计", "上年", "3", "嵌套", "4"},
	}
	if len(d.Tables) != 1 || !reflect.DeepEqual(d.Tables[0].Cells, want) {
		t.Fatalf("grid\n got %+v\nwant %q", d.Tables, want)
	}
	// Only the slots a span filled beyond its first one are copies: the
	// equal "项目" and "合计" below their origin, not cells that merely
	// hold the same text.
	copies := [][]bool{
		{false, true, false, true, true},
		{true, true, false, false, false},
		{false, false, false, false, false},
		{true, false, false, false, false},
	}
	if !reflect.DeepEqual(d.Tables[0].Span, copies) {
		t.Errorf("span marks\n got %v\nwant %v", d.Tables[0].Span, copies)
	}
}

// Regression (issue 8): equal neighbours are separate cells unless a span
// made them; a colspan value is marked once, whatever its neighbours hold.
func TestHTMLSpanMarksNotText(t *testing.T) {
	page := `<table>
<tr><td>0</td><td>0</td><td colspan="2">0</td><td>0</td></tr>
</table>`
	d := mustHTML(t, page)
	if want := [][]bool{{false, false, false, true, false}}; len(d.Tables) != 1 || !reflect.DeepEqual(d.Tables[0].Span, want) {
		t.Errorf("span marks %+v, want %v", d.Tables, want)
	}
}

func TestHTMLDates(t *testing.T) {
	for page, want := range map[string]string{
		`<meta name="pubdate" content="2020/1/5"><p>正文</p>`:                                    "2020-01-05",
		`<meta property="article:published_time" content="2022-03-01T08:00:00+08:00"><p>x</p>`: "2022-03-01",
		`<meta name="firstpublishedtime" content="2023-01-30-10:00:00"><p>x</p>`:               "2023-01-30",
		`<meta name="PubDate" content="20240131"><p>x</p>`:                                     "2024-01-31",
		`<p>发布日期：2020年01月31日</p><p>一、总体情况</p>`:                                                 "2020-01-31",
		`<p>成文日期：2020-01-20 发布日期：2020-01-22</p>`:                                               "2020-01-22",
		`<p>来源：本站 日期：2021-1-8</p>`:                                                             "2021-01-08",
		`<p>统计时间：2019年1月1日</p>`:                                                                "",
		`<p>发布时间：2020-02-30</p>`:                                                               "",
		`<p>本年度数据统计期限从2019年1月1日到12月31日止。</p>`:                                                  "",
	} {
		if got := mustHTML(t, page).Published; got != want {
			t.Errorf("%s: %q, want %q", page, got, want)
		}
	}
}

func TestHTMLTitleFallback(t *testing.T) {
	if d := mustHTML(t, `<body><h1>某局2023年 年报</h1><p>正文</p></body>`); d.Title != "某局2023年 年报" {
		t.Errorf("title %q", d.Title)
	}
}

func TestHTMLTooDeep(t *testing.T) {
	// The parser refuses more than 512 open elements; the text is still read.
	page := "<title>标题</title><script>x()</script><p>一、总体情况</p>" + strings.Repeat("<span>", 600) + "正文<br>第二行"
	if got := texts(mustHTML(t, page)); !reflect.DeepEqual(got, []string{"一、总体情况", "正文", "第二行"}) {
		t.Errorf("lines %q", got)
	}
}

func TestHTMLNoText(t *testing.T) {
	_, err := readHTML([]byte(`<html><head><title>x</title><script>load()</script></head><body><div id="app"></div></body></html>`))
	var e *Error
	if !errors.As(err, &e) || !strings.Contains(e.Problem, "没有可读的正文") {
		t.Fatalf("err %v", err)
	}
}

func TestHTMLSpanBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("<p>x</p><table>")
	for i := 0; i < 3000; i++ {
		b.WriteString(`<tr><td colspan="1000" rowspan="1000">溢出</td></tr>`)
	}
	b.WriteString("</table>")
	_, err := readHTML([]byte(b.String()))
	var e *Error
	if !errors.As(err, &e) || !strings.Contains(e.Problem, "表格") {
		t.Fatalf("err %v", err)
	}
}

func FuzzHTML(f *testing.F) {
	f.Add(readFixture(f, "sh-office-2019.html"))
	f.Add([]byte(chromePage))
	f.Add([]byte(`<table><tr><td rowspan=3 colspan=2>a<table><tr><td>b</td></tr></table></td></tr><tr><td>c</td></tr></table>`))
	f.Add([]byte("<meta charset=gb2312><p>\xd2\xbb\xa1\xa2</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readHTML(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error is not *Error: %v", err)
			}
			return
		}
		checkDoc(t, d)
	})
}

func BenchmarkHTML(b *testing.B) {
	data := readFixture(b, "sh-office-2019.html")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := readHTML(data); err != nil {
			b.Fatal(err)
		}
	}
}

// ExampleParse_html shows a table read from a page.
func ExampleParse_html() {
	d, _ := Parse("a.html", []byte(`<p>四、行政复议</p><table><tr><td colspan="2">行政复议</td></tr><tr><td>结果维持</td><td>总计</td></tr></table>`))
	for _, l := range d.Lines {
		fmt.Printf("%d %q\n", l.No, l.Text)
	}
	fmt.Println(d.Tables[0].Line, d.Tables[0].Cells)
	// Output:
	// 1 "四、行政复议"
	// 2 "行政复议\t行政复议"
	// 3 "结果维持\t总计"
	// 2 [[行政复议 行政复议] [结果维持 总计]]
}

// A text input larger than any annual report is refused with a message.
func TestTextTooLarge(t *testing.T) {
	old := MaxTextSize
	MaxTextSize = 1 << 10
	defer func() { MaxTextSize = old }()
	_, err := Parse("huge.txt", bytes.Repeat([]byte("年报"), 1000))
	var e *Error
	if !errors.As(err, &e) || e.Path != "huge.txt" || !strings.Contains(e.Problem, "文本过大") {
		t.Fatalf("got %v", err)
	}
}
