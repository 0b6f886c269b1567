//! The German help of the command line.
//! Commands by name, arguments by clap's id, as `i18n::help` describes them.

use super::German;
use crate::i18n::help::{HelpHeadings, HelpTexts, OutputPurpose};

impl HelpTexts for German {
    fn command_about(&self, command: &str) -> Option<&'static str> {
        Some(match command {
            "teamlint" => {
                "Prüft Arbeitsmappen zur Social-Media-Besetzung (Personal, wöchentliche \
                 Zeitaufteilung, Kanalplanung) auf einzelne Personen ohne Vertretung, zu wenig \
                 Personal, fehlende Koordination und „kostenlose“ Kanäle, die Arbeitszeit kosten. \
                 Schreibt kommentierte Kopien, einen Konzernbericht und Feststellungen für \
                 Skripte."
            }
            "check" => {
                "Arbeitsmappen prüfen (.xlsx .xlsm .xlsb .xls .ods); Ordner werden mit allen \
                 Unterordnern durchsucht"
            }
            "merge" => {
                "Die Teile eines aufgeteilten Laufs zum Konzernbericht und zu den \
                 Feststellungsdateien zusammenführen"
            }
            "rules" => "Alle Regeln auflisten: Code, Name, Standard-Schweregrad und was sie prüft",
            "template" => {
                "Eine ausfüllbereite .xlsx-Arbeitsmappe schreiben: ein Anleitungsblatt, die fünf \
                 Blätter, Auswahllisten"
            }
            "watch" => {
                "Einen Ablageordner beobachten: jede Arbeitsmappe darin prüfen, dann jede, die \
                 hinzukommt oder sich ändert"
            }
            "serve" => {
                "Eine Seite auf diesem Rechner öffnen: Arbeitsmappen darauf ablegen, den Bericht \
                 lesen, die Kopien herunterladen"
            }
            "explain" => "Eine Regel erklären: was sie prüft, warum es wichtig ist, was zu tun ist",
            "help" => "Diese Hilfe oder die Hilfe des genannten Befehls anzeigen",
            _ => return None,
        })
    }

    fn command_after(&self, command: &str) -> Option<&'static str> {
        Some(match command {
            "teamlint" => {
                "\
Beispiele:
  teamlint check samples
  teamlint check plans/ --out results --fail-on warning --format csv
  teamlint check --files-from list.txt --shard 2/8 --part --out shared/run
  teamlint merge shared/run --out shared/run
  teamlint rules --lang de
  teamlint explain SPOF001
  teamlint watch incoming --out results
  teamlint serve"
            }
            "check" => {
                "\
Exit-Codes:
  0  keine Feststellung ab dem Schweregrad von --fail-on
  1  Feststellungen ab dem Schweregrad von --fail-on
  2  Bedienfehler, oder eine Eingabe war nicht lesbar (die anderen werden trotzdem geprüft)
  Mit --part: 0, sobald der Teil geschrieben ist (was er auch enthält; die Zusammenführung
  beurteilt den Lauf), 2, wenn er nicht geschrieben werden konnte.

Konfiguration: --config DATEI, sonst teamlint.toml im Arbeitsordner, sonst die Standardwerte.
Die Datei des Arbeitsordners wird nicht gelesen, wenn der Arbeitsordner ein Ordner ist, aus dem
Arbeitsmappen gelesen werden, oder darin liegt (eine dort abgelegte Datei darf keine Regeln
abschalten); eine Zeile sagt das.

Ausgaben in --out: NAME.checked.xlsx je Eingabe (markierte Zellen mit Kommentaren, Blätter
Feststellungen und Übersicht), group-report.xlsx, findings.json (mit --format zusätzlich
.csv/.parquet/.junit.xml), report.html (der ganze Lauf als eine Seite für den Browser); mit
--part statt der Konzernausgaben teamlint-part-I-of-N.jsonl.gz. --out darf in einem
Eingabeordner liegen, aber nicht selbst einer sein: die Suche überspringt den --out-Ordner und
überall die eigenen Ausgaben von teamlint (*.checked.xlsx, *.checked.xlsm, group-report.xlsx).
Ein Lauf, der keine Arbeitsmappe findet oder lesen kann, schreibt nichts (Exit-Code 2); die
Berichte eines früheren Laufs bleiben also erhalten.

Beispiele:
  teamlint check plans/ --out results
  find plans -name '*.xlsx' | teamlint check --files-from - --out results
  teamlint check --files-from list.txt --shard 3/8 --part --out /shared/run-42
      (Rechner 3 von 8: prüft seinen Anteil an list.txt und schreibt seinen Teil)
  teamlint merge /shared/run-42 --out /shared/run-42
      (nach allen 8 Rechnern: Konzernbericht und Feststellungen der ganzen Liste)

Aufteilung: Jeder Rechner erhält dieselbe Liste (Pfade relativ zu dem Ordner, in dem er läuft)
und seine Nummer; eine Arbeitsmappe gehört zum Teil (FNV-1a-Hash ihres Pfads, wie er in der
Liste steht) mod N + 1. Ein erneuter Lauf eines Teils ersetzt dessen Teildatei. Zu Kubernetes,
Slurm und AWS Batch siehe docs/SCALING.md."
            }
            "merge" => {
                "\
Nimmt die Teildateien aller Teile eines Laufs (Dateien oder Ordner, in denen nach
teamlint-part-*.jsonl.gz gesucht wird), prüft, dass sie zusammengehören (derselbe
teamlint-Build, dieselbe Konfiguration und Eingabeliste, jeder Teil gegen die meisten anderen
und gegen die Zusammenführung; jeder Teil genau einmal; die Prüfsumme jedes Teils; keine
Eingabe geändert, seit ihr Teil sie gelesen hat), wendet die Konzernregeln auf alle an
(COORD003, DATA004 über Arbeitsmappen hinweg) und schreibt group-report.xlsx, findings.json
(mit den --format-Dateien) und report.html nach --out, genau wie ein Lauf über die ganze Liste,
in der Sprache von --lang (Teildateien enthalten keine Sätze, jede Sprache ist möglich); mit
--baseline neue und
erledigte Feststellungen gegenüber einem früheren Lauf. Die kommentierten Kopien bleiben, wo
die Teile sie geschrieben haben (geben Sie allen Teilen dasselbe --out).

Exit-Codes:
  0  keine Feststellung ab dem Schweregrad von --fail-on
  1  Feststellungen ab dem Schweregrad von --fail-on
  2  Bedienfehler, ein Teil, der nicht passt (anderer Build, andere Konfiguration oder Liste;
     fehlende Teile, mit dem Befehl, der sie erzeugt, oder doppelt angegebene; ein
     beschädigter oder veränderter Teil; ein Teil, der älter ist als seine Eingaben: der Grund
     nennt ihn), oder eine Eingabe des Laufs war nicht lesbar

Beispiele:
  teamlint merge /shared/run-42 --out /shared/run-42
  teamlint merge parts/teamlint-part-*.jsonl.gz --out report --format csv --fail-on warning"
            }
            "watch" => {
                "\
Beispiele:
  teamlint watch incoming --out results
  teamlint watch //fileserver/hr/plans --out results --poll 10 --lang de

Eine Arbeitsmappe wird gelesen, sobald Größe und Zeitstempel --settle Sekunden gleich geblieben
sind und sie sich öffnen lässt; Office-Sperrdateien (~$...) und versteckte oder temporäre
Dateien werden übersprungen. Nach jeder Änderung werden die kommentierte Kopie,
group-report.xlsx, findings.json und report.html neu geschrieben (jeweils unter einem
vorläufigen Namen, dann umbenannt). Eine Zeile je Arbeitsmappe. Strg+C oder SIGTERM hält
zwischen zwei Prüfungen an, so bleibt keine Ausgabe halb geschrieben."
            }
            "serve" => {
                "\
Beispiele:
  teamlint serve                  dann die ausgegebene Adresse öffnen
  teamlint serve --port 9000 --lang de
  teamlint serve --bind 0.0.0.0 --token \"$(openssl rand -hex 24)\" --allow-host plans.intra

Die Seite ist nur unter 127.0.0.1 erreichbar und gibt ihre Adresse mit einem zufälligen Token
aus; Anfragen ohne das Token oder mit einem anderen Hostnamen (DNS-Rebinding) erhalten 403.
Hochgeladene Dateien liegen in einem privaten temporären Ordner, werden nacheinander geprüft
und nach dem Herunterladen oder nach --keep-minutes gelöscht. Nichts wird irgendwohin
gesendet."
            }
            _ => return None,
        })
    }

    fn argument_help(&self, command: &str, argument: &str) -> Option<&'static str> {
        Some(match (command, argument) {
            (_, "help") => "Diese Hilfe anzeigen",
            (_, "version") => "Die Version von teamlint anzeigen",
            ("help", "subcommand") => "Der Befehl, dessen Hilfe angezeigt wird",
            ("check", "paths") => "Zu prüfende Arbeitsmappen oder Ordner",
            ("check", "files_from") => {
                "Eine Liste der zu prüfenden Arbeitsmappen (oder Ordner), ein Pfad je Zeile, `-` \
                 für die Standardeingabe; relative Pfade gelten vom Arbeitsordner aus, und die \
                 Feststellungen nennen jede Arbeitsmappe so, wie sie in der Liste steht. Leere \
                 Zeilen und Zeilen, die mit # beginnen, werden übersprungen"
            }
            ("check", "shard") => {
                "Nur Teil I von N der Eingabeliste prüfen (ab 1 gezählt, z. B. 3/8): die \
                 Arbeitsmappen, deren Pfad-Hash auf diesen Teil fällt. Verlangt --part"
            }
            ("check", "part") => {
                "Die Ergebnisse dieses Laufs als Teildatei (teamlint-part-I-of-N.jsonl.gz in \
                 --out) für `teamlint merge` schreiben, statt Konzernbericht und \
                 Feststellungsdateien"
            }
            ("merge", "parts") => {
                "Teildateien oder Ordner, die sie enthalten (mit allen Unterordnern durchsucht)"
            }
            ("check" | "merge", "out") => {
                "Ordner für die Ausgaben; die Ordner der Eingaben werden darunter nachgebildet"
            }
            ("watch", "out") => {
                "Ordner für die Ausgaben; die Ordner der Eingaben werden darunter nachgebildet. \
                 Er darf in ORDNER liegen"
            }
            ("check" | "merge" | "watch", "config") => {
                "Konfigurationsdatei mit Schwellenwerten und Schweregraden der Regeln. Standard: \
                 teamlint.toml im Arbeitsordner, falls vorhanden, außer der Arbeitsordner ist \
                 ein Ordner, aus dem Arbeitsmappen gelesen werden, oder liegt darin (eine dort \
                 abgelegte Datei darf die Regeln nicht ändern); dann nur --config"
            }
            ("serve", "config") => {
                "Konfigurationsdatei mit Schwellenwerten und Schweregraden der Regeln (Standard: \
                 ./teamlint.toml, falls vorhanden)"
            }
            (_, "fail_on") => {
                "Niedrigster Schweregrad, der den Exit-Code 1 ergibt; `never` ergibt 0, außer \
                 eine Eingabe war nicht lesbar. Mit --baseline zählen nur neue Feststellungen \
                 (siehe --fail-on-all)"
            }
            (_, "baseline") => {
                "Ein früherer Lauf zum Vergleich: sein --out-Ordner oder seine findings.json. \
                 Jede Feststellung wird als neu oder unverändert markiert, nicht mehr vorhandene \
                 als erledigt aufgeführt, und --fail-on zählt nur neue Feststellungen"
            }
            (_, "fail_on_all") => {
                "Mit --baseline: jede Feststellung für --fail-on zählen, nicht nur die neuen"
            }
            (_, "today") => {
                "Der Tag, an dem Ausnahmen beurteilt werden, JJJJ-MM-TT (Standard: heute), für \
                 Tests und Wiederholungen"
            }
            ("check" | "merge", "lang") => {
                "Sprache der Kommentare, der hinzugefügten Blätter und der Zusammenfassung im \
                 Terminal: en, de oder fr (beliebige Schreibung; auch de-DE, fr_FR). Standard: \
                 die Sprache von LANG (de_*, fr_*), sonst en; eine Zusammenführung nimmt die \
                 Sprache ihrer Teile"
            }
            ("watch", "lang") => {
                "Sprache der Kommentare, Berichte und ausgegebenen Zeilen: en, de oder fr \
                 (beliebige Schreibung; auch de-DE, fr_FR). Standard: die Sprache von LANG \
                 (de_*, fr_*), sonst en"
            }
            ("serve", "lang") => {
                "Sprache der Seiten und Berichte: en, de oder fr (beliebige Schreibung; auch \
                 de-DE, fr_FR). Standard: die des Browsers"
            }
            (_, "lang") => {
                "Sprache: en, de oder fr (beliebige Schreibung; auch de-DE, de_AT, fr-FR). \
                 Standard: die Sprache von LANG (de_*, fr_*), sonst en"
            }
            (_, "jobs") => "Anzahl paralleler Prüfungen (Standard: alle Prozessorkerne)",
            (_, "quiet") => "Nur Fehler ausgeben",
            ("template", "file") => "Die zu schreibende Arbeitsmappe, z. B. plan.xlsx",
            ("template", "force") => {
                "Eine vorhandene Datei ersetzen (ohne diese Option bleibt sie unverändert)"
            }
            ("watch", "folder") => "Der zu beobachtende Ordner (mit Unterordnern)",
            ("watch", "poll") => {
                "Alle SEKUNDEN im Ordner nachsehen, statt auf Änderungsmeldungen zu warten: für \
                 Netzlaufwerke (SMB, NFS), auf denen keine Meldungen ankommen"
            }
            ("watch", "settle") => {
                "Wie lange Größe und Zeitstempel einer Arbeitsmappe gleich bleiben müssen, bevor \
                 sie gelesen wird (eine Kopie, die noch läuft, wird nicht zu früh gelesen)"
            }
            ("serve", "port") => "Der Port, auf dem die Seite erreichbar ist; 0 wählt einen freien",
            ("serve", "bind") => {
                "Die Adresse, unter der die Seite erreichbar ist. Jede außer 127.0.0.1/::1 macht \
                 sie von anderen Rechnern aus erreichbar und verlangt --token"
            }
            ("serve", "token") => {
                "Das Token, das die Adresse enthalten muss (mindestens 16 Zeichen); Standard: ein \
                 zufälliges"
            }
            ("serve", "allow_host") => {
                "Ein Hostname, unter dem die Seite außer localhost und der gebundenen Adresse \
                 erreichbar sein darf (mehrfach möglich), z. B. der Name des Rechners mit --bind \
                 0.0.0.0"
            }
            ("serve", "max_file_mb") => "Die größte Datei, die ein Upload enthalten darf, in MB",
            ("serve", "max_files") => "Die meisten Dateien, die ein Upload enthalten darf",
            ("serve", "max_upload_mb") => "Der größte Upload (alle Dateien zusammen), in MB",
            ("serve", "keep_minutes") => {
                "Wie lange ein Ergebnis, das niemand herunterlädt, aufbewahrt wird, in Minuten"
            }
            ("explain", "code") => "Ein Regelcode wie SPOF001 (Groß- und Kleinschreibung egal)",
            _ => return None,
        })
    }

    fn formats_help(&self, entries: &[String]) -> String {
        format!(
            "Weitere Feststellungsdateien neben findings.json (mehrfach möglich): {}",
            entries.join("; ")
        )
    }

    fn format_entry(&self, format: &str, file: &str, purpose: OutputPurpose) -> String {
        format!("{format} ({file}: {})", self.output_purpose(purpose))
    }

    fn output_purpose(&self, purpose: OutputPurpose) -> &'static str {
        match purpose {
            OutputPurpose::GroupReport => "alle Einheiten aller Arbeitsmappen nebeneinander",
            OutputPurpose::FindingsJson => "jede Feststellung mit ihren typisierten Kennzahlen",
            OutputPurpose::FindingsCsv => {
                "eine Zeile je Feststellung, für eine Tabellenkalkulation"
            }
            OutputPurpose::Junit => {
                "für CI-Dashboards: eine Testsuite je Arbeitsmappe, ein Testfall je Regel und \
                 Einheit, fehlgeschlagen wie bei --fail-on"
            }
            OutputPurpose::Parquet => "eine Zeile je Feststellung, für Datenwerkzeuge",
            OutputPurpose::Page => "der ganze Lauf als eine Seite für den Browser",
        }
    }

    fn placeholder(&self, english: &str) -> Option<&'static str> {
        Some(match english {
            "PATH" => "PFAD",
            "FILE" => "DATEI",
            "FILE|-" => "DATEI|-",
            "I/N" => "I/N",
            "DIR" => "ORDNER",
            "SEVERITY" => "SCHWEREGRAD",
            "PREVIOUS" => "FRÜHERER_LAUF",
            "DATE" => "DATUM",
            "FORMAT" => "FORMAT",
            "LANG" => "SPRACHE",
            "N" => "N",
            "PARTS" => "TEILE",
            "FOLDER" => "ORDNER",
            "SECONDS" => "SEKUNDEN",
            "PORT" => "PORT",
            "ADDRESS" => "ADRESSE",
            "TOKEN" => "TOKEN",
            "NAME" => "NAME",
            "MB" => "MB",
            "MINUTES" => "MINUTEN",
            "CODE" => "CODE",
            "COMMAND" => "BEFEHL",
            _ => return None,
        })
    }

    fn help_headings(&self) -> HelpHeadings {
        HelpHeadings {
            usage: "Aufruf:",
            commands: "Befehle:",
            arguments: "Argumente:",
            options: "Optionen:",
            options_token: "[OPTIONEN]",
        }
    }

    fn default_value(&self, value: &str) -> String {
        format!("[Standard: {value}]")
    }

    fn possible_values(&self, values: &str) -> String {
        format!("[mögliche Werte: {values}]")
    }
}
