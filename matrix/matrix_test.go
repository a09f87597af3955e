package matrix

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

var outDir = flag.String("matrix.dir", "", "keep the variants in this folder, with a manifest.tsv and expected/ for checks/score_extraction.py")

// styles are the HTML pages made of every source.
var styles = []Style{
	{Name: "word", Markup: Word, Layout: Merged},
	{Name: "plain", Markup: Plain, Layout: Merged},
	{Name: "th", Markup: Heads, Layout: Merged},
	{Name: "flat", Markup: Plain, Layout: Flat},
	{Name: "narrow", Markup: Word, Layout: Merged, LabelWidth: "3.5em"},
	{Name: "landscape", Markup: Heads, Layout: Merged, CSS: "@page{size:A4 landscape}\n"},
	{Name: "large", Markup: Plain, Layout: Merged, CSS: "body,td,th{font-size:17pt}\n"},
	{Name: "borderless", Markup: Plain, Layout: Merged, CSS: noBorders},
	{Name: "narrow-borderless", Markup: Word, Layout: Merged, LabelWidth: "3.5em", CSS: noBorders},
}

// noBorders hides every ruling line of a page's tables.
const noBorders = "td,th,table{border:none !important}\n"

// printed are the styles printed to PDF by Chromium; converted those
// turned into Word and then PDF by LibreOffice.
var (
	printed   = []string{"word", "flat", "narrow", "landscape", "large", "borderless", "narrow-borderless"}
	converted = []string{"word", "plain", "flat"}
	// textFromPDF are the LibreOffice PDFs read back by pdftotext -layout;
	// markdown the pages converted by pandoc.
	textFromPDF = []string{"plain"}
	markdown    = []string{"plain", "flat"}
)

// variant is one rendering of a source.
type variant struct {
	src  *Source
	name string // style and producer, e.g. "word.chromium.pdf"
	path string
	// lossy: text a converter made by dropping the page's geometry
	// (pdftotext), where a blank cell may leave no trace; a cell it cannot
	// place must be unread with a problem, never a wrong number, and its
	// verdicts may differ from the page's (error where a cell is unread).
	lossy bool
}

// TestMatrix renders every fixture report with hand-checked cells in each
// style and producer, and reads each variant back: every cell must be the
// source's, every section found, and the same report must get the same
// verdicts whatever produced the file.
func TestMatrix(t *testing.T) {
	chromium := tool(t, "NIANBAO_CHROMIUM", "chromium", "chromium-browser")
	soffice := tool(t, "NIANBAO_SOFFICE", "soffice", "libreoffice")
	pdftotext := tool(t, "NIANBAO_PDFTOTEXT", "pdftotext")
	pandoc := tool(t, "NIANBAO_PANDOC", "pandoc")
	dir := *outDir
	if dir == "" {
		dir = t.TempDir()
	}
	sources := loadSources(t)
	variants := renderHTML(t, dir, sources)
	variants = append(variants, printPDFs(t, chromium, dir, sources)...)
	variants = append(variants, convertOffice(t, soffice, dir, sources)...)
	variants = append(variants, convertText(t, pdftotext, pandoc, dir, sources)...)
	writeManifest(t, dir, variants)

	eng, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	verdicts := map[string]map[string]string{} // source.style → producer → verdict line
	tally := map[string]*count{}               // producer → cells
	t.Run("read", func(t *testing.T) {
		for _, v := range variants {
			t.Run(v.src.ID+"/"+v.name, func(t *testing.T) {
				t.Parallel()
				doc, err := ingest.Read(v.path)
				if err != nil {
					t.Fatalf("%s: %v", v.path, err)
				}
				r := report.Extract(doc)
				c := checkCells(t, v, r)
				line := verdictLine(eng.Audit(r))
				mu.Lock()
				defer mu.Unlock()
				kind := v.name[strings.Index(v.name, ".")+1:]
				if tally[kind] == nil {
					tally[kind] = &count{}
				}
				tally[kind].add(c)
				key := v.src.ID + "." + strings.SplitN(v.name, ".", 2)[0]
				if verdicts[key] == nil {
					verdicts[key] = map[string]string{}
				}
				if !v.lossy {
					verdicts[key][v.name] = line
				}
			})
		}
	})
	t.Run("same-verdicts", func(t *testing.T) { sameVerdicts(t, verdicts) })
	logTally(t, tally)
}

// count tallies the cells of variants.
type count struct{ cells, right, wrong, unread int }

func (c *count) add(o count) {
	c.cells, c.right, c.wrong, c.unread = c.cells+o.cells, c.right+o.right, c.wrong+o.wrong, c.unread+o.unread
}

// logTally prints the cells read right per producer, as the note quotes.
func logTally(t *testing.T, tally map[string]*count) {
	var all count
	var b strings.Builder
	for _, k := range sortedKeys(tally) {
		c := tally[k]
		all.add(*c)
		fmt.Fprintf(&b, "\n  %-20s %5d/%-5d right, %3d wrong, %4d unread", k, c.right, c.cells, c.wrong, c.unread)
	}
	t.Logf("matrix: %d/%d cells right (%.1f%%), %d wrong numbers, %d unread%s", all.right, all.cells,
		100*float64(all.right)/float64(max(all.cells, 1)), all.wrong, all.unread, b.String())
}

