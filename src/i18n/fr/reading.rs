//! What the reader says of a workbook it cannot read or reads in part, in French.
//! Each method's documentation is on the trait.

use super::French;
use crate::contract::Lang;
use crate::i18n::{ReadingTexts, number};

/// A count with its thousands grouped (`5 000 000`, with no-break spaces).
fn grouped(n: u64) -> String {
    number(n as f64, 0, Lang::Fr)
}

impl ReadingTexts for French {
    fn unknown_extension(&self, formats: &str) -> String {
        format!(
            "pas un classeur\u{a0}: teamlint lit les fichiers {formats}\u{a0}; enregistrez le \
             fichier dans l’un de ces formats"
        )
    }
    fn lock_file(&self, workbook: &str) -> String {
        format!(
            "un fichier de verrouillage d’Excel, pas un classeur\u{a0}: il signale que \
             {workbook} est ouvert dans Excel\u{a0}; teamlint lit {workbook} lui-même, indiquez \
             donc ce fichier (enregistré) plutôt que le fichier de verrouillage"
        )
    }
    fn cannot_open(&self, cause: &str) -> String {
        format!(
            "le fichier ne peut pas être lu\u{a0}: vérifiez qu’il existe et que vous avez le \
             droit de l’ouvrir — {cause}"
        )
    }
    fn empty_file(&self) -> String {
        "le fichier est vide (0\u{a0}octet)\u{a0}: enregistrez de nouveau le classeur et relancez \
         le contrôle"
            .into()
    }
    fn file_too_large(&self, megabytes: u64, limit: u64) -> String {
        format!(
            "le fichier fait {}\u{a0}Mo, teamlint lit au plus {}\u{a0}Mo\u{a0}: supprimez ce dont le plan \
             n’a pas besoin et enregistrez-le au format .xlsx",
            grouped(megabytes),
            grouped(limit)
        )
    }
    fn not_a_zip(&self, ext: &str) -> String {
        format!(
            "pas un classeur\u{a0}: un fichier .{ext} est une archive ZIP, ce fichier n’en est \
             pas une\u{a0}; ouvrez-le dans Excel et enregistrez-le au format .xlsx"
        )
    }
    fn not_an_xls(&self) -> String {
        "pas un classeur\u{a0}: ce fichier .xls n’est pas un classeur Excel 97–2003\u{a0}; \
         ouvrez-le dans Excel et enregistrez-le au format .xlsx"
            .into()
    }
    fn encrypted(&self) -> String {
        "protégé par mot de passe\u{a0}: ouvrez le fichier dans Excel, supprimez le mot de passe \
         d’ouverture, enregistrez et relancez le contrôle"
            .into()
    }
    fn older_than_excel97(&self) -> String {
        "enregistré dans un format antérieur à Excel 97\u{a0}: ouvrez le fichier et \
         enregistrez-le au format .xlsx"
            .into()
    }
    fn xls_under_zip_name(&self, ext: &str) -> String {
        format!(
            "un ancien fichier .xls enregistré sous l’extension .{ext}\u{a0}: ouvrez-le dans \
             Excel et enregistrez-le au format .xlsx"
        )
    }
    fn truncated(&self) -> String {
        "endommagé ou incomplet\u{a0}: le fichier s’arrête avant la fin (téléchargement ou copie \
         interrompus\u{a0}?)\u{a0}; copiez-le de nouveau depuis sa source"
            .into()
    }
    fn damaged(&self, cause: &str) -> String {
        format!(
            "endommagé\u{a0}: le fichier ne peut pas être lu comme un classeur\u{a0}; ouvrez-le \
             dans Excel (qui le réparera peut-être) et enregistrez-le de nouveau — {cause}"
        )
    }
    fn zip_bomb(&self, part: &str, megabytes: u64, limit: u64) -> String {
        format!(
            "refusé comme bombe ZIP\u{a0}: la partie «\u{a0}{part}\u{a0}» se décompresse en \
             {}\u{a0}Mo, plus que les {}\u{a0}Mo permis pour une partie de classeur",
            grouped(megabytes),
            grouped(limit)
        )
    }
    fn too_much_data(&self, megabytes: u64, limit: u64) -> String {
        format!(
            "refusé, trop de travail\u{a0}: les parties du fichier se décompressent en {}\u{a0}Mo (au \
             plus {}\u{a0}Mo pour un fichier de cette taille)\u{a0}; les autres classeurs sont \
             contrôlés",
            grouped(megabytes),
            grouped(limit)
        )
    }
    fn overlapping_parts(&self, first: &str, second: &str) -> String {
        format!(
            "refusé\u{a0}: les parties «\u{a0}{first}\u{a0}» et «\u{a0}{second}\u{a0}» partagent \
             les mêmes données dans l’archive, ce qu’aucun tableur n’écrit\u{a0}; enregistrez de \
             nouveau le classeur dans Excel"
        )
    }
    fn shared_part(&self, part: &str, count: u64) -> String {
        format!(
            "refusé\u{a0}: {count} feuilles ou parties du classeur renvoient à la même partie \
             «\u{a0}{part}\u{a0}», ce qu’aucun tableur n’écrit\u{a0}; enregistrez de nouveau le \
             classeur dans Excel"
        )
    }
    fn too_many_parts(&self, count: u64) -> String {
        format!(
            "refusé\u{a0}: l’archive contient {} parties, plus qu’un classeur n’en a",
            grouped(count)
        )
    }
    fn too_many_cells(&self, sheet: &str, limit: u64) -> String {
        format!(
            "trop volumineux\u{a0}: la feuille «\u{a0}{sheet}\u{a0}» porte le classeur au-delà de \
             {} cellules remplies\u{a0}; supprimez ce dont le plan n’a pas besoin et enregistrez \
             de nouveau",
            grouped(limit)
        )
    }
    fn grid_too_large(&self, sheet: &str, rows: u64, cols: u64) -> String {
        format!(
            "trop volumineux pour le format .xls\u{a0}: la feuille «\u{a0}{sheet}\u{a0}» s’étend \
             sur {} lignes × {} colonnes\u{a0}; supprimez les lignes et colonnes vides après les \
             données ou enregistrez le fichier au format .xlsx",
            grouped(rows),
            grouped(cols)
        )
    }
    fn texts_too_large(&self, sheet: &str) -> String {
        format!(
            "trop volumineux\u{a0}: les textes de la feuille «\u{a0}{sheet}\u{a0}» demandent plus \
             de mémoire que teamlint n’en accorde à un classeur\u{a0}; supprimez ce dont le plan \
             n’a pas besoin et enregistrez de nouveau"
        )
    }
    fn unknown_code_page(&self, code_page: u64) -> String {
        format!(
            "enregistré dans un jeu de caractères que teamlint ne sait pas lire (page de codes \
             {code_page})\u{a0}: ouvrez le fichier dans Excel et enregistrez-le au format .xlsx"
        )
    }
    fn internal_error(&self, detail: &str) -> String {
        format!(
            "teamlint n’a pas pu lire ce fichier (erreur interne du module de lecture)\u{a0}; \
             merci de l’envoyer aux développeurs — {detail}"
        )
    }
    fn totals_rows_note(&self, count: u64) -> String {
        format!(
            "Lignes lues comme totaux ou sous-totaux, et non comme données\u{a0}: {}.",
            grouped(count)
        )
    }
    fn other_rows_note(&self, count: u64) -> String {
        format!(
            "Lignes lues comme titres, notes, légendes ou lignes d’en-tête répétées, et non comme \
             données\u{a0}: {}.",
            grouped(count)
        )
    }
    fn column_choice_note(&self, sheet: &str, field: &str, used: &str, ignored: &str) -> String {
        format!(
            "{sheet}\u{a0}: deux colonnes désignent {field}\u{a0}; lu\u{a0}: {used}, et non \
             {ignored}."
        )
    }
}
