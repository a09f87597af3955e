package report

import (
	"strconv"
	"strings"
)

// maxSplits bounds the enumeration of fused-digit readings.
const maxSplits = 20000

// maxDigits is the longest number a fused cell is read as (counts in these
// tables stay far below a billion).
const maxDigits = 9

// readings enumerates the ways to read tokens as exactly n cells, where a
// token of fused digits ("640020470") may hold several numbers. A number has
// no leading zero unless it is "0"; a decimal or a blank is never split.
// Each reading is n strings ("" for a blank).
func readings(toks []token, n int) [][]string {
	var out [][]string
	parts := make([][][]string, len(toks))
	for i, t := range toks {
		if !t.blank && !strings.ContainsAny(t.raw, ".-") {
			parts[i] = partitions(t.raw, n-len(toks)+1)
		}
	}
	var walk func(i int, acc []string)
	walk = func(i int, acc []string) {
		if len(out) >= maxSplits {
			return
		}
		left := n - len(acc)
		if i == len(toks) {
			if left == 0 {
				out = append(out, append([]string(nil), acc...))
			}
			return
		}
		if left < len(toks)-i { // every token needs at least one cell
			return
		}
		t := toks[i]
		if t.blank || strings.ContainsAny(t.raw, ".-") {
			walk(i+1, append(acc, cellText(t)))
			return
		}
		for _, p := range parts[i] {
			if len(p) <= left-(len(toks)-i-1) {
				walk(i+1, append(acc, p...))
			}
		}
	}
	walk(0, nil)
	return out
}

func cellText(t token) string {
	if t.blank {
		return ""
	}
	return t.raw
}

// partitions lists the ways to cut digits into at most max numbers without
// leading zeros.
func partitions(digits string, max int) [][]string {
	if max <= 0 {
		return nil
	}
	var out [][]string
	var walk func(rest string, acc []string)
	walk = func(rest string, acc []string) {
		if len(out) >= maxSplits {
			return
		}
		if rest == "" {
			out = append(out, append([]string(nil), acc...))
			return
		}
		if len(acc) == max || len(rest) > (max-len(acc))*maxDigits {
			return
		}
		if rest[0] == '0' {
			walk(rest[1:], append(acc, "0"))
			return
		}
		for k := 1; k <= len(rest) && k <= maxDigits; k++ {
			walk(rest[k:], append(acc, rest[:k]))
		}
	}
	walk(digits, nil)
	return out
}

// values parses a reading; blanks count as 0.
func values(cells []string) []float64 {
	v := make([]float64, len(cells))
	for i, c := range cells {
		if c == "" || isBlankText(c) {
			continue
		}
		v[i], _ = strconv.ParseFloat(c, 64)
	}
	return v
}

func isBlankText(c string) bool {
	r, _ := firstRune(c)
	return len([]rune(c)) == 1 && isBlankMark(r)
}

// rowTotalFits reports whether the last of seven values is the sum of the first six.
func rowTotalFits(v []float64) bool {
	s := 0.0
	for _, x := range v[:len(v)-1] {
		s += x
	}
	return s == v[len(v)-1]
}

// fused reports whether the tokens hold fewer cells than digits allow, i.e.
// some token must be several numbers run together.
func fused(toks []token, n int) bool {
	if len(toks) >= n {
		return false
	}
	digits := 0
	for _, t := range toks {
		if t.blank || strings.ContainsAny(t.raw, ".-") {
			digits++
		} else {
			digits += len(t.raw)
		}
	}
	return digits >= n
}