// tool finds a program the matrix needs: $env, or one of names on the PATH.
// A missing program fails the test: scripts/test.sh installs them.
func tool(t *testing.T, env string, names ...string) string {
	if p := os.Getenv(env); p != "" {
		return p
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Fatalf("%s not found: the rendering matrix needs it (bash scripts/test.sh installs it; or set %s)", names[0], env)
	return ""
}

func loadSources(t *testing.T) []*Source {
	fixtures := filepath.Join("..", "fixtures")
	list, err := Manifest(fixtures)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []*Source
	for _, f := range list {
		if seen[f[0]] {
			continue
		}
		seen[f[0]] = true
		s, err := LoadSource(fixtures, f[0], f[1])
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Cells) > 0 {
			out = append(out, s)
		}
	}
	if len(out) < 5 {
		t.Fatalf("only %d fixture reports with cells", len(out))
	}
	return out
}

func renderHTML(t *testing.T, dir string, sources []*Source) []variant {
	var out []variant
	must(t, os.MkdirAll(filepath.Join(dir, "html"), 0o755))
	for _, s := range sources {
		for _, st := range styles {
			p := filepath.Join(dir, "html", s.ID+"."+st.Name+".html")
			must(t, os.WriteFile(p, []byte(s.HTML(st)), 0o644))
			out = append(out, variant{s, st.Name + ".html", p, false})
		}
	}
	return out
}

func printPDFs(t *testing.T, chromium, dir string, sources []*Source) []variant {
	p, err := NewPrinter(context.Background(), chromium, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	must(t, os.MkdirAll(filepath.Join(dir, "chromium"), 0o755))
	var out []variant
	for _, s := range sources {
		for _, name := range printed {
			in := filepath.Join(dir, "html", s.ID+"."+name+".html")
			pdf := filepath.Join(dir, "chromium", s.ID+"."+name+".pdf")
			must(t, p.Print(in, pdf, false))
			out = append(out, variant{s, name + ".chromium.pdf", pdf, false})
		}
	}
	return out
}

func convertOffice(t *testing.T, soffice, dir string, sources []*Source) []variant {
	docx, pdf := filepath.Join(dir, "docx"), filepath.Join(dir, "lo-pdf")
	must(t, os.MkdirAll(docx, 0o755))
	must(t, os.MkdirAll(pdf, 0o755))
	var htmls, docxs []string
	var out []variant
	for _, s := range sources {
		for _, name := range converted {
			htmls = append(htmls, filepath.Join(dir, "html", s.ID+"."+name+".html"))
			d := filepath.Join(docx, s.ID+"."+name+".docx")
			docxs = append(docxs, d)
			out = append(out, variant{s, name + ".libreoffice.docx", d, false},
				variant{s, name + ".libreoffice.pdf", filepath.Join(pdf, s.ID+"."+name+".pdf"), false})
		}
	}
	profile := t.TempDir()
	must(t, Convert(context.Background(), soffice, profile, docx, "docx:MS Word 2007 XML", "HTML (StarWriter)", htmls...))
	must(t, Convert(context.Background(), soffice, profile, pdf, "pdf", "", docxs...))
	// Word documents saved as web pages again, by LibreOffice's HTML export.
	export := filepath.Join(dir, "lo-html")
	must(t, os.MkdirAll(export, 0o755))
	var words []string
	for _, s := range sources {
		d := filepath.Join(docx, s.ID+".word.docx")
		words = append(words, d)
		out = append(out, variant{s, "word.libreoffice.html", filepath.Join(export, s.ID+".word.html"), false})
	}
	must(t, Convert(context.Background(), soffice, profile, export, "html:HTML (StarWriter)", "", words...))
	return out
}

// convertText makes what converters give: pdftotext's text of the
// LibreOffice PDFs (with -layout and without), pandoc's Markdown and Word
// files of the pages.
func convertText(t *testing.T, pdftotext, pandoc, dir string, sources []*Source) []variant {
	txt := filepath.Join(dir, "text")
	must(t, os.MkdirAll(txt, 0o755))
	ctx := context.Background()
	var out []variant
	for _, s := range sources {
		for _, name := range textFromPDF {
			in := filepath.Join(dir, "lo-pdf", s.ID+"."+name+".pdf")
			p := filepath.Join(txt, s.ID+"."+name+".pdftotext.txt")
			must(t, PDFToText(ctx, pdftotext, in, p, true))
			raw := filepath.Join(txt, s.ID+"."+name+".pdftotext-raw.txt")
			must(t, PDFToText(ctx, pdftotext, in, raw, false))
			out = append(out, variant{s, name + ".pdftotext.txt", p, true}, variant{s, name + ".pdftotext-raw.txt", raw, true})
		}
		for _, name := range markdown {
			page := filepath.Join(dir, "html", s.ID+"."+name+".html")
			md := filepath.Join(txt, s.ID+"."+name+".pandoc.md")
			must(t, Pandoc(ctx, pandoc, page, "gfm", md))
			docx := filepath.Join(txt, s.ID+"."+name+".pandoc.docx")
			must(t, Pandoc(ctx, pandoc, page, "docx", docx))
			out = append(out, variant{s, name + ".pandoc.md", md, false}, variant{s, name + ".pandoc.docx", docx, false})
		}
	}
	return out
}

// writeManifest writes manifest.tsv and expected/ so that
// checks/score_extraction.py can score the variants too.
func writeManifest(t *testing.T, dir string, vs []variant) {
	var b strings.Builder
	must(t, os.MkdirAll(filepath.Join(dir, "expected"), 0o755))
	for _, v := range vs {
		id := v.src.ID + "." + v.name
		rel, _ := filepath.Rel(dir, v.path)
		fmt.Fprintf(&b, "%s\t%s\n", id, rel)
		src, err := os.ReadFile(filepath.Join("..", "fixtures", "expected", v.src.ID+".json"))
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dir, "expected", id+".json"), src, 0o644))
	}
	must(t, os.WriteFile(filepath.Join(dir, "manifest.tsv"), []byte(b.String()), 0o644))
}

