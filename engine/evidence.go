package engine

// cellEvidence describes a cell read during an evaluation: its value and
// where it was read, with the extractor's confidence and note.
func cellEvidence(u usedCell) Evidence {
	ev := Evidence{Key: u.spec.key}
	c := u.cell
	if c == nil {
		ev.Note = "报告中未找到该单元格"
		return ev
	}
	ev.Value, ev.Raw, ev.Line, ev.Page = c.Value, c.Raw, c.Line, c.Page
	ev.Confidence, ev.Note = c.Confidence, c.Note
	switch {
	case !c.Readable():
		ev.Note = joinNote("无法读取", c.Note)
	case c.Value == nil:
		ev.Note = joinNote("空白（按 0 计）", c.Note)
	}
	return ev
}

func joinNote(a, b string) string {
	if b == "" {
		return a
	}
	return a + "；" + b
}
