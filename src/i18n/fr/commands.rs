//! The command line's help and errors, the template, watch, serve and merge, in French.
//! Each method's documentation is on the trait.

use super::French;
use crate::i18n::commands::Setting;
use crate::i18n::commands::quoted_list;
use crate::i18n::{CommandTexts, MergeTexts, ServeTexts, TemplateExamples, TemplateTexts};

impl CommandTexts for French {
    fn template_written(&self, path: &str) -> String {
        format!("modèle {path} écrit")
    }
    fn template_exists(&self, path: &str) -> String {
        format!(
            "{path} existe déjà et reste inchangé\u{a0}; choisissez un autre nom ou remplacez le \
             fichier avec --force"
        )
    }
    fn template_not_xlsx(&self, path: &str, extension: &str) -> String {
        let what = if extension.is_empty() {
            "un nom sans extension".to_string()
        } else {
            format!("l'extension .{extension}")
        };
        format!(
            "{path}\u{a0}: le modèle est un classeur Excel et s'écrit uniquement en .xlsx, pas \
             avec {what}\u{a0}; nommez-le par exemple plan.xlsx"
        )
    }
    fn template_unwritten(&self, path: &str, detail: &str) -> String {
        format!("impossible d'écrire le modèle {path}\u{a0}: {detail}")
    }
    fn config_unreadable(&self, path: &str, detail: &str) -> String {
        format!("{path}\u{a0}: configuration illisible\u{a0}: {detail}")
    }
    fn config_unknown_key(&self, path: &str, key: &str, known: &[String]) -> String {
        format!(
            "{path}\u{a0}: le paramètre `{key}` n'existe pas\u{a0}; la section connaît {}",
            quoted_list(known, "et")
        )
    }
    fn config_syntax(&self, path: &str, line: u64, text: &str) -> String {
        format!(
            "{path}, ligne {line} ({text})\u{a0}: paramètre illisible pour teamlint\u{a0}; \
             écrivez clé = valeur, le texte entre guillemets, les nombres avec un point décimal"
        )
    }
    fn config_not_positive(&self, path: &str, key: &str, value: &str) -> String {
        format!(
            "{path}\u{a0}: {key} doit être un nombre supérieur à zéro, valeur donnée\u{a0}: {value}"
        )
    }
    fn config_negative(&self, path: &str, key: &str, value: &str) -> String {
        format!(
            "{path}\u{a0}: {key} doit être supérieur ou égal à zéro, valeur donnée\u{a0}: {value}"
        )
    }
    fn config_not_fraction(&self, path: &str, key: &str, value: &str) -> String {
        format!(
            "{path}\u{a0}: {key} est une part de 0 à 1 (0.1 = 10\u{a0}%), valeur donnée\u{a0}: \
             {value}"
        )
    }
    fn config_waiver_rule(&self, path: &str, n: u64, rule: &str) -> String {
        format!(
            "{path}\u{a0}: dérogation {n}\u{a0}: {rule} n'est ni le code ni le nom d'une règle \
             (voir `teamlint rules`)"
        )
    }
    fn config_waiver_incomplete(&self, path: &str, n: u64, rule: &str) -> String {
        format!(
            "{path}\u{a0}: dérogation {n} ({rule})\u{a0}: le motif (reason) et l'approbation \
             (approved_by) sont obligatoires"
        )
    }
    fn config_waiver_date(&self, path: &str, n: u64, rule: &str, given: &str) -> String {
        format!(
            "{path}\u{a0}: dérogation {n} ({rule})\u{a0}: valid_until doit être une date comme \
             2026-12-31, valeur donnée\u{a0}: «\u{a0}{given}\u{a0}»"
        )
    }
    fn config_unknown_rule(&self, path: &str, key: &str) -> String {
        format!(
            "{path}\u{a0}: rules.{key}\u{a0}: aucune règle n'a ce code ni ce nom (voir \
             `teamlint rules`)"
        )
    }
    fn config_rule_twice(&self, path: &str, first: &str, second: &str, code: &str) -> String {
        format!(
            "{path}\u{a0}: rules.{first} et rules.{second} désignent toutes deux {code}\u{a0}: \
             n'en gardez qu'une"
        )
    }
    fn usage_missing_argument(&self, names: &str) -> String {
        format!("il manque\u{a0}: {names}")
    }
    fn usage_unknown_argument(&self, name: &str, suggested: &str) -> String {
        match suggested {
            "" => format!("l'option {name} n'existe pas"),
            s => format!("l'option {name} n'existe pas\u{a0}; vouliez-vous dire {s}\u{a0}?"),
        }
    }
    fn usage_unknown_command(&self, name: &str, suggested: &str) -> String {
        match suggested {
            "" => format!("la commande {name} n'existe pas"),
            s => format!("la commande {name} n'existe pas\u{a0}; vouliez-vous dire {s}\u{a0}?"),
        }
    }
    fn usage_invalid_value(&self, name: &str, value: &str, expected: &str) -> String {
        match expected {
            "" => format!("«\u{a0}{value}\u{a0}» n'est pas une valeur valable pour {name}"),
            e => format!(
                "«\u{a0}{value}\u{a0}» n'est pas une valeur valable pour {name} (valeurs \
                 possibles\u{a0}: {e})"
            ),
        }
    }
    fn usage_missing_command(&self, commands: &str) -> String {
        format!("indiquez une commande\u{a0}: {commands}")
    }
    fn usage_conflict(&self, name: &str, other: &str) -> String {
        format!("{name} ne peut pas être utilisé avec {other}")
    }
    fn usage_other(&self) -> String {
        "la ligne de commande n'est pas valable".into()
    }
    fn usage_more(&self, help: &str) -> String {
        format!("pour en savoir plus\u{a0}: {help}")
    }
    fn watch_not_a_folder(&self, folder: &str) -> String {
        format!("{folder} n'est pas un dossier")
    }
    fn watch_started(&self, folder: &str, out: &str) -> String {
        format!("surveillance de {folder} → {out} (Ctrl+C pour arrêter)")
    }
    fn watch_removed(&self, name: &str) -> String {
        format!("supprimé  {name}")
    }
    fn watch_stopped(&self) -> String {
        "arrêté".into()
    }
    fn watch_folder_gone(&self, folder: &str) -> String {
        format!(
            "le dossier {folder} a disparu\u{a0}; les copies sont conservées et la surveillance \
             reprend dès qu'il revient"
        )
    }
    fn watch_folder_back(&self, folder: &str) -> String {
        format!("le dossier {folder} est revenu\u{a0}; la surveillance reprend")
    }
    fn unknown_rule(&self, code: &str) -> String {
        format!(
            "code de règle inconnu «\u{a0}{code}\u{a0}»\u{a0}; `teamlint rules` liste toutes les règles"
        )
    }
    fn list_unreadable(&self, list: &str, detail: &str) -> String {
        format!("--files-from {list}\u{a0}: illisible\u{a0}: {detail}")
    }
    fn leftovers_removed(&self, files: &str) -> String {
        format!(
            "fichiers temporaires à moitié écrits par une exécution interrompue supprimés\u{a0}: \
             {files}"
        )
    }
    fn config_not_read(&self, file: &str, folder: &str) -> String {
        format!(
            "{file} du dossier de travail n'est pas lu\u{a0}: le dossier de travail se trouve \
             dans le dossier d'entrée {folder}, où un fichier déposé ne doit pas modifier les \
             règles (indiquez-le avec --config)"
        )
    }
    fn out_no_permission(&self) -> String {
        "vous n'avez pas le droit d'y écrire".into()
    }
    fn out_read_only(&self) -> String {
        "le dossier se trouve sur un lecteur en lecture seule".into()
    }
    fn out_below_a_file(&self) -> String {
        "une partie du chemin est un fichier, pas un dossier".into()
    }
}

