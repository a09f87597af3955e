package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// AgencyKey normalises an agency name for matching: white space removed,
// full-width letters and digits folded.
func AgencyKey(name string) string { return normalise(name) }

// SameAgency reports whether two agency names name the same body. Reports
// spell one body's name differently from year to year, most often by
// adding or dropping the names of the places above it (「淮安市洪泽区人民政府」,
// 「洪泽区人民政府」). The rule is conservative, since pairing two different
// bodies would produce false findings:
//   - the names are equal after AgencyKey, or
//   - the longer ends with the shorter, what precedes it is one or more
//     place names (each ends in 省, 市, 州, 盟, 县, 区 or 旗: 江苏省淮安市), and
//     the shorter itself begins with a proper place name — at least two
//     characters before its unit, not a generic zone (开发区, 高新区, 新区…)
//     — so that 「教育局」, 「市场监督管理局」 or 「经济开发区管委会」 alone
//     never match a longer name.
//
// An empty name matches nothing.
func SameAgency(a, b string) bool { return sameAgencyKey(AgencyKey(a), AgencyKey(b)) }

// sameAgencyKey is SameAgency on names already normalised by AgencyKey.
func sameAgencyKey(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	prefix, ok := strings.CutSuffix(b, a)
	return ok && placeNames(prefix) && properPlace(a)
}

// placeUnits end a place name.
const placeUnits = "省市州盟县区旗"

// genericZones are zone names that are not proper place names.
var genericZones = []string{"开发区", "高新区", "新区", "园区", "城区", "市区", "郊区", "辖区", "片区", "保税区", "自贸区", "示范区"}

// placeNames reports whether s can be read as a sequence of place names
// (江苏省淮安市; 江州市 even though 江州 alone also ends in a unit).
func placeNames(s string) bool {
	if s == "" {
		return true
	}
	for _, n := range placeEnds(s) {
		if placeNames(s[n:]) {
			return true
		}
	}
	return false
}

// placeEnds lists the byte lengths of the place names s may start with:
// runs of two to ten Chinese characters ending in a unit.
func placeEnds(s string) []int {
	var out []int
	count := 0
	for i, r := range s {
		if !unicode.Is(unicode.Han, r) || count == 10 {
			break
		}
		count++
		if count >= 2 && strings.ContainsRune(placeUnits, r) {
			out = append(out, i+utf8.RuneLen(r))
		}
	}
	return out
}

// properPlace reports whether a name begins with a proper place name: at
// least two characters before its unit, not a generic zone.
func properPlace(name string) bool {
	for _, n := range placeEnds(name) {
		if utf8.RuneCountInString(name[:n]) >= 3 && !genericZone(name[:n]) {
			return true
		}
	}
	return false
}

func genericZone(place string) bool {
	for _, g := range genericZones {
		if strings.HasSuffix(place, g) {
			return true
		}
	}
	return false
}
