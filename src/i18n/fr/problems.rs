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
}

/// What a rebuilt copy keeps.
const TAIL: &str = "la copie conserve les valeurs, les formules, les marquages et les notes, \
                    mais pas la mise en forme d’origine";
