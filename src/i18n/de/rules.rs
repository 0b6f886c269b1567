//! The rules' titles, explanations and the message of each finding, in German (`Sie`).
//! Each method's documentation is on the trait.

use super::German;
use crate::contract::Lang;
use crate::i18n::rules::RuleText;
use crate::i18n::{self, RuleTexts};

crate::i18n::formats_of!(Lang::De);

/// Row numbers in running text: `3 und 7`.
fn rows_list(rows: &[u64]) -> String {
    i18n::list(&rows.iter().map(u64::to_string).collect::<Vec<_>>(), LANG)
}

impl RuleTexts for German {
    fn explain_what(&self) -> &'static str {
        "Was geprüft wird:"
    }
    fn explain_why(&self) -> &'static str {
        "Warum es wichtig ist:"
    }
    fn explain_fix(&self) -> &'static str {
        "So beheben Sie es:"
    }
    fn table_headers(&self) -> [&'static str; 4] {
        ["CODE", "NAME", "SCHWERE", "PRÜFT"]
    }
    fn severity_info(&self) -> &'static str {
        "Hinweis"
    }
    fn severity_warning(&self) -> &'static str {
        "Warnung"
    }
    fn severity_error(&self) -> &'static str {
        "Fehler"
    }

    fn deputy_none(&self) -> String {
        "keine Vertretung benannt".into()
    }
    fn deputy_unknown(&self, deputy: &str) -> String {
        format!("die Vertretung {deputy} steht nicht im Blatt Mitarbeiter")
    }
    fn deputy_themself(&self) -> String {
        "nennt sich selbst als Vertretung".into()
    }
    fn deputy_other_unit(&self, deputy: &str, unit: &str) -> String {
        format!("die Vertretung {deputy} arbeitet in einer anderen Einheit ({unit})")
    }

    fn spof001_message(&self, channel: &str, hours: f64, person: &str, why: &str) -> String {
        format!(
            "{channel}: alle {} kommen von {person}; es gibt keine gültige Vertretung ({why}).",
            h(hours)
        )
    }
    fn spof002_message(&self, person: &str, role: &str, why: &str) -> String {
        format!("{person} ist {role}, hat aber keine gültige Vertretung: {why}.")
    }
    fn spof003_message(&self, channel: &str, hours: f64, person: &str, deputy: &str) -> String {
        format!(
            "{channel}: alle {} kommen von {person}; die Vertretung {deputy} hat keine Zeit auf \
             diesem Kanal.",
            h(hours)
        )
    }
    fn spof004_message(&self, person: &str, count: u64, people: &[String], limit: u64) -> String {
        let people = people.join(", ");
        format!("{person} vertritt {count} Personen ({people}); erlaubt sind höchstens {limit}.")
    }

    fn staff001_basis_column(&self) -> String {
        "Spalte Soll-Stunden".into()
    }
    fn staff001_basis_posts(&self, base: f64, posts: f64, per_post: f64) -> String {
        format!(
            "{} Std. Grundaufwand + {} Beiträge × {} Std.",
            n(base),
            n(posts),
            n(per_post)
        )
    }
    fn staff001_message(
        &self,
        channel: &str,
        allocated: f64,
        required: f64,
        basis: &str,
        minimum: f64,
        tolerance: f64,
    ) -> String {
        format!(
            "{channel}: {} zugeteilt, {} benötigt ({basis}); mit {} Toleranz sind mindestens {} \
             nötig.",
            h(allocated),
            h(required),
            pct(tolerance),
            h(minimum)
        )
    }
    fn staff002_message(
        &self,
        unit: &str,
        active: u64,
        hours: f64,
        fte: f64,
        capacity: u64,
    ) -> String {
        format!(
            "{unit}: {active} aktive Kanäle, aber {} Social-Media-Zeit ({} VZÄ) tragen \
             höchstens {capacity}.",
            h(hours),
            i18n::number(fte, 2, LANG)
        )
    }
    fn staff003_message(
        &self,
        person: &str,
        hours: f64,
        weekly: f64,
        share: f64,
        minimum: f64,
    ) -> String {
        format!(
            "{person} ist Social-Media-Manager, verbringt aber nur {} von {} ({}) mit Social \
             Media; erwartet werden mindestens {}.",
            n(hours),
            h(weekly),
            pct(share),
            pct(minimum)
        )
    }
    fn staff004_message(&self, person: &str, hours: f64, weekly: f64) -> String {
        format!(
            "{person}: die Zuteilungen ergeben {}, die Wochenstunden betragen aber {} ({} zu \
             viel).",
            h(hours),
            h(weekly),
            h(hours - weekly)
        )
    }
    fn staff005_message(&self, channel: &str, hours: f64, unit: &str) -> String {
        format!(
            "{channel}: {} zugeteilt, aber der Kanal steht nicht im Kanalplan von {unit}.",
            h(hours)
        )
    }
    fn staff006_message(&self, unit: &str, active: u64) -> String {
        format!(
            "{unit}: {active} aktive Kanäle, aber niemand hat die Rolle Social-Media-Manager \
             (auch keine Koordination)."
        )
    }
    fn staff007_message(&self, channel: &str, hours: f64) -> String {
        format!(
            "{channel}: alle {} sind Inhalte und Werbung; keine Zeit für Moderation, Monitoring \
             oder Kundenservice.",
            h(hours)
        )
    }
    fn staff008_no_dialogue(&self, channel: &str, promise: f64) -> String {
        format!(
            "{channel}: Antworten sind binnen {} Std. versprochen, aber der Kanal hat keine Zeit \
             für Moderation, Monitoring oder Kundenservice.",
            n(promise)
        )
    }
    fn staff008_one_person(&self, channel: &str, promise: f64) -> String {
        format!(
            "{channel}: Antworten sind binnen {} Std. versprochen, und eine Person trägt den \
             Kanal allein: fehlt sie, antwortet niemand.",
            n(promise)
        )
    }
    fn staff008_too_slow(&self, channel: &str, promise: f64, dialogue: f64, wait: f64) -> String {
        format!(
            "{channel}: Antworten sind binnen {} Std. versprochen, aber {} Dialogzeit, über die \
             Woche verteilt, lassen bis zu {} Std. zwischen zwei Blicken auf den Kanal.",
            n(promise),
            h(dialogue),
            n(wait)
        )
    }
    fn staff009_message(
        &self,
        unit: &str,
        hours: f64,
        count: u64,
        people: &[String],
        minimum: u64,
    ) -> String {
        let (hours, people) = (h(hours), i18n::list(people, LANG));
        if count == 1 {
            format!(
                "{unit}: Die gesamten {hours} Social Media kommen von einer Person ({people}); \
                 ein Team braucht mindestens {minimum}: den Manager, eine Vertretung und \
                 mindestens einen Helfer, der Inhalte oder Ideen liefert oder Supportanfragen \
                 übernimmt."
            )
        } else {
            format!(
                "{unit}: Die {hours} Social Media kommen von {count} Personen ({people}); ein \
                 Team braucht mindestens {minimum}: den Manager, eine Vertretung und mindestens \
                 einen Helfer, der Inhalte oder Ideen liefert oder Supportanfragen übernimmt."
            )
        }
    }

    fn coord001_departments(&self, departments: &[String]) -> String {
        format!(
            "Social-Media-Zeit kommt aus {} Abteilungen ({})",
            departments.len(),
            departments.join(", ")
        )
    }
    fn coord001_channels(&self, active: u64) -> String {
        format!("sie betreibt {active} aktive Kanäle")
    }
    fn coord001_message(&self, unit: &str, reasons: &[String]) -> String {
        format!(
            "{unit}: {}, aber es ist keine Koordination benannt.",
            reasons.join(" und ")
        )
    }
    fn coord002_named(&self, unit: &str) -> String {
        format!("als Koordination von {unit} benannt")
    }
    fn coord002_role(&self) -> String {
        "Koordinator".into()
    }
    fn coord002_message(&self, person: &str, how: &str) -> String {
        format!("{person} ist {how}, hat aber keine zugeteilte Zeit (0 Std./Woche).")
    }
    fn coord003_countries(&self, units: u64, countries: &[String]) -> String {
        format!(
            "{units} Einheiten aus {} Ländern ({}) werden gemeinsam geprüft",
            countries.len(),
            countries.join(", ")
        )
    }
    fn coord003_multi(&self, units: &[String]) -> String {
        let names = i18n::list(units, LANG);
        if units.len() == 1 {
            format!("{names} ist als mehrfach koordiniert angegeben")
        } else {
            format!("{names} sind als mehrfach koordiniert angegeben")
        }
    }
    fn coord003_message(&self, reasons: &[String]) -> String {
        i18n::capitalise(&format!(
            "{}, aber niemand in den geprüften Arbeitsmappen hat die Rolle Konzernkoordinator.",
            reasons.join("; ")
        ))
    }
    fn coord004_too_large(&self, unit: &str, form: &str, employees: f64, limit: f64) -> String {
        format!(
            "{unit}: als {form} angegeben, hat aber {} Beschäftigte ({form} passt unter {}).",
            i18n::number(employees, 0, LANG),
            i18n::number(limit, 0, LANG)
        )
    }
    fn coord004_nobody_dedicated(
        &self,
        unit: &str,
        form: &str,
        minimum: f64,
        share: f64,
    ) -> String {
        format!(
            "{unit}: als {form} angegeben, aber niemand verbringt {} oder mehr der Arbeitszeit \
             mit Social Media (höchster Anteil: {}).",
            pct(minimum),
            pct(share)
        )
    }
    fn coord004_one_country(&self, unit: &str, form: &str, country: &str) -> String {
        format!(
            "{unit}: als {form} angegeben, aber die geprüften Arbeitsmappen enthalten nur \
             Einheiten aus einem Land ({country})."
        )
    }
    fn coord004_no_country(&self, unit: &str, form: &str) -> String {
        format!(
            "{unit}: als {form} angegeben, aber keine Einheit der geprüften Arbeitsmappen nennt ein Land."
        )
    }
    fn coord005_message(&self, unit: &str, column: &str) -> String {
        format!(
            "{unit}: kein Sponsor in der Geschäftsleitung (die Spalte {column} ist leer, und \
             niemand hat die Rolle Sponsor)."
        )
    }
    fn coord006_no_units_row(&self) -> String {
        "keine Zeile im Blatt Einheiten nennt Richtlinien".into()
    }
    fn coord006_guidelines_no(&self) -> String {
        "Richtlinien ist nein".into()
    }
    fn coord006_guidelines_empty(&self) -> String {
        "Richtlinien ist leer".into()
    }
    fn coord006_message(&self, unit: &str, why: &str) -> String {
        format!("{unit}: keine Social-Media-Richtlinien ({why}).")
    }
    fn coord007_message(&self, unit: &str, department: &str) -> String {
        format!(
            "{unit}: die Abteilung {department} hat keinen Multiplikator (niemanden mit der Rolle \
             Botschafter), der Social Media in sie trägt."
        )
    }
    fn coord008_no_role_column(&self, unit: &str, count: u64) -> String {
        format!(
            "{unit}: {count} Personen haben Social-Media-Zeit, aber das Blatt Mitarbeiter hat \
             keine Spalte Rolle; legen Sie die Rollen des Teams schriftlich fest, damit jeder \
             weiß, was er zu tun hat."
        )
    }
    fn coord008_message(&self, person: &str, hours: f64) -> String {
        format!(
            "{person} verbringt {} mit Social Media, hat aber keine Rolle im Blatt Mitarbeiter; \
             legen Sie die Rollen des Teams schriftlich fest, damit jeder weiß, was er zu tun \
             hat.",
            h(hours)
        )
    }

    fn cost001_free_word(&self, word: &str) -> String {
        format!("Budget „{word}“")
    }
    fn cost001_zero(&self) -> String {
        "Budget 0".into()
    }
    fn cost001_no_budget(&self) -> String {
        "kein Budget".into()
    }
    fn cost001_message(
        &self,
        channel: &str,
        budget: &str,
        hours: f64,
        cost: f64,
        currency: &str,
    ) -> String {
        format!(
            "{channel}: {budget}, aber {} Arbeitszeit kosten {} im Jahr.",
            h(hours),
            m(cost, currency)
        )
    }
    fn cost002_unit(
        &self,
        unit: &str,
        budget: f64,
        cost: f64,
        hours: f64,
        currency: &str,
    ) -> String {
        format!(
            "{unit}: Budget der Einheit {} im Jahr, aber ihre {} Arbeitszeit kosten {} im Jahr \
             ({} mehr).",
            m(budget, currency),
            h(hours),
            m(cost, currency),
            m(cost - budget, currency)
        )
    }
    fn cost002_channel(
        &self,
        channel: &str,
        budget: f64,
        cost: f64,
        hours: f64,
        currency: &str,
    ) -> String {
        format!(
            "{channel}: Budget {} im Jahr, aber {} Arbeitszeit kosten {} im Jahr ({} mehr).",
            m(budget, currency),
            h(hours),
            m(cost, currency),
            m(cost - budget, currency)
        )
    }

    fn data001_no_header_row(&self, sheet: &str, rows: u64, columns: &[&str]) -> String {
        format!(
            "Das Blatt '{sheet}' hat in seinen ersten {rows} Zeilen keine Kopfzeile (eine Zeile \
             mit mindestens zwei bekannten Spaltennamen, etwa {}).",
            columns.join(", ")
        )
    }
    fn data001_missing_column(&self, sheet: &str, column: &str, accepted: &[String]) -> String {
        format!(
            "Das Blatt '{sheet}' hat keine Spalte '{column}' (ebenfalls erkannt: {}).",
            accepted.join(", ")
        )
    }
    fn data001_no_hours_or_share(&self, sheet: &str, columns: &[&str]) -> String {
        format!(
            "Das Blatt '{sheet}' hat weder eine Spalte '{}': jede Zeile braucht eine davon.",
            columns.join("' noch '")
        )
    }
    fn data001_not_a_plan(&self) -> String {
        "Kein Personalplan: keines der Blätter Mitarbeiter, Zeitaufteilung, Kanäle wurde \
         gefunden."
            .into()
    }
    fn data001_missing_sheet(&self, sheet: &str, accepted: &[String], found: &[String]) -> String {
        let has = match found {
            [] => String::new(),
            [one] => format!("; die Arbeitsmappe hat ein Blatt, '{one}'"),
            _ => format!(
                "; die Arbeitsmappe hat die Blätter '{}'",
                found.join("', '")
            ),
        };
        format!(
            "Das Blatt '{sheet}' fehlt (ebenfalls erkannt: {}){has}.",
            accepted.join(", ")
        )
    }
    fn vocabulary_org_form(&self) -> &'static str {
        "keine Organisationsform (holistisch, dezentral, koordiniert, zentralisiert, mehrfach \
         koordiniert)"
    }
    fn vocabulary_status(&self) -> &'static str {
        "kein Status (aktiv, geplant, pausiert)"
    }
    fn vocabulary_employment(&self) -> &'static str {
        "keine Beschäftigungsart (intern, extern, Agentur, freiberuflich)"
    }
    fn data002_required(&self, column: &str) -> String {
        format!("{column} ist Pflicht, aber leer")
    }
    fn data002_unit_needed(&self, column: &str) -> String {
        format!("{column} ist leer, und die Arbeitsmappe enthält mehr als eine Einheit")
    }
    fn data002_no_hours_or_share(&self) -> String {
        "die Zeile braucht Stunden pro Woche oder einen Anteil und hat keins von beiden".into()
    }
    fn data002_negative(&self, value: &str) -> String {
        format!("{value} ist negativ")
    }
    fn data002_not_whole(&self, value: &str) -> String {
        format!("{value} ist keine ganze Zahl")
    }
    fn data002_not_a_share(&self, value: &str) -> String {
        format!("{value} ist kein Anteil")
    }
    fn data002_negative_share(&self, value: &str) -> String {
        format!("ein Anteil von {value} % ist negativ")
    }
    fn data002_share_above_100(&self, value: &str) -> String {
        format!("ein Anteil von {value} % liegt über 100 %")
    }
    fn data002_not_yes_no(&self, value: &str) -> String {
        format!("{value} ist weder ja noch nein")
    }
    fn data002_not_text(&self, value: &str) -> String {
        format!("{value} ist kein Text")
    }
    fn data002_not_an_amount(&self, value: &str, free: &[&str]) -> String {
        format!(
            "{value} ist weder ein Betrag noch ein Wort für kostenlos ({})",
            free.join(", ")
        )
    }
    fn data002_other_currency(&self, value: &str, currency: &str, unit: &str) -> String {
        format!(
            "{value} ist in einer anderen Währung als {currency}, der Währung der Einheit \
             '{unit}' auf dem Blatt Einheiten"
        )
    }
    fn data002_not_a_date(&self, value: &str) -> String {
        format!("{value} ist kein Datum (schreiben Sie ein Datum, 31.12.2026 oder 2026-12-31)")
    }
    fn data002_unknown_rule(&self, value: &str) -> String {
        format!("{value} ist weder Code noch Name einer Regel (siehe `teamlint rules`)")
    }
    fn data002_not_in(&self, value: &str, words: &str) -> String {
        format!("{value} ist {words}")
    }
    fn data002_unknown_word(&self, value: &str) -> String {
        format!("{value} ist hier kein bekanntes Wort")
    }
    fn data002_not_a_number(&self, value: &str) -> String {
        format!("{value} ist keine Zahl")
    }
    fn data002_message(&self, column: &str, at: &str, why: &str) -> String {
        format!("{column} in {at}: {why}.")
    }
    fn data003_unknown_unit(&self, value: &str, at: &str) -> String {
        format!("Die Einheit '{value}' in {at} steht nicht im Blatt Einheiten.")
    }
    fn data003_name_not_unique(
        &self,
        column: &str,
        value: &str,
        at: &str,
        person: &str,
        count: u64,
    ) -> String {
        format!(
            "{column} '{value}' in {at} (Vertretung von {person}) ist ein Name, den {count} \
             Personen der Einheit im Blatt Mitarbeiter tragen; tragen Sie die Personalnummer der \
             Vertretung ein."
        )
    }
    fn data003_deputy_of(&self, person: &str) -> String {
        format!(" (Vertretung von {person})")
    }
    fn data003_channel(&self, channel: &str) -> String {
        format!(" (Kanal {channel})")
    }
    fn data003_message(&self, column: &str, value: &str, at: &str, whose: &str) -> String {
        format!("{column} '{value}' in {at}{whose} steht nicht im Blatt Mitarbeiter.")
    }
    fn data004_unit_in_workbooks(&self, value: &str, workbooks: &[String]) -> String {
        format!(
            "Die Einheit {value} steht auch in {}; jede Einheit gehört in genau eine \
             Arbeitsmappe.",
            workbooks.join(", ")
        )
    }
    fn data004_twice_in_units(&self, value: &str, sheet: &str, rows: &[u64]) -> String {
        format!(
            "Die Einheit '{value}' steht zweimal im Blatt '{sheet}' (Zeilen {}).",
            rows_list(rows)
        )
    }
    fn data004_twice_in_channels(
        &self,
        value: &str,
        unit: &str,
        sheet: &str,
        rows: &[u64],
    ) -> String {
        format!(
            "Der Kanal '{value}' der Einheit '{unit}' ist im Blatt '{sheet}' zweimal geplant \
             (Zeilen {}); die zweite Zeile wird nicht berücksichtigt.",
            rows_list(rows)
        )
    }
    fn data004_twice_in_staff(&self, value: &str, sheet: &str, rows: &[u64]) -> String {
        format!(
            "Die Personalnummer {value} steht zweimal im Blatt '{sheet}' (Zeilen {}); die zweite \
             Zeile wird nicht berücksichtigt.",
            rows_list(rows)
        )
    }

    fn waive001_message(
        &self,
        what: &str,
        unit: Option<&str>,
        approved_by: &str,
        valid_until: &str,
    ) -> String {
        let unit = unit.map(|u| format!(" ({u})")).unwrap_or_default();
        format!(
            "Die Ausnahme für {what}{unit}, genehmigt von {approved_by} bis {valid_until}, passt \
             auf keinen Befund: entfernen oder korrigieren Sie sie."
        )
    }

    fn spof001(&self) -> RuleText {
        RuleText {
            title: "Kanal hängt an einer Person",
            summary: "Ein aktiver Kanal hängt an einer Person ohne gültige Vertretung.",
            what: "\
Jeder aktive Kanal (und jeder Kanal, der Zeit bekommt, ohne im Kanalplan zu \
stehen), dessen Zeit von genau einer Person kommt, die keine gültige Vertretung hat. Eine gültige \
Vertretung steht in der Spalte Vertretung, ist im Blatt Mitarbeiter, ist nicht die Person selbst \
und arbeitet in derselben Einheit.",
            why: "\
Ein Social-Media-Kanal ist ein öffentliches Gespräch, das bei Urlaub, \
Krankheit oder Kündigung nicht pausiert. Trägt eine Person einen Kanal allein und ist niemand \
benannt, der einspringt, verstummt der Kanal genau dann, wenn sie fehlt, und das Wissen \
(Zugänge, Tonalität, laufende Kampagnen) geht mit ihr. Dieses Schlüsselpersonenrisiko ist die \
häufigste Schwäche von Social-Media-Teams.",
            fix: "\
Tragen Sie im Blatt Mitarbeiter in der Spalte Vertretung eine Person derselben \
Einheit ein und geben Sie ihr in der Zeitaufteilung etwas Zeit auf dem Kanal, damit sie ihn \
kennt, bevor sie ihn übernehmen muss. Noch besser: verteilen Sie den Kanal auf zwei Personen.",
        }
    }

    fn spof002(&self) -> RuleText {
        RuleText {
            title: "Schlüsselrolle ohne Vertretung",
            summary: "Eine Person in einer Schlüsselrolle hat keine gültige Vertretung.",
            what: "\
Jede Person in einer Schlüsselrolle (Social-Media-Manager, Koordinator, \
Konzernkoordinator, Community-Manager) hat eine gültige Vertretung: in der Spalte Vertretung \
benannt, im Blatt Mitarbeiter, nicht die Person selbst und in derselben Einheit.",
            why: "\
Schlüsselrollen tragen Strategie, Freigaben, Eskalationswege und die \
Beziehungen zur Community. Ohne benannte Vertretung stocken Entscheidungen und Krisen bleiben \
unbeantwortet, sobald die Rolleninhaber fehlen. Eine Vertretung aus einer anderen Einheit kennt \
deren Kanäle und Menschen selten, deshalb zählt teamlint sie nicht.",
            fix: "\
Tragen Sie in der Spalte Vertretung die Personalnummer einer Kollegin oder \
eines Kollegen derselben Einheit ein, die im Blatt Mitarbeiter steht, und übergeben Sie das \
nötige Wissen (Zugänge, Eskalationsregeln, offene Themen).",
        }
    }

    fn spof003(&self) -> RuleText {
        RuleText {
            title: "Vertretung ohne Zeit auf dem Kanal",
            summary: "Die einzige Person eines Kanals hat eine Vertretung ohne Zeit auf diesem Kanal.",
            what: "\
Jeder aktive (oder nicht geplante) Kanal, dessen Zeit von einer Person kommt, \
die zwar eine gültige Vertretung hat, deren Vertretung aber keine Zeit auf dem Kanal hat.",
            why: "\
Eine Vertretung nur auf dem Papier kann nicht einspringen. Wer nie auf dem \
Kanal arbeitet, kennt weder Publikum noch Tonalität, laufende Gespräche oder den Zugang; fehlt die \
verantwortliche Person, steht der Kanal trotzdem still. Social Media braucht ständige Präsenz, \
also muss die Vertretung eingeübt sein.",
            fix: "\
Geben Sie der Vertretung in der Zeitaufteilung regelmäßig Zeit auf dem Kanal \
(ein bis zwei Stunden pro Woche genügen, um im Thema zu bleiben), oder benennen Sie jemanden als \
Vertretung, der schon auf dem Kanal arbeitet.",
        }
    }

    fn spof004(&self) -> RuleText {
        RuleText {
            title: "Vertretung für zu viele Personen",
            summary: "Eine Person vertritt mehr Menschen, als die Einstellung erlaubt (Standard 2).",
            what: "\
Wie viele Personen dieselbe Person als gültige Vertretung nennen; mehr als \
`max_deputy_of` (Standard 2) wird gemeldet.",
            why: "\
Abwesenheiten häufen sich (Ferien, Grippewelle, Messe). Wer drei oder mehr \
Menschen vertritt, kann sie nicht gleichzeitig ersetzen; das Schlüsselpersonenrisiko ist nur zur \
Vertretung gewandert. Social-Media-Arbeit wartet nicht, bis die Vertretung Zeit hat.",
            fix: "\
Verteilen Sie die Vertretungen auf mehr Personen der Einheit, sodass niemand \
mehr vertritt als erlaubt, oder erhöhen Sie `thresholds.max_deputy_of` in teamlint.toml, wenn \
Ihre Abwesenheitsplanung es wirklich sicherstellt.",
        }
    }

    fn staff001(&self) -> RuleText {
        RuleText {
            title: "Unterbesetzter Kanal",
            summary: "Ein aktiver Kanal bekommt weniger Stunden als nötig, abzüglich der Toleranz.",
            what: "\
Für jeden aktiven Kanal die zugeteilten Wochenstunden (Stunden, oder Anteil × \
Wochenstunden der Person) gegen seine Soll-Stunden: die Spalte Soll-Stunden, sonst 5 h Grundbedarf \
+ 1 h je Beitrag pro Woche (beides Einstellungen). Weniger als Soll × (1 − Toleranz, Standard \
10 %) wird gemeldet, auch ein Kanal ganz ohne Zeit.",
            why: "\
Ein Kanal braucht Zuhören, Antworten und Veröffentlichen, nicht nur Posten. \
Ein unterbesetzter Kanal antwortet spät oder gar nicht, und eine unbeantwortete öffentliche Frage \
schadet mehr als gar kein Kanal. Social Media ist kein Nebenjob für übrige Minuten.",
            fix: "\
Teilen Sie dem Kanal in der Zeitaufteilung mehr Stunden zu, senken Sie die \
Beitragsfrequenz, setzen Sie den Status auf pausiert oder geplant, bis Zeit dafür da ist, oder \
korrigieren Sie die Soll-Stunden, wenn die Schätzung zu hoch ist.",
        }
    }

    fn staff002(&self) -> RuleText {
        RuleText {
            title: "Zu viele Kanäle für das Team",
            summary: "Eine Einheit betreibt mehr aktive Kanäle, als ihre Social-Media-Stellen tragen.",
            what: "\
Die aktiven Kanäle der Einheit gegen das, was ihre Social-Media-Zeit tragen \
kann: Kanäle > max(1, abrunden(zugeteilte Stunden ÷ 38 × 2,5)). Die 38 Vollzeitstunden und 2,5 \
Kanäle je Vollzeitkraft (etwa 16 h je Kanal und Woche) sind Einstellungen.",
            why: "\
Jeder Kanal braucht eigenes Zuhören, Antworten und eigene Inhalte; wenig \
Zeit auf viele Kanäle verteilt bedient alle nur halb. Wenige gut betreute Kanäle nützen mehr als \
viele vernachlässigte.",
            fix: "\
Pausieren oder schließen Sie die am wenigsten wichtigen Kanäle (Status \
pausiert oder geplant), oder geben Sie der Einheit mehr Social-Media-Zeit, etwa eine feste Stelle \
statt vieler kleiner Anteile.",
        }
    }

    fn staff003(&self) -> RuleText {
        RuleText {
            title: "Social Media als Nebenjob",
            summary: "Ein Social-Media-Manager verbringt weniger als den Mindestanteil seiner Zeit mit Social Media.",
            what: "\
Jede Person mit der Rolle Social-Media-Manager: ihre zugeteilten Stunden geteilt \
durch ihre Wochenstunden müssen `min_manager_share` erreichen (Standard 50 %).",
            why: "\
Social Media ist kein Nebenjob. Wer den Großteil der Woche mit anderem \
verbringt, kann Gespräche nicht verfolgen, nicht rechtzeitig reagieren und die Kanäle nicht \
entwickeln; der Titel verspricht eine Verantwortung, die der Zeitplan nicht deckt.",
            fix: "\
Teilen Sie mindestens die Hälfte der Stunden in der Zeitaufteilung Social Media \
zu und nehmen Sie andere Aufgaben ab, oder ändern Sie die Rolle, wenn die Person nur mithilft.",
        }
    }

    fn staff004(&self) -> RuleText {
        RuleText {
            title: "Mehr Stunden verplant als vorhanden",
            summary: "Die Zeitanteile einer Person ergeben mehr als ihre Wochenstunden.",
            what: "\
Für jede Person die Summe ihrer zugeteilten Wochenstunden über alle Zeilen der \
Zeitaufteilung (Stunden, oder Anteil × Wochenstunden) gegen ihre Wochenstunden.",
            why: "\
Ein Plan, der mehr Stunden braucht, als eine Person hat, ist kein Plan: die \
fehlenden Stunden fallen still irgendwo weg, meist bei Antworten an die Community und bei der \
Beobachtung der Kanäle. Er verdeckt auch Überstunden und Überlastung in einer Aufgabe, die nie Pause hat.",
            fix: "\
Senken Sie Stunden oder Anteile der Person in der Zeitaufteilung, bis sie in \
die Wochenstunden passen, verteilen Sie Arbeit um, oder korrigieren Sie die Wochenstunden im \
Blatt Mitarbeiter.",
        }
    }

    fn staff005(&self) -> RuleText {
        RuleText {
            title: "Kanal nicht im Kanalplan",
            summary: "Zeit ist einem Kanal zugeteilt, der nicht im Kanalplan der Einheit steht.",
            what: "\
Jeder Kanal aus der Zeitaufteilung steht im Kanalplan der Einheit (Groß- und \
Kleinschreibung und Leerzeichen am Rand egal). Eine Meldung je Einheit und Kanal, an der ersten \
Zeile, die ihn nennt.",
            why: "\
Ein Kanal außerhalb des Plans hat keinen Status, keine Soll-Stunden und \
kein Budget; niemand hat entschieden, dass die Organisation ihn betreibt, und seine Kosten sind \
unsichtbar. Oft ist es ein Tippfehler, und dann wirkt der geplante Kanal unterbesetzt, während die \
Zeit ins Leere geht.",
            fix: "\
Korrigieren Sie den Kanalnamen, wenn er vertippt ist, oder nehmen Sie den Kanal \
mit Status, Beiträgen und Budget ins Blatt Kanäle auf.",
        }
    }

    fn staff006(&self) -> RuleText {
        RuleText {
            title: "Kein Social-Media-Manager",
            summary: "Eine Einheit betreibt aktive Kanäle, aber niemand hat die Rolle Social-Media-Manager.",
            what: "\
Jede Einheit mit mindestens einem aktiven Kanal im Kanalplan hat im Blatt Mitarbeiter jemanden \
in der Rolle Social-Media-Manager, oder einen Koordinator oder Konzernkoordinator, der die \
Aufgaben des Managers in einer koordinierten Organisation trägt.",
            why: "\
Die Praxisliteratur sagt es deutlich: Jedes Unternehmen braucht mindestens einen Social Media \
Manager – egal, ob er nur damit betraut ist oder nebenbei noch die Website pflegt. Jemand muss \
Strategie, Tonalität, Freigaben und Eskalation der Kanäle verantworten; ohne diese Person \
veröffentlicht jede Abteilung für sich, niemand steht für das Ganze ein, und eine Krise trifft \
auf niemanden, der zuständig ist.",
            fix: "\
Benennen Sie im Blatt Mitarbeiter in der Spalte Rolle eine Person der Einheit als \
Social-Media-Manager und geben Sie ihr in der Zeitaufteilung Zeit auf den Kanälen, oder \
benennen Sie einen Koordinator, der die Aufgabe übernimmt.",
        }
    }

    fn staff007(&self) -> RuleText {
        RuleText {
            title: "Senden ohne Antworten",
            summary: "Die Zeit eines aktiven Kanals ist nur Inhalte und Werbung, niemand antwortet.",
            what: "\
Jeder aktive Kanal, dessen Zeilen in der Zeitaufteilung alle eine Aufgabe nennen und nur \
Inhalte und Werbung sind: keine Stunde Moderation, Monitoring oder Kundenservice. Zeilen ohne \
Aufgabe werden nicht beurteilt; ein Kanal mit solchen Zeilen bleibt außen vor.",
            why: "\
Social Media ist ein Gespräch, kein schwarzes Brett. Die Praxisliteratur nennt Foren- und \
Community-Betreuung als großen, oft unterschätzten Teil der Arbeit: Kommentare, Fragen und \
Beschwerden kommen, ob jemand sie liest oder nicht. Ein Kanal, der nur sendet, lässt sie \
öffentlich unbeantwortet, und genau das bleibt dem Publikum in Erinnerung.",
            fix: "\
Teilen Sie in der Zeitaufteilung (Spalte Aufgabe) Zeit für Moderation, Monitoring oder \
Kundenservice auf dem Kanal zu, auch nur ein bis zwei Stunden pro Woche, oder veröffentlichen \
Sie nur so viel, wie das Team auch beantworten kann.",
        }
    }

    fn staff008(&self) -> RuleText {
        RuleText {
            title: "Antwortzeit nicht gedeckt",
            summary: "Ein Kanal verspricht eine Reaktionszeit, die seine Besetzung nicht halten kann.",
            what: "\
Jeder aktive Kanal mit Reaktionszeit (Std.), gemessen an seiner Dialogzeit: den Stunden für \
Moderation, Monitoring und Kundenservice (alle seine Stunden, wenn keine Zeile eine Aufgabe \
nennt). Je `dialogue_session_hours` (Standard 1 Std.) wird der Kanal einmal angesehen; \
gleichmäßig über die `service_week_hours` verteilt, in denen das Versprechen gilt (Standard 40: \
fünf Arbeitstage zu 8 Stunden), ist die längste Wartezeit Servicestunden ÷ Durchsichten. Ein \
kürzeres Versprechen wird gemeldet, ebenso ein Versprechen auf einem Kanal ohne Dialogzeit und \
ein Versprechen unter `one_person_promise_hours` (Standard 24 Std.), das an einer Person hängt.",
            why: "\
Eine versprochene Reaktionszeit ist ein Versprechen, da zu sein. Kundinnen und Kunden erwarten \
in sozialen Medien üblicherweise eine Antwort binnen 24 Stunden, und ein Kanal, der eine Zeit \
nennt, wird daran gemessen. Eine Stunde Community-Zeit pro Woche heißt ein Blick pro Woche, und \
ein kurzes Versprechen, das eine Person allein trägt, bricht an jedem Urlaubs- oder \
Krankheitstag, weil sonst niemand den Kanal kennt.",
            fix: "\
Geben Sie dem Kanal mehr Zeit für Moderation, Monitoring oder Kundenservice, über die Woche \
verteilt, und eine zweite Person, oder versprechen Sie eine Reaktionszeit, die die Besetzung \
halten kann (die Meldung nennt die kürzeste).",
        }
    }

    fn staff009(&self) -> RuleText {
        RuleText {
            title: "Team zu klein",
            summary: "Die Social-Media-Zeit einer Einheit kommt von weniger Personen, als ein Team braucht.",
            what: "\
Jede Einheit mit mindestens einem aktiven Kanal im Kanalplan, deren zugeteilte \
Social-Media-Zeit von mindestens einer, aber weniger als `min_team_people` Personen kommt \
(Standard 3: der Manager, eine Vertretung und mindestens ein Helfer). Eine Einheit ganz ohne \
zugeteilte Zeit meldet STAFF001.",
            why: "\
Der Sieben-Punkte-Plan, aus dem die Regeln stammen, sagt: „Der Social Media Manager braucht … \
Ansprechpartner und Helfer im Team. Die Helfer liefern regelmäßig Input, Ideen oder Inhalte zu \
… Oder sie sind Kollegen, an die er Supportanfragen weiterleiten kann.“ Ein Manager mit \
Vertretung, aber ohne weitere Mitwirkende, ist in der Praxis noch immer ein Ein-Personen-Team: \
Ideen, Inhalte und Antworten warten alle auf dieselbe Person, und die Vertretung übernimmt nur, \
was liegen bleibt, wenn diese fehlt.",
            fix: "\
Benennen Sie in der Einheit mindestens einen Helfer (Blatt Mitarbeiter, Rolle Helfer, Redakteur \
oder Community-Manager) und geben Sie ihm in der Zeitaufteilung regelmäßig Zeit auf den \
Kanälen: Inhalte und Ideen aus seiner Abteilung oder die Supportanfragen, die der Manager \
weiterleitet.",
        }
    }

    fn coord008(&self) -> RuleText {
        RuleText {
            title: "Rolle nicht festgelegt",
            summary: "Jemand hat Social-Media-Zeit, aber keine Rolle im Team.",
            what: "\
Jede Person mit zugeteilter Social-Media-Zeit, deren Zelle Rolle im Blatt Mitarbeiter leer ist: \
je ein Befund auf dieser Zelle. Hat das Blatt Mitarbeiter gar keine Spalte Rolle, gibt es einen \
Befund für die Einheit statt einen je Person.",
            why: "\
Der Sieben-Punkte-Plan, aus dem die Regeln stammen, sagt: „Jedes Unternehmen braucht also ein \
Social-Media-Team, in dem die Rollen verteilt und festgelegt werden. Definieren Sie dieses Team \
schriftlich …, damit jeder weiß, was er zu tun hat.“ Der Plan ist diese schriftliche \
Festlegung; wer Zeit für Social Media aufwendet, aber keine Rolle darin hat, ist eine Lücke: \
Niemand weiß, ob die Person veröffentlicht, antwortet, vertritt oder nur hilft, und die Regeln \
für Vertretung und Manager sehen sie nicht.",
            fix: "\
Tragen Sie die Rolle jeder Person in die Spalte Rolle des Blatts Mitarbeiter ein \
(Social-Media-Manager, Koordinator, Community-Manager, Redakteur, Helfer, …), damit das Team \
schriftlich festgelegt ist und jeder weiß, was er zu tun hat.",
        }
    }

    fn coord001(&self) -> RuleText {
        RuleText {
            title: "Keine Koordination",
            summary: "Eine Einheit mit Zeit aus 2+ Abteilungen oder 3+ aktiven Kanälen nennt keine Koordination.",
            what: "\
Eine Einheit, deren Social-Media-Zeit von Personen aus 2 oder mehr Abteilungen \
kommt oder die 3 oder mehr aktive Kanäle betreibt (beides Einstellungen), muss eine Koordination \
nennen: eine Personalnummer in der Spalte Koordinator des Blatts Einheiten, oder eine Person der \
Einheit mit der Rolle Koordinator. Ein Konzernkoordinator in der Einheit zählt ebenfalls.",
            why: "\
Wenn Marketing, Presse, Personal und Kundenservice posten, muss jemand \
Tonalität, Redaktionsplan, Freigaben und Zuständigkeiten abstimmen. Ohne Koordination arbeiten \
Abteilungen doppelt, widersprechen sich öffentlich und lassen Fragen zwischen sich liegen.",
            fix: "\
Tragen Sie die Personalnummer der Koordination in der Spalte Koordinator des \
Blatts Einheiten ein oder geben Sie der Person im Blatt Mitarbeiter die Rolle Koordinator, und \
teilen Sie ihr Zeit für die Koordination zu.",
        }
    }

    fn coord002(&self) -> RuleText {
        RuleText {
            title: "Koordination ohne Zeit",
            summary: "Die benannte Koordination hat keine zugeteilte Zeit.",
            what: "\
Jede Koordination (in der Spalte Koordinator des Blatts Einheiten oder mit der \
Rolle Koordinator) hat Zeit in der Zeitaufteilung. Wessen Zeilen nicht gelesen werden konnten \
(als ungültig gemeldet), wird nicht beurteilt.",
            why: "\
Koordination ist Arbeit: Abstimmungen, Redaktionsplan, Freigaben, \
Eskalationen. Eine Koordination nur dem Namen nach, ohne Stunden dafür, koordiniert nichts; der \
Titel verdeckt, dass die Abteilungen in Wahrheit allein sind.",
            fix: "\
Teilen Sie der Koordination in der Zeitaufteilung Zeit zu (etwa die Aufgabe \
Koordination auf den koordinierten Kanälen), oder benennen Sie jemanden, der diese Zeit hat.",
        }
    }

    fn coord003(&self) -> RuleText {
        RuleText {
            title: "Keine Konzernkoordination",
            summary: "Einheiten aus 2+ Ländern oder eine mehrfach koordinierte Einheit, aber nirgends ein Konzernkoordinator.",
            what: "\
Über den ganzen Lauf: stammen die Einheiten aus 2 oder mehr Ländern oder \
erklärt eine Einheit die Organisationsform mehrfach koordiniert, muss jemand in einer Einheit die \
Rolle Konzernkoordinator (Global Social Media Lead) haben. Die Meldung erscheint einmal für den \
Lauf, bei der ersten mehrfach koordinierten Einheit, sonst der ersten Einheit mit Land.",
            why: "\
Gesellschaften in mehreren Ländern sprechen für eine Marke. Ohne jemanden, \
der über sie hinweg koordiniert, erscheint die Marke mit widersprüchlichen Botschaften, doppelten \
Kanälen und Krisen, die ein Land bearbeitet, während das andere nichts davon weiß.",
            fix: "\
Geben Sie einer Person im Blatt Mitarbeiter ihrer Einheit die Rolle \
Konzernkoordinator und teilen Sie ihr Zeit für die konzernweite Koordination zu.",
        }
    }

    fn coord004(&self) -> RuleText {
        RuleText {
            title: "Organisationsform passt nicht",
            summary: "Die angegebene Organisationsform passt nicht zu Größe, Personen oder Ländern der Einheit.",
            what: "\
Die Organisationsform im Blatt Einheiten gegen die Fakten: holistisch (alle \
machen ein wenig) ab 50 Beschäftigten; dezentral (jede Abteilung für sich) ab 250; koordiniert \
oder zentralisiert, ohne dass jemand der Einheit 50 % oder mehr seiner Wochenstunden mit Social \
Media verbringt; mehrfach koordiniert, wenn der Lauf nur Einheiten aus einem Land enthält. Die \
Grenzen sind Einstellungen (KMU-Größenklassen der EU).",
            why: "\
Die Organisationsform bestimmt, wer postet, wer freigibt und wer antwortet. \
Passt sie nicht zu Größe oder Besetzung, ist die erklärte Arbeitsweise nicht die wirkliche: ein \
großes Unternehmen, holistisch geführt, hat niemanden, der verantwortlich ist; ein koordiniertes \
Team ohne feste Person hat niemanden, den es koordinieren könnte.",
            fix: "\
Geben Sie die Form an, die der wirklichen Arbeitsweise entspricht, oder ändern \
Sie die Organisation: eine feste Person mit mindestens der Hälfte ihrer Stunden für Social Media, \
oder der Wechsel von holistisch oder dezentral zu einer koordinierten Form, wenn die Einheit wächst.",
        }
    }

    fn coord005(&self) -> RuleText {
        RuleText {
            title: "Kein Vorstandssponsor",
            summary: "Eine Einheit nennt keinen Sponsor in der Geschäftsleitung.",
            what: "\
Jede Einheit nennt einen Sponsor in der Geschäftsleitung: eine Personalnummer \
in der Spalte Vorstandssponsor des Blatts Einheiten, oder eine Person der Einheit mit der Rolle \
Sponsor. Ohne Blatt Einheiten zeigt die Meldung auf die Zeile der Einheit in der Übersicht.",
            why: "\
Social Media geht quer durch die Abteilungen und braucht Budget, \
Arbeitszeit und in der Krise schnelle Entscheidungen. Ein Sponsor in der Leitung sichert das und \
macht Social Media zum Teil der Strategie statt zum Nebenprojekt.",
            fix: "\
Vereinbaren Sie ein Mitglied der Geschäftsleitung als Sponsor und tragen Sie \
seine Personalnummer in der Spalte Vorstandssponsor ein (die Person muss im Blatt Mitarbeiter \
stehen), oder geben Sie ihm die Rolle Sponsor.",
        }
    }

    fn coord006(&self) -> RuleText {
        RuleText {
            title: "Keine Social-Media-Richtlinien",
            summary: "Die Richtlinien einer Einheit sind nein oder leer.",
            what: "\
Die Spalte Richtlinien im Blatt Einheiten sagt für jede Einheit ja. Nein, eine \
leere Zelle oder gar kein Blatt Einheiten (dann erklärt nichts Richtlinien) werden gemeldet; ohne \
Blatt Einheiten zeigt die Meldung auf die Zeile der Einheit in der Übersicht.",
            why: "\
Wenn viele Menschen aus mehreren Abteilungen öffentlich für die \
Organisation sprechen, sagen Social-Media-Richtlinien, was sie sagen dürfen, wie sie mit Kritik \
umgehen, was vertraulich ist und wen sie fragen. Ohne sie ist jeder Beitrag eine Ermessensfrage \
und eine Krise hat kein Drehbuch.",
            fix: "\
Schreiben Sie Social-Media-Richtlinien (oder übernehmen Sie die des Konzerns), \
machen Sie sie allen bekannt, die posten, und setzen Sie Richtlinien im Blatt Einheiten auf ja.",
        }
    }

    fn coord007(&self) -> RuleText {
        RuleText {
            title: "Abteilung ohne Multiplikator",
            summary: "Eine Abteilung der Einheit hat keinen Multiplikator (Botschafter) für Social Media.",
            what: "\
In einer Einheit, deren Mitarbeiter aus mindestens `multiplier_departments` Abteilungen kommen \
(Standard 2), hat jede im Blatt Mitarbeiter genannte Abteilung jemanden mit der Rolle \
Botschafter (Multiplikator, Abgesandter, ambassador). Eine Abteilung, in der ein \
Social-Media-Manager, Koordinator oder Community-Manager sitzt, ist das Social-Media-Team \
selbst und braucht keinen, ebenso wenig die Abteilung des Sponsors, der Social Media in die \
Geschäftsleitung trägt.",
            why: "\
Die Praxisliteratur sagt: Der Social Media Manager benötigt Multiplikatoren und sollte nach \
Möglichkeit in jeder Abteilung eine Art Abgesandten finden, der die Themen und Fachleute der \
Abteilung auf die Kanäle bringt und die Richtlinien zurückträgt. Ohne ihn erfahren die Kanäle \
nichts von der Arbeit der Abteilung, und die Abteilung veröffentlicht am Team vorbei oder gar \
nicht.",
            fix: "\
Bitten Sie eine Person der Abteilung, als Social-Media-Botschafter zu wirken, und tragen Sie \
in ihrer Spalte Rolle Botschafter (oder Multiplikator) ein; geben Sie ihr in der Zeitaufteilung \
eine Stunde im Monat, wenn sie Inhalte beisteuert.",
        }
    }

    fn cost001(&self) -> RuleText {
        RuleText {
            title: "Trugschluss der kostenlosen Plattform",
            summary: "Ein aktiver Kanal mit Arbeitszeit hat ein leeres, null oder \"kostenloses\" Budget.",
            what: "\
Jeder aktive Kanal mit zugeteilter Zeit, dessen Budget leer, 0 oder ein Wort für \
kostenlos ist (free, kostenlos, gratis, umsonst, none, keine). Die Meldung nennt die echten \
jährlichen Personalkosten: Wochenstunden × (1.640 Std. im Jahr ÷ 38 Std. je Woche = 43,2 Arbeitswochen) × Stundensatz jeder Person \
(Stundensatz im Blatt Mitarbeiter, sonst Jahreskosten ÷ Jahresstunden, sonst Stundensatz der \
Einheit, sonst 43,40 pro Stunde, Destatis 2024).",
            why: "\
Die Plattformen kosten keinen Eintritt, die Menschen, die sie betreuen, \
schon. Wer einen Kanal kostenlos nennt, verbirgt seinen größten Kostenblock, die Arbeitszeit; \
niemand wägt ab, ob der Kanal das wert ist, und die Zeit fehlt anderswo, ohne dass es jemand \
entschieden hat.",
            fix: "\
Tragen Sie das Jahresbudget des Kanals einschließlich der in der Meldung \
genannten Personalkosten ein, damit der Plan zeigt, was der Kanal wirklich kostet; oder senken Sie \
die Zeit, oder pausieren Sie den Kanal.",
        }
    }

    fn cost002(&self) -> RuleText {
        RuleText {
            title: "Budget unter den Personalkosten",
            summary: "Das Budget eines Kanals oder einer Einheit ist positiv, aber unter den jährlichen Personalkosten abzüglich Toleranz.",
            what: "\
Das Budget eines aktiven Kanals (Blatt Kanäle) und das Budget einer Einheit (Blatt \
Einheiten), die positiv sind, aber unter den jährlichen Personalkosten der zugeteilten Zeit liegen, \
abzüglich der Toleranz (Standard 10 %). Die Personalkosten werden wie bei COST001 berechnet.",
            why: "\
Ein Budget, das nur Werbung oder Werkzeuge deckt und nicht die Menschen, \
unterschätzt, was Social Media die Organisation kostet. Entscheidungen über Kanäle und Besetzung \
fallen dann auf zu niedrigen Zahlen, und die Zeit wird weiter ungeplant anderer Arbeit entzogen.",
            fix: "\
Erhöhen Sie das Budget um die in der Meldung genannten Personalkosten, oder \
senken Sie die zugeteilte Zeit, bis das Budget sie deckt.",
        }
    }

    fn data001(&self) -> RuleText {
        RuleText {
            title: "Blatt oder Spalte fehlt",
            summary: "Ein Pflichtblatt oder eine Pflichtspalte fehlt.",
            what: "\
Die Arbeitsmappe hat die Blätter Mitarbeiter, Zeitaufteilung und Kanäle \
(englische oder deutsche Namen), und jedes hat seine Pflichtspalten: \
Personalnummer und Wochenstunden bei Mitarbeiter, Personalnummer und Kanal bei Zeitaufteilung, \
Kanal bei Kanäle. Die Kopfzeile darf in einer der ersten 10 Zeilen stehen.",
            why: "\
Ohne sie weiß teamlint nicht, wer wie viel Zeit auf welchem Kanal verbringt; \
alle anderen Regeln würden ein unvollständiges Bild beurteilen, und ein Schlüsselpersonenrisiko \
oder eine angeblich kostenlose Plattform bliebe unbemerkt.",
            fix: "\
Benennen Sie Blatt oder Spalte in einen der akzeptierten Namen um (Groß- und \
Kleinschreibung, Leerzeichen und Satzzeichen sind egal), oder fügen Sie sie hinzu. Der Betreff der \
Meldung nennt, was fehlt.",
        }
    }

    fn data002(&self) -> RuleText {
        RuleText {
            title: "Ungültiger Wert",
            summary: "Eine Zelle ist nicht als ihr Typ lesbar, negativ oder ein Anteil über 100 %.",
            what: "\
Jede Zelle einer bekannten Spalte ist als ihr Typ lesbar: Zahlen (1.5, 1,5, \
1.234,5, auch mit h, Std, EUR oder € dahinter), Anteile (50 %, 0,5, 50), Ja/Nein-Wörter, die \
Vokabulare für Rolle, Status, Organisationsform und Beschäftigungsart. Negative Zahlen, Anteile \
über 100 % und Excel-Fehler (#BEZUG!, #DIV/0!) sind ungültig. Eine ungültige Zeile bleibt aus den \
Summen heraus, nichts wird geraten.",
            why: "\
Stunden, Anteile und Kosten sind die Grundlage aller Besetzungs- und \
Kostenregeln. Ein geratener Wert ließe einen Kanal besetzt oder ein Budget ausreichend erscheinen, \
obwohl es nicht so ist.",
            fix: "\
Korrigieren Sie die markierte Zelle; ihre Notiz sagt, was gefunden und was \
erwartet wird. Bei einer Formel korrigieren Sie die Formel, sodass ihr Ergebnis gültig ist.",
        }
    }

    fn data003(&self) -> RuleText {
        RuleText {
            title: "Unbekannte Personalnummer",
            summary: "Eine Personalnummer (Zeitaufteilung, Vertretung, Koordinator, Sponsor, Verantwortlich) fehlt im Blatt Mitarbeiter.",
            what: "\
Jede Personalnummer aus der Zeitaufteilung und aus den Spalten Vertretung, \
Koordinator, Vorstandssponsor und Verantwortlich steht im Blatt Mitarbeiter (die Zahl 1001 und der \
Text \"1001\" sind dieselbe Nummer). Der Betreff ist die unbekannte Nummer.",
            why: "\
Zeit für jemanden, den teamlint nicht kennt, hat keine Wochenstunden und \
keine Kosten und fällt aus den Summen; eine Vertretung oder Koordination, die nicht im \
Personalverzeichnis steht, kann nicht einspringen. Oft ist die Person ausgeschieden oder die Nummer \
vertippt, und der Plan verlässt sich auf jemanden, der nicht da ist.",
            fix: "\
Korrigieren Sie die Nummer, oder nehmen Sie die Person mit Wochenstunden und \
Einheit ins Blatt Mitarbeiter auf.",
        }
    }

    fn data004(&self) -> RuleText {
        RuleText {
            title: "Doppelter Schlüssel",
            summary: "Eine Personalnummer doppelt, ein Kanal doppelt im Plan einer Einheit, oder eine Einheit in zwei Arbeitsmappen.",
            what: "\
Schlüssel, die eindeutig sein müssen, sind es: eine Personalnummer steht einmal \
im Blatt Mitarbeiter, ein Kanal einmal im Kanalplan jeder Einheit, eine Einheit in einer \
Arbeitsmappe des Laufs (jeweils ohne Beachtung von Groß- und Kleinschreibung und Leerzeichen am \
Rand). Der Betreff ist der doppelte Schlüssel.",
            why: "\
Steht ein Schlüssel doppelt, hängen Stunden, Vertretungen und Budgets an \
einer Zeile und die andere wird still übergangen (teamlint nimmt die erste); eine Einheit in zwei \
Arbeitsmappen zählt im Konzernbericht doppelt, mit doppelter Besetzung und doppelten Kosten.",
            fix: "\
Entfernen oder vereinen Sie die doppelte Zeile, geben Sie der zweiten Person \
oder dem zweiten Kanal einen eigenen Schlüssel, oder führen Sie jede Einheit nur in einer \
Arbeitsmappe.",
        }
    }

    fn waive001(&self) -> RuleText {
        RuleText {
            title: "Ungenutzte Ausnahme",
            summary: "Eine Ausnahme in der Konfiguration oder im Blatt Ausnahmen passt auf keinen Befund.",
            what: "\
Jede `[[waiver]]`-Ausnahme der Konfiguration und jede Zeile des Blatts Ausnahmen einer Mappe \
(Regel, dazu wahlweise Einheit, Gegenstand oder die ID eines Befunds) wird mit den Befunden \
abgeglichen, die sie akzeptieren kann: die der Konfiguration mit dem ganzen Lauf, die eines \
Blatts mit ihrer eigenen Mappe. Eine, die auf keinen passt, wird gemeldet, bei einer Mappe an \
ihrer Zeile.",
            why: "\
Eine Ausnahme hält eine Entscheidung fest: ein Problem ist bekannt und bis zu einem Datum \
akzeptiert. Ist das Problem behoben oder die Einheit oder der Kanal umbenannt, greift die \
Ausnahme nicht mehr; bleibt sie stehen, akzeptiert sie später still ein neues Problem, das \
zufällig auf sie passt.",
            fix: "\
Entfernen Sie die Ausnahme (aus teamlint.toml oder dem Blatt Ausnahmen), wenn das Problem \
gelöst ist, oder korrigieren Sie Regel, Einheit oder Gegenstand, sodass sie den gemeinten \
Befund nennt.",
        }
    }
}
