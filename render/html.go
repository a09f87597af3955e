package render

import (
	"html/template"
	"io"
	"path"
	"strconv"

	"github.com/nianbao/nianbao/engine"
)

func init() { register("html", func(Options) Renderer { return HTML{} }) }

// HTML renders an audit as one self-contained page: inline CSS, an inline
// SVG bar chart of the scores, no script and nothing fetched. Every string
// from a report goes through html/template, so markup in a report shows as
// text. The page prints readably (one report per page).
type HTML struct{}

// Render writes the page.
func (HTML) Render(w io.Writer, a *engine.Audit) error {
	page := htmlView{Audit: a, Chart: newChart(a.Reports)}
	for i := range a.Reports {
		page.Reports = append(page.Reports, htmlReport{ID: "report-" + strconv.Itoa(i+1), ReportResult: &a.Reports[i]})
	}
	return htmlPage.Execute(w, page)
}

// htmlView is what the page template reads: the audit, its reports with
// their anchors, and the chart's geometry.
type htmlView struct {
	*engine.Audit
	Reports []htmlReport
	Chart   htmlChart
}

type htmlReport struct {
	ID string
	*engine.ReportResult
}

var htmlPage = template.Must(template.New("page").Funcs(template.FuncMap{
	"tool": toolLine, "meta": meta, "score": score, "num": number, "year": year, "dash": orDash, "dateSource": DateSource,
	"level": LevelLabel, "tpl": TemplateLabel, "category": CategoryLabel, "severity": SeverityLabel,
	"status": resultLabel, "statusClass": statusClass, "gradeClass": gradeClass, "grade": gradeText,
	"counts": countsLine, "explain": explanation, "brief": brief, "finding": finding, "findings": findings,
	"value": evidenceValue, "place": evidencePlace,
}).Parse(htmlTemplate))

// statusClass is the CSS class of an outcome; a waived failure has its own.
func statusClass(r engine.Result) string {
	if waived(r) {
		return "s-waived"
	}
	return "s-" + string(r.Status)
}

var gradeClasses = map[string]string{"优秀": "g-a", "良好": "g-b", "合格": "g-c", "不合格": "g-d"}

// gradeClass is the CSS class that colours a grade.
func gradeClass(grade string) string {
	if c, ok := gradeClasses[grade]; ok {
		return c
	}
	return "g-none"
}

// findings counts the results that did not pass.
func findings(rs []engine.Result) int {
	n := 0
	for _, r := range rs {
		if finding(r) {
			n++
		}
	}
	return n
}

// evidenceValue is ` = value（原文“raw”）`, the raw text only when it differs.
func evidenceValue(e engine.Evidence) string {
	s := ""
	if e.Value != nil {
		s = " = " + number(*e.Value)
	}
	if e.Raw != "" && (e.Value == nil || e.Raw != number(*e.Value)) {
		s += "（原文“" + e.Raw + "”）"
	}
	return s
}

// evidencePlace is `第N页 第N行`, or "".
func evidencePlace(e engine.Evidence) string {
	if e.Page <= 0 {
		return lineRef(e.Line)
	}
	return joinSpace("第"+strconv.Itoa(e.Page)+"页", lineRef(e.Line))
}

// htmlChart is the geometry of the horizontal bar chart of report scores.
type htmlChart struct {
	Width, Height, Top, Left, Right, Bar int
	Bars                                 []htmlBar
	Ticks                                []htmlTick
}

type htmlBar struct {
	Label, Title, Score, Class string
	Y, TextY, W, ScoreX        int
}

type htmlTick struct {
	X     int
	Label string
}

// Chart layout in pixels; a display column of label text is about 7 px.
const (
	chartPlot    = 480 // width of the 0–100 axis
	chartRow     = 26
	chartBar     = 16
	chartTop     = 22
	chartLabel   = 36 // label cut at this many display columns
	chartColumnW = 7
)

