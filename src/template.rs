//! Writes a ready-to-fill input workbook: an Instructions sheet, then the four contract sheets with
//! headers, drop-down lists, input hints and two example rows, in the run's language.
//!
//! Every sheet name, header, hint and drop-down choice comes from the contract table
//! ([`crate::contract::SHEETS`] and the vocabularies), so the template cannot drift from what the
//! reader accepts.
//!
//! ```no_run
//! use teamlint::contract::Lang;
//! use teamlint::template::write_template;
//!
//! write_template(std::path::Path::new("staffing.xlsx"), Lang::De)?;
//! # Ok::<(), anyhow::Error>(())
//! ```

use crate::contract::{
    Col, ColumnDef, Employment, Lang, Meaning, OrgForm, Role, SHEETS, SUBSIDIARY_WORDS, SheetDef,
    SheetKind, Status, Task, ValueType, template_word, template_yes_no,
};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format,
    FormatBorder, Formula, Note, Workbook, Worksheet,
};
use std::path::Path;

/// The last row (1-based, as Excel counts) that the drop-down lists and input hints cover.
pub(crate) const LAST_ROW: u32 = 1000;

/// Writes the template workbook to `path` (under a temporary name, then renamed).
pub fn write_template(path: &Path, lang: Lang) -> anyhow::Result<()> {
    crate::paths::write_atomically(path, |tmp| {
        let mut workbook = build(lang)?;
        workbook.save(tmp)?;
        Ok(())
    })
}

/// Why `teamlint template` does not write `path`, in `lang`: a name that does not end in
/// `.xlsx` (the template is xlsx bytes), or a file that exists and `force` is not given.
pub fn refusal(path: &Path, force: bool, lang: Lang) -> Option<String> {
    let texts = crate::i18n::texts(lang);
    let shown = path.display().to_string();
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !extension.eq_ignore_ascii_case("xlsx") {
        return Some(texts.template_not_xlsx(&shown, &extension));
    }
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Some(texts.template_exists(&shown));
    }
    None
}

/// The sheet's name in the template's language.
pub fn sheet_name(def: &SheetDef, lang: Lang) -> &'static str {
    def.kind.def().name_in(lang)
}

/// The column's header in the template's language.
pub fn header(col: &ColumnDef, lang: Lang) -> &'static str {
    col.header_in(lang)
}

/// The column's input hint in the template's language.
pub fn hint(col: &ColumnDef, lang: Lang) -> &'static str {
    col.hint_in(lang)
}

/// The words offered in a column's drop-down list, in the template's language; `None` for a
/// column without a fixed vocabulary. Every word is one the reader accepts.
pub(crate) fn choices(value_type: ValueType, lang: Lang) -> Option<Vec<String>> {
    let list: Vec<String> = match value_type {
        ValueType::Role => Role::ALL
            .iter()
            .map(|r| r.label(lang).to_string())
            .collect(),
        ValueType::Task => Task::ALL
            .iter()
            .map(|&t| template_word(t.words(), Meaning::Task(t), lang, true))
            .collect(),
        ValueType::Status => Status::ALL
            .iter()
            .map(|&s| template_word(s.words(), Meaning::Status(s), lang, false))
            .collect(),
        ValueType::OrgForm => OrgForm::ALL
            .iter()
            .map(|f| f.label(lang).to_string())
            .collect(),
        ValueType::Employment => Employment::ALL
            .iter()
            .map(|&e| template_word(e.words(), Meaning::Employment(e), lang, false))
            .collect(),
        ValueType::YesNo => vec![template_yes_no(true, lang), template_yes_no(false, lang)],
        ValueType::Rule => crate::rules::all()
            .iter()
            .map(|r| r.code.to_string())
            .collect(),
        _ => return None,
    };
    Some(list)
}

/// A value of an example row.
enum Example {
    Text(String),
    Number(f64),
}

/// The example rows of a sheet (two per sheet, four on Staff so that the executive sponsor is a
/// person too and a helper completes the team, three on Allocation). Together they make one unit
/// that checks cleanly: every key role has a deputy in the unit, the active channel is shared by
/// three people, the coordinator has time, the budgets cover the staff cost, and the unit has a
/// sponsor and guidelines.
fn example_rows(kind: SheetKind) -> usize {
    match kind {
        SheetKind::Units => 1,
        SheetKind::Staff => 4,
        SheetKind::Allocation => 3,
        SheetKind::Channels => 2,
        // An example waiver would match no finding of the example unit (WAIVE001).
        SheetKind::Waivers => 0,
    }
}

