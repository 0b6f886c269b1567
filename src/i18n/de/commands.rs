//! The command line's help and errors, the template, watch, serve and merge, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::i18n::commands::Setting;
use crate::i18n::commands::quoted_list;
use crate::i18n::{CommandTexts, MergeTexts, ServeTexts, TemplateExamples, TemplateTexts};

impl CommandTexts for German {
    fn template_written(&self, path: &str) -> String {
        format!("Vorlage {path} geschrieben")
    }
    fn template_exists(&self, path: &str) -> String {
        format!(
            "{path} gibt es schon und bleibt unverändert; wählen Sie einen anderen Namen oder \
             ersetzen Sie die Datei mit --force"
        )
    }
    fn template_not_xlsx(&self, path: &str, extension: &str) -> String {
        let what = if extension.is_empty() {
            "einem Namen ohne Endung".to_string()
        } else {
            format!("der Endung .{extension}")
        };
        format!(
            "{path}: die Vorlage ist eine Excel-Arbeitsmappe und wird nur als .xlsx geschrieben, \
             nicht mit {what}; nennen Sie sie z. B. plan.xlsx"
        )
    }
    fn template_unwritten(&self, path: &str, detail: &str) -> String {
        format!("die Vorlage {path} lässt sich nicht schreiben: {detail}")
    }
    fn config_unreadable(&self, path: &str, detail: &str) -> String {
        format!("{path}: die Konfiguration ist nicht lesbar: {detail}")
    }
    fn config_unknown_key(&self, path: &str, key: &str, known: &[String]) -> String {
        format!(
            "{path}: die Einstellung `{key}` gibt es nicht; der Abschnitt kennt {}",
            quoted_list(known, "und")
        )
    }
    fn config_syntax(&self, path: &str, line: u64, text: &str) -> String {
        format!(
            "{path}, Zeile {line} ({text}): keine Einstellung, die teamlint lesen kann; \
             schreiben Sie Schlüssel = Wert, Text in Anführungszeichen, Zahlen mit \
             Dezimalpunkt"
        )
    }
    fn config_not_positive(&self, path: &str, key: &str, value: &str) -> String {
        format!("{path}: {key} muss eine Zahl über null sein, angegeben ist {value}")
    }
    fn config_negative(&self, path: &str, key: &str, value: &str) -> String {
        format!("{path}: {key} muss null oder mehr sein, angegeben ist {value}")
    }
    fn config_not_fraction(&self, path: &str, key: &str, value: &str) -> String {
        format!("{path}: {key} ist ein Anteil von 0 bis 1 (0.1 = 10 %), angegeben ist {value}")
    }
    fn config_waiver_rule(&self, path: &str, n: u64, rule: &str) -> String {
        format!(
            "{path}: Ausnahme {n}: {rule} ist weder Code noch Name einer Regel (siehe \
             `teamlint rules`)"
        )
    }
    fn config_waiver_incomplete(&self, path: &str, n: u64, rule: &str) -> String {
        format!(
            "{path}: Ausnahme {n} ({rule}): Begründung (reason) und Genehmigung (approved_by) \
             sind Pflicht"
        )
    }
    fn config_waiver_date(&self, path: &str, n: u64, rule: &str, given: &str) -> String {
        format!(
            "{path}: Ausnahme {n} ({rule}): valid_until muss ein Datum wie 2026-12-31 sein, \
             angegeben ist „{given}“"
        )
    }
    fn config_unknown_rule(&self, path: &str, key: &str) -> String {
        format!(
            "{path}: rules.{key}: keine Regel hat diesen Code oder Namen (siehe `teamlint rules`)"
        )
    }
    fn config_rule_twice(&self, path: &str, first: &str, second: &str, code: &str) -> String {
        format!(
            "{path}: rules.{first} und rules.{second} meinen beide {code}: behalten Sie eine \
             davon"
        )
    }
    fn usage_missing_argument(&self, names: &str) -> String {
        format!("es fehlt: {names}")
    }
    fn usage_unknown_argument(&self, name: &str, suggested: &str) -> String {
        match suggested {
            "" => format!("die Option {name} gibt es nicht"),
            s => format!("die Option {name} gibt es nicht; meinten Sie {s}?"),
        }
    }
    fn usage_unknown_command(&self, name: &str, suggested: &str) -> String {
        match suggested {
            "" => format!("den Befehl {name} gibt es nicht"),
            s => format!("den Befehl {name} gibt es nicht; meinten Sie {s}?"),
        }
    }
    fn usage_invalid_value(&self, name: &str, value: &str, expected: &str) -> String {
        match expected {
            "" => format!("„{value}“ ist kein gültiger Wert für {name}"),
            e => format!("„{value}“ ist kein gültiger Wert für {name} (möglich: {e})"),
        }
    }
    fn usage_missing_command(&self, commands: &str) -> String {
        format!("geben Sie einen Befehl an: {commands}")
    }
    fn usage_conflict(&self, name: &str, other: &str) -> String {
        format!("{name} lässt sich nicht zusammen mit {other} angeben")
    }
    fn usage_other(&self) -> String {
        "der Aufruf ist ungültig".into()
    }
    fn usage_more(&self, help: &str) -> String {
        format!("mehr dazu: {help}")
    }
    fn watch_not_a_folder(&self, folder: &str) -> String {
        format!("{folder} ist kein Ordner")
    }
    fn watch_started(&self, folder: &str, out: &str) -> String {
        format!("beobachte {folder} → {out} (Strg+C beendet)")
    }
    fn watch_removed(&self, name: &str) -> String {
        format!("entfernt  {name}")
    }
    fn watch_stopped(&self) -> String {
        "beendet".into()
    }
    fn watch_folder_gone(&self, folder: &str) -> String {
        format!(
            "der Ordner {folder} ist nicht mehr da; die Kopien bleiben, und die Beobachtung geht \
             weiter, sobald er wieder da ist"
        )
    }
    fn watch_folder_back(&self, folder: &str) -> String {
        format!("der Ordner {folder} ist wieder da; er wird wieder beobachtet")
    }
    fn unknown_rule(&self, code: &str) -> String {
        format!("unbekannter Regelcode „{code}“; `teamlint rules` listet alle Regeln")
    }
    fn list_unreadable(&self, list: &str, detail: &str) -> String {
        format!("--files-from {list}: nicht lesbar: {detail}")
    }
    fn leftovers_removed(&self, files: &str) -> String {
        format!("halb geschriebene temporäre Dateien eines abgebrochenen Laufs entfernt: {files}")
    }
    fn config_not_read(&self, file: &str, folder: &str) -> String {
        format!(
            "{file} im Arbeitsordner wird nicht gelesen: der Arbeitsordner liegt im \
             Eingabeordner {folder}, in dem eine abgelegte Datei die Regeln nicht ändern darf \
             (geben Sie sie mit --config an)"
        )
    }
    fn out_no_permission(&self) -> String {
        "Sie haben dort keine Schreibrechte".into()
    }
    fn out_read_only(&self) -> String {
        "der Ordner liegt auf einem schreibgeschützten Laufwerk".into()
    }
    fn out_below_a_file(&self) -> String {
        "ein Teil des Pfads ist eine Datei, kein Ordner".into()
    }
}

