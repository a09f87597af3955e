package render

import (
	"github.com/fatih/color"
	"github.com/nianbao/nianbao/engine"
)

// painter colours words for a terminal; the zero painter leaves them plain.
type painter struct{ on bool }

func newPainter(on bool) painter { return painter{on: on} }

func (p painter) with(s string, attrs ...color.Attribute) string {
	if !p.on || s == "" {
		return s
	}
	c := color.New(attrs...)
	c.EnableColor()
	return c.Sprint(s)
}

func (p painter) bad(s string) string { return p.with(s, color.FgRed, color.Bold) }

// status is the Chinese label of an outcome, coloured by outcome.
func (p painter) status(s engine.Status) string {
	label := StatusLabel(s)
	switch s {
	case engine.Pass:
		return p.with(label, color.FgGreen)
	case engine.Fail:
		return p.with(label, color.FgRed)
	case engine.Manual, engine.Error:
		return p.with(label, color.FgYellow)
	}
	return label
}

// grade colours text by the grade it shows.
func (p painter) grade(grade, text string) string {
	switch grade {
	case "优秀", "良好":
		return p.with(text, color.FgGreen)
	case "合格":
		return p.with(text, color.FgYellow)
	case "不合格":
		return p.with(text, color.FgRed, color.Bold)
	}
	return text
}
