//! Why an input has no copy or no findings, and what the reader of a copy should know, in French.
//! Each method's documentation is on the trait.

use super::French;
use crate::i18n::ProblemTexts;

impl ProblemTexts for French {
    fn not_found(&self) -> String {
        "fichier ou dossier introuvable".into()
    }
    fn folder_unreadable(&self, detail: &str) -> String {
        format!("dossier illisible\u{a0}: {detail}")
    }
    fn through_link(&self, folder: &str) -> String {
        format!(
            "la copie n’est pas écrite\u{a0}: le dossier {folder} du dossier de sortie est un lien \
             symbolique, et teamlint n’écrit jamais à travers un lien"
        )
    }
    fn copy_too_large(&self, mb: u64) -> String {
        format!(
            "refusé, trop de travail\u{a0}: la copie annotée dépasserait {mb} Mo, le maximum \
             qu’un classeur de cette taille et ses constats peuvent demander\u{a0}; les autres \
             classeurs sont contrôlés"
        )
    }
    fn unwritten(&self, copy: &str, detail: &str) -> String {
        format!("impossible d’écrire la copie {copy}\u{a0}: {detail}")
    }
    fn rebuilt_strict(&self) -> String {
        format!(
            "reconstruite\u{a0}: le classeur est enregistré au format Strict Open XML, que \
             teamlint ne modifie pas\u{a0}; {TAIL}."
        )
    }
    fn rebuilt_missing_sheet(&self, sheet: &str) -> String {
        format!(
            "reconstruite\u{a0}: la feuille «\u{a0}{sheet}\u{a0}» manque dans la liste des \
             feuilles du classeur\u{a0}; {TAIL}."
        )
    }
    fn rebuilt_unpatchable(&self, part: &str, detail: &str) -> String {
        format!("reconstruite\u{a0}: teamlint n’a pas pu modifier {part} ({detail})\u{a0}; {TAIL}.")
    }
    fn repaired(&self, parts: &str) -> String {
        format!(
            "réparée\u{a0}: dans l’original, {parts} avait une somme de contrôle erronée\u{a0}; la \
             copie contient le même contenu avec la bonne."
        )
    }
    fn nothing_to_check(&self, searched: &str, skipped: &[String]) -> String {
        let skipped = if skipped.is_empty() {
            String::new()
        } else {
            format!("\u{a0}; ignorés\u{a0}: {}", skipped.join("\u{a0}; "))
        };
        format!(
            "aucun classeur à contrôler dans {searched} (teamlint lit {}){skipped}\u{a0}; rien \
             n’a été écrit, les rapports d’un contrôle précédent restent tels quels",
            crate::contract::extension_list()
        )
    }
    fn skipped_csv(&self, name: &str) -> String {
        format!("{name}\u{a0}: un export CSV, enregistrez le classeur au format .xlsx")
    }
    fn skipped_lock(&self, name: &str, workbook: &str) -> String {
        format!("{name}\u{a0}: le fichier de verrouillage de {workbook}, ouvert dans Excel")
    }
    fn skipped_missing(&self, name: &str) -> String {
        format!("{name}\u{a0}: {}", self.not_found())
    }
    fn skipped_other(&self, name: &str) -> String {
        format!("{name}\u{a0}: pas un classeur")
    }
    fn out_is_input(&self, folder: &str) -> String {
        format!(
            "--out {folder} est le dossier d’où les classeurs sont lus\u{a0}: donnez aux \
             résultats un dossier à eux (un dossier à l’intérieur convient)"
        )
    }
    fn out_is_file(&self, path: &str) -> String {
        format!(
            "--out {path} est un fichier, pas un dossier\u{a0}: indiquez un dossier pour les \
             résultats"
        )
    }
    fn out_unwritable(&self, path: &str, detail: &str) -> String {
        format!("impossible d’écrire les résultats dans --out {path}\u{a0}: {detail}")
    }
    fn reports_kept(&self, out: &str) -> String {
        format!(
            "aucun rapport écrit\u{a0}: aucun classeur n’était lisible\u{a0}; les rapports d’un \
             contrôle précédent dans {out} restent tels quels"
        )
    }
}

/// What a rebuilt copy keeps.
const TAIL: &str = "la copie conserve les valeurs, les formules, les marquages et les notes, \
                    mais pas la mise en forme d’origine";