fn example(kind: SheetKind, col: Col, row: usize, lang: Lang) -> Option<Example> {
    use Example::{Number as N, Text as T};
    let names = crate::i18n::texts(lang).examples();
    let role = |r: Role| T(r.label(lang).to_string());
    let task = |t: Task| T(template_word(t.words(), Meaning::Task(t), lang, false));
    let status = |s: Status| T(template_word(s.words(), Meaning::Status(s), lang, false));
    let value = match (kind, col, row) {
        (_, Col::Unit, _) => T(names.unit.into()),
        (SheetKind::Units, Col::Country, _) => T("DE".into()),
        (SheetKind::Units, Col::Employees, _) => N(40.0),
        (SheetKind::Units, Col::OrgForm, _) => T(OrgForm::Coordinated.label(lang).into()),
        (SheetKind::Units, Col::Coordinator, _) => T("1001".into()),
        (SheetKind::Units, Col::Sponsor, _) => T("1003".into()),
        (SheetKind::Units, Col::Guidelines, _) => T(template_yes_no(true, lang)),
        (SheetKind::Units, Col::Currency, _) => T("EUR".into()),
        (SheetKind::Units, Col::HourlyRate, _) => N(45.0),
        (SheetKind::Units, Col::UnitBudget, _) => N(84_000.0),

        (SheetKind::Staff, Col::PersonId, r) => T(["1001", "1002", "1003", "1004"][r].into()),
        (SheetKind::Staff, Col::Name, r) => T(names.people[r].into()),
        (SheetKind::Staff, Col::Department, 0 | 3) => T(names.departments[0].into()),
        (SheetKind::Staff, Col::Department, 1) => T(names.departments[1].into()),
        (SheetKind::Staff, Col::Department, _) => T(names.departments[2].into()),
        (SheetKind::Staff, Col::Role, 0) => role(Role::Coordinator),
        (SheetKind::Staff, Col::Role, 1) => role(Role::CommunityManager),
        (SheetKind::Staff, Col::Role, 2) => role(Role::ExecutiveSponsor),
        (SheetKind::Staff, Col::Role, _) => role(Role::Helper),
        (SheetKind::Staff, Col::WeeklyHours, r) => N([38.0, 30.0, 40.0, 40.0][r]),
        (SheetKind::Staff, Col::HourlyCost, 0) => N(48.0),
        (SheetKind::Staff, Col::HourlyCost, 1) => N(42.0),
        (SheetKind::Staff, Col::AnnualCost, 2) => N(120_000.0),
        (SheetKind::Staff, Col::Deputy, 0) => T("1002".into()),
        (SheetKind::Staff, Col::Deputy, 1) => T("1001".into()),
        (SheetKind::Staff, Col::Employment, _) => T(template_word(
            Employment::Internal.words(),
            Meaning::Employment(Employment::Internal),
            lang,
            false,
        )),

        (SheetKind::Allocation, Col::PersonId, r) => T(["1001", "1002", "1004"][r].into()),
        (SheetKind::Allocation, Col::Channel, _) => T("Instagram".into()),
        (SheetKind::Allocation, Col::Task, 0) => task(Task::Coordination),
        (SheetKind::Allocation, Col::Task, 1) => task(Task::Community),
        (SheetKind::Allocation, Col::Task, _) => task(Task::Content),
        (SheetKind::Allocation, Col::Hours, 0) => N(10.0),
        (SheetKind::Allocation, Col::Hours, 2) => N(3.0),
        (SheetKind::Allocation, Col::Share, 1) => N(0.6),

        (SheetKind::Channels, Col::Channel, 0) => T("Instagram".into()),
        (SheetKind::Channels, Col::Channel, _) => T("LinkedIn".into()),
        (SheetKind::Channels, Col::Status, 0) => status(Status::Active),
        (SheetKind::Channels, Col::Status, _) => status(Status::Planned),
        (SheetKind::Channels, Col::Posts, r) => N([5.0, 2.0][r]),
        (SheetKind::Channels, Col::RequiredHours, r) => N([25.0, 8.0][r]),
        (SheetKind::Channels, Col::Budget, r) => N([60_000.0, 12_000.0][r]),
        (SheetKind::Channels, Col::ResponseTime, r) => N([24.0, 48.0][r]),
        (SheetKind::Channels, Col::Owner, _) => T("1001".into()),
        _ => return None,
    };
    Some(value)
}