impl TemplateTexts for French {
    fn template_properties(&self) -> (&'static str, &'static str) {
        ("Effectifs réseaux sociaux", "modèle teamlint")
    }
    fn instructions_sheet(&self) -> &'static str {
        "Mode d'emploi"
    }
    fn unusual_value(&self) -> (&'static str, &'static str) {
        (
            "Valeur inhabituelle",
            "Cette valeur ne figure pas dans la liste. teamlint risque de ne pas la comprendre\u{a0}; \
             voir la feuille Mode d'emploi.",
        )
    }
    fn required_note(&self) -> &'static str {
        "Obligatoire."
    }
    fn date_format(&self) -> &'static str {
        "dd/mm/yyyy"
    }
    fn examples(&self) -> TemplateExamples {
        TemplateExamples {
            unit: "Exemple SAS",
            people: [
                "Alex Exemple",
                "Sam Modèle",
                "Kim Direction",
                "Robin Renfort",
            ],
            departments: ["Marketing", "Service client", "Direction générale"],
        }
    }
    fn instructions_intro(&self) -> [&'static str; 3] {
        [
            "teamlint – effectifs réseaux sociaux",
            "Saisissez votre entité, votre équipe, la répartition du temps et le plan des canaux \
             dans les feuilles de ce classeur, puis faites-les vérifier par teamlint.",
            "Les lignes d'exemple montrent comment faire\u{a0}: remplacez-les ou supprimez-les. \
             Chaque en-tête porte un commentaire qui explique la colonne.",
        ]
    }
    fn instructions_headings(&self) -> [&'static str; 7] {
        [
            "Les feuilles",
            "Comment les feuilles se relient",
            "Rôles (colonne Rôle)",
            "Valeurs",
            "Lancer la vérification",
            "Les colonnes",
            "Les règles",
        ]
    }
    fn sheet_line(&self, name: &str, required: bool, purpose: &str) -> String {
        let needed = if required {
            "obligatoire"
        } else {
            "facultative"
        };
        format!("{name} ({needed})\u{a0}: {purpose}")
    }
    fn sheet_purpose(&self, sheet: &str) -> &'static str {
        match sheet {
            "Units" => {
                "les entités ou filiales\u{a0}: pays, effectif, forme d'organisation, \
                 coordinateur, sponsor, charte, budget (facultatif)"
            }
            "Staff" => {
                "toutes les personnes qui travaillent sur les réseaux sociaux\u{a0}: une ligne par \
                 collaborateur avec un matricule unique, son rôle, ses heures hebdomadaires, son \
                 coût et son suppléant"
            }
            "Allocation" => {
                "qui passe combien de temps sur quel canal\u{a0}: une ligne par collaborateur et \
                 par canal, en heures par semaine ou en part de son temps"
            }
            "Channels" => {
                "le plan des canaux\u{a0}: chaque canal avec son statut, ses publications par \
                 semaine, les heures requises, son budget et son responsable"
            }
            _ => {
                "les constats que votre entité accepte pour un temps (facultatif)\u{a0}: règle, \
                 entité, objet, motif, qui l'a approuvé et jusqu'à quand\u{a0}; le constat reste \
                 visible en gris et compte de nouveau dès le lendemain"
            }
        }
    }
    fn sheet_links(&self) -> [&'static str; 3] {
        [
            "Le matricule relie les feuilles\u{a0}: chaque matricule de la feuille Répartition et des \
             colonnes Suppléant, Coordinateur, Sponsor de la direction et Responsable doit \
             figurer dans la feuille Personnel.",
            "Le nom du canal relie la feuille Répartition au plan des canaux (majuscules et \
             minuscules indifférentes). Le temps passé sur un canal absent du plan des canaux \
             est signalé.",
            "L'entité relie toutes les feuilles. Si le classeur ne contient qu'une entité, la \
             colonne Unité des autres feuilles peut rester vide.",
        ]
    }
    fn role_line(&self, role: &str, key: bool, also: &str) -> String {
        let key = if key {
            " – rôle clé\u{a0}: demande un suppléant"
        } else {
            ""
        };
        format!("{role}{key}   (également\u{a0}: {also})")
    }
    fn roles_note(&self) -> &'static str {
        "Les formes féminines (coordinatrice, rédactrice) sont reconnues. D'autres rôles peuvent \
         être saisis en texte libre."
    }
    fn value_lines(&self) -> [&'static str; 5] {
        [
            "Les nombres peuvent s'écrire avec une virgule ou un point et une unité\u{a0}: 38,5 – \
             1\u{a0}234,50\u{a0}€ – 12\u{a0}h.",
            "Part (Répartition)\u{a0}: part des heures hebdomadaires du collaborateur, par exemple \
             50\u{a0}%, 50%, 0,5 ou 50. Chaque ligne demande des heures ou une part\u{a0}; avec \
             les deux, les heures l'emportent.",
            "Colonnes oui/non\u{a0}: oui/non, ja/nein, yes/no, x ou vide.",
            "Budget du plan des canaux\u{a0}: montant annuel, ou gratis – teamlint montre alors ce \
             que coûte réellement le temps de travail.",
            "Les listes déroulantes proposent les mots usuels\u{a0}; les mots anglais et allemands \
             (active, aktiv, …) sont compris aussi.",
        ]
    }
    fn run_lines(&self) -> [&'static str; 4] {
        [
            "Placez les classeurs remplis (y compris ceux de plusieurs filiales) dans un dossier \
             et lancez\u{a0}:",
            "teamlint check DOSSIER --out teamlint-out --lang fr",
            "Vous obtenez une copie annotée de chaque classeur (NOM.checked.xlsx), un rapport de \
             groupe (group-report.xlsx) et findings.json.",
            "teamlint rules liste toutes les règles, teamlint explain CODE en explique une (par \
             exemple teamlint explain SPOF001 --lang fr).",
        ]
    }
    fn column_heads(&self) -> [&'static str; 4] {
        ["Feuille", "Colonne", "Obligatoire", "Que saisir"]
    }
    fn yes(&self) -> &'static str {
        "oui"
    }
    fn rule_heads(&self) -> [&'static str; 4] {
        ["Code", "Nom", "Gravité", "Ce qui est vérifié"]
    }
}

