//! JSON Schemas generated from the code: the config file (`teamlint.toml`), the findings file
//! and the workbook contract (sheets, columns, aliases, vocabularies), as committed in `schemas/`.

use crate::config::Config;
use crate::contract::{
    COUNTRIES, ColumnDef, Employment, FREE_WORDS, Meaning, NO_WORDS, OrgForm, PLACEHOLDER_WORDS,
    READING_RULES, Role, SHEETS, Status, TOTAL_WORDS, Task, ValueType, YES_WORDS, subsidiary_words,
};
use serde_json::{Value, json};

/// The committed schema files: file name under `schemas/` and its current text.
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        ("config.schema.json", pretty(&config())),
        ("findings.schema.json", crate::report::json::schema_json()),
        ("part.schema.json", crate::part::schema_json()),
        ("workbook.schema.json", pretty(&workbook())),
    ]
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("a schema serialises");
    text.push('\n');
    text
}

/// The schema of `teamlint.toml` (as its JSON equivalent), derived from `Config`.
pub fn config() -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Config)).expect("serialises");
    // The rule keys come from the registry: each code (any case) or kebab name.
    let mut keys: Vec<String> = Vec::new();
    let mut properties = serde_json::Map::new();
    for rule in crate::rules::all() {
        keys.extend([
            rule.code.to_string(),
            rule.code.to_lowercase(),
            rule.name.to_string(),
        ]);
        properties.insert(
            rule.code.to_string(),
            json!({
                "$ref": "#/$defs/RuleOverride",
                "description": format!("{} {}: {}", rule.code, rule.name, rule.summary(crate::contract::Lang::En)),
            }),
        );
    }
    schema["properties"]["rules"]["propertyNames"] = json!({ "enum": keys });
    schema["properties"]["rules"]["properties"] = Value::Object(properties);
    schema["title"] = json!("teamlint.toml");
    schema["description"] = json!(
        "Thresholds, per-rule severities and currency rates of teamlint. Every key is optional; \
         the defaults are the contract's."
    );
    schema
}

/// The schema of a workbook in the contract, as JSON: one array of row objects per sheet, keyed
/// by the canonical sheet and column names; aliases and accepted words are listed with each.
pub fn workbook() -> Value {
    let mut sheets = serde_json::Map::new();
    let mut required = Vec::new();
    for sheet in SHEETS {
        let mut props = serde_json::Map::new();
        let mut req = Vec::new();
        for column in sheet.columns {
            props.insert(column.header.to_string(), column_schema(column));
            if column.required {
                req.push(column.header);
            }
        }
        let mut names = vec![sheet.name_de, sheet.name_fr];
        names.extend(sheet.aliases);
        sheets.insert(
            sheet.name.to_string(),
            json!({
                "description": format!(
                    "Sheet '{}' (found by name, trimmed, case-insensitive; also accepted: {}). \
                     The header row is the row of the first 10 that names the most known \
                     columns (at least two); see x-reading-rules for the rows that are not data.",
                    sheet.name, names.join(", ")
                ),
                "x-sheet-names": std::iter::once(sheet.name).chain(names.iter().copied()).collect::<Vec<_>>(),
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": props,
                    "required": req,
                    "additionalProperties": true,
                },
            }),
        );
        if sheet.required {
            required.push(sheet.name);
        }
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "teamlint workbook",
        "description": "The sheets and columns teamlint reads (docs/CONTRACT.md, Input). Headers match \
            ignoring case, blanks, the punctuation . : - _ / and (…) units.",
        "type": "object",
        "properties": sheets,
        "required": required,
        "x-reading-rules": READING_RULES
            .iter()
            .map(|(key, en, de)| (key.to_string(), json!({"en": en, "de": de})))
            .collect::<serde_json::Map<_, _>>(),
        "x-total-words": TOTAL_WORDS,
        "x-placeholder-words": PLACEHOLDER_WORDS,
        "x-countries": COUNTRIES
            .iter()
            .map(|(code, names)| (code.to_string(), json!(names)))
            .collect::<serde_json::Map<_, _>>(),
    })
}

