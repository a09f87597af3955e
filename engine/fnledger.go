package engine

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/calendar"
)

// ledger returns the audit's ledger of policy documents (nil without one).
func (e *Env) ledger() []LedgerEntry {
	if e.in == nil {
		return nil
	}
	return e.in.Ledger
}

// fnLedger lists the ids ("1", "2", … by position) of the ledger documents
// published in the report year (every document when the year is unknown).
func fnLedger(e *Env, _ []any) (any, error) {
	out := []string{}
	year := strconv.Itoa(e.r.Meta.Year)
	for i, l := range e.ledger() {
		if e.r.Meta.Year <= 0 || strings.HasPrefix(l.Published, year+"-") {
			out = append(out, strconv.Itoa(i+1))
		}
	}
	return out, nil
}

// entry returns the ledger entry of an id and records it as evidence.
func (e *Env) entry(id any) (*LedgerEntry, error) {
	s, _ := id.(string)
	i, err := strconv.Atoi(s)
	if err != nil || i < 1 || i > len(e.ledger()) {
		return nil, fmt.Errorf("台账中没有第 %q 项", s)
	}
	l := &e.ledger()[i-1]
	e.el.quotes = append(e.el.quotes, ledgerEvidence(e.cfg.calendar(), s, l))
	return l, nil
}

func fnLedgerDoc(e *Env, a []any) (any, error) {
	l, err := e.entry(a[0])
	if err != nil {
		return "", err
	}
	return bareTitle(l.Document), nil
}

// bareTitle drops the 《》 around a whole title, which messages add.
func bareTitle(s string) string {
	s = strings.TrimSpace(s)
	inner, ok := strings.CutPrefix(s, "《")
	if inner, ok2 := strings.CutSuffix(inner, "》"); ok && ok2 && !strings.ContainsAny(inner, "《》") {
		return inner
	}
	return s
}

func fnLedgerPublished(e *Env, a []any) (any, error) {
	l, err := e.entry(a[0])
	if err != nil {
		return "", err
	}
	return l.Published, nil
}

func fnLedgerInterpreted(e *Env, a []any) (any, error) {
	l, err := e.entry(a[0])
	if err != nil {
		return "", err
	}
	return l.Interpretation, nil
}

// fnLedgerDays counts the working days from a document's publication to its
// interpretation's; a document without interpretation is an error.
func fnLedgerDays(e *Env, a []any) (any, error) {
	l, err := e.entry(a[0])
	if err != nil {
		return 0.0, err
	}
	if l.Interpretation == "" {
		return 0.0, fmt.Errorf("台账中《%s》没有解读发布日期", l.Document)
	}
	return fnWorkdays(e, []any{l.Published, l.Interpretation})
}

// ledgerEvidence describes a ledger entry: the document, its dates, and the
// working days between them with the holidays and make-up days that made
// the count differ from Monday to Friday.
func ledgerEvidence(cal *calendar.Calendar, id string, l *LedgerEntry) Evidence {
	ev := Evidence{Key: "ledger." + id, Quote: l.Document}
	where := "台账"
	if l.Line > 0 {
		where = fmt.Sprintf("台账第%d行", l.Line)
	}
	if l.Interpretation == "" {
		ev.Note = where + "：文件 " + l.Published + " 公开，未公开解读"
		return ev
	}
	ev.Note = where + "：文件 " + l.Published + " 公开，解读 " + l.Interpretation + " 公开"
	from, to, err := twoDates(l.Published, l.Interpretation)
	if err != nil {
		return ev
	}
	days, err := cal.Span(from, to)
	if err != nil {
		ev.Note += "；" + spanProblem(err)
		return ev
	}
	n := float64(countWorkdays(days))
	ev.Value = &n
	ev.Note += fmt.Sprintf("，相隔 %v 个工作日", n) + spanNote(days)
	return ev
}
