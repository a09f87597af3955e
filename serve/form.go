package serve

import (
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/nianbao/nianbao/report"
)

// overrides replace what extraction detected, as --year, --level and
// --published do on the command line.
type overrides struct {
	Year             int
	Level, Published string
}

// apply writes the set fields into m and recomputes the template the year
// requires, as the command does.
func (o overrides) apply(m *report.Meta) {
	if o.Year != 0 {
		m.Year = o.Year
	}
	if o.Level != "" {
		m.Level = o.Level
	}
	if o.Published != "" {
		// The form's field is the command's --published option, and the
		// API answers what the command does.
		m.Published, m.PublishedFrom = o.Published, "--published"
	}
	m.Expected = report.ExpectedTemplate(m.Year)
}

// levels are the accepted values of the level field.
var levels = []struct{ Key, Label string }{
	{report.LevelGovernment, "人民政府"}, {report.LevelDepartment, "政府部门"}, {report.LevelOther, "其他机关"},
}

// check validates the form and fills u.meta; the pasted text becomes the
// report when no file was chosen.
func (u *upload) check() error {
	if err := u.checkReport(); err != nil {
		return err
	}
	if y := u.form.Year; y != "" {
		n, err := strconv.Atoi(y)
		if err != nil || n < 2000 || n > 2100 {
			return badForm("年度“%s”无效：应为 2000 到 2100 之间的四位年份，如 2022", y)
		}
		u.meta.Year = n
	}
	if l := u.form.Level; l != "" && !knownLevel(l) {
		return badForm("层级“%s”无效（可用：government 人民政府、department 政府部门、other 其他机关）", l)
	}
	u.meta.Level = u.form.Level
	if d := u.form.Published; d != "" {
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return badForm("发布日期“%s”无效：应为 YYYY-MM-DD 格式的日期，如 2023-01-31", d)
		}
	}
	u.meta.Published = u.form.Published
	return nil
}

// checkReport makes sure there is exactly one report: a file or pasted text.
func (u *upload) checkReport() error {
	switch {
	case u.report.data != nil && u.text != "":
		return badForm("请上传年报文件或粘贴年报全文，二者选一")
	case u.report.data == nil && u.text == "":
		return badForm("请选择要检查的年报文件（PDF、HTML、Word .docx、文本），或粘贴年报全文")
	case u.report.data == nil:
		u.report = file{name: "粘贴的文本.txt", data: []byte(u.text)}
	}
	if strings.EqualFold(path.Ext(u.report.name), ".json") {
		return unreadable("“%s”是 JSON 文件：网页只检查年报原文（PDF、HTML、Word .docx、文本）；"+
			"nianbao parse 输出的模型请用命令 nianbao audit 检查", u.report.name)
	}
	return nil
}

func knownLevel(l string) bool {
	for _, x := range levels {
		if x.Key == l {
			return true
		}
	}
	return false
}

// cleanName keeps the last element of an uploaded file name, without
// control characters, at most 120 characters; "上传的文件" when nothing is left.
func cleanName(name string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, name)
	if r := []rune(strings.TrimSpace(name)); len(r) > 120 {
		name = string(r[len(r)-120:])
	}
	if name = strings.TrimSpace(name); name == "" || name == "." || name == "/" {
		return "上传的文件"
	}
	return name
}
