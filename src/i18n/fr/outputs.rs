//! The words of the outputs, in French (`vous`, a no-break space before `:`).
//! Each method's documentation is on the trait.

use super::French;
use crate::i18n::OutputTexts;
use crate::i18n::outputs::Label;

impl OutputTexts for French {
    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::UnchangedWord => "inchangé",
            Label::LargestShortfall => "le plus grand manque d’heures",
            Label::LargestBudgetGap => "le plus grand écart de budget",
            Label::FindingsByRule => "Constats par règle",
            Label::TeamlintReport => "Rapport teamlint",
            Label::DownloadAnnotatedCopiesZip => "Télécharger les copies annotées (zip)",
            Label::GroupReportExcel => "Rapport de groupe (Excel)",
            Label::ThisPageReportHtml => "Cette page (report.html)",
            Label::CheckOtherWorkbooks => "Contrôler d’autres classeurs",
            Label::Overview => "Vue d’ensemble",
            Label::FindingsPerRuleAcrossTheGroupWorst => {
                "Constats par règle dans le groupe, les plus graves d’abord"
            }
            Label::Rule => "Règle",
            Label::UnitsAffected => "Entités concernées",
            Label::WhatItChecks => "Ce qu’elle vérifie",
            Label::UnitsWorstFirst => "Entités, les plus critiques d’abord",
            Label::NoUnitsWereFound => "Aucune entité n’a été trouvée.",
            Label::WorkbooksThatCouldNotBeRead => "Classeurs qui n’ont pas pu être lus",
            Label::ResolvedSinceTheLastRun => "Résolus depuis le dernier contrôle",
            Label::NonePage => "Aucun.",
            Label::WrittenByTeamlintNothingInThisPage => {
                "Écrit par teamlint. Rien dans cette page n’est chargé d’ailleurs."
            }
            Label::AnnotatedCopyPage => "copie annotée",
            Label::NewPage => "nouveau",
            Label::Waived => "dérogation",
            Label::CellPage => "cellule",
            Label::CellWithAnError => "une cellule avec au moins une erreur",
            Label::CellWorstAWarning => {
                "une cellule dont le constat le plus grave est un avertissement"
            }
            Label::CellWorstAnInfo => {
                "une cellule dont le constat le plus grave est une information"
            }
            Label::WhatToDoColumn => "Que faire",
            Label::Id => "ID",
            Label::Key => "Clé",
            Label::Change => "Évolution",
            Label::Waiver => "Dérogation",
            Label::WaiverReason => "Motif de la dérogation",
            Label::ApprovedBy => "Approuvée par",
            Label::ValidUntil => "Valable jusqu'au",
            Label::Code => "Code",
            Label::Name => "Nom",
            Label::Severity => "Gravité",
            Label::Sheet => "Feuille",
            Label::Cell => "Cellule",
            Label::Subject => "Objet",
            Label::Message => "Message",
            Label::Country => "Pays",
            Label::Employees => "Effectif",
            Label::OrganisationForm => "Forme d'organisation",
            Label::PeopleOnSocialMedia => "Personnes sur les réseaux sociaux",
            Label::SocialMediaFTE => "ETP réseaux sociaux",
            Label::ActiveChannels => "Canaux actifs",
            Label::Coverage => "Couverture",
            Label::Currency => "Devise",
            Label::Units => "Entités",
            Label::Charts => "Graphiques",
            Label::FindingsPerUnit => "Constats par entité",
            Label::GroupFindings => "Constats du groupe",
            Label::Inputs => "Entrées",
            Label::Changes => "Évolutions",
            Label::AnnualStaffCost => "Coût annuel du personnel",
            Label::Budget => "Budget",
            Label::BudgetGap => "Écart de budget",
            Label::NewSinceLastRun => "Nouveaux depuis le dernier contrôle",
            Label::NoUnits => "(aucune entité)",
            Label::RequiredVsAllocatedHoursPerWeek => "Heures requises et allouées par semaine",
            Label::RequiredHWeek => "Requis h/semaine",
            Label::AllocatedHWeek => "Alloué h/semaine",
            Label::HoursPerWeek => "heures par semaine",
            Label::Workbook => "Classeur",
            Label::Unit => "Entité",
            Label::Total => "Total",
            Label::Group => "(groupe)",
            Label::NoUnit => "(aucune entité)",
            Label::NoFindings => "Aucun constat.",
            Label::NoFindingsAcrossWorkbooks => "Aucun constat entre classeurs.",
            Label::Status => "Statut",
            Label::Reason => "Motif",
            Label::Errors => "Erreurs",
            Label::Warnings => "Avertissements",
            Label::Infos => "Informations",
            Label::AnnotatedCopy => "Copie annotée",
            Label::Failed => "illisible",
            Label::NoInputs => "(aucune entrée)",
            Label::New => "Nouveau",
            Label::Unchanged => "Inchangé",
            Label::Resolved => "Résolu",
            Label::AcrossWorkbooks => "Entre classeurs",
            Label::WhatToDo => "Que faire\u{a0}:",
            Label::Findings => "Constats",
            Label::FindingsTeamlint => "Constats (teamlint)",
            Label::Summary => "Synthèse",
            Label::SummaryTeamlint => "Synthèse (teamlint)",
            Label::NoUnitsFound => "(aucune entité trouvée)",
            Label::Legend => "Légende",
            Label::PointAtAColouredCell => {
                "Placez le pointeur sur une cellule colorée pour lire sa note\u{a0}: ce qui ne va pas et que faire. La feuille Constats renvoie à chaque cellule signalée."
            }
            Label::RulesWithFindingsHere => "Règles avec des constats ici",
            Label::None => "aucune",
            Label::HowTheSheetsWereRead => "Comment les feuilles ont été lues",
        }
    }
    fn counted(&self, n: u64, severity: usize) -> String {
        let word = match (severity, n <= 1) {
            (0, true) => "erreur",
            (0, false) => "erreurs",
            (1, true) => "avertissement",
            (1, false) => "avertissements",
            (_, true) => "information",
            (_, false) => "informations",
        };
        format!("{n} {word}")
    }
    fn units(&self, n: u64) -> String {
        if n <= 1 {
            format!("{n} entité")
        } else {
            format!("{n} entités")
        }
    }
    fn unreadable_word(&self) -> &'static str {
        "ILLISIBLE"
    }
    fn no_copy_word(&self) -> &'static str {
        "PAS DE COPIE"
    }
    fn ok_word(&self) -> &'static str {
        "ok    "
    }
    fn could_not_be_read(&self) -> &'static str {
        "illisible"
    }
    fn results_unreadable(&self, detail: &str) -> String {
        format!("(les résultats du contrôle n’ont pas pu être relus\u{a0}: {detail})")
    }
    fn more_workbooks(&self, more: u64) -> String {
        format!(
            "… et {more} autres classeurs (tous dans findings.json et dans le rapport de groupe)"
        )
    }
    fn total(&self, workbooks: u64, failed: u64, units: u64, counts: &str) -> String {
        format!(
            "Total\u{a0}: {workbooks} classeur{} ({failed} illisible{}), {}\u{a0}: {counts}",
            if workbooks <= 1 { "" } else { "s" },
            if failed <= 1 { "" } else { "s" },
            self.units(units)
        )
    }
    fn of_which_across(&self, counts: &str, codes: &str) -> String {
        format!("  dont {counts} entre classeurs\u{a0}: {codes}")
    }
    fn waived(&self, accepted: u64, expired: u64) -> String {
        format!(
            "Dérogations\u{a0}: {accepted} acceptée(s) (elles ne comptent pour aucun code de \
             sortie), {expired} expirée(s) (elles comptent de nouveau)"
        )
    }
    fn against_baseline(&self, new: u64, unchanged: u64, resolved: u64) -> String {
        format!(
            "Par rapport à la référence\u{a0}: {new} nouveau(x), {unchanged} inchangé(s), \
             {resolved} résolu(s)"
        )
    }
    fn annotated_copies(&self, n: u64) -> String {
        if n <= 1 {
            format!("{n} copie annotée")
        } else {
            format!("{n} copies annotées")
        }
    }
    fn written_to(&self, dir: &str, items: &str) -> String {
        format!("Écrit dans {dir}\u{a0}: {items}")
    }
    fn waiver_accepted(&self, until: &str, by: &str, reason: &str) -> String {
        format!("Accepté jusqu’au {until} par {by}\u{a0}: {reason}")
    }
    fn waiver_expired(&self, by: &str, until: &str, reason: &str) -> String {
        format!(
            "La dérogation de {by} a expiré le {until}\u{a0}: ce constat compte de nouveau ({reason})."
        )
    }
    fn no_rate_from(&self, currency: &str, group: &str) -> String {
        format!(
            "Aucun taux de change de {currency} vers {group}\u{a0}: les montants des entités en \
             {currency} (celle-ci et les suivantes) ne sont pas convertis. La personne qui \
             exploite teamlint ajoute `{currency} = ...` sous [currency.rates] dans son fichier \
             de configuration\u{a0}; si vous avez contrôlé dans le navigateur, adressez-vous à la \
             personne qui exploite la page."
        )
    }
    fn converted_columns(&self, group: &str) -> String {
        format!(
            "Les trois colonnes en {group} sont converties aux taux du fichier de configuration\u{a0}; \
             les autres montants sont dans la devise de chaque entité."
        )
    }
    fn no_rates_for(&self, missing: &str, group: &str) -> String {
        format!(
            "Aucun taux de change pour {missing} → {group}\u{a0}: ces cellules restent vides. La \
             personne qui exploite teamlint ajoute les taux sous [currency.rates] dans son \
             fichier de configuration\u{a0}; si vous avez contrôlé dans le navigateur, \
             adressez-vous à la personne qui exploite la page."
        )
    }
    fn cost_vs_budget(&self, group: &str) -> String {
        format!("Coût annuel du personnel et budget ({group})")
    }
    fn baseline_missing(&self, path: &str) -> String {
        format!("référence {path}\u{a0}: aucun findings.json à cet endroit")
    }
    fn baseline_unreadable(&self, path: &str, detail: &str) -> String {
        format!("référence {path}\u{a0}: illisible\u{a0}: {detail}")
    }
    fn baseline_not_findings(&self, path: &str, why: &str) -> String {
        format!("référence {path}\u{a0}: pas un findings.json de teamlint ({why})")
    }
    fn more_findings(&self, n: &str, count: u64) -> String {
        let s = if count <= 1 { "" } else { "s" };
        format!(
            "{n} autre{s} constat{s} (chacun figure dans la copie annotée et dans findings.json)"
        )
    }
    fn gap_meaning(&self, amount: &str, sign: std::cmp::Ordering) -> String {
        use std::cmp::Ordering;
        match sign {
            Ordering::Greater => format!(
                "Écart de budget = coût du personnel − budget. Positif ici\u{a0}: le temps du \
                 personnel coûte {amount} de plus par an que ce que prévoient les budgets \
                 (sous-financement)."
            ),
            Ordering::Less => format!(
                "Écart de budget = coût du personnel − budget. Négatif ici\u{a0}: les budgets \
                 dépassent le coût du personnel de {amount} par an (un excédent, pas un manque)."
            ),
            Ordering::Equal => "Écart de budget = coût du personnel − budget\u{a0}: positif, le \
                                temps coûte plus que ce que prévoit le budget\u{a0}; négatif, il \
                                reste du budget."
                .to_string(),
        }
    }
    fn left_out_of_totals(&self, units: &str, n: u64, currencies: &str, group: &str) -> String {
        let (s, verb) = if n <= 1 { ("", "est") } else { ("s", "sont") };
        format!(
            "{units} entité{s} en {currencies} {verb} laissée{s} hors des totaux et du graphique \
             des coûts\u{a0}: aucun taux de change vers {group} n’est défini. La personne qui \
             exploite teamlint indique les taux sous [currency.rates] dans son fichier de \
             configuration\u{a0}; sur une page dans le navigateur, adressez-vous à la personne qui \
             l’exploite."
        )
    }
    fn units_shown(&self, shown: &str, what: &str, rest: &str) -> String {
        format!(
            "Les {shown} entités avec {what}\u{a0}; les {rest} autres figurent dans le tableau des \
             entités et dans le rapport de groupe."
        )
    }
    fn more_unreadable(&self, more: &str) -> String {
        format!(
            "{more} autres entrées n’ont pas pu être lues\u{a0}; findings.json les cite toutes."
        )
    }
    fn of_them_across(&self, findings: &str) -> String {
        format!("dont {findings} entre classeurs")
    }
    fn page_cuts(&self, detailed: &str, listed: Option<&str>) -> String {
        let table = listed
            .map(|l| format!(", le tableau cite les {l} plus critiques"))
            .unwrap_or_default();
        format!(
            ". Les constats des {detailed} entités les plus critiques sont affichés{table}\u{a0}; \
             findings.json et le rapport de groupe les contiennent tous"
        )
    }
    fn page_totals(&self, shown: [&str; 5], n: [u64; 5]) -> String {
        let s = |i: usize| if n[i] <= 1 { "" } else { "s" };
        format!(
            "{} classeur{}, {} entité{}\u{a0}: {} erreur{}, {} avertissement{}, {} information{}",
            shown[0],
            s(0),
            shown[1],
            s(1),
            shown[2],
            s(2),
            shown[3],
            s(3),
            shown[4],
            s(4)
        )
    }
}
