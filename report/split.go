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
// no leading zero unless it is "0"; a token that is whole (see whole) is
// never split.
// Each reading is n strings ("" for a blank). When there are more than
// maxSplits readings it returns nil and false: too many to choose from.
func readings(toks []token, n int) ([][]string, bool) {
	var out [][]string
	memo := map[[2]int][][]string{}
	cut := func(i, k int) [][]string {
		key := [2]int{i, k}
		if p, ok := memo[key]; ok {
			return p
		}
		p := partitions(toks[i].raw, k)
		memo[key] = p
		return p
	}
	var walk func(i int, acc []string)
	walk = func(i int, acc []string) {
		left := n - len(acc)
		if len(out) >= maxSplits || left < len(toks)-i {
			return
		}
		if i == len(toks) {
			if left == 0 {
				out = append(out, append([]string(nil), acc...))
			}
			return
		}
		t := toks[i]
		if whole(t) {
			walk(i+1, append(acc, cellText(t)))
			return
		}
		lo, hi := 1, left-(len(toks)-i-1)
		if i == len(toks)-1 {
			lo = hi
		}
		for k := lo; k <= hi && k <= len(t.raw); k++ {
			for _, p := range cut(i, k) {
				walk(i+1, append(acc, p...))
			}
		}
	}
	walk(0, nil)
	if len(out) >= maxSplits {
		return nil, false
	}
	return out, true
}

// whole reports whether a token is one cell whatever its digits: a blank, a
// decimal or a negative number, or a number read from a real cell (a table
// grid slot or a positioned PDF piece), whose digits never run into a
// neighbour's.
func whole(t token) bool {
	return t.blank || t.cell || strings.ContainsAny(t.raw, ".-")
}

func cellText(t token) string {
	if t.blank {
		return ""
	}
	if t.neg {
		return "-" + strings.Trim(t.raw, "-−–减")
	}
	return t.raw
}

// partitions lists the ways to cut digits into exactly k numbers without
// leading zeros, each at most maxDigits long.
func partitions(digits string, k int) [][]string {
	var out [][]string
	var walk func(rest string, acc []string)
	walk = func(rest string, acc []string) {
		need := k - len(acc)
		if len(out) >= maxSplits || len(rest) < need || len(rest) > need*maxDigits {
			return
		}
		if rest == "" {
			out = append(out, append([]string(nil), acc...))
			return
		}
		if rest[0] == '0' {
			walk(rest[1:], append(acc, "0"))
			return
		}
		for j := 1; j <= len(rest) && j <= maxDigits; j++ {
			walk(rest[j:], append(acc, rest[:j]))
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
		if whole(t) {
			digits++
		} else {
			digits += len(t.raw)
		}
	}
	return digits >= n
}
