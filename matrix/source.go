package matrix

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// Source is a corpus report with hand-checked cells, reduced to what a
// variant needs: its title, its narrative and its cells.
type Source struct {
	ID       string
	Agency   string
	Year     int
	Title    string
	Preamble []string  // paragraphs before the first section
	Sections []Section // the six parts in order
	// Cells maps a data-dictionary key (active.regulations.issued) to its
	// value; nil is a cell the source leaves blank or unreadable, which a
	// variant prints empty.
	Cells map[string]*float64
	// Old2019 and SingleOther say which template's tables to print.
	Old2019, SingleOther bool
}

// Section is one part of a source report.
type Section struct {
	Key, Heading string
	Paragraphs   []string // narrative; empty for the table parts
}

// defaultHeadings are the template's headings, used where the source has
// none.
var defaultHeadings = map[string]string{
	"overview":     "一、总体情况",
	"active":       "二、主动公开政府信息情况",
	"applications": "三、收到和处理政府信息公开申请情况",
	"review":       "四、政府信息公开行政复议、行政诉讼情况",
	"problems":     "五、存在的主要问题及改进情况",
	"other":        "六、其他需要报告的事项",
}

var sectionOrder = []string{"overview", "active", "applications", "review", "problems", "other"}

// gold is the part of an expectation file a variant uses.
type gold struct {
	Agency       string                         `json:"agency"`
	Year         int                            `json:"year"`
	Headings     map[string]*string             `json:"headings"`
	Active       map[string]*float64            `json:"active"`
	Applications map[string]map[string]*float64 `json:"applications"`
	Review       map[string]map[string]*float64 `json:"review"`
}

// Manifest lists the fixtures that have expected cells: id and file,
// relative to dir (fixtures/manifest.tsv).
func Manifest(dir string) ([][2]string, error) {
	f, err := os.Open(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if p := strings.Split(sc.Text(), "\t"); len(p) == 2 {
			out = append(out, [2]string{p[0], p[1]})
		}
	}
	return out, sc.Err()
}

// LoadSource reads fixture id: its expected cells from dir/expected and its
// narrative from the report file, as nianbao extracts it.
func LoadSource(dir, id, file string) (*Source, error) {
	data, err := os.ReadFile(filepath.Join(dir, "expected", id+".json"))
	if err != nil {
		return nil, err
	}
	var g gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", id, err)
	}
	doc, err := ingest.Read(filepath.Join(dir, file))
	if err != nil {
		return nil, err
	}
	r := report.Extract(doc)
	s := &Source{ID: id, Agency: g.Agency, Year: g.Year, Cells: map[string]*float64{}}
	s.Title = r.Meta.Title
	if s.Title == "" {
		s.Title = fmt.Sprintf("%s%d年政府信息公开工作年度报告", g.Agency, g.Year)
	}
	s.Preamble = lines(r.Preamble, s.Title)
	for k, v := range g.Active {
		s.Cells["active."+k] = v
		s.Old2019 = s.Old2019 || strings.HasSuffix(k, ".made")
	}
	for row, cols := range g.Applications {
		for c, v := range cols {
			s.Cells["applications."+row+"."+c] = v
		}
		s.SingleOther = s.SingleOther || row == "other"
	}
	for grp, cols := range g.Review {
		for c, v := range cols {
			s.Cells["review."+grp+"."+c] = v
		}
	}
	for _, key := range sectionOrder {
		sec := Section{Key: key, Heading: defaultHeadings[key]}
		if h := g.Headings[key]; h != nil && *h != "" {
			sec.Heading = *h
		}
		if rs := r.Section(key); rs != nil && !tablePart(key) {
			sec.Paragraphs = paragraphs(rs.Text, sec.Heading)
		}
		s.Sections = append(s.Sections, sec)
	}
	return s, nil
}

// tablePart reports whether a section is printed as its table only.
func tablePart(key string) bool {
	return key == "active" || key == "applications" || key == "review"
}

var (
	pageNo    = regexp.MustCompile(`^\s*[-—－]?\s*\d{1,3}\s*[-—－]?\s*$`)
	subHead   = regexp.MustCompile(`（[一二三四五六七八九十]{1,2}）`)
	hanSpaced = regexp.MustCompile(`(\p{Han}|[，。、；：“”（）《》])\s+(\p{Han}|[，。、；：“”（）《》\d])|(\d)\s+(\p{Han})`)
)

// paragraphs turns extracted text (visual lines, page numbers and all) into
// the paragraphs it was: lines joined, a paragraph before each （一）-style
// heading. The heading itself is dropped.
func paragraphs(text, heading string) []string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l == "" || pageNo.MatchString(l) {
			continue
		}
		b.WriteString(l)
	}
	t := b.String()
	for i := 0; i < 3; i++ {
		t = hanSpaced.ReplaceAllString(t, "$1$3$2$4")
	}
	t = strings.TrimPrefix(t, strings.ReplaceAll(heading, " ", ""))
	t = strings.TrimPrefix(t, heading)
	var out []string
	for len(t) > 0 {
		loc := subHead.FindStringIndex(t[1:])
		cut := len(t)
		if loc != nil {
			cut = loc[0] + 1
		}
		if p := strings.TrimSpace(t[:cut]); p != "" {
			out = append(out, p)
		}
		t = t[cut:]
	}
	return out
}

// lines returns the non-empty lines of the text before the first section,
// each a paragraph: there a line is a line of its own (a 发布日期 label, the
// agency's name), not a wrapped sentence. The title is dropped.
func lines(text, title string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" && l != title && !pageNo.MatchString(l) {
			out = append(out, l)
		}
	}
	return out
}

// value returns the printed text of a cell: its number, or "" for a blank.
func (s *Source) value(key string) string {
	v := s.Cells[key]
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