fn words<T: Copy>(all: &[T], w: impl Fn(T) -> Vec<&'static str>) -> Vec<&'static str> {
    let mut seen = std::collections::HashSet::new();
    all.iter()
        .flat_map(|x| w(*x))
        .filter(|word| seen.insert(*word))
        .collect()
}

fn column_schema(column: &ColumnDef) -> Value {
    let number_text = "a number, or text such as 1.5, 1,5, 1.234,5, 12 Std, 40.000 €";
    let (types, description, accepted): (Value, String, Option<Vec<&str>>) = match column.value_type {
        ValueType::Text => (json!(["string"]), "text".into(), None),
        ValueType::PersonId => (
            json!(["string", "integer"]),
            "a person ID on the Staff sheet (1001 and \"1001\" are one ID)".into(),
            None,
        ),
        ValueType::WholeNumber => (json!(["integer", "string"]), "a whole number".into(), None),
        ValueType::Number => (json!(["number", "string"]), format!("{number_text}; never negative"), None),
        ValueType::Hours => (
            json!(["number", "string"]),
            format!("hours: {number_text}, or a duration (a time cell, or the text 38:30 for 38.5 hours); never negative"),
            None,
        ),
        ValueType::Money => (json!(["number", "string"]), format!("money: {number_text}"), None),
        ValueType::Share => (
            json!(["number", "string"]),
            "a share of weekly hours: 50%, 50 %, 0.5, 0,5 or 50 (above 1 is percent); at most 100 %".into(),
            None,
        ),
        ValueType::YesNo => (
            json!(["boolean", "string", "integer"]),
            "yes or no".into(),
            Some(
                YES_WORDS
                    .iter()
                    .chain(NO_WORDS)
                    .copied()
                    .chain(subsidiary_words(Meaning::Yes))
                    .chain(subsidiary_words(Meaning::No))
                    .collect(),
            ),
        ),
        ValueType::OrgForm => (
            json!(["string"]),
            "an organisation form".into(),
            Some(words(&OrgForm::ALL, |f| {
                let abroad = subsidiary_words(Meaning::OrgForm(f));
                f.words().iter().copied().chain(abroad).collect()
            })),
        ),
        ValueType::Role => (
            json!(["string"]),
            "a social media role (free text allowed; (in)/*in endings ignored)".into(),
            Some(words(&Role::ALL, |r| {
                let (en, de) = r.words();
                let abroad = subsidiary_words(Meaning::Role(r));
                en.iter().chain(de).copied().chain(abroad).collect()
            })),
        ),
        ValueType::Task => (
            json!(["string"]),
            "a task (other text is kept as it is)".into(),
            Some(words(&Task::ALL, |t| {
                let abroad = subsidiary_words(Meaning::Task(t));
                t.words().iter().copied().chain(abroad).collect()
            })),
        ),
        ValueType::Status => (
            json!(["string"]),
            "a channel status; empty means active".into(),
            Some(words(&Status::ALL, |s| {
                let abroad = subsidiary_words(Meaning::Status(s));
                s.words().iter().copied().chain(abroad).collect()
            })),
        ),
        ValueType::Employment => (
            json!(["string"]),
            "a kind of employment".into(),
            Some(words(&Employment::ALL, |e| {
                let abroad = subsidiary_words(Meaning::Employment(e));
                e.words().iter().copied().chain(abroad).collect()
            })),
        ),
        ValueType::Rule => (
            json!(["string"]),
            "a rule's code or name (see `teamlint rules`)".into(),
            Some(crate::rules::all().iter().flat_map(|r| [r.code, r.name]).collect()),
        ),
        ValueType::Date => (
            json!(["string", "number"]),
            "a date: a date cell, 2026-12-31 or 31.12.2026".into(),
            None,
        ),
        ValueType::MoneyOrFree => (
            json!(["number", "string"]),
            format!("money per year ({number_text}), or a word meaning free"),
            Some(FREE_WORDS.to_vec()),
        ),
    };
    let mut names = vec![column.header_de, column.header_fr];
    names.extend(column.aliases);
    let mut schema = json!({
        "type": types,
        "description": format!("{} — {description}. Also accepted as header: {}.", column.hint_en, names.join(", ")),
        "x-headers": std::iter::once(column.header).chain(names.iter().copied()).collect::<Vec<_>>(),
    });
    if let Some(words) = accepted {
        schema["x-accepted-words"] = json!(words);
        schema["description"] = json!(format!(
            "{} (words match case-insensitively)",
            schema["description"].as_str().unwrap_or_default()
        ));
    }
    schema
}

/// `docs/CONTRACT.md`: the product contract as the code holds it: the sheets, columns and words
/// the reader accepts (from `contract.rs`), how it reads a sheet, the rules (from the registry),
/// the settings and their defaults (from `Config`), the outputs (from `report::outputs`) and the
/// exit codes. Checked current by a test; the code cites its sections by name.
pub fn contract_document() -> String {
    use std::fmt::Write;
    let mut md = String::new();
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
    let _ = write!(
        md,
        "# The teamlint contract\n\n\
         What teamlint reads, how it judges it and what it writes: the promise that scripts and \
         people depend on. Generated from the code (`teamlint::schema::contract_document`: the \
         sheets, columns and words from `src/contract.rs`, the rules from their registry, the \
         settings from `Config`, the outputs from `report::outputs`) and checked current by a \
         test; regenerate with `UPDATE_SCHEMAS=1 cargo test --test main schemas::`. The same in JSON: \
         `schemas/workbook.schema.json`, `schemas/config.schema.json`, \
         `schemas/findings.schema.json`.\n\n\
         ## Input\n\n\
         `teamlint check PATH... [--out DIR]` takes files and folders (folders recursively). It \
         reads `{}`. It skips Office lock files (`~$*`), hidden files and its own outputs, and never \
         writes to, moves or locks an input file.\n\n\
         A workbook holds one unit or several. Its sheets are found by name, trimmed and \
         case-insensitive, in any language teamlint knows:\n\n\
         | sheet | German | French | also accepted | required |\n| --- | --- | --- | --- | --- |\n",
        crate::contract::extension_list()
    );
    for sheet in SHEETS {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} |",
            sheet.name,
            sheet.name_de,
            sheet.name_fr,
            cell(&sheet.aliases.join(", ")),
            if sheet.required { "yes" } else { "no" }
        );
    }
    md.push_str(
        "\nHeaders match ignoring case, accents, surrounding blanks, the punctuation `. : - _ / '` \
         and `(…)` units. Columns come in any order; unknown columns are kept and ignored.\n",
    );
    for sheet in SHEETS {
        let _ = write!(
            md,
            "\n### {}\n\n| column | German | French | also accepted | required | type |\n| --- | --- | --- | --- | --- | --- |\n",
            sheet.name
        );
        for column in sheet.columns {
            let schema = column_schema(column);
            let mut kind = json_text(&schema["description"]);
            // The description repeats the headers; the table has them in their own columns.
            if let Some(i) = kind.find(". Also accepted as header:") {
                let tail = kind[i..].find(" (words match").map(|j| &kind[i + j..]);
                kind = format!("{}{}", &kind[..i], tail.unwrap_or(""));
            }
            if let Some(words) = schema["x-accepted-words"].as_array() {
                let words: Vec<&str> = words.iter().filter_map(Value::as_str).collect();
                kind = format!("{kind}: {}", words.join(", "));
            }
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} |",
                column.header,
                column.header_de,
                column.header_fr,
                cell(&column.aliases.join(", ")),
                if column.required { "yes" } else { "no" },
                cell(&kind)
            );
        }
    }
    md.push_str("\n### How a sheet is read\n\n");
    for (key, en, _) in READING_RULES {
        let _ = writeln!(md, "- **{key}**: {}", cell(en));
    }
    let _ = write!(
        md,
        "\nA row whose label says it is a total: {}. A value that stands for nothing yet: {}. \
         Countries are read as ISO codes or names ({} countries known).\n",
        TOTAL_WORDS.join(", "),
        PLACEHOLDER_WORDS.join(", "),
        COUNTRIES.len()
    );
    md.push_str(
        "\n## Rules\n\nEvery rule has a stable code, a kebab-case name and a default severity; a \
         config file can change its severity or turn it off (`[rules.CODE]`). `teamlint rules` \
         lists them; `teamlint explain CODE` says what each checks, why, and how to fix it.\n\n\
         | code | name | severity | checks |\n| --- | --- | --- | --- |\n",
    );
    for rule in crate::rules::all() {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} |",
            rule.code,
            rule.name,
            rule.severity.as_str(),
            cell(rule.summary(crate::contract::Lang::En))
        );
    }
    md.push_str("\n## Settings\n\nThe thresholds of the rules, each a key of `[thresholds]` in `teamlint.toml`, with its default:\n\n| key | default | what it is |\n| --- | --- | --- |\n");
    let schema = config();
    let defaults = serde_json::to_value(Config::default().thresholds).expect("serialises");
    let described = &schema["$defs"]["Thresholds"]["properties"];
    if let Some(keys) = defaults.as_object() {
        for (key, value) in keys {
            let _ = writeln!(
                md,
                "| `{key}` | {value} | {} |",
                cell(&json_text(&described[key]["description"]))
            );
        }
    }
    md.push_str(
        "\n## Output\n\nInto `--out DIR` (default `teamlint-out/`), mirroring the inputs' folders: \
         `NAME.checked.xlsx` for every input (`NAME.checked.xlsm` for an `.xlsm`; the user's own \
         workbook with flagged cells, notes, a Findings and a Summary sheet), and the group \
         outputs:\n\n| file | written | what it is |\n| --- | --- | --- |\n",
    );
    for output in crate::report::outputs::OUTPUTS {
        let when = match output.format {
            None => "always".to_string(),
            Some(format) => {
                let value = clap::ValueEnum::to_possible_value(&format);
                format!(
                    "`--format {}`",
                    value.map(|v| v.get_name().to_string()).unwrap_or_default()
                )
            }
        };
        let _ = writeln!(
            md,
            "| `{}` | {when} | {} |",
            output.file,
            cell(crate::i18n::texts(crate::contract::Lang::En).output_purpose(output.purpose))
        );
    }
    md.push_str(
        "\nExit codes: 0 no finding at or above `--fail-on` (default `error`); 1 such findings \
         exist; 2 a usage error, or an input that could not be read at all (the other inputs are \
         still checked and written). `--fail-on never` always exits 0 unless an input failed.\n",
    );
    md
}

/// A JSON string's text, or nothing.
fn json_text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}