impl MergeTexts for French {
    fn part_none(&self, paths: &str) -> String {
        format!("aucun fichier partiel (teamlint-part-*.jsonl.gz) dans {paths}")
    }
    fn part_not_found(&self, path: &str) -> String {
        format!(
            "fichier partiel {path}\u{a0}: fichier ou dossier introuvable\u{a0}; indiquez les \
             fichiers partiels ou le dossier dans lequel les lots les ont écrits"
        )
    }
    fn part_unreadable(&self, path: &str, detail: &str) -> String {
        format!(
            "fichier partiel {path}\u{a0}: illisible\u{a0}; vérifiez que vous avez le droit de \
             l'ouvrir — {detail}"
        )
    }
    fn part_not_a_part(&self, path: &str, why: &str) -> String {
        format!("fichier partiel {path}\u{a0}: ce n'est pas un fichier partiel de teamlint ({why})")
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
            "fichier partiel {path}\u{a0}: écrit par teamlint {theirs} (format {their_format})\u{a0}; \
             ceci est teamlint {ours} (format {our_format})\u{a0}: vérifiez de nouveau ce lot avec \
             cette version"
        )
    }
    fn part_duplicate(&self, shard: &str, first: &str, second: &str) -> String {
        format!(
            "le lot {shard} est indiqué deux fois\u{a0}: {first} et {second}\u{a0}; indiquez le \
             fichier de chaque lot une seule fois"
        )
    }
    fn part_incomplete(&self, held: u64, count: u64) -> String {
        format!(
            "les fichiers partiels contiennent {held} classeurs, mais leur liste d'entrée en \
             compte {count}\u{a0}: un fichier a été modifié après son écriture\u{a0}; relancez \
             tous les lots"
        )
    }
    fn part_digest(&self, path: &str, shard: &str, recorded: &str, actual: &str) -> String {
        format!(
            "le fichier partiel {path} (lot {shard}) a été modifié après son écriture\u{a0}: son \
             contenu a l'empreinte {actual}, son manifeste indique {recorded}\u{a0}; relancez ce lot"
        )
    }
    fn part_damaged(&self, path: &str, line: u64, reason: &str) -> String {
        format!(
            "le fichier partiel {path} est endommagé à la ligne {line}\u{a0}: {reason}\u{a0}; \
             relancez ce lot"
        )
    }
    fn part_missing(&self, shards: &str, count: u64, files: &str, again: &str) -> String {
        if count == 1 {
            format!(
                "il manque le lot {shards}\u{a0}: aucun {files} parmi les fichiers partiels \
                 indiqués\u{a0}; lancez ce lot (de nouveau) avant la fusion\u{a0}: {again}"
            )
        } else {
            format!(
                "il manque les lots {shards}\u{a0}: aucun {files} parmi les fichiers partiels \
                 indiqués\u{a0}; lancez-les (de nouveau) avant la fusion\u{a0}: {again}"
            )
        }
    }
    fn part_stale_entry(&self, path: &str, shard: &str, input: &str, more: u64) -> String {
        let more = match more {
            0 => String::new(),
            n => format!(" et {n} autres"),
        };
        format!("{path} (lot {shard}\u{a0}: {input}{more} modifié depuis)")
    }
    fn part_stale(&self, listed: &str, count: u64, again: &str) -> String {
        if count == 1 {
            format!(
                "le fichier partiel {listed} est plus ancien que ses entrées\u{a0}; relancez ce \
                 lot avant la fusion\u{a0}: {again}"
            )
        } else {
            format!(
                "{count} fichiers partiels sont plus anciens que leurs entrées\u{a0}: \
                 {listed}\u{a0}; relancez ces lots avant la fusion\u{a0}: {again}"
            )
        }
    }
    fn setting_value(&self, setting: Setting, raw: &str) -> String {
        match setting {
            Setting::Build => format!("teamlint {raw}"),
            Setting::Config => format!("empreinte de configuration {raw}"),
            Setting::Inputs => {
                let (count, hash) = raw.split_once(' ').unwrap_or((raw, ""));
                format!("{count} classeurs, empreinte {hash}")
            }
            Setting::Split => format!("{raw} lots"),
        }
    }
    fn merge_differs(&self, setting: Setting, agreeing: u64, usual: &str, ours: &str) -> String {
        match setting {
            Setting::Build => format!(
                "les {agreeing} fichiers partiels ont été écrits par {usual}, cette fusion est \
                 {ours}\u{a0}: fusionnez avec le teamlint des lots (la même image) ou relancez \
                 tous les lots avec celui-ci"
            ),
            Setting::Config => format!(
                "les {agreeing} fichiers partiels ont été vérifiés avec {usual}, cette fusion \
                 avec {ours}\u{a0}: lancez la fusion avec le teamlint.toml des lots (dans leur \
                 dossier ou avec --config) ou relancez tous les lots avec celui-ci"
            ),
            _ => format!(
                "les {agreeing} fichiers partiels sont écrits en {usual}, cette fusion écrit \
                 {ours}\u{a0}: fusionnez avec {usual} (ou sans --lang) ou relancez tous les lots \
                 avec {ours}"
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
                "par la version de teamlint",
                "avec le teamlint des autres (fixez l'image par son empreinte)".to_string(),
            ),
            Setting::Config => (
                "par la configuration",
                "avec le même teamlint.toml que les autres".to_string(),
            ),
            Setting::Inputs => (
                "par la liste d'entrée",
                "avec la même liste d'entrée que les autres".to_string(),
            ),
            Setting::Split => ("par le découpage", format!("avec --shard I/{split}")),
        };
        let who = if one {
            "le fichier partiel"
        } else {
            "les fichiers partiels"
        };
        let verb = if one { "diffère" } else { "diffèrent" };
        let others = if agreeing == 1 {
            "de l'autre fichier".to_string()
        } else {
            format!("des {agreeing} autres fichiers")
        };
        let merge = ours.map_or(String::new(), |o| format!(", et cette fusion a {o}"));
        let them = if one { "ce lot" } else { "ces lots" };
        format!(
            "{who} {listed} {verb} {noun} {others} ({usual}){merge}\u{a0}: relancez {them} {remedy}"
        )
    }
}