/// Builds the template workbook in memory.
fn build(lang: Lang) -> anyhow::Result<Workbook> {
    let mut workbook = Workbook::new();
    let (title, author) = crate::i18n::texts(lang).template_properties();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_author(author)
            .set_creation_datetime(&ExcelDateTime::from_ymd(2025, 1, 1)?),
    );
    let instructions = workbook.add_worksheet();
    write_instructions(instructions, lang)?;
    instructions.set_active(true);
    for def in SHEETS {
        let sheet = workbook.add_worksheet();
        write_sheet(sheet, def, lang)?;
    }
    Ok(workbook)
}

/// The `='Sheet'!$A$2:$A$1000` range of a contract column, for a drop-down list fed by the data.
fn column_range(kind: SheetKind, col: Col, lang: Lang) -> Option<String> {
    let def = kind.def();
    let index = def.columns.iter().position(|c| c.col == col)?;
    let letter = crate::model::a1(0, index as u32);
    let letter = letter.trim_end_matches('1');
    Some(format!(
        "='{}'!${letter}$2:${letter}${LAST_ROW}",
        sheet_name(def, lang).replace('\'', "''")
    ))
}

/// Excel's input title allows 32 characters.
fn input_title(text: &str) -> String {
    text.chars().take(32).collect()
}

/// The data validation of one column: a drop-down list where the contract has a vocabulary or the
/// values come from another sheet, else any value; always with the column's hint as input message.
fn validation(def: &SheetDef, col: &ColumnDef, lang: Lang) -> anyhow::Result<DataValidation> {
    let base = DataValidation::new();
    let (validation, style) = if let Some(list) = choices(col.value_type, lang) {
        let style = match col.value_type {
            // Free text is allowed for roles and tasks: the list only suggests.
            ValueType::Role | ValueType::Task => DataValidationErrorStyle::Information,
            _ => DataValidationErrorStyle::Warning,
        };
        (base.allow_list_strings(&list)?, style)
    } else {
        let source = match (def.kind, col.value_type, col.col) {
            (SheetKind::Staff, ValueType::PersonId, Col::PersonId) => None,
            (_, ValueType::PersonId, _) => column_range(SheetKind::Staff, Col::PersonId, lang),
            (SheetKind::Allocation, _, Col::Channel) => {
                column_range(SheetKind::Channels, Col::Channel, lang)
            }
            (SheetKind::Units, _, Col::Unit) => None,
            (_, _, Col::Unit) => column_range(SheetKind::Units, Col::Unit, lang),
            _ => None,
        };
        match source {
            Some(range) => (
                base.allow_list_formula(Formula::new(range)),
                DataValidationErrorStyle::Warning,
            ),
            None => (
                base.allow_any_value(),
                DataValidationErrorStyle::Information,
            ),
        }
    };
    let (error_title, error_message) = crate::i18n::texts(lang).unusual_value();
    Ok(validation
        .set_input_title(input_title(header(col, lang)))?
        .set_input_message(hint(col, lang))?
        .set_error_title(error_title)?
        .set_error_message(error_message)?
        .set_error_style(style))
}

/// Column width in characters: room for the header and the example values.
fn width(col: &ColumnDef, lang: Lang) -> f64 {
    let header = header(col, lang).chars().count();
    let wide = match col.value_type {
        ValueType::Role | ValueType::OrgForm => 24,
        ValueType::Text if col.col == Col::Name || col.col == Col::Unit => 20,
        ValueType::Task | ValueType::Employment | ValueType::Text => 16,
        _ => 12,
    };
    (header.max(wide) + 3).min(40) as f64
}