impl TemplateTexts for German {
    fn template_properties(&self) -> (&'static str, &'static str) {
        ("Social-Media-Personalplanung", "teamlint-Vorlage")
    }
    fn instructions_sheet(&self) -> &'static str {
        "Anleitung"
    }
    fn unusual_value(&self) -> (&'static str, &'static str) {
        (
            "Ungewöhnlicher Wert",
            "Dieser Wert steht nicht in der Liste. teamlint versteht ihn vielleicht nicht; siehe \
             Blatt Anleitung.",
        )
    }
    fn required_note(&self) -> &'static str {
        "Pflichtfeld."
    }
    fn date_format(&self) -> &'static str {
        "dd.mm.yyyy"
    }
    fn examples(&self) -> TemplateExamples {
        TemplateExamples {
            unit: "Beispiel GmbH",
            people: [
                "Alex Beispiel",
                "Sam Muster",
                "Dr. Kim Vorstand",
                "Robin Helfer",
            ],
            departments: ["Marketing", "Kundenservice", "Geschäftsleitung"],
        }
    }
    fn instructions_intro(&self) -> [&'static str; 3] {
        [
            "teamlint – Social-Media-Personalplanung",
            "Tragen Sie Ihre Einheit, Ihr Team, die Zeitaufteilung und den Kanalplan in die \
             Blätter dieser Mappe ein und lassen Sie sie von teamlint prüfen.",
            "Die Beispielzeilen zeigen, wie es geht: überschreiben oder löschen Sie sie. Jede \
             Überschrift hat einen Kommentar mit einer Erklärung.",
        ]
    }
    fn instructions_headings(&self) -> [&'static str; 7] {
        [
            "Die Blätter",
            "Wie die Blätter zusammenhängen",
            "Rollen (Spalte Rolle)",
            "Werte",
            "Prüfen",
            "Die Spalten",
            "Die Regeln",
        ]
    }
    fn sheet_line(&self, name: &str, required: bool, purpose: &str) -> String {
        let needed = if required { "Pflicht" } else { "optional" };
        format!("{name} ({needed}): {purpose}")
    }
    fn sheet_purpose(&self, sheet: &str) -> &'static str {
        match sheet {
            "Units" => {
                "die Einheiten oder Gesellschaften: Land, Größe, Organisationsform, Koordination, \
                 Sponsor, Richtlinien, Budget (optional)"
            }
            "Staff" => {
                "alle, die an Social Media arbeiten: eine Zeile je Person mit eindeutiger \
                 Personalnummer, Rolle, Wochenstunden, Kosten und Vertretung"
            }
            "Allocation" => {
                "wer wie viel Zeit auf welchem Kanal verbringt: eine Zeile je Person und Kanal, in \
                 Stunden pro Woche oder als Anteil"
            }
            "Channels" => {
                "der Kanalplan: jeder Kanal mit Status, Beiträgen pro Woche, Soll-Stunden, Budget \
                 und Verantwortlichen"
            }
            _ => {
                "Befunde, die Ihre Einheit befristet akzeptiert (optional): Regel, Einheit, \
                 Gegenstand, Begründung, wer genehmigt hat und bis wann; der Befund bleibt grau \
                 sichtbar und zählt ab dem Tag danach wieder"
            }
        }
    }
    fn sheet_links(&self) -> [&'static str; 3] {
        [
            "Die Personalnummer verbindet die Blätter: jede Personalnummer in Zeitaufteilung, \
             Vertretung, Koordinator, Vorstandssponsor und Verantwortlich muss im Blatt \
             Mitarbeiter stehen.",
            "Der Kanalname verbindet Zeitaufteilung und Kanalplan (Groß-/Kleinschreibung egal). \
             Zeit auf einem Kanal, der nicht im Kanalplan steht, wird gemeldet.",
            "Die Einheit verbindet alle Blätter. Hat die Mappe nur eine Einheit, darf die Spalte \
             Einheit in den anderen Blättern leer bleiben.",
        ]
    }
    fn role_line(&self, role: &str, key: bool, also: &str) -> String {
        let key = if key {
            " – Schlüsselrolle: braucht eine Vertretung"
        } else {
            ""
        };
        format!("{role}{key}   (auch: {also})")
    }
    fn roles_note(&self) -> &'static str {
        "Weibliche Formen (Koordinatorin, Redakteur*in) werden erkannt. Andere Rollen dürfen als \
         freier Text stehen."
    }
    fn value_lines(&self) -> [&'static str; 5] {
        [
            "Zahlen dürfen mit Komma oder Punkt und mit Einheit geschrieben werden: 38,5 – \
             1.234,50 € – 12 Std.",
            "Anteil (Zeitaufteilung): Anteil an den Wochenstunden der Person, z. B. 50 %, 50%, \
             0,5 oder 50. Je Zeile Stunden oder Anteil; mit beidem zählen die Stunden.",
            "Ja/Nein-Spalten: ja/nein, yes/no, x oder leer.",
            "Budget im Kanalplan: Betrag pro Jahr, oder kostenlos/keine – teamlint rechnet dann \
             vor, was die Arbeitszeit kostet.",
            "Die Auswahllisten schlagen die üblichen Wörter vor; englische Wörter (active, \
             planned, …) werden ebenso verstanden.",
        ]
    }
    fn run_lines(&self) -> [&'static str; 4] {
        [
            "Legen Sie die ausgefüllten Mappen (auch mehrerer Gesellschaften) in einen Ordner und \
             rufen Sie auf:",
            "teamlint check ORDNER --out teamlint-out --lang de",
            "Sie erhalten je Mappe eine kommentierte Kopie (NAME.checked.xlsx), einen \
             Gruppenbericht (group-report.xlsx) und findings.json.",
            "teamlint rules listet alle Regeln, teamlint explain CODE erklärt eine Regel (z. B. \
             teamlint explain SPOF001 --lang de).",
        ]
    }
    fn column_heads(&self) -> [&'static str; 4] {
        ["Blatt", "Spalte", "Pflicht", "Was eintragen"]
    }
    fn yes(&self) -> &'static str {
        "ja"
    }
    fn rule_heads(&self) -> [&'static str; 4] {
        ["Code", "Name", "Schwere", "Was geprüft wird"]
    }
}