impl ServeTexts for French {
    fn serve_open(&self, url: &str) -> String {
        format!("teamlint serve\u{a0}: ouvrez {url} dans votre navigateur")
    }
    fn serve_kept(&self, minutes: u64) -> String {
        format!(
            "Les fichiers envoyés restent sur cet ordinateur et sont supprimés {minutes} minutes après leur vérification. Ctrl+C pour arrêter."
        )
    }
    fn serve_stopping(&self) -> String {
        "teamlint serve\u{a0}: arrêt en cours\u{a0}; la vérification en cours est attendue".into()
    }
    fn serve_token_required(&self, address: &str) -> String {
        format!(
            "--bind {address} rend la page accessible depuis d'autres machines\u{a0}: indiquez aussi un --token d'au moins 16 caractères"
        )
    }
    fn serve_token_too_short(&self) -> String {
        "le --token doit comporter au moins 16 caractères".into()
    }
    fn page_lang_code(&self) -> &'static str {
        "fr"
    }
    fn page_back(&self) -> &'static str {
        "Vérifier des classeurs"
    }
    fn upload_title(&self) -> &'static str {
        "teamlint\u{a0}: vérifier des classeurs"
    }
    fn upload_heading(&self) -> &'static str {
        "teamlint\u{a0}: vérifier les plans d'effectifs"
    }
    fn upload_intro(&self) -> &'static str {
        "Déposez ici les classeurs de vos entités ou choisissez-les. teamlint les vérifie sur cet ordinateur et affiche les constats\u{a0}; vous pouvez ensuite télécharger les copies annotées et le rapport de groupe."
    }
    fn upload_drop(&self) -> &'static str {
        "Déposez les classeurs ici"
    }
    fn upload_choose(&self) -> &'static str {
        "ou choisissez-les\u{a0}:"
    }
    fn upload_check(&self) -> &'static str {
        "Vérifier"
    }
    fn upload_uploading(&self) -> &'static str {
        "Envoi en cours…"
    }
    fn upload_checking(&self) -> &'static str {
        "Vérification en cours…"
    }
    fn upload_failed(&self) -> &'static str {
        "L'envoi a échoué\u{a0}: teamlint serve est-il toujours lancé\u{a0}?"
    }
    fn waiting_title(&self) -> &'static str {
        "teamlint\u{a0}: vérification en cours"
    }
    fn waiting_note(&self) -> &'static str {
        "Cette page affiche le rapport dès que la vérification est terminée."
    }
    fn upload_limits(&self, extensions: &str, files: u64, file: &str, request: &str) -> String {
        format!(
            "{extensions}\u{a0}: jusqu'à {files} fichiers, {file} chacun, {request} au total. Les fichiers restent sur cet ordinateur et sont supprimés une heure après la vérification."
        )
    }
    fn waiting_checking(&self, workbooks: u64) -> String {
        format!(
            "Vérification de {workbooks} classeur{}…",
            if workbooks > 1 { "s" } else { "" }
        )
    }
    fn waiting_queue(&self, ahead: u64) -> String {
        format!(
            "En attente\u{a0}: {ahead} envoi{} avant le vôtre…",
            if ahead > 1 { "s" } else { "" }
        )
    }
    fn check_failed_title(&self) -> &'static str {
        "La vérification n'a pas pu s'exécuter"
    }
    fn gone_title(&self) -> &'static str {
        "Résultat introuvable"
    }
    fn gone_text(&self) -> &'static str {
        "Ce résultat a été supprimé (une heure après sa vérification) ou n'a jamais existé. Envoyez de nouveau les classeurs."
    }
    fn upload_too_large(&self, limit: &str) -> String {
        format!(
            "L'envoi dépasse {limit}, le maximum pour un envoi\u{a0}: envoyez moins de classeurs à la fois."
        )
    }
    fn upload_not_form(&self) -> String {
        "Envoyez les classeurs comme envoi de formulaire (multipart/form-data).".into()
    }
    fn upload_broke(&self, detail: &str) -> String {
        format!("L'envoi s'est interrompu\u{a0}: {detail}. Veuillez réessayer.")
    }
    fn upload_too_many(&self, files: u64) -> String {
        format!(
            "L'envoi contient plus de {files} fichiers, le maximum pour un envoi\u{a0}: envoyez le reste séparément."
        )
    }
    fn upload_file_too_large(&self, name: &str, limit: &str) -> String {
        format!(
            "{name} dépasse {limit}, le maximum pour un fichier\u{a0}: supprimez ce dont le plan n'a pas besoin et enregistrez-le de nouveau."
        )
    }
    fn upload_empty(&self, extensions: &str) -> String {
        format!(
            "Aucun classeur dans l'envoi\u{a0}: choisissez ou déposez des fichiers {extensions}."
        )
    }
    fn forbidden_host(&self) -> String {
        "Accès refusé\u{a0}: cette page ne répond qu'à l'adresse affichée par teamlint serve."
            .into()
    }
    fn forbidden_token(&self) -> String {
        "Accès refusé\u{a0}: ouvrez l'adresse avec le jeton affiché par teamlint serve.".into()
    }
    fn forbidden_origin(&self) -> String {
        "Accès refusé\u{a0}: les classeurs ne sont acceptés que depuis la page de teamlint, pas depuis un autre site ou port.".into()
    }
    fn result_kept(&self, minutes: &str, hour: u64, minute: u64) -> String {
        format!(
            "Cette page et ses téléchargements sont conservés {minutes} minutes après la vérification, jusqu'à {hour:02}\u{a0}h\u{a0}{minute:02} UTC\u{a0}; ils sont ensuite supprimés. Téléchargez ce dont vous avez besoin, cette page aussi (report.html)."
        )
    }
}
