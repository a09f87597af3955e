package main

import "github.com/nianbao/nianbao/report"

// overrides replace what extraction detected in a report's metadata; the
// zero value changes nothing.
type overrides struct {
	Agency, Level, Published string
	Year                     int
	// from names where Published was given ("--published", "manifest").
	from string
}

// apply writes the set fields into m.
func (o overrides) apply(m *report.Meta) {
	if o.Agency != "" {
		m.Agency = o.Agency
	}
	if o.Level != "" {
		m.Level = o.Level
	}
	if o.Published != "" {
		m.Published, m.PublishedFrom = o.Published, o.from
	}
	if o.Year != 0 {
		m.Year = o.Year
	}
}

// flagOverrides are the overrides of --agency, --level, --published, --year.
func (s *settings) flagOverrides() overrides {
	return overrides{Agency: s.Agency, Level: s.Level, Published: s.Published, Year: s.Year, from: "--published"}
}
