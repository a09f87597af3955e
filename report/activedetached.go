package report

// A PDF-to-Markdown converter may lose a table's rows: the row labels come
// first, one per line, and their numbers follow as rows of their own
// (| 规章 | · | 行政规范性文件 | · | 0 | 0 | 0 | · | 13 | 0 | 55 |). The numbers
// then all follow the last label. reattachRows gives each label its row by
// order, when the rows of numbers are exactly as many and as wide as the
// labels that have none.

// detachedNote is the note on a cell read that way.
const detachedNote = "该行数字与行标签分离，按表内顺序对应"

// reattachRows moves unlabelled pipe rows of numbers back to the labels
// before them that have no numbers.
func (x *extractor) reattachRows(found []anchor, toks [][]token, cells []ActiveCell) {
	for j := range found {
		i := j
		for i > 0 && len(toks[i-1]) == 0 {
			i--
		}
		if i == j {
			continue
		}
		lines := x.unlabelledLines(toks[j])
		if len(lines) != j-i+1 {
			continue
		}
		for k, l := range lines {
			if len(l) != rowWidth(found[i+k].key, cells) {
				return
			}
		}
		for k, l := range lines {
			for n := range l {
				l[n].note = detachedNote
			}
			toks[i+k] = l
		}
	}
}

// unlabelledLines splits tokens into their lines when every number is on
// an unlabelled pipe row, else returns nil; the empty cells of header rows
// (| 第二十条第（五）项 | |) are left out.
func (x *extractor) unlabelledLines(toks []token) [][]token {
	var out [][]token
	last := -1
	for _, t := range toks {
		li := x.lines[t.line]
		switch {
		case t.blank && li.pipe && li.labelled:
			continue
		case !li.pipe || li.labelled:
			return nil
		case t.line != last:
			out = append(out, nil)
			last = t.line
		}
		out[len(out)-1] = append(out[len(out)-1], t)
	}
	return out
}
