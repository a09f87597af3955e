// Package matrix renders the corpus reports whose cells were checked by hand
// into other shapes — HTML in several markup styles, printed to PDF by
// Chromium, converted to Word and PDF by LibreOffice — so that extraction is
// tested on layouts the corpus does not have. A variant's expected cells are
// those of its source report: a failing variant is a bug in the reader.
package matrix