fn write_sheet(sheet: &mut Worksheet, def: &SheetDef, lang: Lang) -> anyhow::Result<()> {
    sheet.set_name(sheet_name(def, lang))?;
    let bold = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap();
    let required_bold = bold.clone().set_font_color(Color::RGB(0x1F3864));
    let text = Format::new().set_num_format("@");
    let percent = Format::new().set_num_format("0%");
    let money = Format::new().set_num_format("#,##0.00");
    let texts = crate::i18n::texts(lang);
    let date = Format::new().set_num_format(texts.date_format());
    let (required_word, author) = (texts.required_note(), "teamlint");
    for (c, col) in def.columns.iter().enumerate() {
        let c = c as u16;
        let format = if col.required { &required_bold } else { &bold };
        sheet.write_string_with_format(0, c, header(col, lang), format)?;
        let note_text = if col.required {
            format!("{} {required_word}", hint(col, lang))
        } else {
            hint(col, lang).to_string()
        };
        let note = Note::new(note_text)
            .set_author(author)
            .add_author_prefix(false)
            .set_width(260)
            .set_height(80);
        sheet.insert_note(0, c, &note)?;
        let column_format = match col.value_type {
            ValueType::PersonId | ValueType::Text => Some(&text),
            ValueType::Share => Some(&percent),
            ValueType::Money | ValueType::MoneyOrFree => Some(&money),
            ValueType::Date => Some(&date),
            _ => None,
        };
        if let Some(f) = column_format {
            sheet.set_column_format(c, f)?;
        }
        sheet.set_column_width(c, width(col, lang))?;
        sheet.add_data_validation(1, c, LAST_ROW - 1, c, &validation(def, col, lang)?)?;
        for r in 0..example_rows(def.kind) {
            let row = r as u32 + 1;
            match example(def.kind, col.col, r, lang) {
                Some(Example::Text(t)) => {
                    sheet.write_string(row, c, &t)?;
                }
                Some(Example::Number(n)) => match column_format {
                    Some(f) => {
                        sheet.write_number_with_format(row, c, n, f)?;
                    }
                    None => {
                        sheet.write_number(row, c, n)?;
                    }
                },
                None => {}
            }
        }
    }
    sheet.set_row_height(0, 30)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn write_instructions(sheet: &mut Worksheet, lang: Lang) -> anyhow::Result<()> {
    let texts = crate::i18n::texts(lang);
    sheet.set_name(texts.instructions_sheet())?;
    let title = Format::new().set_bold().set_font_size(14);
    let heading = Format::new()
        .set_bold()
        .set_font_color(Color::RGB(0x1F3864));
    let table_head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_border_bottom(FormatBorder::Thin);
    let code = Format::new().set_font_name("Consolas");
    sheet.set_column_width(0, 22)?;
    sheet.set_column_width(1, 30)?;
    sheet.set_column_width(2, 12)?;
    sheet.set_column_width(3, 80)?;

    let mut row = 0u32;
    let line = |sheet: &mut Worksheet,
                row: &mut u32,
                text: &str,
                format: Option<&Format>|
     -> anyhow::Result<()> {
        match format {
            Some(f) => sheet.write_string_with_format(*row, 0, text, f)?,
            None => sheet.write_string(*row, 0, text)?,
        };
        *row += 1;
        Ok(())
    };
    let [
        sheets_h,
        links_h,
        roles_h,
        values_h,
        run_h,
        columns_h,
        rules_h,
    ] = texts.instructions_headings();

    let names: Vec<&str> = SHEETS.iter().map(|d| sheet_name(d, lang)).collect();
    for (i, text) in texts.instructions_intro().iter().enumerate() {
        line(sheet, &mut row, text, (i == 0).then_some(&title))?;
    }
    row += 1;

    line(sheet, &mut row, sheets_h, Some(&heading))?;
    for (def, name) in SHEETS.iter().zip(&names) {
        let purpose = texts.sheet_purpose(def.name);
        line(
            sheet,
            &mut row,
            &texts.sheet_line(name, def.required, purpose),
            None,
        )?;
    }
    row += 1;

    line(sheet, &mut row, links_h, Some(&heading))?;
    for text in texts.sheet_links() {
        line(sheet, &mut row, text, None)?;
    }
    row += 1;

    line(sheet, &mut row, roles_h, Some(&heading))?;
    for role in Role::ALL {
        let label = role.label(lang);
        let (en, de) = role.words();
        let mut also: Vec<&str> = Vec::new();
        let french = subsidiary_words_of("fr", Meaning::Role(role));
        for w in en.iter().chain(de).copied().chain(french) {
            if w != label && !also.contains(&w) {
                also.push(w);
            }
        }
        line(
            sheet,
            &mut row,
            &texts.role_line(label, role.is_key(), &also.join(", ")),
            None,
        )?;
    }
    line(sheet, &mut row, texts.roles_note(), None)?;
    row += 1;

    line(sheet, &mut row, values_h, Some(&heading))?;
    for text in texts.value_lines() {
        line(sheet, &mut row, text, None)?;
    }
    row += 1;

    line(sheet, &mut row, run_h, Some(&heading))?;
    for (i, text) in texts.run_lines().iter().enumerate() {
        line(sheet, &mut row, text, (i == 1).then_some(&code))?;
    }
    row += 1;

    line(sheet, &mut row, columns_h, Some(&heading))?;
    for (c, h) in texts.column_heads().iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, *h, &table_head)?;
    }
    row += 1;
    for (def, name) in SHEETS.iter().zip(&names) {
        for col in def.columns {
            let required = if col.required { texts.yes() } else { "" };
            sheet.write_string(row, 0, *name)?;
            sheet.write_string(row, 1, header(col, lang))?;
            sheet.write_string(row, 2, required)?;
            sheet.write_string(row, 3, hint(col, lang))?;
            row += 1;
        }
    }
    row += 1;
    line(sheet, &mut row, rules_h, Some(&heading))?;
    for (c, h) in texts.rule_heads().iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, *h, &table_head)?;
    }
    row += 1;
    for rule in crate::rules::all() {
        sheet.write_string(row, 0, rule.code)?;
        sheet.write_string(row, 1, rule.name)?;
        sheet.write_string(row, 2, rule.severity.label(lang))?;
        sheet.write_string(row, 3, rule.summary(lang))?;
        row += 1;
    }
    Ok(())
}