// checkCells compares every cell of r with the source's, and the sections.
func checkCells(t *testing.T, v variant, r *report.Report) count {
	var miss []string
	c := count{cells: len(v.src.Cells)}
	for _, key := range sortedKeys(v.src.Cells) {
		want, got := v.src.Cells[key], cellOf(r, key)
		switch {
		case got == nil:
			miss = append(miss, key+": absent")
			c.unread++
		case want == nil && got.Value != nil:
			miss = append(miss, fmt.Sprintf("%s: printed blank, read %v (raw %q, line %d)", key, *got.Value, got.Raw, got.Line))
			c.wrong++
		case want != nil && got.Blank:
			miss = append(miss, fmt.Sprintf("%s: WRONG called blank (raw %q, line %d), printed %v", key, got.Raw, got.Line, *want))
			c.wrong++
		case want != nil && got.Value == nil:
			if !v.lossy {
				miss = append(miss, fmt.Sprintf("%s: unread, want %v (line %d)", key, *want, got.Line))
			}
			c.unread++
			if !explained(r, key) {
				miss = append(miss, key+": unread with no problem naming its row")
			}
		case want != nil && *got.Value != *want:
			miss = append(miss, fmt.Sprintf("%s: WRONG %v (raw %q, line %d), want %v", key, *got.Value, got.Raw, got.Line, *want))
			c.wrong++
		default:
			c.right++
		}
	}
	for _, sec := range v.src.Sections {
		if r.Section(sec.Key) == nil {
			miss = append(miss, "section "+sec.Key+" not found")
		}
	}
	if len(miss) > 0 {
		shown := miss[:min(len(miss), 12)]
		t.Errorf("%s: %d of %d cells/sections wrong:\n  %s", v.path, len(miss), len(v.src.Cells)+6, strings.Join(shown, "\n  "))
	}
	return c
}

// explained reports whether a problem names the cell, its row or its
// table (keys "applications.new.total", "applications.new", "review").
func explained(r *report.Report, key string) bool {
	for _, p := range r.Problems {
		if p.Key != "" && (key == p.Key || strings.HasPrefix(key, p.Key+".")) {
			return true
		}
	}
	return false
}

// cellOf returns the cell at a data-dictionary key, or nil.
func cellOf(r *report.Report, key string) *report.Cell {
	p := strings.Split(key, ".")
	switch {
	case p[0] == "active" && len(p) == 3:
		return r.Tables.Active[p[1]+"."+p[2]]
	case p[0] == "applications" && len(p) == 3:
		return r.Tables.Applications[p[1]][p[2]]
	case p[0] == "review" && len(p) == 3:
		return r.Tables.Review[p[1]][p[2]]
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// verdictLine lists each rule's outcome, in rule order.
func verdictLine(rr engine.ReportResult) string {
	var b strings.Builder
	for _, r := range rr.Results {
		fmt.Fprintf(&b, "%s=%s ", r.Rule, r.Status)
	}
	return b.String()
}

// sameVerdicts checks that the variants of one page (its HTML, its print,
// its Word and PDF conversions) get the same verdicts.
func sameVerdicts(t *testing.T, verdicts map[string]map[string]string) {
	for key, byName := range verdicts {
		html := byName[strings.SplitN(key, ".", 2)[1]+".html"]
		for name, v := range byName {
			if v != html {
				t.Errorf("%s: %s gets other verdicts than the HTML page:\n  html: %s\n  %s: %s", key, name, diffWords(html, v), name, diffWords(v, html))
			}
		}
	}
}

// diffWords returns the words of a that b lacks.
func diffWords(a, b string) string {
	in := map[string]bool{}
	for _, w := range strings.Fields(b) {
		in[w] = true
	}
	var out []string
	for _, w := range strings.Fields(a) {
		if !in[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
