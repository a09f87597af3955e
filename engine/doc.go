// Package engine loads rule packs, compiles their expressions once, evaluates
// them against report models, explains failures and scores reports.
//
// # Rule packs
//
// A pack is a YAML file (the embedded ones are rules/gov-2021.yaml,
// rules/gov-2019.yaml and rules/cross-year.yaml; --rules adds files or
// folders):
//
//	pack:
//	  id: gov-2021                  # a pack with a loaded pack's id replaces it
//	  version: "1.0.0"
//	  title: 政府信息公开工作年度报告（2021 年版格式）
//	  applies: year() >= 2021 || (year() == 0 && template() != "2019")
//	rules:
//	  - id: APP-ROW-TOTAL           # stable, upper-case words joined by hyphens
//	    title: 申请情况表各行：总计 = 六类申请人之和
//	    category: accuracy          # structure completeness accuracy timeliness quality
//	    severity: error             # error (weight 10) warning (5) info (2)
//	    weight: 10                  # optional, overrides the severity's weight
//	    gate: false                 # a failing error-severity gate caps the grade at 不合格
//	    cite: 国办公开办函〔2021〕30号 附件 表三
//	    when: template() != "unknown"      # optional; false → na
//	    each: app_rows()                   # optional list of strings
//	    assert: sumcheck("row:" + it, [app_key(it, "total")], app_row(it))
//	    message: "「{{ row_label(it) }}」行：总计填报 {{ check().reported }}，…"
//	tests:
//	  - {rule: APP-ROW-TOTAL, case: 本年新收总计少填, report: testdata/clean-2021.json,
//	     set: {applications.new.total: 100}, expect: fail, message: 相差 1}
//
// Unknown keys are errors. Every expression is compiled when the engine is
// made; all mistakes of all packs are reported together, each with its file,
// line, column and a caret under the character (East Asian wide characters
// count two columns), whether the expression is a plain, quoted or block
// (| or >) scalar.
//
// Several packs may apply to one report (a local pack with its own rules
// next to gov-2021); gov-2021 and gov-2019 never both apply. A rule in an
// extra pack whose id is already loaded replaces that rule in every pack
// that has it, and then follows that pack's applies.
//
// # Expressions
//
// when, each, assert, applies and the {{ }} placeholders of message are
// expr-lang expressions (https://expr-lang.org), type-checked at load time.
// The only variable is it, the current element of each ("" without each).
// Everything else is a function of the Functions table: cells (cell, app,
// review, filled, blank, …), key lists following the template each table
// was found to use (cells, values, app_rows, result_rows, app_cols, …),
// arithmetic (sumcheck, check, total), sections and text (has_section,
// sections, misplaced, find, match, quote, quoted, number_in, chars), report
// metadata (year, level, template, expected_template, published, deadline,
// old_features) and outcomes (manual, skip). expr's builtins (len, map,
// join, floor, let, …) are available too. `nianbao rules doc` prints the
// reference, generated from Functions.
//
// Text search normalises both sides: full-width letters, digits and
// punctuation fold to half-width (（ becomes "(", ， becomes ","), and white
// space is removed. A section's heading is not searched.
//
// # Working days and the ledger
//
// workdays, add_workdays, is_workday and holiday count on China's official
// calendar (package calendar: statutory holidays and 调休 make-up working
// days, Config.Calendar, the config key calendar for a user's file), never
// Monday to Friday: workdays(D, later) is the working days after D up to and
// including later, so "within 3 working days" is workdays(D, later) <= 3. A
// date in a year the calendar does not know makes the element manual
// ("日历中没有 2028 年的节假日安排，请在配置 calendar 中补充"). ledger() lists
// the policy documents of the report year from Inputs.Ledger (--ledger);
// ledger_doc, ledger_published, ledger_interpreted and ledger_days read one
// and record it as evidence with its working days; interp_limit() is
// Config.InterpLimit (default 3). published() and deadline() record the
// dates as evidence, noting a deadline that falls on a day off.
//
// # The previous year's report and the batch
//
// Inputs.Prev is the same agency's report on an earlier year (the CLI pairs
// a batch's reports by agency and year, or takes --prev); Inputs.Batch is
// the batch, indexed once by NewBatch. A cell key with the prefix "prev:"
// ("prev:applications.carried_out.total") reads the previous report
// wherever a key is taken (cell, sumcheck, total, has…), and its evidence
// carries that report's file (Evidence.File); has_prev, prev_year,
// prev_template, prev_cell… describe it. copied(where) and
// peer_copied(where, common) measure text found word for word in the
// previous report or in other agencies' reports of the batch (SameAgency
// tells agencies apart): 12-character shingles after dropping punctuation
// and white space and reading every number as one character, the template's
// fixed sentences (boilerplate.go) and, for peers, text in more than the
// `common` share of the batch ignored; the longest passages are evidence
// with their lines. prev_problems() splits last year's 存在的主要问题 into the
// problems it states and followup(problem) looks for each in this year's
// report by key terms — a heuristic, so rules send whatever it is unsure of
// to manual review. The rules are in rules/cross-year.yaml, na without the
// previous report.
//
// # Outcomes
//
// An element is evaluated by assert and ends as:
//   - na when it called skip();
//   - error when a cell it read is absent or unreadable (cell, filled,
//     sumcheck, total record every cell they read), a named section is
//     absent, or the expression failed at run time;
//   - manual when it called manual(reason), or when sumcheck met a cell whose
//     reading the extractor chose with this very relation (Cell.Relations
//     holds the relation id: "row:<row>", "balance:<col>", "results:<col>",
//     "review:<group>") — such a check is never a pass;
//   - pass or fail from assert's value.
//
// A blank cell counts 0 in arithmetic; filled() is false for it, which is how
// the completeness rules report it. A rule with when false is na. A rule's
// status is fail if any element fails, else error if any errs, else manual if
// any is manual, else pass if any passes, else na. Its credit is passing
// elements / (passing + failing elements). The message is rendered for each
// failing element; lines for manual and unreadable elements follow. Evidence
// lists the cells (key, value, raw, page, line, confidence, note) and the
// quoted sentences read by the elements that did not pass; for an error only
// the cells that could not be read.
//
// # Score
//
// A category's score is 100 × Σ weight·credit / Σ weight over its decided
// rules (pass or fail; na, manual and error weigh 0), rounded to one
// decimal. The report's score is the mean of the category scores that exist,
// weighted by the category weights (structure 20, completeness 25, accuracy
// 35, timeliness 10, quality 10 unless configured), rounded to one decimal.
// Grades: 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60, 不合格 below; a failing gate rule
// of severity error caps the grade at 不合格 (Capped). A report to which no
// pack applies, or with no decided rule, has no score and an empty grade.
//
// # Fixtures
//
// tests entries run one rule on a model dump (a `parse --format json`
// output, path relative to the pack file) after patches: set (cell key → a
// number, null for unreadable, "blank", "missing", or a mapping of cell
// fields such as {value: 4, confidence: low, relations: ["row:new"]}),
// meta (agency, year, level, template, expected, published, title,
// old_format_features), drop_sections, sections (key → heading, number,
// text, line, page), order (section keys), ledger (a list of
// {document, published, interpretation_published}, as in the --ledger CSV),
// prev (the previous year's dump) with prev_set, prev_meta and
// prev_sections patching it, and peers (dumps of other reports of the batch).
// expect is the rule's status; message, when given, must occur in its
// message. Engine.Test runs them all and flags rules without a passing or a
// failing case.
//
// # Packs before 2019
//
// gov-2019 also applies to years before 2019 and to reports of unknown year
// on the 2019 template. There was no national template before 2019, so its
// TPL-VERSION is na for those years; the other rules measure the report
// against the 2019 template as the nearest standard.
package engine
