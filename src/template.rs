//! Writes a ready-to-fill input workbook: an Instructions sheet, then the four contract sheets with
//! headers, drop-down lists, input hints and two example rows, in English or German.
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
    Col, ColumnDef, Employment, Lang, OrgForm, Role, SHEETS, SheetDef, SheetKind, Status, Task,
    ValueType,
};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format,
    FormatBorder, Formula, Note, Workbook, Worksheet,
};
use std::path::Path;

/// The last row (1-based, as Excel counts) that the drop-down lists and input hints cover.
pub const LAST_ROW: u32 = 1000;

/// Writes the template workbook to `path` (under a temporary name, then renamed).
pub fn write_template(path: &Path, lang: Lang) -> anyhow::Result<()> {
    crate::paths::write_atomically(path, |tmp| {
        let mut workbook = build(lang)?;
        workbook.save(tmp)?;
        Ok(())
    })
}

/// The sheet's name in the template's language.
pub fn sheet_name(def: &SheetDef, lang: Lang) -> &'static str {
    let def = def.kind.def();
    match lang {
        Lang::En | Lang::Fr => def.name,
        Lang::De => def.name_de,
    }
}

/// The column's header in the template's language.
pub fn header(col: &ColumnDef, lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Fr => col.header,
        Lang::De => col.header_de,
    }
}

/// The column's input hint in the template's language.
pub fn hint(col: &ColumnDef, lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Fr => col.hint_en,
        Lang::De => col.hint_de,
    }
}