// newChart lays out one bar per readable report, labelled with the agency
// and year (or the file name), with lines at 0, 100 and the grade bands.
func newChart(rs []engine.ReportResult) htmlChart {
	c := htmlChart{Top: chartTop - 4, Bar: chartBar}
	for i := range rs {
		if rs[i].Error == "" {
			c.Bars = append(c.Bars, newBar(&rs[i]))
			c.Left = max(c.Left, narrow.StringWidth(c.Bars[len(c.Bars)-1].Label))
		}
	}
	c.Left = c.Left*chartColumnW + 16
	c.Right = c.Left + chartPlot
	for i := range c.Bars {
		b := &c.Bars[i]
		b.Y = chartTop + i*chartRow + (chartRow-chartBar)/2
		b.TextY, b.ScoreX = b.Y+chartBar-3, c.Left+b.W+6
	}
	for _, t := range []int{0, 60, 75, 90, 100} {
		c.Ticks = append(c.Ticks, htmlTick{X: c.Left + t*chartPlot/100, Label: strconv.Itoa(t)})
	}
	c.Width, c.Height = c.Right+56, chartTop+len(c.Bars)*chartRow+4
	return c
}

// newBar is a report's bar, before it is placed: its label, its tooltip
// (with the file, which tells apart two copies of one report) and length.
func newBar(r *engine.ReportResult) htmlBar {
	name := chartName(r)
	b := htmlBar{Label: narrow.Truncate(name, chartLabel, "…"), Score: score(r.Score), Class: gradeClass(r.Grade),
		Title: name + "（" + r.File + "）：" + score(r.Score) + " 分，" + orDash(r.Grade)}
	if r.Score != nil {
		b.W = min(max(int(*r.Score/100*chartPlot), 0), chartPlot)
	}
	return b
}

// chartName names a report in the chart: agency and year, or the file.
func chartName(r *engine.ReportResult) string {
	m := meta(r)
	if m.Agency == "" {
		return path.Base(r.File)
	}
	return joinSpace(m.Agency, year(m.Year))
}

const htmlTemplate = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{{.Tool.Name}} {{.Tool.Version}}">
<title>政府信息公开工作年度报告检查结果</title>
{{template "style"}}
</head>
<body>
<header>
<h1>政府信息公开工作年度报告检查结果</h1>
<p class="tool">{{tool .Tool}}</p>
</header>
<main>
{{- if gt (len .Reports) 1}}
<section id="summary">
<h2>汇总</h2>
{{template "chart" .Chart}}
{{template "summary" .Reports}}
</section>
{{- end}}
{{- range .Reports}}
{{template "report" .}}
{{- end}}
</main>
<footer class="muted">
<p>得分为各类别得分按类别权重的加权平均；“不适用”“需人工核查”“无法判断”不计权重，已豁免的不通过不扣分。</p>
</footer>
</body>
</html>

{{define "chart"}}<figure>
<svg class="chart" role="img" aria-label="各报告得分" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}">
{{- range .Ticks}}
<line class="{{if or (eq .Label "0") (eq .Label "100")}}tick{{else}}band{{end}}" x1="{{.X}}" y1="{{$.Top}}" x2="{{.X}}" y2="{{$.Height}}"/><text x="{{.X}}" y="14" text-anchor="middle">{{.Label}}</text>
{{- end}}
{{- range .Bars}}
<g><title>{{.Title}}</title><text x="{{$.Left}}" dx="-8" y="{{.TextY}}" text-anchor="end">{{.Label}}</text><rect class="{{.Class}}" x="{{$.Left}}" y="{{.Y}}" width="{{.W}}" height="{{$.Bar}}"/><text x="{{.ScoreX}}" y="{{.TextY}}">{{.Score}}</text></g>
{{- end}}
</svg>
<figcaption class="muted">各报告得分（满分 100；虚线为等级分界：60 合格，75 良好，90 优秀）</figcaption>
</figure>{{end}}

