package report

import "github.com/nianbao/nianbao/ingest"

// Extract reads the report model out of a document. It never fails: what it
// cannot read is left out of the model and listed in Problems.
func Extract(doc *ingest.Document) *Report {
	r := &Report{Sections: []Section{}, Problems: []Problem{}, Tables: Tables{
		Active:       map[string]*Cell{},
		Applications: map[string]map[string]*Cell{},
		Review:       map[string]map[string]*Cell{},
	}}
	r.Meta.Source = Source{File: doc.Path, Format: string(doc.Format), SHA256: doc.SHA256, Pages: doc.Pages}
	r.Meta.Published, r.Meta.PublishedFrom = doc.Published, doc.PublishedFrom
	x := newExtractor(doc, r)
	x.run()
	return r
}
