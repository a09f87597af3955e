package engine

import (
	"strconv"

	"github.com/nianbao/nianbao/report"
)

func fnYear(e *Env, _ []any) (any, error)     { return e.r.Meta.Year, nil }
func fnLevel(e *Env, _ []any) (any, error)    { return e.r.Meta.Level, nil }
func fnTemplate(e *Env, _ []any) (any, error) { return e.r.Meta.Template, nil }
func fnAgency(e *Env, _ []any) (any, error)   { return e.r.Meta.Agency, nil }

// fnPublished is the publication date, recorded as evidence when known.
func fnPublished(e *Env, _ []any) (any, error) {
	if p := e.r.Meta.Published; p != "" {
		what := "发布日期"
		if from := e.r.Meta.PublishedFrom; from != "" {
			what += "（取自「" + from + "」）"
		}
		e.el.quotes = append(e.el.quotes, Evidence{Key: "published", Raw: p, Note: joinNote(what, dayNote(e.cfg.calendar(), p))})
	}
	return e.r.Meta.Published, nil
}

// fnExpectedTemplate is the template the report's year requires.
func fnExpectedTemplate(e *Env, _ []any) (any, error) {
	if e.r.Meta.Expected != "" {
		return e.r.Meta.Expected, nil
	}
	return report.ExpectedTemplate(e.r.Meta.Year), nil
}

func fnOldFeatures(e *Env, _ []any) (any, error) {
	if e.r.Meta.Old2019 == nil {
		return []string{}, nil
	}
	return e.r.Meta.Old2019, nil
}

// fnDeadline is the last publication day, "YYYY-MM-DD", or "" when the year
// or the level's deadline is unknown.
func fnDeadline(e *Env, _ []any) (any, error) {
	d := e.cfg.deadline(e.r.Meta.Level)
	if d == "" || e.r.Meta.Year <= 0 {
		return "", nil
	}
	date := strconv.Itoa(e.r.Meta.Year+1) + "-" + d
	e.el.quotes = append(e.el.quotes, deadlineEvidence(e, date))
	return date, nil
}

// deadlineEvidence records the deadline and whence it comes; a deadline on
// a day off is noted, for the text does not extend it.
func deadlineEvidence(e *Env, date string) Evidence {
	basis := "《政府信息公开条例》第四十九条"
	if _, ok := e.cfg.Deadlines[e.r.Meta.Level]; ok {
		basis = "配置 deadlines"
	}
	note := "发布期限（" + basis + "）"
	if n := dayNote(e.cfg.calendar(), date); n != "" {
		note += "；" + n + "，条例未规定期限顺延"
	}
	return Evidence{Key: "deadline", Raw: date, Note: note}
}

func fnProblems(e *Env, _ []any) (any, error) {
	out := make([]string, len(e.r.Problems))
	for i, p := range e.r.Problems {
		out[i] = p.Message
	}
	return out, nil
}

func fnManual(e *Env, a []any) (any, error) {
	e.el.manual = append(e.el.manual, a[0].(string))
	return true, nil
}

func fnSkip(e *Env, _ []any) (any, error) {
	e.el.skip = true
	return true, nil
}