{{define "summary"}}<table>
<thead><tr><th>文件</th><th>机关</th><th class="num">年度</th><th class="num">得分</th><th>等级</th><th class="num">通过</th><th class="num">不通过</th><th class="num">不适用</th><th class="num">需人工</th><th class="num">错误</th></tr></thead>
<tbody>
{{- range .}}
{{- if .Error}}
<tr><td><a href="#{{.ID}}">{{.File}}</a></td><td colspan="9" class="s-fail">无法读取</td></tr>
{{- else}}{{$m := meta .ReportResult}}
<tr><td><a href="#{{.ID}}">{{.File}}</a></td><td>{{dash $m.Agency}}</td><td class="num">{{year $m.Year}}</td><td class="num">{{score .Score}}</td><td class="{{gradeClass .Grade}}">{{dash .Grade}}</td><td class="num">{{.Counts.Pass}}</td><td class="num">{{.Counts.Fail}}</td><td class="num">{{.Counts.NA}}</td><td class="num">{{.Counts.Manual}}</td><td class="num">{{.Counts.Error}}</td></tr>
{{- end}}
{{- end}}
</tbody>
</table>{{end}}

{{define "report"}}<section class="report" id="{{.ID}}">
<h2>{{.File}}</h2>
{{- if .Error}}
<p class="unreadable">无法读取：{{.Error}}</p>
{{- else}}{{$m := meta .ReportResult}}
<dl class="meta">
<dt>机关</dt><dd>{{dash $m.Agency}}</dd>
<dt>年度</dt><dd>{{year $m.Year}}</dd>
<dt>层级</dt><dd>{{level $m.Level}}</dd>
<dt>模板</dt><dd>{{tpl $m.Template}}（应为 {{tpl $m.Expected}}）</dd>
<dt>发布日期</dt><dd>{{dash $m.Published}}{{dateSource $m.PublishedFrom}}</dd>
{{- if .SHA256}}
<dt>SHA-256</dt><dd><code>{{.SHA256}}</code></dd>
{{- end}}
</dl>
<p class="score">得分 <strong class="{{gradeClass .Grade}}">{{score .Score}}</strong>　等级 <strong class="{{gradeClass .Grade}}">{{grade .ReportResult}}</strong></p>
<p>{{counts .Counts}}</p>
<h3>类别得分</h3>
<table class="narrow">
<thead><tr><th>类别</th><th class="num">得分</th><th class="num">权重</th><th class="num">通过</th><th class="num">不通过</th><th class="num">不适用</th><th class="num">需人工</th><th class="num">错误</th></tr></thead>
<tbody>
{{- range .Categories}}
<tr><td>{{if .Title}}{{.Title}}{{else}}{{category .ID}}{{end}}</td><td class="num">{{score .Score}}</td><td class="num">{{num .Weight}}</td><td class="num">{{.Counts.Pass}}</td><td class="num">{{.Counts.Fail}}</td><td class="num">{{.Counts.NA}}</td><td class="num">{{.Counts.Manual}}</td><td class="num">{{.Counts.Error}}</td></tr>
{{- end}}
</tbody>
</table>
<h3>检查结果</h3>
<table>
<thead><tr><th>规则</th><th>检查项</th><th>类别</th><th>严重程度</th><th class="num">权重</th><th>结果</th><th>说明</th></tr></thead>
<tbody>
{{- range .Results}}
<tr><td>{{if finding .}}<a href="#{{$.ID}}-{{.Rule}}"><code>{{.Rule}}</code></a>{{else}}<code>{{.Rule}}</code>{{end}}</td><td class="title">{{.Title}}</td><td class="nw">{{category .Category}}</td><td class="nw">{{severity .Severity}}</td><td class="num">{{num .Weight}}</td><td class="nw {{statusClass .}}">{{status .}}</td><td class="msg">{{brief .}}</td></tr>
{{- end}}
</tbody>
</table>
{{- if findings .Results}}
<h3>发现与证据（{{findings .Results}} 项）</h3>
{{- range .Results}}{{if finding .}}
<article class="finding {{statusClass .}}" id="{{$.ID}}-{{.Rule}}">
{{template "finding" .}}
</article>
{{- end}}{{end}}
{{- end}}
{{- if .Problems}}
<h3>提取问题</h3>
<ul>
{{- range .Problems}}
<li>{{if .Key}}<code>{{.Key}}</code> {{end}}{{with .Line}}第{{.}}行 {{end}}{{.Message}}</li>
{{- end}}
</ul>
{{- end}}
{{- end}}
</section>{{end}}

