//! The words of the outputs, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::i18n::OutputTexts;
use crate::i18n::outputs::Label;

impl OutputTexts for German {
    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::UnchangedWord => "unverändert",
            Label::LargestShortfall => "dem größten Stundenfehlbetrag",
            Label::LargestBudgetGap => "der größten Budgetlücke",
            Label::FindingsByRule => "Befunde nach Regel",
            Label::TeamlintReport => "teamlint-Bericht",
            Label::DownloadAnnotatedCopiesZip => "Kommentierte Kopien herunterladen (ZIP)",
            Label::GroupReportExcel => "Konzernbericht (Excel)",
            Label::ThisPageReportHtml => "Diese Seite (report.html)",
            Label::CheckOtherWorkbooks => "Weitere Arbeitsmappen prüfen",
            Label::Overview => "Überblick",
            Label::FindingsPerRuleAcrossTheGroupWorst => {
                "Befunde je Regel im Konzern, die schwersten zuerst"
            }
            Label::Rule => "Regel",
            Label::UnitsAffected => "Betroffene Einheiten",
            Label::WhatItChecks => "Was sie prüft",
            Label::UnitsWorstFirst => "Einheiten, die kritischsten zuerst",
            Label::NoUnitsWereFound => "Es wurden keine Einheiten gefunden.",
            Label::WorkbooksThatCouldNotBeRead => "Arbeitsmappen, die nicht gelesen werden konnten",
            Label::ResolvedSinceTheLastRun => "Seit dem letzten Lauf behoben",
            Label::NonePage => "Keine.",
            Label::WrittenByTeamlintNothingInThisPage => {
                "Erstellt von teamlint. Diese Seite lädt nichts von anderswo."
            }
            Label::AnnotatedCopyPage => "kommentierte Kopie",
            Label::NewPage => "neu",
            Label::Waived => "Ausnahme",
            Label::CellPage => "Zelle",
            Label::CellWithAnError => "eine Zelle mit mindestens einem Fehler",
            Label::CellWorstAWarning => "eine Zelle, deren schwerster Befund eine Warnung ist",
            Label::CellWorstAnInfo => "eine Zelle, deren schwerster Befund ein Hinweis ist",
            Label::WhatToDoColumn => "Was tun",
            Label::Id => "ID",
            Label::Key => "Schlüssel",
            Label::Change => "Änderung",
            Label::Waiver => "Ausnahme",
            Label::WaiverReason => "Begründung der Ausnahme",
            Label::ApprovedBy => "Genehmigt von",
            Label::ValidUntil => "Gültig bis",
            Label::Code => "Code",
            Label::Name => "Name",
            Label::Severity => "Schweregrad",
            Label::Sheet => "Blatt",
            Label::Cell => "Zelle",
            Label::Subject => "Gegenstand",
            Label::Message => "Meldung",
            Label::Country => "Land",
            Label::Employees => "Beschäftigte",
            Label::OrganisationForm => "Organisationsform",
            Label::PeopleOnSocialMedia => "Personen mit Social-Media-Zeit",
            Label::SocialMediaFTE => "Social-Media-VZÄ",
            Label::ActiveChannels => "Aktive Kanäle",
            Label::Coverage => "Abdeckung",
            Label::Currency => "Währung",
            Label::Units => "Einheiten",
            Label::Charts => "Diagramme",
            Label::FindingsPerUnit => "Befunde je Einheit",
            Label::GroupFindings => "Konzernbefunde",
            Label::Inputs => "Eingaben",
            Label::Changes => "Änderungen",
            Label::AnnualStaffCost => "Personalkosten p.a.",
            Label::Budget => "Budget",
            Label::BudgetGap => "Budgetlücke",
            Label::NewSinceLastRun => "Neu seit dem letzten Lauf",
            Label::NoUnits => "(keine Einheiten)",
            Label::RequiredVsAllocatedHoursPerWeek => "Soll- und Ist-Stunden pro Woche",
            Label::RequiredHWeek => "Soll Std./Woche",
            Label::AllocatedHWeek => "Ist Std./Woche",
            Label::HoursPerWeek => "Stunden pro Woche",
            Label::Workbook => "Arbeitsmappe",
            Label::Unit => "Einheit",
            Label::Total => "Summe",
            Label::Group => "(Konzern)",
            Label::NoUnit => "(keine Einheit)",
            Label::NoFindings => "Keine Befunde.",
            Label::NoFindingsAcrossWorkbooks => "Keine arbeitsmappenübergreifenden Befunde.",
            Label::Status => "Status",
            Label::Reason => "Grund",
            Label::Errors => "Fehler",
            Label::Warnings => "Warnungen",
            Label::Infos => "Hinweise",
            Label::AnnotatedCopy => "Kommentierte Kopie",
            Label::Failed => "nicht lesbar",
            Label::NoInputs => "(keine Eingaben)",
            Label::New => "Neu",
            Label::Unchanged => "Unverändert",
            Label::Resolved => "Behoben",
            Label::AcrossWorkbooks => "Arbeitsmappenübergreifend",
            Label::WhatToDo => "Was tun:",
            Label::Findings => "Befunde",
            Label::FindingsTeamlint => "Befunde (teamlint)",
            Label::Summary => "Übersicht",
            Label::SummaryTeamlint => "Übersicht (teamlint)",
            Label::NoUnitsFound => "(keine Einheiten gefunden)",
            Label::Legend => "Legende",
            Label::PointAtAColouredCell => {
                "Zeigen Sie auf eine farbige Zelle, um ihre Notiz zu lesen: was falsch ist und was zu tun ist. Das Blatt Befunde verlinkt jede markierte Zelle."
            }
            Label::RulesWithFindingsHere => "Regeln mit Befunden hier",
            Label::None => "keine",
            Label::HowTheSheetsWereRead => "Wie die Blätter gelesen wurden",
        }
    }
    fn counted(&self, n: u64, severity: usize) -> String {
        let word = match (severity, n == 1) {
            (0, _) => "Fehler",
            (1, true) => "Warnung",
            (1, false) => "Warnungen",
            (_, true) => "Hinweis",
            (_, false) => "Hinweise",
        };
        format!("{n} {word}")
    }
    fn units(&self, n: u64) -> String {
        if n == 1 {
            "1 Einheit".into()
        } else {
            format!("{n} Einheiten")
        }
    }
    fn unreadable_word(&self) -> &'static str {
        "NICHT LESBAR"
    }
    fn no_copy_word(&self) -> &'static str {
        "KEINE KOPIE"
    }
    fn ok_word(&self) -> &'static str {
        "ok    "
    }
    fn could_not_be_read(&self) -> &'static str {
        "nicht lesbar"
    }
    fn results_unreadable(&self, detail: &str) -> String {
        format!("(die Ergebnisse des Laufs konnten nicht wieder gelesen werden: {detail})")
    }
    fn more_workbooks(&self, more: u64) -> String {
        format!(
            "... und {more} weitere Arbeitsmappen (alle in findings.json und im Konzernbericht)"
        )
    }
    fn total(&self, workbooks: u64, failed: u64, units: u64, counts: &str) -> String {
        format!(
            "Gesamt: {workbooks} Arbeitsmappe{} ({failed} nicht lesbar), {}: {counts}",
            if workbooks == 1 { "" } else { "n" },
            self.units(units)
        )
    }
    fn of_which_across(&self, counts: &str, codes: &str) -> String {
        format!("  davon {counts} arbeitsmappenübergreifend: {codes}")
    }
    fn waived(&self, accepted: u64, expired: u64) -> String {
        format!(
            "Ausnahmen: {accepted} akzeptiert (sie zählen für keinen Exit-Code), {expired} \
             abgelaufen (sie zählen wieder)"
        )
    }
    fn against_baseline(&self, new: u64, unchanged: u64, resolved: u64) -> String {
        format!(
            "Gegenüber dem Vergleichslauf: {new} neu, {unchanged} unverändert, {resolved} behoben"
        )
    }
    fn annotated_copies(&self, n: u64) -> String {
        format!("{n} kommentierte Kopie{}", if n == 1 { "" } else { "n" })
    }
    fn written_to(&self, dir: &str, items: &str) -> String {
        format!("Geschrieben nach {dir}: {items}")
    }
    fn waiver_accepted(&self, until: &str, by: &str, reason: &str) -> String {
        format!("Ausnahme bis {until}, genehmigt von {by}: {reason}")
    }
    fn waiver_expired(&self, by: &str, until: &str, reason: &str) -> String {
        format!(
            "Die Ausnahme von {by} ist am {until} abgelaufen: der Befund zählt wieder ({reason})."
        )
    }
    fn no_rate_from(&self, currency: &str, group: &str) -> String {
        format!(
            "Kein Wechselkurs von {currency} nach {group}: Die Beträge der Einheiten in \
             {currency} (dieser und der folgenden) sind nicht umgerechnet. Wer teamlint \
             betreibt, trägt `{currency} = ...` unter [currency.rates] in dessen \
             Konfigurationsdatei ein; wenn Sie im Browser geprüft haben, wenden Sie sich an die \
             Person, die die Seite betreibt."
        )
    }
    fn converted_columns(&self, group: &str) -> String {
        format!(
            "Die drei {group}-Spalten sind mit den Kursen der Konfigurationsdatei umgerechnet; die \
             übrigen Beträge sind in der Währung der Einheit."
        )
    }
    fn no_rates_for(&self, missing: &str, group: &str) -> String {
        format!(
            "Kein Wechselkurs für {missing} → {group}: Diese Zellen bleiben leer. Wer teamlint \
             betreibt, trägt die Kurse unter [currency.rates] in dessen Konfigurationsdatei ein; \
             wenn Sie im Browser geprüft haben, wenden Sie sich an die Person, die die Seite \
             betreibt."
        )
    }
    fn cost_vs_budget(&self, group: &str) -> String {
        format!("Personalkosten p.a. und Budget ({group})")
    }
    fn baseline_missing(&self, path: &str) -> String {
        format!("Vergleichslauf {path}: dort liegt keine findings.json")
    }
    fn baseline_unreadable(&self, path: &str, detail: &str) -> String {
        format!("Vergleichslauf {path}: nicht lesbar: {detail}")
    }
    fn baseline_not_findings(&self, path: &str, why: &str) -> String {
        format!("Vergleichslauf {path}: keine findings.json von teamlint ({why})")
    }
    fn more_findings(&self, n: &str, count: u64) -> String {
        format!(
            "{n} weitere{} Befund{} (jeder steht in der kommentierten Kopie und in findings.json)",
            if count == 1 { "r" } else { "" },
            if count == 1 { "" } else { "e" }
        )
    }
    fn gap_meaning(&self, amount: &str, sign: std::cmp::Ordering) -> String {
        use std::cmp::Ordering;
        match sign {
            Ordering::Greater => format!(
                "Budgetlücke = Personalkosten − Budget. Hier positiv: Die Arbeitszeit kostet im \
                 Jahr {amount} mehr, als die Budgets vorsehen (unterfinanziert)."
            ),
            Ordering::Less => format!(
                "Budgetlücke = Personalkosten − Budget. Hier negativ: Die Budgets übersteigen die \
                 Personalkosten um {amount} im Jahr (ein Überschuss, kein Fehlbetrag)."
            ),
            Ordering::Equal => "Budgetlücke = Personalkosten − Budget: positiv heißt, die Zeit \
                                kostet mehr, als das Budget vorsieht; negativ heißt, es bleibt \
                                Budget übrig."
                .to_string(),
        }
    }
    fn left_out_of_totals(&self, units: &str, n: u64, currencies: &str, group: &str) -> String {
        format!(
            "{units} Einheit{} in {currencies} {} in den Geldsummen und im Kostendiagramm: Es ist \
             kein Wechselkurs nach {group} eingetragen. Wer teamlint betreibt, trägt die Kurse \
             unter [currency.rates] in dessen Konfigurationsdatei ein; auf einer Seite im Browser \
             wenden Sie sich an die Person, die die Seite betreibt.",
            if n == 1 { "" } else { "en" },
            if n == 1 { "fehlt" } else { "fehlen" }
        )
    }
    fn units_shown(&self, shown: &str, what: &str, rest: &str) -> String {
        format!(
            "Die {shown} Einheiten mit {what}; die übrigen {rest} stehen in der Tabelle der \
             Einheiten und im Konzernbericht."
        )
    }
    fn more_unreadable(&self, more: &str) -> String {
        format!("{more} weitere Eingaben konnten nicht gelesen werden; findings.json nennt alle.")
    }
    fn of_them_across(&self, findings: &str) -> String {
        format!("davon {findings} arbeitsmappenübergreifend")
    }
    fn page_cuts(&self, detailed: &str, listed: Option<&str>) -> String {
        let table = listed
            .map(|l| format!(", die Tabelle nennt die {l} schwächsten"))
            .unwrap_or_default();
        format!(
            ". Gezeigt werden die Befunde der {detailed} schwächsten Einheiten{table}; \
             findings.json und der Konzernbericht enthalten alle"
        )
    }
    fn page_totals(&self, shown: [&str; 5], n: [u64; 5]) -> String {
        let s = |i: usize, ending: &'static str| if n[i] == 1 { "" } else { ending };
        format!(
            "{} Arbeitsmappe{}, {} Einheit{}: {} Fehler, {} Warnung{}, {} Hinweis{}",
            shown[0],
            s(0, "n"),
            shown[1],
            s(1, "en"),
            shown[2],
            shown[3],
            s(3, "en"),
            shown[4],
            s(4, "e")
        )
    }
}
