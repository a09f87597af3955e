package calendar

import (
	"fmt"
	"maps"
	"os"
	"time"

	"go.yaml.in/yaml/v3"
)

// Load reads a calendar file (see Parse) and returns the built-in calendar
// with its years added or replaced.
func Load(path string) (*Calendar, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取日历文件 %s：%v", path, err)
	}
	return Parse(path, data)
}

// Parse reads a calendar file named name and returns the built-in calendar
// with its years added or replaced. The file is YAML:
//
//	years:
//	  - year: 2028
//	    holidays:                       # 放假, each range inclusive
//	      - {name: 元旦, from: 2028-01-01, to: 2028-01-03}
//	      - {name: 春节, from: 2028-01-25, to: 2028-02-01}
//	    workdays: [2028-01-22, 2028-02-05]   # 调休上班
//
// A year in the file replaces the built-in arrangement of that year whole
// (its days off and make-up days, including late-December days of its
// 元旦); every other year stays as built in. Dates lie in the year or in
// the December before it. Mistakes are reported with the file and line.
func Parse(name string, data []byte) (*Calendar, error) {
	years, err := parseYears(name, data)
	if err != nil {
		return nil, err
	}
	return Default().with(years), nil
}

// yearData is one year of a calendar file.
type yearData struct {
	year     int
	holidays []holidayRange
	workdays []time.Time
}

type holidayRange struct {
	name     string
	from, to time.Time
}

// with returns a copy of c with the years replaced.
func (c *Calendar) with(years []yearData) *Calendar {
	out := &Calendar{days: maps.Clone(c.days), known: maps.Clone(c.known)}
	for _, y := range years {
		maps.DeleteFunc(out.days, func(_ int, e entry) bool { return e.year == y.year })
		for _, h := range y.holidays {
			for t := h.from; !t.After(h.to); t = t.AddDate(0, 0, 1) {
				out.days[dateKey(t)] = entry{off: true, name: h.name, year: y.year}
			}
		}
		for _, t := range y.workdays {
			out.days[dateKey(t)] = entry{year: y.year}
		}
		out.known[y.year] = true
	}
	return out
}

// parseYears decodes a calendar file.
func parseYears(name string, data []byte) ([]yearData, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("日历文件 %s 不是有效的 YAML：%v", name, err)
	}
	p := &fileParser{name: name}
	if len(root.Content) == 0 {
		return nil, nil
	}
	var list *yaml.Node
	p.mapping(root.Content[0], "years", map[string]func(*yaml.Node){
		"years": func(v *yaml.Node) { list = v },
	})
	if list != nil && list.Tag != "!!null" {
		p.years(list)
	}
	return p.out, p.err
}
