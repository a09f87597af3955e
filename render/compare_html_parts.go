package render

// compareMatrixParts are the matrices and lists of the comparison page.
const compareMatrixParts = `
{{define "rulerows"}}<div class="scroll"><table class="matrix">
<thead><tr><th>规则</th><th>检查项</th>{{range .Heads}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range $r := .Rules}}
<tr><td><code>{{$r.ID}}</code>{{if $r.CrossYear}} ※{{end}}</td><td class="title">{{$r.Title}}</td>{{range $.Entries}}<td class="{{outcomeCls . $r.ID}}">{{outcome . $r.ID}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table></div>{{end}}

{{define "cells"}}<table class="narrow">
<thead><tr><th>数据</th>{{range .Heads}}<th class="num">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range $k := .Cells}}
<tr><td>{{$k.Label}}</td>{{range $.Entries}}<td class="num">{{value (cellOf . $k.Key)}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>{{end}}

{{define "pair"}}<h4>跨年度规则（{{.To}} 年度报告）</h4>
{{- if .Cross}}
<table>
<thead><tr><th>规则</th><th>检查项</th><th>结果</th><th>说明</th></tr></thead>
<tbody>
{{- range .Cross}}
<tr><td><code>{{.V.Rule}}</code></td><td class="title">{{.Title}}</td><td class="nw {{statusCls .V.Status}}">{{statusWord .V.Status}}</td><td class="msg">{{.V.Message}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p class="muted">（无）</p>
{{- end}}
<h4>结果有变化的规则</h4>
{{- if .Changed}}
<table class="narrow">
<thead><tr><th>规则</th><th>检查项</th><th>{{.From}}</th><th>{{.To}}</th></tr></thead>
<tbody>
{{- range .Changed}}
<tr><td><code>{{.V.Rule}}</code></td><td class="title">{{.Title}}</td><td class="nw {{statusCls .V.From}}">{{statusWord .V.From}}</td><td class="nw {{statusCls .V.To}}">{{statusWord .V.To}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p class="muted">（无）</p>
{{- end}}
<h4>主要数据的变化</h4>
{{- if .Cells}}
<table class="narrow">
<thead><tr><th>数据</th><th class="num">{{.From}}</th><th class="num">{{.To}}</th><th class="num">增减</th></tr></thead>
<tbody>
{{- range .Cells}}
<tr><td>{{.Title}}</td><td class="num">{{value .V.From}}</td><td class="num">{{value .V.To}}</td><td class="num">{{delta .V.From .V.To}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p class="muted">（无）</p>
{{- end}}
{{- end}}

{{define "ranking"}}<section class="report" id="{{.ID}}">
<h2>{{.Year}} 年度：{{len .Ranks}} 个机关</h2>
{{template "chart" .Chart}}
<h3>排名</h3>
<table>
<thead><tr><th class="num">名次</th><th>机关</th><th class="num">得分</th><th>等级</th><th class="num">通过</th><th class="num">不通过</th><th class="num">不适用</th><th class="num">需人工</th><th class="num">错误</th><th>文件</th></tr></thead>
<tbody>
{{- range $i, $e := .Matrix.Entries}}
<tr><td class="num">{{index1 $.Ranks $i}}</td><td>{{.Name}}</td><td class="num">{{score .Score}}</td><td class="{{gradeClass .Grade}}">{{entryGrade .}}</td><td class="num">{{.Counts.Pass}}</td><td class="num">{{.Counts.Fail}}</td><td class="num">{{.Counts.NA}}</td><td class="num">{{.Counts.Manual}}</td><td class="num">{{.Counts.Error}}</td><td>{{.File}}</td></tr>
{{- end}}
</tbody>
</table>
<h3>机关 × 规则</h3>
<div class="scroll"><table class="matrix">
<thead><tr><th>机关</th>{{range .Matrix.Rules}}<th title="{{.Title}}"><code>{{.ID}}</code>{{if .CrossYear}} ※{{end}}</th>{{end}}</tr></thead>
<tbody>
{{- range $e := .Matrix.Entries}}
<tr><td>{{$e.Name}}</td>{{range $.Matrix.Rules}}<td class="{{outcomeCls $e .ID}}">{{outcome $e .ID}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table></div>
<h3>主要数据</h3>
{{template "cells" .Matrix}}
</section>{{end}}

{{define "rates"}}<table>
<thead><tr><th>规则</th><th>检查项</th><th class="num">通过率</th><th class="num">通过</th><th class="num">不通过</th><th class="num">需人工</th><th class="num">错误</th><th class="num">不适用</th><th class="num">未检查</th></tr></thead>
<tbody>
{{- range .}}
<tr><td><code>{{.V.Rule}}</code></td><td class="title">{{.Title}}</td><td class="num">{{rate .V.Rate}}</td><td class="num">{{.V.Pass}}</td><td class="num">{{.V.Fail}}</td><td class="num">{{.V.Manual}}</td><td class="num">{{.V.Error}}</td><td class="num">{{.V.NA}}</td><td class="num">{{.V.NotRun}}</td></tr>
{{- end}}
</tbody>
</table>{{end}}
`
