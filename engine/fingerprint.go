package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Copied text is measured on shingles: every run of shingleSize
// consecutive units of a normalised text. A unit is a Chinese character, a
// letter (lower-cased, full-width folded) or a whole number (any run of
// digits counts as one unit, so "2021年" and "2022年" read the same:
// a sentence copied with its figures updated is still copied); punctuation
// and white space are dropped, so re-punctuated or re-wrapped text still
// matches. Twelve units is about one clause: long enough that shared
// stock phrases (「中华人民共和国政府信息公开条例」 is 15 units, but only
// four 12-unit shingles) cover little, short enough that a sentence
// copied with one word changed is still found on both sides of the change.
const shingleSize = 12

// digitUnit stands for a run of digits.
const digitUnit = '0'

// maxUnits bounds the units read from one text: a real section has a few
// thousand; a pathological input is compared on its first 200,000.
const maxUnits = 200_000

// fingerprint is a text prepared for copy detection: its units, where
// each came from in the source, and the hash of the shingle starting at
// every unit.
type fingerprint struct {
	src   string
	line0 int      // line of src's first line
	start []int32  // byte offset in src where each unit starts
	end   []int32  // and ends
	units []rune   // the normalised units
	hash  []uint64 // hash of units[i : i+shingleSize]; len(units)-shingleSize+1 entries
}

// newFingerprint normalises src and hashes its shingles.
func newFingerprint(src string, line0 int) *fingerprint {
	n := min(len(src)/3, maxUnits) // most units are three-byte characters
	f := &fingerprint{src: src, line0: line0, start: make([]int32, 0, n), end: make([]int32, 0, n), units: make([]rune, 0, n)}
	inDigits := false
	for i, r := range src {
		if len(f.units) == maxUnits {
			break
		}
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			if inDigits {
				f.end[len(f.end)-1] = int32(i + utf8.RuneLen(r))
				continue
			}
			inDigits = true
			f.add(digitUnit, i, r)
		case isHan(r) || unicode.IsLetter(r):
			inDigits = false
			f.add(unicode.ToLower(foldRune(r)), i, r)
		default:
			// Punctuation and spaces make no unit; a decimal point or a
			// thousands comma does not end a number ("1,234", "12.5").
			inDigits = inDigits && (r == ',' || r == '.' || r == '．')
		}
	}
	f.hash = shingleHashes(f.units)
	return f
}

func (f *fingerprint) add(u rune, at int, r rune) {
	f.units = append(f.units, u)
	f.start = append(f.start, int32(at))
	f.end = append(f.end, int32(at+utf8.RuneLen(r)))
}

// Polynomial rolling hash over units, mod 2^64.
const hashBase = 0x100000001b3

// hashPow is hashBase^(shingleSize-1).
var hashPow = func() uint64 {
	p := uint64(1)
	for range shingleSize - 1 {
		p *= hashBase
	}
	return p
}()

// shingleHashes returns the hash of every shingle of units.
func shingleHashes(units []rune) []uint64 {
	if len(units) < shingleSize {
		return nil
	}
	out := make([]uint64, len(units)-shingleSize+1)
	var h uint64
	for i := range shingleSize {
		h = h*hashBase + uint64(units[i])
	}
	out[0] = h
	for i := 1; i < len(out); i++ {
		h = (h-uint64(units[i-1])*hashPow)*hashBase + uint64(units[i+shingleSize-1])
		out[i] = h
	}
	return out
}

// lineAt is the source line of unit i.
func (f *fingerprint) lineAt(i int) int {
	return f.line0 + strings.Count(f.src[:f.start[i]], "\n")
}

// quote returns units [from, to) as written in the source, with an opening
// bracket or quotation mark just before, white space removed, clipped to
// max runes.
func (f *fingerprint) quote(from, to, max int) string {
	start := int(f.start[from])
	if r, size := utf8.DecodeLastRuneInString(f.src[:start]); strings.ContainsRune("（(「“《[【", r) {
		start -= size
	}
	s := f.src[start:f.end[to-1]]
	return clip(strings.Join(strings.Fields(s), ""), max)
}