impl MergeTexts for German {
    fn part_none(&self, paths: &str) -> String {
        format!("keine Teildateien (teamlint-part-*.jsonl.gz) in {paths}")
    }
    fn part_not_found(&self, path: &str) -> String {
        format!(
            "Teildatei {path}: Datei oder Ordner nicht gefunden; geben Sie die Teildateien an \
             oder den Ordner, in den die Teile geschrieben wurden"
        )
    }
    fn part_unreadable(&self, path: &str, detail: &str) -> String {
        format!("Teildatei {path}: nicht lesbar; prüfen Sie, ob Sie sie öffnen dürfen — {detail}")
    }
    fn part_not_a_part(&self, path: &str, why: &str) -> String {
        format!("Teildatei {path}: keine Teildatei von teamlint ({why})")
    }
    fn part_version(
        &self,
        path: &str,
        theirs: &str,
        their_format: u64,
        ours: &str,
        our_format: u64,
    ) -> String {
        format!(
            "Teildatei {path}: von teamlint {theirs} geschrieben (Teilformat {their_format}); \
             dies ist teamlint {ours} (Teilformat {our_format}): prüfen Sie diesen Teil mit \
             dieser Version erneut"
        )
    }
    fn part_duplicate(&self, shard: &str, first: &str, second: &str) -> String {
        format!(
            "Teil {shard} ist doppelt angegeben: {first} und {second}; geben Sie jeden Teil nur \
             einmal an"
        )
    }
    fn part_incomplete(&self, held: u64, count: u64) -> String {
        format!(
            "die Teile enthalten {held} Arbeitsmappen, ihre Eingabeliste aber {count}: ein Teil \
             wurde nach dem Schreiben verändert; führen Sie alle Teile erneut aus"
        )
    }
    fn part_digest(&self, path: &str, shard: &str, recorded: &str, actual: &str) -> String {
        format!(
            "Teildatei {path} (Teil {shard}) wurde nach dem Schreiben verändert: ihr Inhalt hat \
             den Digest {actual}, ihr Manifest nennt {recorded}; führen Sie diesen Teil erneut aus"
        )
    }
    fn part_damaged(&self, path: &str, line: u64, reason: &str) -> String {
        format!(
            "Teildatei {path} ist in Zeile {line} beschädigt: {reason}; führen Sie diesen Teil \
             erneut aus"
        )
    }
    fn part_missing(&self, shards: &str, count: u64, files: &str, again: &str) -> String {
        if count == 1 {
            format!(
                "Teil {shards} fehlt: keine {files} unter den angegebenen Teildateien; führen Sie \
                 diesen Teil (erneut) vor der Zusammenführung aus: {again}"
            )
        } else {
            format!(
                "Teile {shards} fehlen: keine {files} unter den angegebenen Teildateien; führen \
                 Sie sie (erneut) vor der Zusammenführung aus: {again}"
            )
        }
    }
    fn part_stale_entry(&self, path: &str, shard: &str, input: &str, more: u64) -> String {
        let more = match more {
            0 => String::new(),
            n => format!(" und {n} weitere"),
        };
        format!("{path} (Teil {shard}: {input}{more} seither geändert)")
    }
    fn part_stale(&self, listed: &str, count: u64, again: &str) -> String {
        if count == 1 {
            format!(
                "Teildatei {listed} ist älter als ihre Eingaben; führen Sie diesen Teil vor der \
                 Zusammenführung erneut aus: {again}"
            )
        } else {
            format!(
                "{count} Teildateien sind älter als ihre Eingaben: {listed}; führen Sie diese \
                 Teile vor der Zusammenführung erneut aus: {again}"
            )
        }
    }
    fn setting_value(&self, setting: Setting, raw: &str) -> String {
        match setting {
            Setting::Build => format!("teamlint {raw}"),
            Setting::Config => format!("Konfigurations-Hash {raw}"),
            Setting::Inputs => {
                let (count, hash) = raw.split_once(' ').unwrap_or((raw, ""));
                format!("{count} Arbeitsmappen, Hash {hash}")
            }
            Setting::Split => format!("{raw} Teile"),
        }
    }
    fn merge_differs(&self, setting: Setting, agreeing: u64, usual: &str, ours: &str) -> String {
        match setting {
            Setting::Build => format!(
                "alle {agreeing} Teile wurden von {usual} geschrieben, diese Zusammenführung ist \
                 {ours}: führen Sie sie mit dem teamlint der Teile aus (demselben Image) oder \
                 alle Teile erneut mit diesem"
            ),
            Setting::Config => format!(
                "alle {agreeing} Teile wurden mit {usual} geprüft, der dieser Zusammenführung ist \
                 {ours}: führen Sie sie mit der teamlint.toml der Teile aus (in deren Ordner oder \
                 mit --config) oder alle Teile erneut mit dieser"
            ),
            _ => format!(
                "alle {agreeing} Teile sind mit {usual} geschrieben, diese Zusammenführung \
                 schreibt {ours}: führen Sie sie mit {usual} (oder ohne --lang) aus oder alle \
                 Teile erneut mit {ours}"
            ),
        }
    }
    fn parts_differ(
        &self,
        setting: Setting,
        listed: &str,
        odd: u64,
        agreeing: u64,
        usual: &str,
        ours: Option<&str>,
        split: &str,
    ) -> String {
        let one = odd == 1;
        let (noun, remedy) = match setting {
            Setting::Build => (
                "dem teamlint-Build",
                "mit dem teamlint der anderen (legen Sie das Image per Digest fest)".to_string(),
            ),
            Setting::Config => (
                "der Konfiguration",
                "mit derselben teamlint.toml wie die anderen".to_string(),
            ),
            Setting::Inputs => (
                "der Eingabeliste",
                "mit derselben Eingabeliste wie die anderen".to_string(),
            ),
            Setting::Split => ("der Aufteilung", format!("mit --shard I/{split}")),
        };
        let who = if one { "Teildatei" } else { "Teildateien" };
        let verb = if one { "weicht" } else { "weichen" };
        let others = if agreeing == 1 {
            "vom übrigen Teil".to_string()
        } else {
            format!("von den übrigen {agreeing} Teilen")
        };
        let merge = ours.map_or(String::new(), |o| {
            format!(", und diese Zusammenführung hat {o}")
        });
        let them = if one { "diesen Teil" } else { "diese Teile" };
        format!(
            "{who} {listed} {verb} in {noun} {others} ab ({usual}){merge}: führen Sie {them} \
             erneut aus, {remedy}"
        )
    }
}

