package render

// compareTemplate is the comparison page; it reuses the audit page's style
// and bar chart ("style", "chart").
const compareTemplate = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{{.Tool.Name}} {{.Tool.Version}}">
<title>政府信息公开工作年度报告比较</title>
{{template "style"}}
<style>
.scroll{overflow-x:auto}table.matrix{width:auto}table.matrix td{white-space:nowrap}
table.matrix td:first-child{position:sticky;left:0;background:#fff}table.matrix th:first-child{position:sticky;left:0}
.s-none{color:var(--muted)}svg .line{stroke:#5f6368;stroke-width:2;fill:none}svg .gap{stroke-dasharray:6 4}
</style>
</head>
<body>
<header>
<h1>政府信息公开工作年度报告比较</h1>
<p class="tool">{{tool .Tool}}</p>
<p>{{.Title}}</p>
</header>
<main>
{{- range .Trends}}
{{template "trend" .}}
{{- end}}
{{- range .Rankings}}
{{template "ranking" .}}
{{- end}}
{{- if .Rates}}
<section id="rates">
<h2>{{.RatesHeading}}</h2>
{{template "rates" .Rates}}
</section>
{{- end}}
{{- if .Skipped}}
<section id="skipped">
<h2>未参加比较</h2>
<ul>
{{- range .Skipped}}
<li>{{.File}}：{{.Reason}}</li>
{{- end}}
</ul>
</section>
{{- end}}
{{- if .Unreadable}}
<section id="unreadable">
<h2>无法读取</h2>
<ul class="unreadable">
{{- range .Unreadable}}
<li>{{unreadable .}}</li>
{{- end}}
</ul>
</section>
{{- end}}
</main>
<footer class="muted">
<p>“—”表示该规则不在该报告年度的规则包中；※ 为跨年度规则（与上一年度报告比对）；主要数据中“?”表示报告中缺少该单元格或未能读取。</p>
</footer>
</body>
</html>
` + compareParts

// compareParts are the sections of the comparison page.
const compareParts = `
{{define "trend"}}<section class="report" id="{{.ID}}">
<h2>{{.Agency}}：{{.Years}}</h2>
{{template "linechart" .Chart}}
<h3>得分趋势</h3>
<table class="narrow">
<thead><tr><th class="num">年度</th><th class="num">得分</th><th>等级</th>{{range categories}}<th class="num">{{.Title}}</th>{{end}}<th class="num">通过</th><th class="num">不通过</th><th class="num">不适用</th><th class="num">需人工</th><th class="num">错误</th><th>文件</th></tr></thead>
<tbody>
{{- range .Matrix.Entries}}{{$e := .}}
<tr><td class="num">{{year .Year}}</td><td class="num">{{score .Score}}</td><td class="{{gradeClass .Grade}}">{{entryGrade .}}</td>{{range categories}}<td class="num">{{catScore $e .ID}}</td>{{end}}<td class="num">{{.Counts.Pass}}</td><td class="num">{{.Counts.Fail}}</td><td class="num">{{.Counts.NA}}</td><td class="num">{{.Counts.Manual}}</td><td class="num">{{.Counts.Error}}</td><td>{{.File}}</td></tr>
{{- end}}
</tbody>
</table>
<h3>规则 × 年度</h3>
{{template "rulerows" .Matrix}}
<h3>主要数据</h3>
{{template "cells" .Matrix}}
{{- range .Pairs}}
<h3>逐年变化 {{.Heading}}</h3>
{{template "pair" .}}
{{- end}}
</section>{{end}}

{{define "linechart"}}<figure>
<svg class="chart" role="img" aria-label="历年得分" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}">
{{- range .Bands}}
<line class="{{if or (eq .Label "0") (eq .Label "100")}}tick{{else}}band{{end}}" x1="{{$.Left}}" y1="{{.Y}}" x2="{{$.Right}}" y2="{{.Y}}"/><text x="{{$.Left}}" dx="-6" y="{{.Y}}" dy="4" text-anchor="end">{{.Label}}</text>
{{- end}}
{{- range .Segments}}
<line class="line{{if .Gap}} gap{{end}}" x1="{{.X1}}" y1="{{.Y1}}" x2="{{.X2}}" y2="{{.Y2}}"/>
{{- end}}
{{- range .Points}}
<g><title>{{.Title}}</title><circle class="{{.Class}}" cx="{{.X}}" cy="{{.Y}}" r="5"/><text x="{{.X}}" y="{{.Y}}" dy="-10" text-anchor="middle">{{.Score}}</text></g>
{{- end}}
{{- range .Years}}
<text x="{{.X}}" y="{{$.Bottom}}" dy="20" text-anchor="middle">{{.Label}}</text>
{{- end}}
</svg>
<figcaption class="muted">历年得分（满分 100；虚线为等级分界：60 合格，75 良好，90 优秀；缺少年度之间的连线为虚线）</figcaption>
</figure>{{end}}
` + compareMatrixParts
