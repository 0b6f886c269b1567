//! The rules' titles, explanations and the message of each finding, in French (`vous`, `12 345 €`,
//! a no-break space before `: ; %` and inside « »). Each method's documentation is on the trait.

use super::French;
use crate::contract::Lang;
use crate::i18n::rules::RuleText;
use crate::i18n::{self, RuleTexts};

crate::i18n::formats_of!(Lang::Fr);

/// Row numbers in running text: `3 et 7`.
fn rows_list(rows: &[u64]) -> String {
    i18n::list(&rows.iter().map(u64::to_string).collect::<Vec<_>>(), LANG)
}

/// A name quoted as French writes it: `« Personnel »`.
fn q(name: &str) -> String {
    format!("«\u{a0}{name}\u{a0}»")
}

/// The closing of COORD008: write the roles down.
const WRITE_ROLES_DOWN: &str = "définissez par écrit les rôles de l'équipe afin que chacun \
                                sache ce qu'il a à faire.";

/// The closing of STAFF009: what a team needs.
const TEAM_NEEDS: &str = "le responsable, un suppléant et au moins un contributeur qui fournit \
                          des contenus ou des idées ou prend en charge les demandes d'assistance.";

impl RuleTexts for French {
    fn explain_what(&self) -> &'static str {
        "Ce qui est vérifié\u{a0}:"
    }
    fn explain_why(&self) -> &'static str {
        "Pourquoi c'est important\u{a0}:"
    }
    fn explain_fix(&self) -> &'static str {
        "Comment y remédier\u{a0}:"
    }
    fn table_headers(&self) -> [&'static str; 4] {
        ["CODE", "NOM", "GRAVITÉ", "VÉRIFIE"]
    }
    fn severity_info(&self) -> &'static str {
        "information"
    }
    fn severity_warning(&self) -> &'static str {
        "avertissement"
    }
    fn severity_error(&self) -> &'static str {
        "erreur"
    }

    fn deputy_none(&self) -> String {
        "aucun suppléant désigné".into()
    }
    fn deputy_unknown(&self, deputy: &str) -> String {
        format!("le suppléant {deputy} ne figure pas dans la feuille Personnel")
    }
    fn deputy_themself(&self) -> String {
        "se désigne lui-même comme suppléant".into()
    }
    fn deputy_other_unit(&self, deputy: &str, unit: &str) -> String {
        format!("le suppléant {deputy} travaille dans une autre entité ({unit})")
    }

    fn spof001_message(&self, channel: &str, hours: f64, person: &str, why: &str) -> String {
        format!(
            "{channel}\u{a0}: les {} viennent toutes de {person}, qui n'a pas de suppléant \
             valable ({why}).",
            h(hours)
        )
    }
    fn spof002_message(&self, person: &str, role: &str, why: &str) -> String {
        format!("{person} est {role} mais n'a pas de suppléant valable\u{a0}: {why}.")
    }
    fn spof003_message(&self, channel: &str, hours: f64, person: &str, deputy: &str) -> String {
        format!(
            "{channel}\u{a0}: les {} viennent toutes de {person}\u{a0}; son suppléant {deputy} \
             n'a aucun temps sur ce canal.",
            h(hours)
        )
    }
    fn spof004_message(&self, person: &str, count: u64, people: &[String], limit: u64) -> String {
        let people = people.join(", ");
        format!(
            "{person} est suppléant de {count} collaborateurs ({people})\u{a0}; {limit} au \
             maximum sont autorisés."
        )
    }

    fn staff001_basis_column(&self) -> String {
        "colonne Heures requises par semaine".into()
    }
    fn staff001_basis_posts(&self, base: f64, posts: f64, per_post: f64) -> String {
        format!(
            "{}\u{a0}h de base + {} publications × {}\u{a0}h",
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
            "{channel}\u{a0}: {} réparties, {} requises ({basis})\u{a0}; avec une tolérance de \
             {}, il en faut au moins {}.",
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
            "{unit}\u{a0}: {active} canaux actifs, mais {} de temps réseaux sociaux ({} ETP) en \
             portent au plus {capacity}.",
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
            "{person} est responsable des réseaux sociaux mais n'y consacre que {} sur {} \
             ({})\u{a0}; au moins {} sont attendus.",
            n(hours),
            h(weekly),
            pct(share),
            pct(minimum)
        )
    }
    fn staff004_message(&self, person: &str, hours: f64, weekly: f64) -> String {
        format!(
            "{person}\u{a0}: les répartitions atteignent {}, mais les heures hebdomadaires sont \
             de {} ({} de trop).",
            h(hours),
            h(weekly),
            h(hours - weekly)
        )
    }
    fn staff005_message(&self, channel: &str, hours: f64, unit: &str) -> String {
        format!(
            "{channel}\u{a0}: {} réparties, mais le canal ne figure pas au plan des canaux de \
             {unit}.",
            h(hours)
        )
    }
    fn staff006_message(&self, unit: &str, active: u64) -> String {
        format!(
            "{unit}\u{a0}: {active} canaux actifs, mais personne n'a le rôle de responsable des \
             réseaux sociaux (ni celui de coordinateur)."
        )
    }
    fn staff007_message(&self, channel: &str, hours: f64) -> String {
        format!(
            "{channel}\u{a0}: les {} vont toutes aux contenus et à la publicité\u{a0}; aucun \
             temps pour l'animation de communauté, la veille ou le service client.",
            h(hours)
        )
    }
    fn staff008_no_dialogue(&self, channel: &str, promise: f64) -> String {
        format!(
            "{channel}\u{a0}: une réponse est promise sous {}\u{a0}h, mais le canal n'a aucun \
             temps d'animation de communauté, de veille ou de service client.",
            n(promise)
        )
    }
    fn staff008_one_person(&self, channel: &str, promise: f64) -> String {
        format!(
            "{channel}\u{a0}: une réponse est promise sous {}\u{a0}h, et une seule personne porte \
             le canal\u{a0}: en son absence, personne ne répond.",
            n(promise)
        )
    }
    fn staff008_too_slow(&self, channel: &str, promise: f64, dialogue: f64, wait: f64) -> String {
        format!(
            "{channel}\u{a0}: une réponse est promise sous {}\u{a0}h, mais {} de temps de \
             dialogue, réparties sur la semaine, laissent jusqu'à {}\u{a0}h entre deux passages \
             sur le canal.",
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
                "{unit}\u{a0}: les {hours} de réseaux sociaux viennent toutes d'une seule \
                 personne ({people})\u{a0}; une équipe en demande au moins {minimum}\u{a0}: \
                 {TEAM_NEEDS}"
            )
        } else {
            format!(
                "{unit}\u{a0}: les {hours} de réseaux sociaux viennent de {count} personnes \
                 ({people})\u{a0}; une équipe en demande au moins {minimum}\u{a0}: {TEAM_NEEDS}"
            )
        }
    }

    fn coord001_departments(&self, departments: &[String]) -> String {
        format!(
            "le temps réseaux sociaux vient de {} services ({})",
            departments.len(),
            departments.join(", ")
        )
    }
    fn coord001_channels(&self, active: u64) -> String {
        format!("elle gère {active} canaux actifs")
    }
    fn coord001_message(&self, unit: &str, reasons: &[String]) -> String {
        format!(
            "{unit}\u{a0}: {}, mais aucun coordinateur n'est désigné.",
            reasons.join(" et ")
        )
    }
    fn coord002_named(&self, unit: &str) -> String {
        format!("coordinateur désigné de {unit}")
    }
    fn coord002_role(&self) -> String {
        "coordinateur".into()
    }
    fn coord002_message(&self, person: &str, how: &str) -> String {
        format!(
            "{person} est {how} mais n'a aucun temps réparti ({}).",
            h(0.0)
        )
    }
    fn coord003_countries(&self, units: u64, countries: &[String]) -> String {
        format!(
            "{units} entités de {} pays ({}) sont contrôlées ensemble",
            countries.len(),
            countries.join(", ")
        )
    }
    fn coord003_multi(&self, units: &[String]) -> String {
        let names = i18n::list(units, LANG);
        if units.len() == 1 {
            format!("{names} est déclarée multi-coordonnée")
        } else {
            format!("{names} sont déclarées multi-coordonnées")
        }
    }
    fn coord003_message(&self, reasons: &[String]) -> String {
        i18n::capitalise(&format!(
            "{}, mais personne dans les classeurs contrôlés n'a le rôle de coordinateur groupe.",
            reasons.join("\u{a0}; ")
        ))
    }
    fn coord004_too_large(&self, unit: &str, form: &str, employees: f64, limit: f64) -> String {
        format!(
            "{unit}\u{a0}: forme déclarée {form}, mais l'entité compte {} salariés (la forme \
             {form} convient en dessous de {}).",
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
            "{unit}\u{a0}: forme déclarée {form}, mais personne ne consacre {} ou plus de ses \
             heures aux réseaux sociaux (part la plus élevée\u{a0}: {}).",
            pct(minimum),
            pct(share)
        )
    }
    fn coord004_one_country(&self, unit: &str, form: &str, country: &str) -> String {
        format!(
            "{unit}\u{a0}: forme déclarée {form}, mais les classeurs contrôlés ne contiennent \
             que des entités d'un seul pays ({country})."
        )
    }
    fn coord004_no_country(&self, unit: &str, form: &str) -> String {
        format!(
            "{unit}\u{a0}: forme déclarée {form}, mais aucune entité des classeurs contrôlés n'indique de pays."
        )
    }
    fn coord005_message(&self, unit: &str, column: &str) -> String {
        format!(
            "{unit}\u{a0}: aucun parrain à la direction (la colonne {column} est vide et \
             personne n'a le rôle de parrain de direction)."
        )
    }
    fn coord006_no_units_row(&self) -> String {
        "aucune ligne de la feuille Unités ne déclare de charte".into()
    }
    fn coord006_guidelines_no(&self) -> String {
        "la colonne Charte réseaux sociaux indique non".into()
    }
    fn coord006_guidelines_empty(&self) -> String {
        "la colonne Charte réseaux sociaux est vide".into()
    }
    fn coord006_message(&self, unit: &str, why: &str) -> String {
        format!("{unit}\u{a0}: aucune charte des réseaux sociaux ({why}).")
    }
    fn coord007_message(&self, unit: &str, department: &str) -> String {
        format!(
            "{unit}\u{a0}: le service {department} n'a pas de relais (personne avec le rôle \
             d'ambassadeur) pour y porter les réseaux sociaux."
        )
    }
    fn coord008_no_role_column(&self, unit: &str, count: u64) -> String {
        format!(
            "{unit}\u{a0}: {count} collaborateurs ont du temps réseaux sociaux, mais la feuille \
             Personnel n'a pas de colonne Rôle\u{a0}; {WRITE_ROLES_DOWN}"
        )
    }
    fn coord008_message(&self, person: &str, hours: f64) -> String {
        format!(
            "{person} consacre {} aux réseaux sociaux mais n'a aucun rôle dans la feuille \
             Personnel\u{a0}; {WRITE_ROLES_DOWN}",
            h(hours)
        )
    }

    fn cost001_free_word(&self, word: &str) -> String {
        format!("budget {}", q(word))
    }
    fn cost001_zero(&self) -> String {
        "budget 0".into()
    }
    fn cost001_no_budget(&self) -> String {
        "aucun budget".into()
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
            "{channel}\u{a0}: {budget}, mais {} de temps de travail coûtent {} par an.",
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
            "{unit}\u{a0}: budget de l'entité {} par an, mais ses {} de temps de travail coûtent \
             {} par an ({} de plus).",
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
            "{channel}\u{a0}: budget {} par an, mais {} de temps de travail coûtent {} par an \
             ({} de plus).",
            m(budget, currency),
            h(hours),
            m(cost, currency),
            m(cost - budget, currency)
        )
    }

    fn data001_no_header_row(&self, sheet: &str, rows: u64, columns: &[&str]) -> String {
        format!(
            "La feuille {} n'a pas de ligne d'en-tête dans ses {rows} premières lignes (une ligne \
             avec au moins deux noms de colonne connus, par exemple {}).",
            q(sheet),
            columns.join(", ")
        )
    }
    fn data001_missing_column(&self, sheet: &str, column: &str, accepted: &[String]) -> String {
        format!(
            "La feuille {} n'a pas de colonne {} (noms également acceptés\u{a0}: {}).",
            q(sheet),
            q(column),
            accepted.join(", ")
        )
    }
    fn data001_no_hours_or_share(&self, sheet: &str, columns: &[&str]) -> String {
        let neither: Vec<String> = columns
            .iter()
            .map(|c| format!("colonne {}", q(c)))
            .collect();
        format!(
            "La feuille {} n'a ni {}\u{a0}: chaque ligne a besoin de l'une d'elles.",
            q(sheet),
            neither.join(" ni ")
        )
    }
    fn data001_not_a_plan(&self) -> String {
        "Ce n'est pas un plan d'effectif\u{a0}: aucune des feuilles Personnel, Répartition, \
         Canaux n'a été trouvée."
            .into()
    }
    fn data001_missing_sheet(&self, sheet: &str, accepted: &[String], found: &[String]) -> String {
        let names: Vec<String> = found.iter().map(|s| q(s)).collect();
        let has = match names.as_slice() {
            [] => String::new(),
            [one] => format!("\u{a0}; le classeur a une seule feuille, {one}"),
            _ => format!("\u{a0}; le classeur a les feuilles {}", names.join(", ")),
        };
        format!(
            "La feuille {} manque (noms également acceptés\u{a0}: {}){has}.",
            q(sheet),
            accepted.join(", ")
        )
    }
    fn vocabulary_org_form(&self) -> &'static str {
        "pas une forme d'organisation (holistique, décentralisée, coordonnée, centralisée, \
         multi-coordonnée)"
    }
    fn vocabulary_status(&self) -> &'static str {
        "pas un statut (actif, prévu, en pause)"
    }
    fn vocabulary_employment(&self) -> &'static str {
        "pas un type d'emploi (interne, externe, agence, indépendant)"
    }
    fn data002_required(&self, column: &str) -> String {
        format!("{column} est obligatoire mais vide")
    }
    fn data002_unit_needed(&self, column: &str) -> String {
        format!("{column} est vide, et le classeur contient plus d'une entité")
    }
    fn data002_no_hours_or_share(&self) -> String {
        "la ligne a besoin d'heures hebdomadaires ou d'une part, et n'a ni l'une ni l'autre".into()
    }
    fn data002_negative(&self, value: &str) -> String {
        format!("{value} est négatif")
    }
    fn data002_not_whole(&self, value: &str) -> String {
        format!("{value} n'est pas un nombre entier")
    }
    fn data002_not_a_share(&self, value: &str) -> String {
        format!("{value} n'est pas une part")
    }
    fn data002_negative_share(&self, value: &str) -> String {
        format!("une part de {value}\u{a0}% est négative")
    }
    fn data002_share_above_100(&self, value: &str) -> String {
        format!("une part de {value}\u{a0}% dépasse 100\u{a0}%")
    }
    fn data002_not_yes_no(&self, value: &str) -> String {
        format!("{value} n'est ni oui ni non")
    }
    fn data002_not_text(&self, value: &str) -> String {
        format!("{value} n'est pas un texte")
    }
    fn data002_not_an_amount(&self, value: &str, free: &[&str]) -> String {
        format!(
            "{value} n'est ni un montant ni un mot signifiant gratuit ({})",
            free.join(", ")
        )
    }
    fn data002_other_currency(&self, value: &str, currency: &str, unit: &str) -> String {
        format!(
            "{value} est dans une autre devise que {currency}, la devise de l'entité {} dans la \
             feuille Unités",
            q(unit)
        )
    }
    fn data002_not_a_date(&self, value: &str) -> String {
        format!("{value} n'est pas une date (saisissez une date, par exemple 2026-12-31)")
    }
    fn data002_unknown_rule(&self, value: &str) -> String {
        format!("{value} n'est ni le code ni le nom d'une règle (voir `teamlint rules`)")
    }
    fn data002_not_in(&self, value: &str, words: &str) -> String {
        format!("{value} n'est {words}")
    }
    fn data002_unknown_word(&self, value: &str) -> String {
        format!("{value} n'est pas un mot connu ici")
    }
    fn data002_not_a_number(&self, value: &str) -> String {
        format!("{value} n'est pas un nombre")
    }
    fn data002_message(&self, column: &str, at: &str, why: &str) -> String {
        format!("{column} dans {at}\u{a0}: {why}.")
    }
    fn data003_unknown_unit(&self, value: &str, at: &str) -> String {
        format!(
            "L'entité {} dans {at} ne figure pas dans la feuille Unités.",
            q(value)
        )
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
            "{column} {} dans {at} (suppléant de {person}) est un nom que portent {count} \
             collaborateurs de l'entité dans la feuille Personnel\u{a0}; saisissez le matricule \
             du suppléant.",
            q(value)
        )
    }
    fn data003_deputy_of(&self, person: &str) -> String {
        format!(" (suppléant de {person})")
    }
    fn data003_channel(&self, channel: &str) -> String {
        format!(" (canal {channel})")
    }
    fn data003_message(&self, column: &str, value: &str, at: &str, whose: &str) -> String {
        format!(
            "{column} {} dans {at}{whose} ne figure pas dans la feuille Personnel.",
            q(value)
        )
    }
    fn data004_unit_in_workbooks(&self, value: &str, workbooks: &[String]) -> String {
        format!(
            "L'entité {value} figure aussi dans {}\u{a0}; chaque entité appartient à un seul \
             classeur.",
            workbooks.join(", ")
        )
    }
    fn data004_twice_in_units(&self, value: &str, sheet: &str, rows: &[u64]) -> String {
        format!(
            "L'entité {} figure deux fois dans la feuille {} (lignes {}).",
            q(value),
            q(sheet),
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
            "Le canal {} de l'entité {} est prévu deux fois dans la feuille {} (lignes \
             {})\u{a0}; la deuxième ligne est ignorée.",
            q(value),
            q(unit),
            q(sheet),
            rows_list(rows)
        )
    }
    fn data004_twice_in_staff(&self, value: &str, sheet: &str, rows: &[u64]) -> String {
        format!(
            "Le matricule {value} figure deux fois dans la feuille {} (lignes {})\u{a0}; la \
             deuxième ligne est ignorée.",
            q(sheet),
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
            "La dérogation pour {what}{unit}, approuvée par {approved_by} jusqu'au \
             {valid_until}, ne correspond à aucun constat\u{a0}: supprimez-la ou corrigez-la."
        )
    }

    fn spof001(&self) -> RuleText {
        RuleText {
            title: "Canal dépendant d'une seule personne",
            summary: "\
Un canal actif dépend d'une seule personne qui n'a pas de suppléant valable.",
            what: "\
Chaque canal actif (et chaque canal qui reçoit du temps sans figurer au plan des canaux) \
dont tout le temps réparti vient d'une seule personne, lorsque cette personne n'a pas de \
suppléant valable. Un suppléant valable est indiqué dans la colonne Suppléant, figure dans \
la feuille Personnel, n'est pas la personne elle-même et travaille dans la même entité.",
            why: "\
Un canal de réseaux sociaux est une conversation publique qui ne s'arrête ni pour les \
congés, ni pour un arrêt maladie, ni pour une démission. Quand une personne porte seule un \
canal et que personne n'est désigné pour la remplacer, le canal se tait ou reste sans \
réponse précisément quand elle est absente, et le savoir-faire (accès, ton, campagnes en \
cours) part avec elle. Cette dépendance à une personne clé est la faiblesse la plus \
fréquente des équipes réseaux sociaux.",
            fix: "\
Indiquez un suppléant de la même entité dans la colonne Suppléant de la feuille Personnel et \
donnez-lui un peu de temps sur le canal dans la feuille Répartition, afin qu'il connaisse le \
canal avant de devoir le reprendre. Mieux encore\u{a0}: partagez le canal entre deux \
personnes.",
        }
    }

    fn spof002(&self) -> RuleText {
        RuleText {
            title: "Rôle clé sans suppléant",
            summary: "Un collaborateur occupant un rôle clé n'a pas de suppléant valable.",
            what: "\
Chaque collaborateur occupant un rôle clé (responsable des réseaux sociaux, coordinateur, \
coordinateur groupe, community manager) a un suppléant valable\u{a0}: indiqué dans la \
colonne Suppléant, présent dans la feuille Personnel, distinct de la personne elle-même et \
de la même entité.",
            why: "\
Les rôles clés portent la stratégie, les validations, le circuit d'escalade et la relation \
avec la communauté. Sans suppléant désigné, les décisions restent en suspens et les crises \
sans réponse dès que le titulaire est absent. Un suppléant d'une autre entité connaît \
rarement les canaux et les équipes de l'entité\u{a0}; teamlint ne le retient donc pas.",
            fix: "\
Saisissez dans la colonne Suppléant le matricule d'un collègue de la même entité et vérifiez \
qu'il figure dans la feuille Personnel. Transmettez-lui ce dont il a besoin (accès, règles \
d'escalade, sujets en cours).",
        }
    }

    fn spof003(&self) -> RuleText {
        RuleText {
            title: "Suppléant sans temps sur le canal",
            summary: "\
La seule personne d'un canal a un suppléant qui ne consacre aucun temps à ce canal.",
            what: "\
Chaque canal actif (ou hors plan) dont le temps vient d'une seule personne qui a bien un \
suppléant valable, lorsque ce suppléant n'a aucun temps réparti sur le canal.",
            why: "\
Un suppléant de pure forme ne peut pas prendre le relais. Qui ne travaille jamais sur le \
canal n'en connaît ni le public, ni le ton, ni les conversations en cours, ni même les \
accès\u{a0}; quand le titulaire est absent, le canal s'arrête quand même. Les réseaux \
sociaux exigent une présence continue\u{a0}: la suppléance doit donc être pratiquée.",
            fix: "\
Donnez au suppléant du temps régulier sur le canal dans la feuille Répartition (une ou deux \
heures par semaine suffisent pour rester au fait), ou désignez comme suppléant quelqu'un qui \
travaille déjà sur le canal.",
        }
    }

    fn spof004(&self) -> RuleText {
        RuleText {
            title: "Suppléant de trop de collaborateurs",
            summary: "\
Une personne est suppléante de plus de collaborateurs que le paramètre ne l'autorise (2 par \
défaut).",
            what: "\
Le nombre de collaborateurs qui désignent la même personne comme suppléant valable\u{a0}; \
au-delà de `max_deputy_of` (2 par défaut), la règle le signale.",
            why: "\
Les absences se cumulent (vacances, épidémie de grippe, salon professionnel). Un suppléant \
qui remplace trois personnes ou plus ne peut pas les couvrir en même temps\u{a0}: la \
dépendance à une personne clé s'est seulement déplacée vers le suppléant. Le travail sur les \
réseaux sociaux n'attend pas que le suppléant soit disponible.",
            fix: "\
Répartissez les suppléances sur davantage de collaborateurs de l'entité, afin que personne \
n'en couvre plus que le paramètre ne l'autorise, ou relevez `thresholds.max_deputy_of` dans \
teamlint.toml si votre planification des absences le garantit réellement.",
        }
    }

    fn staff001(&self) -> RuleText {
        RuleText {
            title: "Canal en sous-effectif",
            summary: "\
Un canal actif reçoit moins d'heures que son besoin, tolérance déduite.",
            what: "\
Pour chaque canal actif, les heures hebdomadaires qui lui sont réparties (heures saisies, ou \
part × heures hebdomadaires de la personne) sont comparées à son besoin en heures\u{a0}: la \
colonne Heures requises, à défaut 5 h de base + 1 h par publication hebdomadaire (deux \
paramètres). Une répartition inférieure au besoin × (1 − tolérance, 10\u{a0}% par défaut) \
est signalée, y compris un canal sans aucun temps.",
            why: "\
Un canal demande de l'écoute, des réponses et des publications, pas seulement des posts. Un \
canal en sous-effectif répond tard ou pas du tout, et une question publique restée sans \
réponse nuit davantage que l'absence de canal. Les réseaux sociaux ne sont pas une activité \
d'appoint qui se loge dans les minutes restantes.",
            fix: "\
Répartissez davantage d'heures sur le canal dans la feuille Répartition, réduisez sa \
fréquence de publication, passez son statut à «\u{a0}en pause\u{a0}» ou «\u{a0}prévu\u{a0}» \
jusqu'à ce que le temps soit disponible, ou corrigez les Heures requises si l'estimation est \
trop élevée.",
        }
    }

    fn staff002(&self) -> RuleText {
        RuleText {
            title: "Trop de canaux pour l'équipe",
            summary: "\
Une entité gère plus de canaux actifs que ses ETP réseaux sociaux ne peuvent en porter.",
            what: "\
Les canaux actifs de l'entité sont comparés à ce que son temps consacré aux réseaux sociaux \
peut porter\u{a0}: canaux > max(1, partie entière(heures réparties ÷ 38 × 2,5)). Les 38 \
heures d'un temps plein et les 2,5 canaux par ETP (environ 16 h par canal et par semaine) \
sont des paramètres.",
            why: "\
Chaque canal demande sa propre écoute, ses réponses et ses contenus\u{a0}; un temps \
éparpillé sur de nombreux canaux les laisse tous à moitié servis. Quelques canaux bien tenus \
servent mieux l'organisation que beaucoup de canaux délaissés.",
            fix: "\
Mettez en pause ou fermez les canaux les moins importants (statut «\u{a0}en pause\u{a0}» ou \
«\u{a0}prévu\u{a0}»), ou consacrez davantage de temps aux réseaux sociaux dans l'entité, par \
exemple une personne dédiée plutôt que de nombreuses petites parts.",
        }
    }

    fn staff003(&self) -> RuleText {
        RuleText {
            title: "Réseaux sociaux en activité d'appoint",
            summary: "\
Un responsable des réseaux sociaux y consacre moins que la part minimale de ses heures.",
            what: "\
Pour chaque collaborateur ayant le rôle de responsable des réseaux sociaux, ses heures \
réparties divisées par ses heures hebdomadaires doivent atteindre `min_manager_share` \
(50\u{a0}% par défaut).",
            why: "\
Les réseaux sociaux ne sont pas une activité d'appoint. Un responsable qui passe l'essentiel \
de sa semaine sur d'autres travaux ne peut ni suivre les conversations, ni réagir à temps, \
ni développer les canaux\u{a0}; le titre promet une responsabilité que le plan de charge ne \
soutient pas.",
            fix: "\
Répartissez au moins la moitié des heures du responsable sur les réseaux sociaux dans la \
feuille Répartition et déchargez-le d'autres tâches, ou changez son rôle s'il ne fait \
réellement qu'apporter son aide.",
        }
    }

    fn staff004(&self) -> RuleText {
        RuleText {
            title: "Heures réparties au-delà du temps de travail",
            summary: "\
Les répartitions d'un collaborateur dépassent ses heures hebdomadaires.",
            what: "\
Pour chaque collaborateur, la somme de ses heures hebdomadaires réparties sur toutes les \
lignes de la feuille Répartition (heures saisies, ou part × heures hebdomadaires) est \
comparée à ses heures hebdomadaires.",
            why: "\
Un plan qui demande plus d'heures qu'un collaborateur n'en a n'est pas un plan\u{a0}: les \
heures manquantes disparaissent sans bruit quelque part, le plus souvent dans les réponses à \
la communauté et la veille. Il masque aussi les heures supplémentaires et le risque \
d'épuisement dans un rôle toujours sollicité.",
            fix: "\
Réduisez les heures ou les parts du collaborateur dans la feuille Répartition jusqu'à ce \
qu'elles tiennent dans ses heures hebdomadaires, confiez du travail à des collègues, ou \
corrigez les heures hebdomadaires dans la feuille Personnel.",
        }
    }

    fn staff005(&self) -> RuleText {
        RuleText {
            title: "Canal hors plan",
            summary: "\
Du temps est réparti sur un canal qui ne figure pas au plan des canaux de l'entité.",
            what: "\
Chaque canal cité dans la feuille Répartition figure au plan des canaux de l'entité \
(comparaison sans tenir compte de la casse ni des espaces autour). Un constat par entité et \
par canal, sur la première ligne qui le cite.",
            why: "\
Un canal hors plan n'a ni statut, ni besoin en heures, ni budget\u{a0}: personne n'a décidé \
que l'organisation devait le gérer, et son coût reste invisible. Il s'agit souvent d'une \
faute de frappe\u{a0}; le canal prévu paraît alors en sous-effectif pendant que le temps \
part dans le vide.",
            fix: "\
Corrigez le nom du canal s'il s'agit d'une faute de frappe, ou ajoutez le canal à la feuille \
Canaux avec son statut, ses publications et son budget.",
        }
    }

    fn staff006(&self) -> RuleText {
        RuleText {
            title: "Aucun responsable des réseaux sociaux",
            summary: "\
Une entité gère des canaux actifs et personne n'a le rôle de responsable des réseaux \
sociaux.",
            what: "\
Chaque entité qui a au moins un canal actif dans son plan compte dans sa feuille Personnel \
quelqu'un dont le rôle est responsable des réseaux sociaux, ou un coordinateur ou \
coordinateur groupe, qui assume les tâches du responsable dans une organisation coordonnée.",
            why: "\
La littérature professionnelle est claire\u{a0}: toute entreprise a besoin d'au moins un \
responsable des réseaux sociaux, que ce soit sa seule mission ou qu'il s'occupe aussi du \
site web. Quelqu'un doit porter la stratégie des canaux, leur ton, les validations et \
l'escalade\u{a0}; sans cette personne, chaque service publie de son côté, personne ne répond \
de l'ensemble et une crise ne trouve aucun responsable.",
            fix: "\
Désignez un collaborateur de l'entité comme responsable des réseaux sociaux dans la colonne \
Rôle de la feuille Personnel et donnez-lui du temps sur les canaux dans la feuille \
Répartition, ou désignez un coordinateur qui assume cette tâche.",
        }
    }

    fn staff007(&self) -> RuleText {
        RuleText {
            title: "Publication sans dialogue",
            summary: "\
Le temps d'un canal actif va entièrement aux contenus et à la publicité, sans personne pour \
répondre.",
            what: "\
Chaque canal actif dont toutes les lignes de répartition indiquent une tâche, lorsque ces \
tâches ne sont que contenus et publicité\u{a0}: pas une heure d'animation de communauté, de \
veille ou de service client. Les lignes sans tâche ne sont pas jugées\u{a0}; un canal qui en a une \
est laissé de côté.",
            why: "\
Les réseaux sociaux sont une conversation, pas un panneau d'affichage. La littérature \
professionnelle cite l'animation des forums et de la communauté comme une grande part du \
travail que les plans sous-estiment\u{a0}: commentaires, questions et réclamations arrivent, \
que quelqu'un les lise ou non. Un canal qui ne fait que publier les laisse sans réponse en \
public, et c'est ce silence que le public retient.",
            fix: "\
Prévoyez du temps d'animation de communauté, de veille ou de service client sur le canal \
dans la feuille Répartition (colonne Tâche), même une ou deux heures par semaine, ou limitez \
les publications à ce à quoi l'équipe peut aussi répondre.",
        }
    }

    fn staff008(&self) -> RuleText {
        RuleText {
            title: "Délai de réponse non tenu",
            summary: "\
Un canal promet un délai de réponse que ses collaborateurs ne peuvent pas tenir.",
            what: "\
Chaque canal actif qui indique un Délai de réponse (h) est comparé à son temps de \
dialogue\u{a0}: les heures d'animation de communauté, de veille et de service client (toutes ses \
heures si aucune ligne n'indique de tâche). Chaque tranche de `dialogue_session_hours` (1 h \
par défaut) vaut un passage sur le canal\u{a0}; réparties régulièrement sur les \
`service_week_hours` pendant lesquelles la promesse court (40 par défaut\u{a0}: cinq jours \
ouvrés de 8 heures), l'attente la plus longue est heures de service ÷ passages. Une promesse \
plus courte que cela est signalée, de même qu'une promesse sur un canal sans temps de \
dialogue et une promesse inférieure à `one_person_promise_hours` (24 h par défaut) qui \
repose sur une seule personne.",
            why: "\
Un délai de réponse promis est une promesse de présence. Les clients attendent couramment \
une réponse sur les réseaux sociaux sous 24 heures, et un canal qui annonce un délai est \
jugé sur ce délai. Une heure d'animation de communauté par semaine, c'est un passage par \
semaine, et une promesse courte portée par une seule personne est rompue à chaque jour de \
congé ou de maladie, car personne d'autre ne connaît le canal.",
            fix: "\
Donnez au canal davantage de temps d'animation, de veille ou de service client, réparti sur la \
semaine, et une deuxième personne, ou promettez un délai de réponse que l'effectif permet de \
tenir (le message indique le plus court).",
        }
    }

    fn staff009(&self) -> RuleText {
        RuleText {
            title: "Équipe trop réduite",
            summary: "\
Le temps réseaux sociaux d'une entité vient de moins de personnes qu'il n'en faut à une \
équipe.",
            what: "\
Chaque entité qui a au moins un canal actif dans son plan et dont le temps réseaux sociaux \
réparti vient d'au moins une personne, mais de moins de `min_team_people` personnes (3 par \
défaut\u{a0}: le responsable, un suppléant et au moins un contributeur). Une entité sans \
aucun temps réparti relève de STAFF001.",
            why: "\
Le plan en sept points dont viennent les règles le dit\u{a0}: «\u{a0}Le responsable des \
réseaux sociaux a besoin … de relais et de contributeurs dans l'équipe. Les contributeurs \
fournissent régulièrement des informations, des idées ou des contenus … ou ce sont des \
collègues à qui il peut transmettre les demandes d'assistance.\u{a0}» Un responsable avec un \
suppléant, mais sans autre contributeur, reste en pratique une équipe d'une personne\u{a0}: \
idées, contenus et réponses attendent tous la même personne, et le suppléant ne reprend que \
ce qui s'arrête en son absence.",
            fix: "\
Désignez au moins un contributeur dans l'entité (feuille Personnel, rôle contributeur, \
créateur de contenu ou community manager) et donnez-lui du temps régulier sur les canaux \
dans la feuille Répartition\u{a0}: contenus et idées de son service, ou demandes d'assistance \
que le responsable lui transmet.",
        }
    }

    fn coord008(&self) -> RuleText {
        RuleText {
            title: "Rôle non défini par écrit",
            summary: "\
Un collaborateur a du temps réseaux sociaux mais aucun rôle dans l'équipe.",
            what: "\
Chaque collaborateur ayant du temps réseaux sociaux réparti et dont la cellule Rôle de la \
feuille Personnel est vide\u{a0}: un constat par personne, sur cette cellule. Une feuille \
Personnel sans colonne Rôle donne un seul constat pour l'entité au lieu d'un par \
collaborateur.",
            why: "\
Le plan en sept points dont viennent les règles le dit\u{a0}: «\u{a0}Toute entreprise a donc \
besoin d'une équipe réseaux sociaux dans laquelle les rôles sont répartis et fixés. \
Définissez cette équipe par écrit …, afin que chacun sache ce qu'il a à faire.\u{a0}» Le \
plan est cette définition écrite\u{a0}; un collaborateur qui consacre du temps aux réseaux \
sociaux sans y avoir de rôle est une lacune\u{a0}: personne ne sait s'il publie, répond, \
supplée ou aide seulement, et les règles sur les suppléants et les responsables ne le voient \
pas.",
            fix: "\
Indiquez le rôle de chaque collaborateur dans la colonne Rôle de la feuille Personnel \
(responsable des réseaux sociaux, coordinateur, community manager, créateur de contenu, \
contributeur, …), afin que l'équipe soit définie par écrit et que chacun sache ce qu'il a à \
faire.",
        }
    }

    fn coord001(&self) -> RuleText {
        RuleText {
            title: "Aucun coordinateur",
            summary: "\
Une entité dont le temps vient de 2 services ou plus, ou qui gère 3 canaux actifs ou plus, \
ne désigne aucun coordinateur.",
            what: "\
Une entité dont le temps réseaux sociaux vient de collaborateurs de 2 services ou plus, ou \
qui gère 3 canaux actifs ou plus (deux paramètres), doit désigner un coordinateur\u{a0}: un \
matricule dans la colonne Coordinateur de la feuille Unités, ou un collaborateur de \
l'entité ayant le rôle de coordinateur. Un coordinateur groupe travaillant dans l'entité \
compte aussi comme coordination.",
            why: "\
Quand le marketing, les relations presse, les ressources humaines et le service client \
publient tous, quelqu'un doit accorder le ton, le calendrier éditorial, les validations et \
qui répond à quoi. Sans coordinateur, les services font le travail en double, se \
contredisent en public et laissent sans réponse les questions qui tombent entre eux.",
            fix: "\
Saisissez le matricule du coordinateur dans la colonne Coordinateur de la feuille Unités, \
ou donnez à cette personne le rôle de coordinateur dans la feuille Personnel, et \
répartissez-lui du temps pour la coordination.",
        }
    }

    fn coord002(&self) -> RuleText {
        RuleText {
            title: "Coordinateur sans temps réparti",
            summary: "Le coordinateur désigné n'a aucun temps réparti.",
            what: "\
Chaque coordinateur (désigné dans la colonne Coordinateur de la feuille Unités, ou ayant le \
rôle de coordinateur) a du temps réparti dans la feuille Répartition. Un coordinateur dont \
les lignes n'ont pas pu être lues (signalées comme non valides) n'est pas jugé.",
            why: "\
La coordination est un travail\u{a0}: réunions, calendrier éditorial, validations, \
escalades. Un coordinateur en titre seulement, sans heures pour cela, ne coordonne \
rien\u{a0}; le titre masque que les services sont en réalité livrés à eux-mêmes.",
            fix: "\
Répartissez du temps au coordinateur dans la feuille Répartition (une tâche telle que la \
coordination sur les canaux qu'il coordonne), ou désignez quelqu'un qui dispose de ce temps.",
        }
    }

    fn coord003(&self) -> RuleText {
        RuleText {
            title: "Aucune coordination groupe",
            summary: "\
Des entités de 2 pays ou plus, ou une entité multi-coordonnée, et aucun coordinateur groupe \
nulle part.",
            what: "\
Sur l'ensemble du lot, lorsque les entités viennent de 2 pays ou plus ou qu'une entité \
déclare la forme d'organisation multi-coordonnée, quelqu'un dans une entité doit avoir le \
rôle de coordinateur groupe (responsable international des réseaux sociaux). Le constat est \
émis une fois pour le lot, sur la première entité multi-coordonnée, à défaut sur la première \
entité qui indique un pays.",
            why: "\
Des filiales dans plusieurs pays parlent au nom d'une même marque. Sans personne pour les \
coordonner, la marque apparaît avec des messages contradictoires, des canaux en double et \
des crises qu'un pays gère pendant qu'un autre les ignore.",
            fix: "\
Donnez à un collaborateur le rôle de coordinateur groupe dans la feuille Personnel de son \
entité et répartissez-lui du temps pour la coordination à l'échelle du groupe.",
        }
    }

    fn coord004(&self) -> RuleText {
        RuleText {
            title: "Forme d'organisation inadaptée",
            summary: "\
La forme d'organisation déclarée ne correspond pas à la taille, à l'effectif ou aux pays de \
l'entité.",
            what: "\
La Forme d'organisation de la feuille Unités est confrontée aux faits\u{a0}: holistique \
(chacun en fait un peu) à partir de 50 salariés\u{a0}; décentralisée (chaque service pour \
soi) à partir de 250\u{a0}; coordonnée ou centralisée sans personne dans l'entité qui \
consacre 50\u{a0}% ou plus de ses heures hebdomadaires aux réseaux sociaux\u{a0}; \
multi-coordonnée quand le lot ne contient des entités que d'un seul pays. Les seuils sont \
des paramètres (catégories de taille des PME de l'UE).",
            why: "\
La forme d'organisation décide qui publie, qui valide et qui répond. Une forme qui ne \
correspond pas à la taille ou à l'effectif de l'organisation signifie que le mode de travail \
déclaré n'est pas le mode réel\u{a0}: une grande entreprise gérée de façon holistique n'a \
personne aux commandes, une équipe coordonnée sans personne dédiée n'a personne pour \
coordonner.",
            fix: "\
Déclarez la forme qui décrit le fonctionnement réel de l'entité, ou changez \
l'organisation\u{a0}: donnez à une personne dédiée au moins la moitié de ses heures pour les \
réseaux sociaux, ou passez d'une forme holistique ou décentralisée à une forme coordonnée à \
mesure que l'entité grandit.",
        }
    }

    fn coord005(&self) -> RuleText {
        RuleText {
            title: "Aucun parrain à la direction",
            summary: "Une entité ne désigne aucun parrain à la direction.",
            what: "\
Chaque entité désigne un parrain à la direction\u{a0}: un matricule dans la colonne Sponsor \
de la direction de la feuille Unités, ou un collaborateur de l'entité ayant le rôle de parrain \
de direction. Sans feuille Unités, le constat renvoie à la ligne de l'entité dans la \
Synthèse.",
            why: "\
Les réseaux sociaux traversent les services et demandent du budget, du temps de travail et \
parfois des décisions rapides en cas de crise. Un parrain à la direction les garantit et \
fait des réseaux sociaux une partie de la stratégie de l'organisation plutôt qu'un projet \
annexe.",
            fix: "\
Convenez d'un membre de la direction comme parrain et saisissez son matricule dans la \
colonne Sponsor de la direction (la personne doit figurer dans la feuille Personnel), ou \
donnez-lui le rôle de parrain de direction.",
        }
    }

    fn coord006(&self) -> RuleText {
        RuleText {
            title: "Aucune charte réseaux sociaux",
            summary: "La colonne Charte réseaux sociaux d'une entité vaut non ou est vide.",
            what: "\
La colonne Charte réseaux sociaux de la feuille Unités indique oui pour chaque entité. Non, une cellule \
vide ou l'absence de feuille Unités (rien ne déclare alors de charte) sont signalés\u{a0}; \
sans feuille Unités, le constat renvoie à la ligne de l'entité dans la Synthèse.",
            why: "\
Quand de nombreuses personnes de plusieurs services s'expriment en public au nom de \
l'organisation, une charte des réseaux sociaux leur dit ce qu'elles peuvent dire, comment \
traiter les critiques, ce qui est confidentiel et à qui s'adresser. Sans elle, chaque \
publication est une affaire d'appréciation et une crise n'a pas de marche à suivre.",
            fix: "\
Rédigez une charte des réseaux sociaux (ou adoptez celle du groupe), faites-la connaître à \
tous ceux qui publient et indiquez oui dans la colonne Charte réseaux sociaux de la feuille Unités.",
        }
    }

    fn coord007(&self) -> RuleText {
        RuleText {
            title: "Service sans ambassadeur",
            summary: "\
Un service de l'entité n'a pas d'ambassadeur (relais) pour les réseaux sociaux.",
            what: "\
Dans une entité dont les collaborateurs viennent d'au moins `multiplier_departments` \
services (2 par défaut), chaque service cité dans la feuille Personnel compte quelqu'un \
ayant le rôle d'ambassadeur (relais, Botschafter, Multiplikator, Abgesandter). Un service où \
siège un responsable des réseaux sociaux, un coordinateur ou un community manager est \
l'équipe réseaux sociaux elle-même et n'en a pas besoin, pas plus que le service du parrain \
de direction, qui porte les réseaux sociaux auprès de la direction.",
            why: "\
La littérature professionnelle indique que le responsable des réseaux sociaux a besoin de \
relais et devrait trouver, autant que possible, une sorte d'envoyé dans chaque \
service\u{a0}: quelqu'un qui apporte aux canaux les sujets et les experts du service et y \
rapporte la charte. Sans lui, les canaux n'entendent rien de ce que fait le service, et le \
service publie en contournant l'équipe, ou pas du tout.",
            fix: "\
Demandez à un collaborateur du service d'en être l'ambassadeur pour les réseaux sociaux et \
saisissez ambassadeur (ou relais) dans sa colonne Rôle\u{a0}; donnez-lui une heure par mois \
dans la feuille Répartition s'il fournit des contenus.",
        }
    }

    fn cost001(&self) -> RuleText {
        RuleText {
            title: "Illusion de la plateforme gratuite",
            summary: "\
Un canal actif avec du temps de travail a un budget vide, nul ou «\u{a0}gratuit\u{a0}».",
            what: "\
Chaque canal actif avec du temps réparti dont le Budget est vide, à 0, ou un mot signifiant \
gratuit (gratuit, free, kostenlos, gratis, umsonst, aucun, none, keine). Le message indique \
le coût annuel réel du personnel\u{a0}: heures hebdomadaires × (1\u{a0}640\u{a0}h par an ÷ 38\u{a0}h par \
semaine = 43,2 semaines de travail) × coût horaire de chaque personne (coût horaire de la feuille Personnel, à défaut \
coût annuel ÷ heures annuelles, à défaut taux horaire de l'entité, à défaut 43,40 par heure, \
Destatis 2024).",
            why: "\
S'inscrire sur les plateformes ne coûte rien, mais les personnes qui les animent, si. \
Qualifier un canal de gratuit masque son coût principal, le temps de travail\u{a0}: personne \
ne se demande si le canal en vaut la peine, et ce temps est pris sur d'autres travaux sans \
que personne ne l'ait décidé.",
            fix: "\
Saisissez le budget annuel du canal, coût du personnel indiqué dans le message compris, afin \
que le plan montre ce que le canal coûte réellement\u{a0}; ou réduisez le temps, ou mettez \
le canal en pause.",
        }
    }

    fn cost002(&self) -> RuleText {
        RuleText {
            title: "Budget inférieur au coût du personnel",
            summary: "\
Le budget d'un canal ou d'une entité est positif mais inférieur au coût annuel du personnel, \
tolérance déduite.",
            what: "\
Le Budget d'un canal actif (feuille Canaux) et le Budget d'une entité (feuille Unités) qui \
sont positifs mais inférieurs au coût annuel du personnel pour le temps réparti sur le canal \
ou l'entité, tolérance déduite (10\u{a0}% par défaut). Le coût du personnel est calculé \
comme pour COST001.",
            why: "\
Un budget qui ne couvre que la publicité ou les outils, et pas les personnes, sous-estime ce \
que les réseaux sociaux coûtent à l'organisation. Les décisions sur les canaux et l'effectif \
sont alors prises sur des chiffres trop bas, et le temps continue d'être pris sur d'autres \
travaux hors budget.",
            fix: "\
Relevez le budget pour y inclure le coût du personnel indiqué dans le message, ou réduisez \
le temps réparti sur le canal ou l'entité jusqu'à ce que le budget le couvre.",
        }
    }

    fn data001(&self) -> RuleText {
        RuleText {
            title: "Feuille ou colonne manquante",
            summary: "Une feuille ou une colonne obligatoire manque.",
            what: "\
Le classeur contient les feuilles Personnel, Répartition et Canaux (noms anglais, allemands \
ou français), et chacune ses colonnes obligatoires\u{a0}: Matricule et Heures hebdomadaires \
dans Personnel, Matricule et Canal dans Répartition, Canal dans Canaux. La ligne d'en-tête \
peut être l'une des 10 premières lignes.",
            why: "\
Sans elles, teamlint ne peut pas savoir qui consacre combien de temps à quel canal\u{a0}; \
toutes les autres règles jugeraient un tableau incomplet, et une dépendance à une personne \
clé ou une plateforme prétendument gratuite pourraient passer inaperçues.",
            fix: "\
Renommez la feuille ou la colonne selon l'un des noms acceptés (la casse, les espaces et la \
ponctuation ne comptent pas), ou ajoutez-la. L'objet du constat indique ce qui manque.",
        }
    }

    fn data002(&self) -> RuleText {
        RuleText {
            title: "Valeur non valide",
            summary: "\
Une cellule ne peut pas être lue selon son type, est négative ou indique une part supérieure \
à 100\u{a0}%.",
            what: "\
Chaque cellule d'une colonne connue peut être lue selon le type de la colonne\u{a0}: nombres \
(1.5, 1,5, 1.234,5, suivis de h, Std, EUR ou €), parts (50\u{a0}%, 0.5, 50), mots oui/non, \
vocabulaires du rôle, du statut, de la forme d'organisation et du type de contrat. Les \
nombres négatifs, les parts supérieures à 100\u{a0}% et les erreurs Excel (#REF!, #DIV/0!) \
ne sont pas valides. Une ligne non valide est exclue des sommes, jamais devinée.",
            why: "\
Les heures, les parts et les coûts sont la base de toutes les règles d'effectif et de coût. \
Une valeur que teamlint aurait dû deviner ferait paraître un canal pourvu ou un budget \
suffisant alors qu'ils ne le sont pas.",
            fix: "\
Corrigez la cellule signalée\u{a0}; sa note indique ce qui a été trouvé et ce qui est \
attendu. Pour une formule, corrigez-la afin que son résultat soit une valeur valide.",
        }
    }

    fn data003(&self) -> RuleText {
        RuleText {
            title: "Matricule inconnu",
            summary: "\
Un matricule (Répartition, Suppléant, Coordinateur, Sponsor de la direction, Responsable) ne \
figure pas dans Personnel.",
            what: "\
Chaque matricule utilisé dans la feuille Répartition et dans les colonnes Suppléant, \
Coordinateur, Sponsor de la direction et Responsable est un matricule de la feuille Personnel \
(le nombre 1001 et le texte «\u{a0}1001\u{a0}» sont le même matricule). L'objet du constat \
est le matricule inconnu.",
            why: "\
Le temps réparti à une personne que teamlint ne connaît pas n'a ni heures hebdomadaires ni \
coût et sort donc des sommes\u{a0}; un suppléant ou un coordinateur absent de la liste du \
personnel ne peut pas prendre le relais. Souvent, la personne est partie ou le matricule \
contient une faute de frappe, et le plan repose sur quelqu'un qui n'est pas là.",
            fix: "\
Corrigez le matricule, ou ajoutez la personne à la feuille Personnel avec ses heures \
hebdomadaires et son entité.",
        }
    }

    fn data004(&self) -> RuleText {
        RuleText {
            title: "Clé en double",
            summary: "\
Un matricule deux fois dans Personnel, un canal deux fois dans le plan d'une entité ou une \
entité dans deux classeurs.",
            what: "\
Les clés qui doivent être uniques\u{a0}: un matricule apparaît une seule fois dans la \
feuille Personnel, un canal une seule fois dans le plan des canaux de chaque entité, une \
entité dans un seul classeur du lot (comparaison sans tenir compte de la casse ni des \
espaces autour). L'objet du constat est la clé en double.",
            why: "\
Avec une clé en double, les heures, les suppléants et les budgets se rattachent à l'une des \
lignes et l'autre est ignorée sans bruit (teamlint retient la première)\u{a0}; une entité \
présente dans deux classeurs est comptée deux fois dans le rapport de groupe, ce qui double \
son effectif et son coût.",
            fix: "\
Supprimez ou fusionnez la ligne répétée, donnez à la deuxième personne ou au deuxième canal \
sa propre clé, ou gardez chaque entité dans un seul classeur.",
        }
    }

    fn waive001(&self) -> RuleText {
        RuleText {
            title: "Dérogation inutilisée",
            summary: "\
Une dérogation de la configuration ou de la feuille Dérogations d'un classeur ne correspond \
à aucun constat.",
            what: "\
Chaque `[[waiver]]` de la configuration et chaque ligne de la feuille Dérogations d'un \
classeur (règle et, au choix, entité, objet ou identifiant d'un constat) est rapprochée des \
constats qu'elle peut accepter\u{a0}: celles de la configuration avec l'ensemble de \
l'exécution, celles d'une feuille avec son propre classeur. Une dérogation qui n'en couvre \
aucun est signalée, sur sa ligne lorsqu'elle figure dans un classeur.",
            why: "\
Une dérogation consigne une décision\u{a0}: un problème est connu et accepté jusqu'à une \
date. Une fois le problème corrigé, ou l'entité ou le canal renommé, la dérogation ne \
s'applique plus\u{a0}; laissée en place, elle accepterait sans bruit un nouveau problème qui \
viendrait plus tard à lui correspondre.",
            fix: "\
Supprimez la dérogation (de teamlint.toml ou de la feuille Dérogations) si le problème est \
résolu, ou corrigez sa règle, son entité ou son objet afin qu'elle désigne le constat auquel \
elle est destinée.",
        }
    }
}