impl ServeTexts for German {
    fn serve_open(&self, url: &str) -> String {
        format!("teamlint serve: öffnen Sie {url} in Ihrem Browser")
    }
    fn serve_kept(&self, minutes: u64) -> String {
        format!(
            "Hochgeladene Dateien bleiben auf diesem Rechner und werden {minutes} Minuten nach ihrer Prüfung gelöscht. Strg+C beendet."
        )
    }
    fn serve_stopping(&self) -> String {
        "teamlint serve: wird beendet; die laufende Prüfung wird abgewartet".into()
    }
    fn serve_token_required(&self, address: &str) -> String {
        format!(
            "--bind {address} macht die Seite von anderen Rechnern aus erreichbar: geben Sie zusätzlich ein --token mit mindestens 16 Zeichen an"
        )
    }
    fn serve_token_too_short(&self) -> String {
        "das --token muss mindestens 16 Zeichen haben".into()
    }
    fn page_lang_code(&self) -> &'static str {
        "de"
    }
    fn page_back(&self) -> &'static str {
        "Arbeitsmappen prüfen"
    }
    fn upload_title(&self) -> &'static str {
        "teamlint: Arbeitsmappen prüfen"
    }
    fn upload_heading(&self) -> &'static str {
        "teamlint: Personalplanungen prüfen"
    }
    fn upload_intro(&self) -> &'static str {
        "Legen Sie die Arbeitsmappen Ihrer Einheiten hier ab oder wählen Sie sie aus. teamlint prüft sie auf diesem Rechner und zeigt die Befunde; danach können Sie die kommentierten Kopien und den Konzernbericht herunterladen."
    }
    fn upload_drop(&self) -> &'static str {
        "Arbeitsmappen hierher ziehen"
    }
    fn upload_choose(&self) -> &'static str {
        "oder auswählen:"
    }
    fn upload_check(&self) -> &'static str {
        "Prüfen"
    }
    fn upload_uploading(&self) -> &'static str {
        "Wird hochgeladen …"
    }
    fn upload_checking(&self) -> &'static str {
        "Wird geprüft …"
    }
    fn upload_failed(&self) -> &'static str {
        "Der Upload ist fehlgeschlagen: läuft teamlint serve noch?"
    }
    fn waiting_title(&self) -> &'static str {
        "teamlint: Prüfung läuft"
    }
    fn waiting_note(&self) -> &'static str {
        "Diese Seite zeigt den Bericht, sobald die Prüfung fertig ist."
    }
    fn upload_limits(&self, extensions: &str, files: u64, file: &str, request: &str) -> String {
        format!(
            "{extensions}: bis zu {files} Dateien, je {file}, zusammen {request}. Die Dateien bleiben auf diesem Rechner und werden eine Stunde nach der Prüfung gelöscht."
        )
    }
    fn waiting_checking(&self, workbooks: u64) -> String {
        format!(
            "{workbooks} Arbeitsmappe{} werden geprüft …",
            if workbooks == 1 { "" } else { "n" }
        )
    }
    fn waiting_queue(&self, ahead: u64) -> String {
        format!(
            "Wartet: {ahead} Upload{} vor Ihrem …",
            if ahead == 1 { "" } else { "s" }
        )
    }
    fn check_failed_title(&self) -> &'static str {
        "Die Prüfung konnte nicht laufen"
    }
    fn gone_title(&self) -> &'static str {
        "Kein solches Ergebnis"
    }
    fn gone_text(&self) -> &'static str {
        "Dieses Ergebnis wurde gelöscht (eine Stunde nach seiner Prüfung) oder hat nie bestanden. Laden Sie die Arbeitsmappen erneut hoch."
    }
    fn upload_too_large(&self, limit: &str) -> String {
        format!(
            "Der Upload ist größer als {limit}, das Höchstmaß für einen Upload: laden Sie weniger Arbeitsmappen auf einmal hoch."
        )
    }
    fn upload_not_form(&self) -> String {
        "Senden Sie die Arbeitsmappen als Formular-Upload (multipart/form-data).".into()
    }
    fn upload_broke(&self, detail: &str) -> String {
        format!("Der Upload ist abgebrochen: {detail}. Bitte versuchen Sie es erneut.")
    }
    fn upload_too_many(&self, files: u64) -> String {
        format!(
            "Der Upload enthält mehr als {files} Dateien, das Höchstmaß für einen Upload: laden Sie den Rest getrennt hoch."
        )
    }
    fn upload_file_too_large(&self, name: &str, limit: &str) -> String {
        format!(
            "{name} ist größer als {limit}, das Höchstmaß für eine Datei: entfernen Sie, was der Plan nicht braucht, und speichern Sie sie erneut."
        )
    }
    fn upload_empty(&self, extensions: &str) -> String {
        format!(
            "Keine Arbeitsmappe im Upload: wählen Sie {extensions}-Dateien aus oder ziehen Sie sie hierher."
        )
    }
    fn forbidden_host(&self) -> String {
        "Verboten: diese Seite antwortet nur unter der Adresse, die teamlint serve angezeigt hat."
            .into()
    }
    fn forbidden_token(&self) -> String {
        "Verboten: öffnen Sie die Adresse mit dem Token, die teamlint serve angezeigt hat.".into()
    }
    fn forbidden_origin(&self) -> String {
        "Verboten: Arbeitsmappen werden nur von der eigenen Seite von teamlint angenommen, nicht von einer anderen Seite oder einem anderen Port.".into()
    }
    fn result_kept(&self, minutes: &str, hour: u64, minute: u64) -> String {
        format!(
            "Diese Seite und ihre Downloads bleiben {minutes} Minuten nach der Prüfung erhalten, bis {hour:02}:{minute:02} Uhr UTC; dann werden sie gelöscht. Laden Sie herunter, was Sie brauchen, auch diese Seite (report.html)."
        )
    }
}
