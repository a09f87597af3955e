package engine

import "go.yaml.in/yaml/v3"

// scanBlock decodes a literal (|) or folded (>) block scalar. Its content
// starts on the line after the indicator, indented by the explicit
// indentation digit or by the first non-blank line.
func scanBlock(lines [][]rune, n *yaml.Node) scanned {
	var s scanned
	start := n.Line // 0-based index of the first content line
	indent := blockIndent(lines, n)
	if indent == 0 {
		return s
	}
	end := start
	for end < len(lines) && (isBlank(lines[end]) || indentOf(lines[end]) >= indent) {
		end++
	}
	folded := n.Style&yaml.FoldedStyle != 0
	for l := start; l < end; l++ {
		line := lines[l]
		if isBlank(line) {
			if !folded || s.out != nil {
				s.emit('\n', l, min(len(line), indent))
			}
			continue
		}
		for c := indent; c < len(line); c++ {
			s.emit(line[c], l, c)
		}
		sep := '\n'
		if folded && l+1 < end && !isBlank(lines[l+1]) {
			sep = ' '
		}
		if !folded || sep == ' ' || l+1 >= end {
			s.emit(sep, l, len(line))
		}
	}
	return s
}

// blockIndent returns the content indentation of a block scalar, or 0.
func blockIndent(lines [][]rune, n *yaml.Node) int {
	header := lines[n.Line-1]
	if n.Column-1 < len(header) {
		for _, r := range header[n.Column-1:] {
			if r >= '1' && r <= '9' {
				return indentOf(lines[n.Line-1]) + int(r-'0')
			}
			if r == ' ' || r == '#' {
				break
			}
		}
	}
	for l := n.Line; l < len(lines); l++ {
		if !isBlank(lines[l]) {
			return indentOf(lines[l])
		}
	}
	return 0
}