/// The words offered in a column's drop-down list, in the template's language; `None` for a
/// column without a fixed vocabulary. Every word is one the reader accepts.
pub fn choices(value_type: ValueType, lang: Lang) -> Option<Vec<String>> {
    // German tasks are nouns and start with a capital; statuses and employment words do not.
    let pick = |words: &[&str], noun: bool| -> String {
        match lang {
            Lang::En | Lang::Fr => words[0].to_string(),
            Lang::De => {
                let word = words.get(1).copied().unwrap_or(words[0]);
                if noun {
                    capitalised(word)
                } else {
                    word.to_string()
                }
            }
        }
    };
    let list: Vec<String> = match value_type {
        ValueType::Role => Role::ALL
            .iter()
            .map(|r| r.label(lang).to_string())
            .collect(),
        ValueType::Task => Task::ALL.iter().map(|t| pick(t.words(), true)).collect(),
        ValueType::Status => Status::ALL.iter().map(|s| pick(s.words(), false)).collect(),
        ValueType::OrgForm => OrgForm::ALL
            .iter()
            .map(|f| f.label(lang).to_string())
            .collect(),
        ValueType::Employment => Employment::ALL
            .iter()
            .map(|e| pick(e.words(), false))
            .collect(),
        ValueType::YesNo => match lang {
            Lang::En | Lang::Fr => vec!["yes".into(), "no".into()],
            Lang::De => vec!["ja".into(), "nein".into()],
        },
        ValueType::Rule => crate::rules::all()
            .iter()
            .map(|r| r.code.to_string())
            .collect(),
        _ => return None,
    };
    Some(list)
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A value of an example row.
enum Example {
    Text(&'static str),
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
    let de = lang == Lang::De;
    let unit = if de { "Beispiel GmbH" } else { "Example Ltd" };
    let yes = if de { "ja" } else { "yes" };
    let role = |r: Role| T(r.label(lang));
    let word = |words: &'static [&'static str]| {
        if de {
            words.get(1).copied().unwrap_or(words[0])
        } else {
            words[0]
        }
    };
    let value = match (kind, col, row) {
        (_, Col::Unit, _) => T(unit),
        (SheetKind::Units, Col::Country, _) => T("DE"),
        (SheetKind::Units, Col::Employees, _) => N(40.0),
        (SheetKind::Units, Col::OrgForm, _) => T(OrgForm::Coordinated.label(lang)),
        (SheetKind::Units, Col::Coordinator, _) => T("1001"),
        (SheetKind::Units, Col::Sponsor, _) => T("1003"),
        (SheetKind::Units, Col::Guidelines, _) => T(yes),
        (SheetKind::Units, Col::Currency, _) => T("EUR"),
        (SheetKind::Units, Col::HourlyRate, _) => N(45.0),
        (SheetKind::Units, Col::UnitBudget, _) => N(84_000.0),

        (SheetKind::Staff, Col::PersonId, r) => T(["1001", "1002", "1003", "1004"][r]),
        (SheetKind::Staff, Col::Name, 0) => T(if de { "Alex Beispiel" } else { "Alex Example" }),
        (SheetKind::Staff, Col::Name, 1) => T(if de { "Sam Muster" } else { "Sam Sample" }),
        (SheetKind::Staff, Col::Name, 2) => T(if de {
            "Dr. Kim Vorstand"
        } else {
            "Dr. Kim Board"
        }),
        (SheetKind::Staff, Col::Name, _) => T(if de { "Robin Helfer" } else { "Robin Helper" }),
        (SheetKind::Staff, Col::Department, 0 | 3) => T("Marketing"),
        (SheetKind::Staff, Col::Department, 1) => T(if de {
            "Kundenservice"
        } else {
            "Customer service"
        }),
        (SheetKind::Staff, Col::Department, _) => T(if de {
            "Geschäftsleitung"
        } else {
            "Management"
        }),
        (SheetKind::Staff, Col::Role, 0) => role(Role::Coordinator),
        (SheetKind::Staff, Col::Role, 1) => role(Role::CommunityManager),
        (SheetKind::Staff, Col::Role, 2) => role(Role::ExecutiveSponsor),
        (SheetKind::Staff, Col::Role, _) => role(Role::Helper),
        (SheetKind::Staff, Col::WeeklyHours, r) => N([38.0, 30.0, 40.0, 40.0][r]),
        (SheetKind::Staff, Col::HourlyCost, 0) => N(48.0),
        (SheetKind::Staff, Col::HourlyCost, 1) => N(42.0),
        (SheetKind::Staff, Col::AnnualCost, 2) => N(120_000.0),
        (SheetKind::Staff, Col::Deputy, 0) => T("1002"),
        (SheetKind::Staff, Col::Deputy, 1) => T("1001"),
        (SheetKind::Staff, Col::Employment, _) => T(word(Employment::Internal.words())),

        (SheetKind::Allocation, Col::PersonId, r) => T(["1001", "1002", "1004"][r]),
        (SheetKind::Allocation, Col::Channel, _) => T("Instagram"),
        (SheetKind::Allocation, Col::Task, 0) => T(word(Task::Coordination.words())),
        (SheetKind::Allocation, Col::Task, 1) => T(word(Task::Community.words())),
        (SheetKind::Allocation, Col::Task, _) => T(word(Task::Content.words())),
        (SheetKind::Allocation, Col::Hours, 0) => N(10.0),
        (SheetKind::Allocation, Col::Hours, 2) => N(3.0),
        (SheetKind::Allocation, Col::Share, 1) => N(0.6),

        (SheetKind::Channels, Col::Channel, 0) => T("Instagram"),
        (SheetKind::Channels, Col::Channel, _) => T("LinkedIn"),
        (SheetKind::Channels, Col::Status, 0) => T(word(Status::Active.words())),
        (SheetKind::Channels, Col::Status, _) => T(word(Status::Planned.words())),
        (SheetKind::Channels, Col::Posts, r) => N([5.0, 2.0][r]),
        (SheetKind::Channels, Col::RequiredHours, r) => N([25.0, 8.0][r]),
        (SheetKind::Channels, Col::Budget, r) => N([60_000.0, 12_000.0][r]),
        (SheetKind::Channels, Col::ResponseTime, r) => N([24.0, 48.0][r]),
        (SheetKind::Channels, Col::Owner, _) => T("1001"),
        _ => return None,
    };
    Some(value)
}

/// What each sheet is for, for the Instructions sheet.
fn purpose(kind: SheetKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (SheetKind::Units, Lang::En | Lang::Fr) => {
            "the business units or subsidiaries: country, size, organisation form, coordinator, sponsor, guidelines, budget (optional)"
        }
        (SheetKind::Units, Lang::De) => {
            "die Einheiten oder Gesellschaften: Land, Größe, Organisationsform, Koordination, Sponsor, Richtlinien, Budget (optional)"
        }
        (SheetKind::Staff, Lang::En | Lang::Fr) => {
            "everyone who works on social media: one row per person with a unique Person ID, role, weekly hours, cost and deputy"
        }
        (SheetKind::Staff, Lang::De) => {
            "alle, die an Social Media arbeiten: eine Zeile je Person mit eindeutiger Personalnummer, Rolle, Wochenstunden, Kosten und Vertretung"
        }
        (SheetKind::Allocation, Lang::En | Lang::Fr) => {
            "who spends how much time on which channel: one row per person and channel, in hours per week or as a share"
        }
        (SheetKind::Allocation, Lang::De) => {
            "wer wie viel Zeit auf welchem Kanal verbringt: eine Zeile je Person und Kanal, in Stunden pro Woche oder als Anteil"
        }
        (SheetKind::Channels, Lang::En | Lang::Fr) => {
            "the channel plan: every channel with its status, posts per week, required hours, budget and owner"
        }
        (SheetKind::Channels, Lang::De) => {
            "der Kanalplan: jeder Kanal mit Status, Beiträgen pro Woche, Soll-Stunden, Budget und Verantwortlichen"
        }
        (SheetKind::Waivers, Lang::En | Lang::Fr) => {
            "findings your unit has agreed to accept for a while (optional): rule, unit, subject, reason, who approved it and until when; the finding stays visible in grey and counts again the day after"
        }
        (SheetKind::Waivers, Lang::De) => {
            "Befunde, die Ihre Einheit befristet akzeptiert (optional): Regel, Einheit, Gegenstand, Begründung, wer genehmigt hat und bis wann; der Befund bleibt grau sichtbar und zählt ab dem Tag danach wieder"
        }
    }
}

