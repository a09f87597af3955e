package serve

import (
	"context"
	"errors"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/ingest"
	"github.com/nianbao/nianbao/report"
)

// outcome is one audited upload: the contract's audit object, and the
// document and model the result page shows beside it.
type outcome struct {
	audit  *engine.Audit
	doc    *ingest.Document
	report *report.Report
}

type done struct {
	o   *outcome
	err error
}

// run audits u within the time limit. At most MaxActive audits run at once;
// an audit that overruns is answered 504 but keeps its slot until it ends,
// so abandoned work still counts against the limit.
func (s *Server) run(ctx context.Context, u *upload) (*outcome, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, busy()
	}
	ch := make(chan done, 1)
	go func() {
		defer func() { <-s.slots }()
		o, err := s.process(ctx, u)
		ch <- done{o, err}
	}()
	select {
	case d := <-ch:
		return d.o, d.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, timedOut(s.cfg.Timeout)
		}
		return nil, busy()
	}
}

// process reads, extracts and audits the upload as `nianbao audit --format
// json` does for one file; a panic becomes an internal error. Reading a PDF
// stops when ctx ends.
func (s *Server) process(ctx context.Context, u *upload) (o *outcome, err error) {
	defer func() {
		if p := recover(); p != nil {
			o, err = nil, internal(p)
		}
	}()
	if s.hook != nil {
		s.hook()
	}
	doc, r, err := extract(ctx, u.report, "报告")
	if err != nil {
		return nil, err
	}
	in, err := s.inputs(ctx, u)
	if err != nil {
		return nil, err
	}
	u.meta.apply(&r.Meta)
	return &outcome{audit: s.audit(r, in, u.report.name), doc: doc, report: r}, nil
}

// audit runs the rules on r and wraps the result as the command does for
// one file named name.
func (s *Server) audit(r *report.Report, in engine.Inputs, name string) *engine.Audit {
	res := s.cfg.Engine.AuditWith(r, in)
	res.File = name
	if res.SHA256 == "" {
		res.SHA256 = r.Meta.Source.SHA256
	}
	if res.Meta == nil {
		res.Meta = &r.Meta
	}
	return &engine.Audit{Tool: engine.Tool{Name: "nianbao", Version: s.cfg.Version, Packs: s.cfg.Engine.Packs()},
		Reports: []engine.ReportResult{res}}
}

// extract reads one uploaded report; what names it in messages ("报告",
// "上一年度报告"). A document that is not an annual report at all is
// refused, as the command refuses it.
func extract(ctx context.Context, f file, what string) (*ingest.Document, *report.Report, error) {
	doc, err := ingest.ParseContext(ctx, f.name, f.data)
	if err != nil {
		var ie *ingest.Error
		if errors.As(err, &ie) {
			return nil, nil, unreadable("无法读取%s“%s”：%s", what, f.name, ie.Problem)
		}
		return nil, nil, unreadable("无法读取%s“%s”：%v", what, f.name, err)
	}
	r := report.Extract(doc)
	if why := r.NotReport(); why != "" {
		return nil, nil, unreadable("无法检查%s“%s”：%s", what, f.name, why)
	}
	r.Meta.Expected = report.ExpectedTemplate(r.Meta.Year)
	return doc, r, nil
}

// inputs are the previous year's report and the ledger of the upload, or
// the server's ledger when the upload has none.
func (s *Server) inputs(ctx context.Context, u *upload) (engine.Inputs, error) {
	in := engine.Inputs{Ledger: s.cfg.Ledger}
	if u.prev.data != nil {
		_, prev, err := extract(ctx, u.prev, "上一年度报告")
		if err != nil {
			return in, err
		}
		in.Prev = prev
	}
	if u.ledger.data == nil {
		return in, nil
	}
	if s.cfg.ParseLedger == nil {
		return in, badForm("此服务未启用政策文件台账")
	}
	l, err := s.cfg.ParseLedger(u.ledger.name, u.ledger.data)
	if err != nil {
		return in, unreadable("%v", err)
	}
	in.Ledger = l
	return in, nil
}