{{define "finding"}}<h4><code>{{.Rule}}</code> {{.Title}} <span class="badge {{statusClass .}}">{{status .}}</span></h4>
<p class="muted">{{category .Category}} · {{severity .Severity}} · 权重 {{num .Weight}}{{if .Gate}} · 门槛规则{{end}}{{with .Cite}} · 依据：{{.}}{{end}}</p>
{{- with explain .}}
<p>{{.}}</p>
{{- end}}
{{- if .Evidence}}
<ul class="evidence">
{{- range .Evidence}}
<li>{{if .Key}}<code>{{.Key}}</code>{{end}}{{with .File}}〔{{.}}〕{{end}}{{value .}}{{with place .}} {{.}}{{end}}{{if eq .Confidence "low"}} <span class="low">低置信度读数</span>{{end}}{{with .Note}} {{.}}{{end}}
{{- with .Quote}}<blockquote>{{.}}</blockquote>{{end}}</li>
{{- end}}
</ul>
{{- end}}
{{- end}}
{{define "style"}}<style>
:root{--fail:#a50e0e;--fail-bg:#fce8e6;--warn:#7a4f01;--warn-bg:#fef7e0;--pass:#137333;--pass-bg:#e6f4ea;--muted:#5f6368;--line:#dadce0}
body{font-family:system-ui,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;line-height:1.6;color:#202124;max-width:75rem;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem;word-break:break-all}
h3{font-size:1.1rem;margin:1.2rem 0 .4rem}h4{font-size:1rem;margin:.2rem 0}
.muted,.tool{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f3f4;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.msg{min-width:18rem}td.title{min-width:9rem}.nw,td code{white-space:nowrap}table.narrow{width:auto;min-width:50%}
.s-pass{color:var(--pass)}.s-fail{color:var(--fail);background:var(--fail-bg);font-weight:bold}
.s-manual,.s-error{color:var(--warn);background:var(--warn-bg)}.s-na,.s-waived{color:var(--muted)}
.score{font-size:1.1rem}.score strong{font-size:1.6rem;margin-right:.5rem}
.g-a{color:#137333;fill:#34a853}.g-b{color:#1967d2;fill:#4285f4}.g-c{color:#b06000;fill:#f9ab00}.g-d{color:#a50e0e;fill:#ea4335}.g-none{color:var(--muted);fill:#9aa0a6}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;word-break:break-all}
.finding{border-left:4px solid var(--line);padding:.3rem .8rem;margin:.6rem 0}
.finding.s-fail{border-color:var(--fail);background:none;font-weight:normal;color:inherit}
.finding.s-manual,.finding.s-error{border-color:#f9ab00;background:none;color:inherit}
.badge{display:inline-block;padding:0 .4rem;border-radius:.2rem;font-size:.85rem;font-weight:bold}
.low{color:var(--warn);background:var(--warn-bg);padding:0 .3rem}
blockquote{margin:.2rem 0 .4rem;padding:.2rem .7rem;border-left:3px solid var(--line);background:#f8f9fa;white-space:pre-wrap}
.unreadable{color:var(--fail);background:var(--fail-bg);padding:.5rem .8rem}
figure{margin:.5rem 0}svg text{font-size:13px;fill:#202124}svg .tick{stroke:var(--line)}svg .band{stroke:#9aa0a6;stroke-dasharray:4 3}
code{font-family:ui-monospace,Consolas,monospace;font-size:.9em}
a{color:#1967d2}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
table{font-size:9pt}td.msg{min-width:0}td.title{min-width:6rem}td code{white-space:normal}
.report{break-before:page}
tr,.finding,li,figure{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
</style>{{end}}`