/// Builds the template workbook in memory.
fn build(lang: Lang) -> anyhow::Result<Workbook> {
    let mut workbook = Workbook::new();
    let (title, author) = match lang {
        Lang::En | Lang::Fr => ("Social media staffing", "teamlint template"),
        Lang::De => ("Social-Media-Personalplanung", "teamlint-Vorlage"),
    };
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
    let (error_title, error_message) = match lang {
        Lang::En | Lang::Fr => (
            "Unusual value",
            "This value is not in the list. teamlint may not understand it; see the Instructions sheet.",
        ),
        Lang::De => (
            "Ungewöhnlicher Wert",
            "Dieser Wert steht nicht in der Liste. teamlint versteht ihn vielleicht nicht; siehe Blatt Anleitung.",
        ),
    };
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
    let date = Format::new().set_num_format(match lang {
        Lang::En | Lang::Fr => "yyyy-mm-dd",
        Lang::De => "dd.mm.yyyy",
    });
    let (required_word, author) = match lang {
        Lang::En | Lang::Fr => ("Required.", "teamlint"),
        Lang::De => ("Pflichtfeld.", "teamlint"),
    };
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
                    sheet.write_string(row, c, t)?;
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
    let de = lang == Lang::De;
    sheet.set_name(if de { "Anleitung" } else { "Instructions" })?;
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

    let names: Vec<&str> = SHEETS.iter().map(|d| sheet_name(d, lang)).collect();
    if de {
        line(
            sheet,
            &mut row,
            "teamlint – Social-Media-Personalplanung",
            Some(&title),
        )?;
        line(
            sheet,
            &mut row,
            "Tragen Sie Ihre Einheit, Ihr Team, die Zeitaufteilung und den Kanalplan in die Blätter dieser Mappe ein und lassen Sie sie von teamlint prüfen.",
            None,
        )?;
        line(
            sheet,
            &mut row,
            "Die Beispielzeilen zeigen, wie es geht: überschreiben oder löschen Sie sie. Jede Überschrift hat einen Kommentar mit einer Erklärung.",
            None,
        )?;
    } else {
        line(
            sheet,
            &mut row,
            "teamlint – social media staffing workbook",
            Some(&title),
        )?;
        line(
            sheet,
            &mut row,
            "Enter your unit, your team, the time allocation and the channel plan on the sheets of this workbook and let teamlint check them.",
            None,
        )?;
        line(
            sheet,
            &mut row,
            "The example rows show how: overwrite or delete them. Every header has a comment that explains the column.",
            None,
        )?;
    }
    row += 1;

    line(
        sheet,
        &mut row,
        if de { "Die Blätter" } else { "The sheets" },
        Some(&heading),
    )?;
    for (def, name) in SHEETS.iter().zip(&names) {
        let needed = match (def.required, de) {
            (true, false) => "required",
            (false, false) => "optional",
            (true, true) => "Pflicht",
            (false, true) => "optional",
        };
        line(
            sheet,
            &mut row,
            &format!("{name} ({needed}): {}", purpose(def.kind, lang)),
            None,
        )?;
    }
    row += 1;

    line(
        sheet,
        &mut row,
        if de {
            "Wie die Blätter zusammenhängen"
        } else {
            "How the sheets link"
        },
        Some(&heading),
    )?;
    let links: &[&str] = if de {
        &[
            "Die Personalnummer verbindet die Blätter: jede Personalnummer in Zeitaufteilung, Vertretung, Koordinator, Vorstandssponsor und Verantwortlich muss im Blatt Mitarbeiter stehen.",
            "Der Kanalname verbindet Zeitaufteilung und Kanalplan (Groß-/Kleinschreibung egal). Zeit auf einem Kanal, der nicht im Kanalplan steht, wird gemeldet.",
            "Die Einheit verbindet alle Blätter. Hat die Mappe nur eine Einheit, darf die Spalte Einheit in den anderen Blättern leer bleiben.",
        ]
    } else {
        &[
            "The Person ID links the sheets: every Person ID in Allocation, Deputy, Coordinator, Executive sponsor and Owner must be on the Staff sheet.",
            "The channel name links Allocation and the channel plan (case does not matter). Time on a channel that is not in the channel plan is reported.",
            "The unit links all sheets. When the workbook holds one unit, the Unit column of the other sheets may stay empty.",
        ]
    };
    for text in links {
        line(sheet, &mut row, text, None)?;
    }
    row += 1;

    line(
        sheet,
        &mut row,
        if de {
            "Rollen (Spalte Rolle)"
        } else {
            "Roles (column Role)"
        },
        Some(&heading),
    )?;
    for role in Role::ALL {
        let (en, de_words) = role.words();
        let (own, other) = if de { (de_words, en) } else { (en, de_words) };
        let also: Vec<&str> = own.iter().skip(1).chain(other.iter()).copied().collect();
        let key = match (role.is_key(), de) {
            (true, false) => " – key role: needs a deputy",
            (true, true) => " – Schlüsselrolle: braucht eine Vertretung",
            _ => "",
        };
        let also_word = if de { "auch" } else { "also" };
        line(
            sheet,
            &mut row,
            &format!(
                "{}{key}   ({also_word}: {})",
                role.label(lang),
                also.join(", ")
            ),
            None,
        )?;
    }
    line(
        sheet,
        &mut row,
        if de {
            "Weibliche Formen (Koordinatorin, Redakteur*in) werden erkannt. Andere Rollen dürfen als freier Text stehen."
        } else {
            "Other roles may be entered as free text; German role names are understood too."
        },
        None,
    )?;
    row += 1;

    line(
        sheet,
        &mut row,
        if de { "Werte" } else { "Values" },
        Some(&heading),
    )?;
    let values: &[&str] = if de {
        &[
            "Zahlen dürfen mit Komma oder Punkt und mit Einheit geschrieben werden: 38,5 – 1.234,50 € – 12 Std.",
            "Anteil (Zeitaufteilung): Anteil an den Wochenstunden der Person, z. B. 50 %, 50%, 0,5 oder 50. Je Zeile Stunden oder Anteil; mit beidem zählen die Stunden.",
            "Ja/Nein-Spalten: ja/nein, yes/no, x oder leer.",
            "Budget im Kanalplan: Betrag pro Jahr, oder kostenlos/keine – teamlint rechnet dann vor, was die Arbeitszeit kostet.",
            "Die Auswahllisten schlagen die üblichen Wörter vor; englische Wörter (active, planned, …) werden ebenso verstanden.",
        ]
    } else {
        &[
            "Numbers may use a decimal point or comma and a unit: 38.5 – 1,234.50 EUR – 12 h.",
            "Share (Allocation): share of the person's weekly hours, e.g. 50%, 50 %, 0.5 or 50. Each row needs hours or a share; with both, hours win.",
            "Yes/no columns: yes/no, ja/nein, x or blank.",
            "Budget in the channel plan: money per year, or free/none – teamlint then shows what the working time really costs.",
            "The drop-down lists suggest the usual words; German words (aktiv, geplant, …) are understood as well.",
        ]
    };
    for text in values {
        line(sheet, &mut row, text, None)?;
    }
    row += 1;

    line(
        sheet,
        &mut row,
        if de { "Prüfen" } else { "Run the check" },
        Some(&heading),
    )?;
    let run: &[&str] = if de {
        &[
            "Legen Sie die ausgefüllten Mappen (auch mehrerer Gesellschaften) in einen Ordner und rufen Sie auf:",
            "teamlint check ORDNER --out teamlint-out --lang de",
            "Sie erhalten je Mappe eine kommentierte Kopie (NAME.checked.xlsx), einen Gruppenbericht (group-report.xlsx) und findings.json.",
            "teamlint rules listet alle Regeln, teamlint explain CODE erklärt eine Regel (z. B. teamlint explain SPOF001 --lang de).",
        ]
    } else {
        &[
            "Put the filled workbooks (also of several subsidiaries) into one folder and run:",
            "teamlint check FOLDER --out teamlint-out",
            "You get an annotated copy of each workbook (NAME.checked.xlsx), a group report (group-report.xlsx) and findings.json.",
            "teamlint rules lists every rule, teamlint explain CODE explains one (e.g. teamlint explain SPOF001).",
        ]
    };
    for (i, text) in run.iter().enumerate() {
        line(sheet, &mut row, text, (i == 1).then_some(&code))?;
    }
    row += 1;

    line(
        sheet,
        &mut row,
        if de { "Die Spalten" } else { "The columns" },
        Some(&heading),
    )?;
    let heads = if de {
        ["Blatt", "Spalte", "Pflicht", "Was eintragen"]
    } else {
        ["Sheet", "Column", "Required", "What to enter"]
    };
    for (c, h) in heads.iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, *h, &table_head)?;
    }
    row += 1;
    for (def, name) in SHEETS.iter().zip(&names) {
        for col in def.columns {
            let required = match (col.required, de) {
                (true, false) => "yes",
                (true, true) => "ja",
                _ => "",
            };
            sheet.write_string(row, 0, *name)?;
            sheet.write_string(row, 1, header(col, lang))?;
            sheet.write_string(row, 2, required)?;
            sheet.write_string(row, 3, hint(col, lang))?;
            row += 1;
        }
    }
    row += 1;
    line(
        sheet,
        &mut row,
        if de { "Die Regeln" } else { "The rules" },
        Some(&heading),
    )?;
    let heads = if de {
        ["Code", "Name", "Schwere", "Was geprüft wird"]
    } else {
        ["Code", "Name", "Severity", "What it checks"]
    };
    for (c, h) in heads.iter().enumerate() {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_is_a_word_the_reader_accepts() {
        for lang in [Lang::En, Lang::De] {
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
            assert!(crate::contract::YES_WORDS.contains(&yes_no[0].as_str()));
            assert!(crate::contract::NO_WORDS.contains(&yes_no[1].as_str()));
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
                for lang in [Lang::En, Lang::De] {
                    assert!(hint(col, lang).encode_utf16().count() <= 255);
                    assert!(validation(def, col, lang).is_ok(), "{}", col.header);
                }
            }
        }
    }
}
