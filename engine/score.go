package engine

import "math"

// Grade bands of the report score.
const (
	GradeExcellent = "优秀"  // ≥ 90
	GradeGood      = "良好"  // ≥ 75
	GradePass      = "合格"  // ≥ 60
	GradeFail      = "不合格" // below 60, or a gate rule failed
)

// Grade returns the band of a score.
func Grade(score float64) string {
	switch {
	case score >= 90:
		return GradeExcellent
	case score >= 75:
		return GradeGood
	case score >= 60:
		return GradePass
	}
	return GradeFail
}

// score fills counts, category scores, the report score and the grade.
// A category's score is the weighted mean of the credits of its decided
// rules (pass or fail), rounded to one decimal; the report's is the mean of
// those rounded category scores weighted by the category weights.
func (e *Engine) score(res *ReportResult) {
	sums := map[string]*[2]float64{} // category → weight, weighted credit
	counts := map[string]*Counts{}
	for _, c := range Categories {
		sums[c.ID], counts[c.ID] = &[2]float64{}, &Counts{}
	}
	for _, r := range res.Results {
		res.Counts.Add(r.Status)
		counts[r.Category].Add(r.Status)
		if r.Status == Pass || r.Status == Fail {
			credit := r.Credit
			if r.Waived() {
				credit = 1 // the failure is accepted for the waiver's term
			}
			sums[r.Category][0] += r.Weight
			sums[r.Category][1] += r.Weight * credit
		}
		if r.Status == Fail && r.Severity == "error" && r.Gate && !r.Waived() {
			res.Capped = true
		}
	}
	var total, weights float64
	for _, c := range Categories {
		cs := CategoryScore{ID: c.ID, Title: c.Title, Weight: e.catWeights[c.ID], Counts: *counts[c.ID]}
		if s := sums[c.ID]; s[0] > 0 {
			v := round1(100 * s[1] / s[0])
			cs.Score = &v
			total += cs.Weight * v
			weights += cs.Weight
		}
		res.Categories = append(res.Categories, cs)
	}
	if weights > 0 {
		v := round1(total / weights)
		res.Score, res.Grade = &v, Grade(v)
	}
	if res.Capped {
		res.Grade = GradeFail
	}
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
