// Command devparse prints the extracted model of a report (a development aid).
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

func main() {
	doc, err := ingest.Read(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	r := report.Extract(doc)
	e := json.NewEncoder(os.Stdout)
	e.SetIndent("", " ")
	e.Encode(r)
}
