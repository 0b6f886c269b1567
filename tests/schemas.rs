//! The committed JSON Schemas are current, and real outputs validate against them.
//! Regenerate with `UPDATE_SCHEMAS=1 cargo test --test main schemas::` (or `just schemas`).

use std::path::Path;

fn schemas_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas").leak()
}

#[test]
fn committed_schemas_are_current() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    for (file, current) in teamlint::schema::all() {
        let path = schemas_dir().join(file);
        if update {
            std::fs::create_dir_all(schemas_dir()).unwrap();
            std::fs::write(&path, &current).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == current,
            "schemas/{file} is stale: regenerate with `UPDATE_SCHEMAS=1 cargo test --test main schemas::`"
        );
    }
}

fn validator(file: &str) -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schemas_dir().join(file)).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[test]
fn findings_json_of_a_real_run_validates() {
    let out = tempfile::tempdir().unwrap();
    let options = teamlint::Options {
        out_dir: out.path().to_path_buf(),
        ..teamlint::Options::default()
    };
    let batch = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/batch");
    let report = teamlint::check(&[batch], &options).unwrap();
    let written = std::fs::read(out.path().join("findings.json")).unwrap();
    assert!(
        written
            == teamlint::report::json::to_json(&report, teamlint::contract::Lang::En).into_bytes(),
        "the streamed file is the document, byte for byte"
    );
    let json: serde_json::Value = serde_json::from_slice(&written).unwrap();
    let v = validator("findings.schema.json");
    let errors: Vec<String> = v
        .iter_errors(&json)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(json["findings"].as_array().unwrap().len() > 5);
    // A document missing a required field does not validate: the schema has teeth.
    let mut broken = json.clone();
    broken["findings"][0]
        .as_object_mut()
        .unwrap()
        .remove("rule");
    assert!(!v.is_valid(&broken));
}

#[test]
fn findings_json_of_the_samples_in_german_validates_with_data_on_every_finding() {
    let out = tempfile::tempdir().unwrap();
    let options = teamlint::Options {
        out_dir: out.path().to_path_buf(),
        lang: teamlint::contract::Lang::De,
        ..teamlint::Options::default()
    };
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    teamlint::check(&[samples], &options).unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("findings.json")).unwrap()).unwrap();
    let v = validator("findings.schema.json");
    let errors: Vec<String> = v
        .iter_errors(&json)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let findings = json["findings"].as_array().unwrap();
    assert!(findings.len() > 20);
    for f in findings {
        let data = f["data"]
            .as_object()
            .unwrap_or_else(|| panic!("no data: {f}"));
        let figures = data.len();
        assert!(figures > 0 || f["rule"] == "COORD005", "{f}");
    }
}

#[test]
fn the_readme_config_example_validates_against_the_config_schema() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("```toml\n")
        .expect("a toml example in the README")
        + 8;
    let end = start + readme[start..].find("```").unwrap();
    let toml_text = &readme[start..end];
    teamlint::config::Config::from_toml(toml_text, "README.md")
        .expect("the README example is a valid config");
    let value: serde_json::Value =
        serde_json::to_value(toml::from_str::<toml::Value>(toml_text).unwrap()).unwrap();
    let v = validator("config.schema.json");
    assert!(
        v.is_valid(&value),
        "{:?}",
        v.iter_errors(&value)
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    );
    let bad = serde_json::json!({"thresholds": {"tolerence": 0.1}});
    assert!(
        !v.is_valid(&bad),
        "unknown keys are refused by the schema too"
    );
}

#[test]
fn the_workbook_schema_names_every_contract_column() {
    let schema = teamlint::schema::workbook();
    for sheet in teamlint::contract::SHEETS {
        for column in sheet.columns {
            let col = &schema["properties"][sheet.name]["items"]["properties"][column.header];
            assert!(col.is_object(), "{}.{}", sheet.name, column.header);
            let headers = col["x-headers"].as_array().unwrap();
            for alias in column.aliases {
                assert!(headers.iter().any(|h| h == alias), "{alias}");
            }
        }
    }
    assert_eq!(
        schema["required"],
        serde_json::json!(["Staff", "Allocation", "Channels"])
    );
}

#[test]
fn the_contract_document_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/CONTRACT.md");
    let current = teamlint::schema::contract_document();
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &current).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == current,
        "docs/CONTRACT.md is stale: regenerate with `UPDATE_SCHEMAS=1 cargo test --test main schemas::`"
    );
    // It names every rule, sheet and column of the code.
    for rule in teamlint::rules::all() {
        assert!(committed.contains(&format!("| {} | {} |", rule.code, rule.name)));
    }
    for sheet in teamlint::contract::SHEETS {
        assert!(committed.contains(&format!("### {}", sheet.name)));
        for column in sheet.columns {
            assert!(committed.contains(&format!("| {} | {} |", column.header, column.header_de)));
        }
    }
}