/// The words of one language of [`SUBSIDIARY_WORDS`] that mean `meaning`.
fn subsidiary_words_of(
    language: &'static str,
    meaning: Meaning,
) -> impl Iterator<Item = &'static str> {
    SUBSIDIARY_WORDS
        .iter()
        .filter(move |(l, m, _)| *l == language && *m == meaning)
        .flat_map(|(_, _, words)| words.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_is_a_word_the_reader_accepts() {
        for lang in Lang::ALL {
            for w in choices(ValueType::Role, lang).unwrap() {
                assert!(Role::parse(&w).is_some(), "{w}");
            }
            for w in choices(ValueType::Task, lang).unwrap() {
                assert!(Task::parse(&w).is_some(), "{w}");
            }
            for w in choices(ValueType::Status, lang).unwrap() {
                assert!(Status::parse(&w).is_some(), "{w}");
            }
            for w in choices(ValueType::OrgForm, lang).unwrap() {
                assert!(OrgForm::parse(&w).is_some(), "{w}");
            }
            for w in choices(ValueType::Employment, lang).unwrap() {
                assert!(Employment::parse(&w).is_some(), "{w}");
            }
            let yes_no = choices(ValueType::YesNo, lang).unwrap();
            assert_eq!(crate::contract::yes_no_word(&yes_no[0]), Some(true));
            assert_eq!(crate::contract::yes_no_word(&yes_no[1]), Some(false));
            assert!(choices(ValueType::Number, lang).is_none());
        }
        assert_eq!(choices(ValueType::Task, Lang::De).unwrap()[2], "Monitoring");
        assert_eq!(
            choices(ValueType::Employment, Lang::De).unwrap()[0],
            "intern"
        );
    }

    #[test]
    fn ranges_point_at_the_contract_columns() {
        assert_eq!(
            column_range(SheetKind::Staff, Col::PersonId, Lang::En).unwrap(),
            "='Staff'!$A$2:$A$1000"
        );
        assert_eq!(
            column_range(SheetKind::Channels, Col::Channel, Lang::De).unwrap(),
            "='Kanäle'!$B$2:$B$1000"
        );
    }

    #[test]
    fn hints_fit_excels_input_message() {
        for def in SHEETS {
            for col in def.columns {
                for lang in Lang::ALL {
                    assert!(hint(col, lang).encode_utf16().count() <= 255);
                    assert!(validation(def, col, lang).is_ok(), "{}", col.header);
                }
            }
        }
    }
}
