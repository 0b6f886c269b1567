//! The input contract in one table: sheets, columns, their English and German aliases, and the
//! vocabularies (roles, tasks, statuses, organisation forms, employment, yes/no, "free" words).

use serde::Serialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The sheets a workbook may hold: the four of the plan and the unit's own waivers.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
#[allow(missing_docs)] // the variants are the contract's words, named as they read
pub enum SheetKind {
    Units,
    Staff,
    Allocation,
    Channels,
    /// Waivers: findings the unit has agreed to accept until a date.
    Waivers,
}

impl SheetKind {
    /// Every contract sheet, in reading order.
    pub const ALL: [SheetKind; 5] = [
        SheetKind::Units,
        SheetKind::Staff,
        SheetKind::Allocation,
        SheetKind::Channels,
        SheetKind::Waivers,
    ];

    /// The canonical (English) sheet name.
    pub fn name(self) -> &'static str {
        self.def().name
    }

    /// The English contract header of a column of this sheet (`?` for a column it has not).
    pub fn header(self, col: Col) -> &'static str {
        self.def().column(col).map_or("?", |c| c.header)
    }

    /// The sheet's definition in the contract table.
    pub fn def(self) -> &'static SheetDef {
        SHEETS
            .iter()
            .find(|s| s.kind == self)
            .expect("every kind has a definition")
    }
}

/// The value type a column holds; the reader coerces each cell to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)] // the variants are the contract's words, named as they read
pub enum ValueType {
    Text,
    PersonId,
    WholeNumber,
    Number,
    /// Hours: a number, or a duration (`38:30`, a time cell).
    Hours,
    Money,
    Share,
    YesNo,
    OrgForm,
    Role,
    Task,
    Status,
    Employment,
    MoneyOrFree,
    /// A rule's code or name.
    Rule,
    /// A date.
    Date,
}

/// Every column the contract knows, across all sheets.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
#[allow(missing_docs)] // the variants are the contract's words, named as they read
pub enum Col {
    Unit,
    Country,
    Employees,
    OrgForm,
    Coordinator,
    Sponsor,
    Guidelines,
    Currency,
    HourlyRate,
    UnitBudget,
    PersonId,
    Name,
    Department,
    Role,
    WeeklyHours,
    HourlyCost,
    AnnualCost,
    Deputy,
    Employment,
    Channel,
    Task,
    Hours,
    Share,
    Status,
    Posts,
    RequiredHours,
    Budget,
    ResponseTime,
    Owner,
    /// The rule a waiver is for.
    Rule,
    /// What a waiver is about (a channel, a person ID, a unit).
    Subject,
    /// One finding a waiver is for, by its id or key.
    FindingId,
    /// Why a waiver accepts the finding.
    Reason,
    /// Who approved a waiver.
    ApprovedBy,
    /// A waiver's last day.
    ValidUntil,
}

impl Col {
    /// How many columns the contract knows (`ValidUntil` is the last variant), so a `Col` can
    /// index an array: `col as usize < Col::COUNT`.
    pub(crate) const COUNT: usize = Col::ValidUntil as usize + 1;
}

/// A sheet's name in a language, from its English contract name (`Staff` → `Mitarbeiter`);
/// a name the contract does not know is returned as it is.
pub fn sheet_name(english: &str, lang: Lang) -> &str {
    let Some(sheet) = SHEETS.iter().find(|s| s.name == english) else {
        return english;
    };
    match lang {
        Lang::En => english,
        Lang::De => sheet.name_de,
        Lang::Fr => sheet.name_fr,
    }
}

/// A column's header in a language, from its English contract header (`Weekly hours` →
/// `Wochenstunden`); a header the contract does not know is returned as it is.
pub(crate) fn column_header(english: &str, lang: Lang) -> &str {
    let Some(column) = SHEETS
        .iter()
        .flat_map(|s| s.columns.iter())
        .find(|c| c.header == english)
    else {
        return english;
    };
    column.header_in(lang)
}

impl ColumnDef {
    /// The column's canonical header in a language (what the template writes).
    pub fn header_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.header,
            Lang::De => self.header_de,
            Lang::Fr => self.header_fr,
        }
    }

    /// The column's hint in a language (what the template writes under the header).
    pub fn hint_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.hint_en,
            Lang::De => self.hint_de,
            Lang::Fr => self.hint_fr,
        }
    }

    /// The column's own headers in every language: English, German, French.
    fn own_headers(&self) -> [&'static str; 3] {
        [self.header, self.header_de, self.header_fr]
    }
}

/// One column of one sheet: canonical header, accepted aliases, type and whether it is required.
#[derive(Debug, Serialize)]
pub struct ColumnDef {
    /// Which column it is.
    pub col: Col,
    /// The English header: what `template` writes; the reader accepts it as the column's own.
    pub header: &'static str,
    /// The German header: what `template --lang de` writes; the reader accepts it too.
    pub header_de: &'static str,
    /// The French header: what `template --lang fr` writes; the reader accepts it as the
    /// column's own (accents, apostrophes and case ignored).
    pub header_fr: &'static str,
    /// Further headers the reader accepts for the column (`Jahresbudget`).
    pub aliases: &'static [&'static str],
    /// What the cells hold, which says how they are read.
    pub value_type: ValueType,
    /// Whether a sheet without the column gets a DATA003 finding.
    pub required: bool,
    /// The hint `template` writes under the English header.
    pub hint_en: &'static str,
    /// The hint `template --lang de` writes under the German header.
    pub hint_de: &'static str,
    /// The hint in French (what `template --lang fr` writes under the header).
    pub hint_fr: &'static str,
}

/// One sheet: canonical name, accepted names, whether the workbook needs it, and its columns.
#[derive(Debug, Serialize)]
pub struct SheetDef {
    /// Which sheet it is.
    pub kind: SheetKind,
    /// The English name: what `template` writes; the reader accepts it as the sheet's own.
    pub name: &'static str,
    /// The German name: what `template --lang de` writes; the reader accepts it too.
    pub name_de: &'static str,
    /// The French name: what `template --lang fr` writes; the reader accepts it as the sheet's
    /// own (accents and case ignored).
    pub name_fr: &'static str,
    /// Further names the reader accepts for the sheet.
    pub aliases: &'static [&'static str],
    /// Whether a workbook without the sheet gets a DATA001 finding.
    pub required: bool,
    /// Its columns, in the template's order.
    pub columns: &'static [ColumnDef],
}

impl SheetDef {
    /// The sheet's canonical name in a language (what the template writes).
    pub fn name_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.name,
            Lang::De => self.name_de,
            Lang::Fr => self.name_fr,
        }
    }

    /// The definition of a column of this sheet.
    pub fn column(&self, col: Col) -> Option<&'static ColumnDef> {
        // SHEETS is 'static, so the lookup through it yields 'static references.
        SHEETS
            .iter()
            .find(|s| s.kind == self.kind)
            .and_then(|s| s.columns.iter().find(|c| c.col == col))
    }

    /// The column a header text names on this sheet, after normalisation.
    pub fn match_header(&self, text: &str) -> Option<&'static ColumnDef> {
        self.match_header_ranked(text).map(|(column, _)| column)
    }

    /// The column a header text names on this sheet and how closely: 0 for the column's own
    /// English or German header, 1 for an alias, 2 for an alias that is another sheet's own
    /// header of another column (`Wochenstunden` on the Allocation sheet is the Staff sheet's
    /// contract hours). Of two columns that name one field, the closer one is read.
    pub fn match_header_ranked(&self, text: &str) -> Option<(&'static ColumnDef, u8)> {
        /// Every accepted header of every sheet, normalised once: (sheet, normalised, column,
        /// rank).
        type Header = (SheetKind, String, &'static ColumnDef, u8);
        static HEADERS: LazyLock<Vec<Header>> = LazyLock::new(|| {
            let own = |c: &ColumnDef, key: &str| {
                c.own_headers().iter().any(|h| normalize_header(h) == key)
            };
            let mut all = Vec::new();
            for sheet in SHEETS {
                for c in sheet.columns {
                    for name in c.own_headers().iter().chain(c.aliases) {
                        let key = normalize_header(name);
                        let elsewhere = SHEETS
                            .iter()
                            .filter(|s| s.kind != sheet.kind)
                            .flat_map(|s| s.columns.iter())
                            .any(|o| o.col != c.col && own(o, &key));
                        let rank = match (own(c, &key), elsewhere) {
                            (true, _) => 0,
                            (false, false) => 1,
                            (false, true) => 2,
                        };
                        all.push((sheet.kind, key, c, rank));
                    }
                }
            }
            all
        });
        let key = normalize_header(text);
        if key.is_empty() {
            return None;
        }
        // In column order, so a header two columns accept goes to the first.
        HEADERS
            .iter()
            .find(|(kind, name, _, _)| *kind == self.kind && *name == key)
            .map(|&(_, _, column, rank)| (column, rank))
    }

    /// Whether a sheet name (as written in a workbook) names this sheet.
    pub fn matches_name(&self, sheet_name: &str) -> bool {
        let fold = |name: &str| fold_accents(&name.trim().to_lowercase());
        let key = fold(sheet_name);
        [self.name, self.name_de, self.name_fr]
            .iter()
            .chain(self.aliases)
            .any(|name| fold(name) == key)
    }
}

macro_rules! col {
    ($col:ident, $en:expr, $de:expr, $fr:expr, [$($alias:expr),*], $ty:ident, $req:expr, $hen:expr, $hde:expr, $hfr:expr) => {
        ColumnDef {
            col: Col::$col,
            header: $en,
            header_de: $de,
            header_fr: $fr,
            aliases: &[$($alias),*],
            value_type: ValueType::$ty,
            required: $req,
            hint_en: $hen,
            hint_de: $hde,
            hint_fr: $hfr,
        }
    };
}

const UNIT_HINT_EN: &str = "Name of the business unit or subsidiary.";
const UNIT_HINT_DE: &str = "Name der Einheit oder Gesellschaft.";
const UNIT_HINT_FR: &str = "Nom de l’unité ou de la filiale.";

/// The contract's sheets and columns (docs/CONTRACT.md, "Input").
pub static SHEETS: &[SheetDef] = &[
    SheetDef {
        kind: SheetKind::Units,
        name: "Units",
        name_de: "Einheiten",
        name_fr: "Unités",
        aliases: &["Gesellschaften", "Organisation", "Organization"],
        required: false,
        columns: &[
            col!(
                Unit,
                "Unit",
                "Einheit",
                "Unité",
                ["Gesellschaft", "Business Unit", "BU"],
                Text,
                true,
                UNIT_HINT_EN,
                UNIT_HINT_DE,
                UNIT_HINT_FR
            ),
            col!(
                Country,
                "Country",
                "Land",
                "Pays",
                [],
                Text,
                false,
                "ISO country code or name.",
                "ISO-Ländercode oder Name.",
                "Code pays ISO ou nom du pays."
            ),
            col!(
                Employees,
                "Employees",
                "Mitarbeiterzahl",
                "Effectif",
                ["Beschäftigte", "Headcount"],
                WholeNumber,
                false,
                "Number of employees of the unit.",
                "Zahl der Beschäftigten der Einheit.",
                "Effectif de l’unité."
            ),
            col!(
                OrgForm,
                "Organisation form",
                "Organisationsform",
                "Forme d'organisation",
                ["Org form", "Organization form"],
                OrgForm,
                false,
                "holistic, decentralised, coordinated, centralised or multi-coordinated.",
                "holistisch, dezentral, koordiniert, zentralisiert oder mehrfach koordiniert.",
                "holistique, décentralisée, coordonnée, centralisée ou multi-coordonnée."
            ),
            col!(
                Coordinator,
                "Coordinator",
                "Koordinator",
                "Coordinateur",
                ["Koordination"],
                PersonId,
                false,
                "Person ID of the social media coordinator.",
                "Personalnummer der Social-Media-Koordination.",
                "Matricule du coordinateur réseaux sociaux."
            ),
            col!(
                Sponsor,
                "Executive sponsor",
                "Vorstandssponsor",
                "Sponsor de la direction",
                ["Sponsor"],
                PersonId,
                false,
                "Person ID of the executive sponsor.",
                "Personalnummer des Sponsors in der Geschäftsleitung.",
                "Matricule du sponsor de la direction."
            ),
            col!(
                Guidelines,
                "Guidelines",
                "Richtlinien",
                "Charte réseaux sociaux",
                ["Social-Media-Guidelines"],
                YesNo,
                false,
                "Are there social media guidelines? yes/no",
                "Gibt es Social-Media-Richtlinien? ja/nein",
                "Existe-t-il une charte réseaux sociaux\u{a0}? oui/non"
            ),
            col!(
                Currency,
                "Currency",
                "Währung",
                "Devise",
                [],
                Text,
                false,
                "ISO currency code, default EUR.",
                "ISO-Währungscode, Standard EUR.",
                "Code devise ISO, EUR par défaut."
            ),
            col!(
                HourlyRate,
                "Hourly rate",
                "Stundensatz",
                "Taux horaire",
                [],
                Money,
                false,
                "Default hourly cost of the unit's staff.",
                "Standard-Stundensatz der Mitarbeitenden der Einheit.",
                "Coût horaire par défaut du personnel de l’unité."
            ),
            col!(
                UnitBudget,
                "Budget",
                "Social-Media-Budget",
                "Budget réseaux sociaux",
                ["Jahresbudget"],
                Money,
                false,
                "Social media budget per year for the whole unit.",
                "Social-Media-Budget pro Jahr für die ganze Einheit.",
                "Budget réseaux sociaux annuel de l’ensemble de l’unité."
            ),
        ],
    },
    SheetDef {
        kind: SheetKind::Staff,
        name: "Staff",
        name_de: "Mitarbeiter",
        name_fr: "Personnel",
        aliases: &["Personal", "Team"],
        required: true,
        columns: &[
            col!(
                PersonId,
                "Person ID",
                "Personalnummer",
                "Matricule",
                ["ID", "Pers.-Nr.", "Employee ID"],
                PersonId,
                true,
                "Unique ID of the person.",
                "Eindeutige Personalnummer.",
                "Matricule unique de la personne."
            ),
            col!(
                Name,
                "Name",
                "Mitarbeiter",
                "Nom",
                ["Mitarbeiterin"],
                Text,
                false,
                "Name of the person.",
                "Name der Person.",
                "Nom de la personne."
            ),
            col!(
                Unit,
                "Unit",
                "Einheit",
                "Unité",
                ["Gesellschaft", "Business Unit", "BU"],
                Text,
                false,
                UNIT_HINT_EN,
                UNIT_HINT_DE,
                UNIT_HINT_FR
            ),
            col!(
                Department,
                "Department",
                "Abteilung",
                "Service",
                ["Bereich"],
                Text,
                false,
                "Department the person belongs to.",
                "Abteilung der Person.",
                "Service auquel la personne est rattachée."
            ),
            col!(
                Role,
                "Role",
                "Rolle",
                "Rôle",
                ["Funktion"],
                Role,
                false,
                "Social media role, e.g. social media manager, coordinator, community manager.",
                "Social-Media-Rolle, z. B. Social-Media-Manager, Koordinator, Community-Manager.",
                "Rôle réseaux sociaux, p. ex. responsable des réseaux sociaux, coordinateur, community manager."
            ),
            col!(
                WeeklyHours,
                "Weekly hours",
                "Wochenstunden",
                "Heures hebdomadaires",
                ["Vertragsstunden", "Hours per week"],
                Hours,
                true,
                "Contracted hours per week.",
                "Vertragliche Wochenstunden.",
                "Heures hebdomadaires contractuelles."
            ),
            col!(
                HourlyCost,
                "Hourly cost",
                "Stundensatz",
                "Coût horaire",
                ["Kosten pro Stunde"],
                Money,
                false,
                "Cost per hour worked.",
                "Kosten pro Arbeitsstunde.",
                "Coût par heure travaillée."
            ),
            col!(
                AnnualCost,
                "Annual cost",
                "Jahreskosten",
                "Coût annuel",
                ["Personalkosten"],
                Money,
                false,
                "Cost per year (used when no hourly cost).",
                "Kosten pro Jahr (wenn kein Stundensatz).",
                "Coût annuel (utilisé faute de coût horaire)."
            ),
            col!(
                Deputy,
                "Deputy",
                "Vertretung",
                "Suppléant",
                ["Stellvertretung", "Stellvertreter"],
                PersonId,
                false,
                "Person ID of the deputy.",
                "Personalnummer der Vertretung.",
                "Matricule du suppléant."
            ),
            col!(
                Employment,
                "Employment",
                "Beschäftigungsart",
                "Type d'emploi",
                [],
                Employment,
                false,
                "internal, external, agency or freelance.",
                "intern, extern, Agentur oder freiberuflich.",
                "interne, externe, agence ou indépendant."
            ),
        ],
    },
    SheetDef {
        kind: SheetKind::Allocation,
        name: "Allocation",
        name_de: "Zeitaufteilung",
        name_fr: "Répartition",
        aliases: &["Time allocation", "Zuordnung", "Zeitplanung"],
        required: true,
        columns: &[
            col!(
                PersonId,
                "Person ID",
                "Personalnummer",
                "Matricule",
                ["ID", "Pers.-Nr.", "Employee ID"],
                PersonId,
                true,
                "Person ID from the Staff sheet.",
                "Personalnummer aus dem Blatt Mitarbeiter.",
                "Matricule figurant sur la feuille Personnel."
            ),
            col!(
                Channel,
                "Channel",
                "Kanal",
                "Canal",
                [],
                Text,
                true,
                "Channel name as in the channel plan.",
                "Kanalname wie im Kanalplan.",
                "Nom du canal, comme dans le plan des canaux."
            ),
            col!(
                Unit,
                "Unit",
                "Einheit",
                "Unité",
                ["Gesellschaft", "Business Unit", "BU"],
                Text,
                false,
                "Unit, default: the person's unit.",
                "Einheit, Standard: die Einheit der Person.",
                "Unité, par défaut celle de la personne."
            ),
            col!(
                Task,
                "Task",
                "Aufgabe",
                "Tâche",
                ["Tätigkeit"],
                Task,
                false,
                "content, community, monitoring, coordination, analytics, advertising or support.",
                "Inhalte, Moderation, Monitoring, Koordination, Analyse, Werbung oder Kundenservice.",
                "contenu, animation, veille, coordination, analyse, publicité ou service client."
            ),
            col!(
                Hours,
                "Hours per week",
                "Stunden pro Woche",
                "Heures par semaine",
                ["Std./Woche", "Wochenstunden"],
                Hours,
                false,
                "Hours per week on this channel.",
                "Stunden pro Woche für diesen Kanal.",
                "Heures par semaine consacrées à ce canal."
            ),
            col!(
                Share,
                "Share",
                "Anteil",
                "Part",
                ["Anteil Arbeitszeit", "%"],
                Share,
                false,
                "Share of the person's weekly hours, e.g. 50%.",
                "Anteil an der Wochenarbeitszeit, z. B. 50 %.",
                "Part des heures hebdomadaires de la personne, p. ex. 50\u{a0}%."
            ),
        ],
    },
    SheetDef {
        kind: SheetKind::Channels,
        name: "Channels",
        name_de: "Kanäle",
        name_fr: "Canaux",
        aliases: &["Channel plan", "Kanalplan"],
        required: true,
        columns: &[
            col!(
                Unit,
                "Unit",
                "Einheit",
                "Unité",
                ["Gesellschaft", "Business Unit", "BU"],
                Text,
                false,
                UNIT_HINT_EN,
                UNIT_HINT_DE,
                UNIT_HINT_FR
            ),
            col!(
                Channel,
                "Channel",
                "Kanal",
                "Canal",
                [],
                Text,
                true,
                "Channel name, unique per unit.",
                "Kanalname, je Einheit eindeutig.",
                "Nom du canal, unique par unité."
            ),
            col!(
                Status,
                "Status",
                "Status",
                "Statut",
                [],
                Status,
                false,
                "active (default), planned or paused.",
                "aktiv (Standard), geplant oder pausiert.",
                "actif (par défaut), prévu ou en pause."
            ),
            col!(
                Posts,
                "Posts per week",
                "Beiträge pro Woche",
                "Publications par semaine",
                ["Posts/Woche"],
                Number,
                false,
                "Planned posts per week.",
                "Geplante Beiträge pro Woche.",
                "Publications prévues par semaine."
            ),
            col!(
                RequiredHours,
                "Required hours per week",
                "Soll-Stunden",
                "Heures requises par semaine",
                ["Bedarf Std./Woche"],
                Hours,
                false,
                "Hours per week the channel needs.",
                "Stunden pro Woche, die der Kanal braucht.",
                "Heures par semaine dont le canal a besoin."
            ),
            col!(
                Budget,
                "Budget",
                "Jahresbudget",
                "Budget annuel",
                ["Kosten"],
                MoneyOrFree,
                false,
                "Budget per year, or free.",
                "Budget pro Jahr, oder kostenlos.",
                "Budget annuel, ou gratuit."
            ),
            col!(
                ResponseTime,
                "Response time (h)",
                "Reaktionszeit",
                "Délai de réponse (h)",
                [],
                Hours,
                false,
                "Promised response time in hours.",
                "Zugesagte Reaktionszeit in Stunden.",
                "Délai de réponse promis, en heures."
            ),
            col!(
                Owner,
                "Owner",
                "Verantwortlich",
                "Responsable",
                [],
                PersonId,
                false,
                "Person ID of the channel owner.",
                "Personalnummer der verantwortlichen Person.",
                "Matricule du responsable du canal."
            ),
        ],
    },
    SheetDef {
        kind: SheetKind::Waivers,
        name: "Waivers",
        name_de: "Ausnahmen",
        name_fr: "Dérogations",
        aliases: &["Waiver", "Exceptions", "Ausnahme", "Ausnahmegenehmigungen"],
        required: false,
        columns: &[
            col!(
                Rule,
                "Rule",
                "Regel",
                "Règle",
                ["Rule code", "Code", "Regelcode"],
                Rule,
                true,
                "The rule whose finding is accepted: its code (SPOF001) or name.",
                "Die Regel, deren Befund akzeptiert wird: ihr Code (SPOF001) oder Name.",
                "La règle dont le constat est accepté\u{a0}: son code (SPOF001) ou son nom."
            ),
            col!(
                Unit,
                "Unit",
                "Einheit",
                "Unité",
                ["Gesellschaft", "Business Unit", "BU"],
                Text,
                false,
                "The unit it is for; empty: every unit of this workbook.",
                "Die Einheit, für die sie gilt; leer: jede Einheit dieser Mappe.",
                "L’unité concernée\u{a0}; vide\u{a0}: toutes les unités de ce classeur."
            ),
            col!(
                Subject,
                "Subject",
                "Gegenstand",
                "Objet",
                ["Betrifft", "Channel or person", "Kanal oder Person"],
                Text,
                false,
                "What the finding is about: a channel, a Person ID or the unit; empty: any.",
                "Worum es im Befund geht: ein Kanal, eine Personalnummer oder die Einheit; leer: jeder.",
                "L’objet du constat\u{a0}: un canal, un matricule ou l’unité\u{a0}; vide\u{a0}: n’importe lequel."
            ),
            col!(
                FindingId,
                "Finding ID",
                "Befund-ID",
                "ID du constat",
                ["Finding", "Befund", "Key"],
                Text,
                false,
                "Or exactly one finding, by its id from findings.json.",
                "Oder genau ein Befund, mit seiner ID aus findings.json.",
                "Ou un seul constat, par son identifiant dans findings.json."
            ),
            col!(
                Reason,
                "Reason",
                "Begründung",
                "Motif",
                ["Grund", "Why"],
                Text,
                true,
                "Why the finding is accepted for now.",
                "Warum der Befund vorerst akzeptiert wird.",
                "Pourquoi le constat est accepté pour l’instant."
            ),
            col!(
                ApprovedBy,
                "Approved by",
                "Genehmigt von",
                "Approuvé par",
                ["Approver", "Genehmigung", "Freigabe"],
                Text,
                true,
                "Who approved the exception.",
                "Wer die Ausnahme genehmigt hat.",
                "Qui a approuvé la dérogation."
            ),
            col!(
                ValidUntil,
                "Valid until",
                "Gültig bis",
                "Valable jusqu'au",
                ["Until", "Expires", "Bis", "Befristet bis"],
                Date,
                true,
                "The last day it holds (a date); from the next day the finding counts again.",
                "Der letzte Tag, an dem sie gilt (ein Datum); ab dem Tag danach zählt der Befund wieder.",
                "Le dernier jour où elle s’applique (une date)\u{a0}; dès le lendemain, le constat compte de nouveau."
            ),
        ],
    },
];

/// The text with the accents of French (and the other Latin-script subsidiaries) taken off,
/// in lower case: `Répartition` and `repartition` read alike, as do `Kanäle` and `Kanale`.
pub(crate) fn fold_accents(text: &str) -> String {
    // Most cells are ASCII: lowercase is all there is to do, a byte at a time.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for ch in text.chars().flat_map(char::to_lowercase) {
        match ch {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ÿ' | 'ý' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            c => out.push(c),
        }
    }
    out
}

/// Normalises a header for matching: case, accents, blanks, the punctuation `. : - _ / '` and
/// `(…)` units are ignored, so `Std./Woche`, `Hours per week (h)`, `hours_per_week` and
/// `Unite` for `Unité` all match.
pub(crate) fn normalize_header(text: &str) -> String {
    let text = fold_accents(text);
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for ch in text.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '.' | ':' | '-' | '_' | '/' | '\'' | '’' => {}
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

/// Normalises a vocabulary word: lowercase, no accents, blanks or hyphens, German gender endings
/// (`(in)`, `*in`, `:in`, `_in`, `/in`, `/-in`, `Innen`) removed.
pub(crate) fn normalize_word(text: &str) -> String {
    let t = text.trim();
    // Binnen-I ("RedakteurIn") is told apart by its case, so it goes before lowercasing.
    let t = match t.strip_suffix("In") {
        Some(stem) if stem.chars().count() > 2 && stem.ends_with(char::is_lowercase) => stem,
        _ => t,
    };
    let mut s = fold_accents(t);
    for suffix in [
        "(innen)", "(in)", "*innen", ":innen", "*in", ":in", "_in", "/-in", "/in",
    ] {
        if let Some(stem) = s.strip_suffix(suffix) {
            s.truncate(stem.len());
            break;
        }
    }
    s.retain(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '.' | '/'));
    s
}

/// A vocabulary's words, built once: as the contract spells them (what the template's drop-downs
/// write, found without normalising the cell's text) and normalised (every other spelling).
struct Vocab<T> {
    exact: HashMap<&'static str, T>,
    normalized: HashMap<String, T>,
}

impl<T: Copy> Vocab<T> {
    fn new(all: &[T], words: impl Fn(T) -> Vec<&'static str>) -> Vocab<T> {
        let mut normalized = HashMap::new();
        for &value in all {
            for word in words(value) {
                normalized.entry(normalize_word(word)).or_insert(value);
            }
        }
        // A contract spelling means what its normalised form means (the first word wins).
        let exact = all
            .iter()
            .flat_map(|&value| words(value))
            .map(|word| (word, normalized[&normalize_word(word)]))
            .collect();
        Vocab { exact, normalized }
    }

    /// The value a cell's text names: as the contract spells it, else after normalising.
    fn find(&self, text: &str) -> Option<T> {
        match self.exact.get(text.trim()) {
            Some(&value) => Some(value),
            None => self.normalized.get(&normalize_word(text)).copied(),
        }
    }
}

/// Social media roles (docs/CONTRACT.md, "Staff").
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)] // the variants are the contract's words, named as they read
pub enum Role {
    SocialMediaManager,
    Coordinator,
    GroupCoordinator,
    CommunityManager,
    ContentCreator,
    Ambassador,
    ExecutiveSponsor,
    Analyst,
    Helper,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 9] = [
        Role::SocialMediaManager,
        Role::Coordinator,
        Role::GroupCoordinator,
        Role::CommunityManager,
        Role::ContentCreator,
        Role::Ambassador,
        Role::ExecutiveSponsor,
        Role::Analyst,
        Role::Helper,
    ];

    /// English and German words for the role; the first English and first German are canonical.
    pub fn words(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            Role::SocialMediaManager => (&["social media manager"], &["Social-Media-Manager"]),
            Role::Coordinator => (
                &["coordinator", "social media coordinator"],
                &["Koordinator", "Social-Media-Koordinator"],
            ),
            Role::GroupCoordinator => (
                &["group coordinator", "global social media lead"],
                &["Konzernkoordinator"],
            ),
            Role::CommunityManager => (
                &["community manager", "moderator"],
                &["Community-Manager", "Foren-Betreuer", "Moderator"],
            ),
            Role::ContentCreator => (&["content creator", "editor"], &["Redakteur"]),
            Role::Ambassador => (
                &["ambassador", "multiplier"],
                &["Botschafter", "Multiplikator", "Abgesandter"],
            ),
            Role::ExecutiveSponsor => (&["executive sponsor", "sponsor"], &["Sponsor"]),
            Role::Analyst => (&["analyst"], &["Analyst"]),
            Role::Helper => (&["helper", "contributor"], &["Helfer"]),
        }
    }

    /// Key roles need a deputy (SPOF002).
    pub(crate) fn is_key(self) -> bool {
        matches!(
            self,
            Role::SocialMediaManager
                | Role::Coordinator
                | Role::GroupCoordinator
                | Role::CommunityManager
        )
    }

    /// The word for it in a language.
    pub fn label(self, lang: Lang) -> &'static str {
        let (en, de) = self.words();
        match lang {
            Lang::En => en[0],
            Lang::De => de[0],
            Lang::Fr => french_word(Meaning::Role(self)).unwrap_or(en[0]),
        }
    }

    /// Reads a role word; the feminine forms (`Koordinatorin`, `Redakteurinnen`) count too.
    pub fn parse(text: &str) -> Option<Role> {
        static WORDS: LazyLock<Vocab<Role>> = LazyLock::new(|| {
            Vocab::new(&Role::ALL, |r| {
                let (en, de) = r.words();
                let abroad = subsidiary_words(Meaning::Role(r));
                en.iter().chain(de).copied().chain(abroad).collect()
            })
        });
        if let Some(&role) = WORDS.exact.get(text.trim()) {
            return Some(role);
        }
        let key = normalize_word(text);
        let find = |k: &str| WORDS.normalized.get(k).copied();
        find(&key)
            .or_else(|| key.strip_suffix("innen").and_then(find))
            .or_else(|| key.strip_suffix("in").and_then(find))
    }
}

/// Tasks on the Allocation sheet; other text is kept as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)] // the variants are the contract's words, named as they read
pub enum Task {
    Content,
    Community,
    Monitoring,
    Coordination,
    Analytics,
    Advertising,
    Support,
}

impl Task {
    /// Every task.
    pub const ALL: [Task; 7] = [
        Task::Content,
        Task::Community,
        Task::Monitoring,
        Task::Coordination,
        Task::Analytics,
        Task::Advertising,
        Task::Support,
    ];

    /// The words that name it (English and German).
    pub fn words(self) -> &'static [&'static str] {
        match self {
            Task::Content => &["content", "Inhalte", "Redaktion"],
            Task::Community => &["community", "Moderation", "Dialog"],
            Task::Monitoring => &["monitoring"],
            Task::Coordination => &["coordination", "Koordination", "Strategie", "strategy"],
            Task::Analytics => &["analytics", "Analyse", "Reporting"],
            Task::Advertising => &["advertising", "Werbung", "Ads"],
            Task::Support => &["support", "Kundenservice"],
        }
    }

    /// Reads a task word.
    pub fn parse(text: &str) -> Option<Task> {
        static WORDS: LazyLock<Vocab<Task>> = LazyLock::new(|| {
            Vocab::new(&Task::ALL, |v| {
                let abroad = subsidiary_words(Meaning::Task(v));
                v.words().iter().copied().chain(abroad).collect()
            })
        });
        WORDS.find(text)
    }
}

/// Channel status; empty means active.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)] // the variants are the contract's words, named as they read
pub enum Status {
    #[default]
    Active,
    Planned,
    Paused,
    /// A word the reader does not know (`inaktiv`): a DATA002, and not active for any rule.
    Unknown,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 3] = [Status::Active, Status::Planned, Status::Paused];

    /// The words that name it (English and German).
    pub fn words(self) -> &'static [&'static str] {
        match self {
            Status::Active => &["active", "aktiv"],
            Status::Planned => &["planned", "geplant"],
            Status::Paused => &["paused", "pausiert"],
            Status::Unknown => &[],
        }
    }

    /// Reads a status word.
    pub fn parse(text: &str) -> Option<Status> {
        static WORDS: LazyLock<Vocab<Status>> = LazyLock::new(|| {
            Vocab::new(&Status::ALL, |v| {
                let abroad = subsidiary_words(Meaning::Status(v));
                v.words().iter().copied().chain(abroad).collect()
            })
        });
        WORDS.find(text)
    }
}

/// Declared organisation form of a unit.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)] // the variants are the contract's words, named as they read
pub enum OrgForm {
    Holistic,
    Decentralised,
    Coordinated,
    Centralised,
    MultiCoordinated,
}

impl OrgForm {
    /// Every organisation form.
    pub const ALL: [OrgForm; 5] = [
        OrgForm::Holistic,
        OrgForm::Decentralised,
        OrgForm::Coordinated,
        OrgForm::Centralised,
        OrgForm::MultiCoordinated,
    ];

    /// The words that name it (English and German).
    pub fn words(self) -> &'static [&'static str] {
        match self {
            OrgForm::Holistic => &["holistic", "holistisch"],
            OrgForm::Decentralised => &[
                "decentralised",
                "dezentral",
                "decentralized",
                "dezentralisiert",
            ],
            OrgForm::Coordinated => &["coordinated", "koordiniert"],
            OrgForm::Centralised => &["centralised", "zentralisiert", "centralized", "zentral"],
            OrgForm::MultiCoordinated => &[
                "multi-coordinated",
                "mehrfach koordiniert",
                "multicoordinated",
            ],
        }
    }

    /// The form as `findings.json` writes it (kebab-case English).
    pub fn key(self) -> &'static str {
        match self {
            OrgForm::Holistic => "holistic",
            OrgForm::Decentralised => "decentralised",
            OrgForm::Coordinated => "coordinated",
            OrgForm::Centralised => "centralised",
            OrgForm::MultiCoordinated => "multi-coordinated",
        }
    }

    /// The word for it in a language.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = self.words();
        match lang {
            Lang::En => w[0],
            Lang::De => w[1],
            Lang::Fr => french_word(Meaning::OrgForm(self)).unwrap_or(w[0]),
        }
    }

    /// Reads an organisation form word.
    pub fn parse(text: &str) -> Option<OrgForm> {
        static WORDS: LazyLock<Vocab<OrgForm>> = LazyLock::new(|| {
            Vocab::new(&OrgForm::ALL, |v| {
                let abroad = subsidiary_words(Meaning::OrgForm(v));
                v.words().iter().copied().chain(abroad).collect()
            })
        });
        WORDS.find(text)
    }
}

/// How a person is employed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)] // the variants are the contract's words, named as they read
pub enum Employment {
    Internal,
    External,
    Agency,
    Freelance,
}

impl Employment {
    /// Every kind of employment.
    pub const ALL: [Employment; 4] = [
        Employment::Internal,
        Employment::External,
        Employment::Agency,
        Employment::Freelance,
    ];

    /// The words that name it (English and German).
    pub fn words(self) -> &'static [&'static str] {
        match self {
            Employment::Internal => &["internal", "intern"],
            Employment::External => &["external", "extern"],
            Employment::Agency => &["agency", "Agentur"],
            Employment::Freelance => &["freelance", "freiberuflich", "freelancer"],
        }
    }

    /// Reads an employment word.
    pub fn parse(text: &str) -> Option<Employment> {
        static WORDS: LazyLock<Vocab<Employment>> = LazyLock::new(|| {
            Vocab::new(&Employment::ALL, |v| {
                let abroad = subsidiary_words(Meaning::Employment(v));
                v.words().iter().copied().chain(abroad).collect()
            })
        });
        WORDS.find(text)
    }
}

/// What a word of a subsidiary's language means (see [`SUBSIDIARY_WORDS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // the variants are the contract's words, named as they read
pub enum Meaning {
    /// A social media role.
    Role(Role),
    /// A channel status.
    Status(Status),
    /// A kind of employment.
    Employment(Employment),
    /// A task on the Allocation sheet.
    Task(Task),
    /// A unit's organisation form.
    OrgForm(OrgForm),
    Yes,
    No,
}

/// The role, status, employment and yes/no words of the group's subsidiaries, beside the English
/// and German ones of each vocabulary: (ISO 639-1 language, meaning, words). Read like the
/// English and German words (case, blanks, hyphens and gender endings ignored).
pub static SUBSIDIARY_WORDS: &[(&str, Meaning, &[&str])] = &[
    // French.
    (
        "fr",
        Meaning::Role(Role::SocialMediaManager),
        &[
            "responsable des réseaux sociaux",
            "responsable réseaux sociaux",
            "chargé des réseaux sociaux",
            "chargée des réseaux sociaux",
        ],
    ),
    (
        "fr",
        Meaning::Role(Role::Coordinator),
        &[
            "coordinateur",
            "coordinatrice",
            "coordinateur réseaux sociaux",
        ],
    ),
    (
        "fr",
        Meaning::Role(Role::GroupCoordinator),
        &[
            "coordinateur groupe",
            "coordinateur du groupe",
            "coordinatrice du groupe",
        ],
    ),
    (
        "fr",
        Meaning::Role(Role::CommunityManager),
        &[
            "community manager",
            "animateur de communauté",
            "animatrice de communauté",
            "modérateur",
            "modératrice",
        ],
    ),
    (
        "fr",
        Meaning::Role(Role::ContentCreator),
        &[
            "rédacteur",
            "rédactrice",
            "créateur de contenu",
            "créatrice de contenu",
        ],
    ),
    (
        "fr",
        Meaning::Role(Role::Ambassador),
        &["ambassadeur", "ambassadrice"],
    ),
    (
        "fr",
        Meaning::Role(Role::ExecutiveSponsor),
        &["sponsor de la direction", "sponsor exécutif"],
    ),
    ("fr", Meaning::Role(Role::Analyst), &["analyste"]),
    (
        "fr",
        Meaning::Role(Role::Helper),
        &["contributeur", "contributrice", "aide"],
    ),
    ("fr", Meaning::Status(Status::Active), &["actif", "active"]),
    (
        "fr",
        Meaning::Status(Status::Planned),
        &["prévu", "prévue", "planifié", "planifiée"],
    ),
    (
        "fr",
        Meaning::Status(Status::Paused),
        &["en pause", "suspendu", "suspendue"],
    ),
    (
        "fr",
        Meaning::Employment(Employment::Internal),
        &["interne"],
    ),
    (
        "fr",
        Meaning::Employment(Employment::External),
        &["externe"],
    ),
    ("fr", Meaning::Employment(Employment::Agency), &["agence"]),
    (
        "fr",
        Meaning::Employment(Employment::Freelance),
        &["indépendant", "indépendante"],
    ),
    ("fr", Meaning::Yes, &["oui"]),
    ("fr", Meaning::No, &["non"]),
    (
        "fr",
        Meaning::Task(Task::Content),
        &["contenu", "contenus", "rédaction"],
    ),
    (
        "fr",
        Meaning::Task(Task::Community),
        &["animation", "animation de communauté", "modération"],
    ),
    ("fr", Meaning::Task(Task::Monitoring), &["veille"]),
    (
        "fr",
        Meaning::Task(Task::Coordination),
        &["coordination", "stratégie"],
    ),
    (
        "fr",
        Meaning::Task(Task::Analytics),
        &["analyse", "analyses"],
    ),
    (
        "fr",
        Meaning::Task(Task::Advertising),
        &["publicité", "publicités"],
    ),
    (
        "fr",
        Meaning::Task(Task::Support),
        &["service client", "relation client"],
    ),
    ("fr", Meaning::OrgForm(OrgForm::Holistic), &["holistique"]),
    (
        "fr",
        Meaning::OrgForm(OrgForm::Decentralised),
        &["décentralisée", "décentralisé"],
    ),
    (
        "fr",
        Meaning::OrgForm(OrgForm::Coordinated),
        &["coordonnée", "coordonné"],
    ),
    (
        "fr",
        Meaning::OrgForm(OrgForm::Centralised),
        &["centralisée", "centralisé"],
    ),
    (
        "fr",
        Meaning::OrgForm(OrgForm::MultiCoordinated),
        &[
            "multi-coordonnée",
            "multi-coordonné",
            "coordination multiple",
        ],
    ),
    // Spanish.
    (
        "es",
        Meaning::Role(Role::SocialMediaManager),
        &[
            "gestor de redes sociales",
            "gestora de redes sociales",
            "responsable de redes sociales",
        ],
    ),
    (
        "es",
        Meaning::Role(Role::Coordinator),
        &[
            "coordinador",
            "coordinadora",
            "coordinador de redes sociales",
        ],
    ),
    (
        "es",
        Meaning::Role(Role::GroupCoordinator),
        &[
            "coordinador del grupo",
            "coordinadora del grupo",
            "coordinador global",
        ],
    ),
    (
        "es",
        Meaning::Role(Role::CommunityManager),
        &["moderador", "moderadora", "gestor de comunidad"],
    ),
    (
        "es",
        Meaning::Role(Role::ContentCreator),
        &[
            "redactor",
            "redactora",
            "creador de contenido",
            "creadora de contenido",
        ],
    ),
    (
        "es",
        Meaning::Role(Role::Ambassador),
        &["embajador", "embajadora"],
    ),
    (
        "es",
        Meaning::Role(Role::ExecutiveSponsor),
        &["patrocinador ejecutivo", "patrocinadora ejecutiva"],
    ),
    ("es", Meaning::Role(Role::Analyst), &["analista"]),
    (
        "es",
        Meaning::Role(Role::Helper),
        &["colaborador", "colaboradora", "ayudante"],
    ),
    ("es", Meaning::Status(Status::Active), &["activo", "activa"]),
    (
        "es",
        Meaning::Status(Status::Planned),
        &["planificado", "planificada", "previsto", "prevista"],
    ),
    (
        "es",
        Meaning::Status(Status::Paused),
        &["pausado", "pausada", "en pausa"],
    ),
    (
        "es",
        Meaning::Employment(Employment::Internal),
        &["interno", "interna"],
    ),
    (
        "es",
        Meaning::Employment(Employment::External),
        &["externo", "externa"],
    ),
    ("es", Meaning::Employment(Employment::Agency), &["agencia"]),
    (
        "es",
        Meaning::Employment(Employment::Freelance),
        &["autónomo", "autónoma"],
    ),
    ("es", Meaning::Yes, &["sí", "si"]),
    ("es", Meaning::No, &["no"]),
    // Italian.
    (
        "it",
        Meaning::Role(Role::SocialMediaManager),
        &["responsabile social media", "responsabile dei social media"],
    ),
    (
        "it",
        Meaning::Role(Role::Coordinator),
        &["coordinatore", "coordinatrice"],
    ),
    (
        "it",
        Meaning::Role(Role::GroupCoordinator),
        &["coordinatore di gruppo", "coordinatrice di gruppo"],
    ),
    (
        "it",
        Meaning::Role(Role::CommunityManager),
        &["moderatore", "moderatrice"],
    ),
    (
        "it",
        Meaning::Role(Role::ContentCreator),
        &[
            "redattore",
            "redattrice",
            "creatore di contenuti",
            "creatrice di contenuti",
        ],
    ),
    (
        "it",
        Meaning::Role(Role::Ambassador),
        &["ambasciatore", "ambasciatrice"],
    ),
    (
        "it",
        Meaning::Role(Role::ExecutiveSponsor),
        &["sponsor esecutivo"],
    ),
    ("it", Meaning::Role(Role::Analyst), &["analista"]),
    (
        "it",
        Meaning::Role(Role::Helper),
        &["collaboratore", "collaboratrice", "aiutante"],
    ),
    ("it", Meaning::Status(Status::Active), &["attivo", "attiva"]),
    (
        "it",
        Meaning::Status(Status::Planned),
        &["pianificato", "pianificata", "previsto", "prevista"],
    ),
    (
        "it",
        Meaning::Status(Status::Paused),
        &["in pausa", "sospeso", "sospesa"],
    ),
    (
        "it",
        Meaning::Employment(Employment::Internal),
        &["interno", "interna"],
    ),
    (
        "it",
        Meaning::Employment(Employment::External),
        &["esterno", "esterna"],
    ),
    ("it", Meaning::Employment(Employment::Agency), &["agenzia"]),
    (
        "it",
        Meaning::Employment(Employment::Freelance),
        &["libero professionista", "libera professionista"],
    ),
    ("it", Meaning::Yes, &["sì", "si"]),
    ("it", Meaning::No, &["no"]),
    // Polish.
    (
        "pl",
        Meaning::Role(Role::SocialMediaManager),
        &[
            "specjalista ds. social media",
            "specjalistka ds. social media",
            "kierownik ds. mediów społecznościowych",
        ],
    ),
    (
        "pl",
        Meaning::Role(Role::Coordinator),
        &["koordynator", "koordynatorka"],
    ),
    (
        "pl",
        Meaning::Role(Role::GroupCoordinator),
        &["koordynator grupy", "koordynatorka grupy"],
    ),
    (
        "pl",
        Meaning::Role(Role::CommunityManager),
        &["moderatorka", "opiekun społeczności"],
    ),
    (
        "pl",
        Meaning::Role(Role::ContentCreator),
        &["redaktor", "redaktorka", "twórca treści"],
    ),
    (
        "pl",
        Meaning::Role(Role::Ambassador),
        &[
            "ambasador",
            "ambasadorka",
            "ambasador marki",
            "ambasadorka marki",
        ],
    ),
    (
        "pl",
        Meaning::Role(Role::ExecutiveSponsor),
        &["sponsor zarządu"],
    ),
    (
        "pl",
        Meaning::Role(Role::Analyst),
        &["analityk", "analityczka"],
    ),
    (
        "pl",
        Meaning::Role(Role::Helper),
        &["pomocnik", "współpracownik"],
    ),
    (
        "pl",
        Meaning::Status(Status::Active),
        &["aktywny", "aktywna"],
    ),
    (
        "pl",
        Meaning::Status(Status::Planned),
        &["planowany", "planowana"],
    ),
    (
        "pl",
        Meaning::Status(Status::Paused),
        &["wstrzymany", "wstrzymana", "zawieszony"],
    ),
    (
        "pl",
        Meaning::Employment(Employment::Internal),
        &["wewnętrzny", "etat"],
    ),
    (
        "pl",
        Meaning::Employment(Employment::External),
        &["zewnętrzny"],
    ),
    ("pl", Meaning::Employment(Employment::Agency), &["agencja"]),
    (
        "pl",
        Meaning::Employment(Employment::Freelance),
        &["wolny strzelec"],
    ),
    ("pl", Meaning::Yes, &["tak"]),
    ("pl", Meaning::No, &["nie"]),
    // Dutch.
    (
        "nl",
        Meaning::Role(Role::SocialMediaManager),
        &["social media manager", "socialemediamanager"],
    ),
    (
        "nl",
        Meaning::Role(Role::Coordinator),
        &["coördinator", "social media coördinator"],
    ),
    (
        "nl",
        Meaning::Role(Role::GroupCoordinator),
        &["groepscoördinator", "groepscoordinator"],
    ),
    (
        "nl",
        Meaning::Role(Role::CommunityManager),
        &["communitymanager", "moderator"],
    ),
    (
        "nl",
        Meaning::Role(Role::ContentCreator),
        &["redacteur", "contentmaker"],
    ),
    (
        "nl",
        Meaning::Role(Role::Ambassador),
        &["ambassadeur", "merkambassadeur"],
    ),
    (
        "nl",
        Meaning::Role(Role::ExecutiveSponsor),
        &["directiesponsor"],
    ),
    ("nl", Meaning::Role(Role::Analyst), &["analist"]),
    ("nl", Meaning::Role(Role::Helper), &["bijdrager", "helper"]),
    ("nl", Meaning::Status(Status::Active), &["actief"]),
    ("nl", Meaning::Status(Status::Planned), &["gepland"]),
    ("nl", Meaning::Status(Status::Paused), &["gepauzeerd"]),
    ("nl", Meaning::Employment(Employment::Internal), &["intern"]),
    ("nl", Meaning::Employment(Employment::External), &["extern"]),
    (
        "nl",
        Meaning::Employment(Employment::Agency),
        &["bureau", "agentschap"],
    ),
    (
        "nl",
        Meaning::Employment(Employment::Freelance),
        &["zzp", "zzp'er", "zelfstandige"],
    ),
    ("nl", Meaning::Yes, &["ja"]),
    ("nl", Meaning::No, &["nee"]),
];

/// The word a template in `lang` writes for a vocabulary entry (`words` as its type lists them:
/// English first, German second): a German noun (a task) starts with a capital, French comes
/// from the reader's table of the subsidiaries' words.
pub(crate) fn template_word(
    words: &'static [&'static str],
    meaning: Meaning,
    lang: Lang,
    noun: bool,
) -> String {
    match lang {
        Lang::En => words[0].to_string(),
        Lang::De => {
            let word = words.get(1).copied().unwrap_or(words[0]);
            if noun {
                capitalise(word)
            } else {
                word.to_string()
            }
        }
        Lang::Fr => french_word(meaning).unwrap_or(words[0]).to_string(),
    }
}

/// Yes or no as a template in `lang` writes it.
pub(crate) fn template_yes_no(yes: bool, lang: Lang) -> String {
    let (words, meaning, german) = if yes {
        (YES_WORDS, Meaning::Yes, "ja")
    } else {
        (NO_WORDS, Meaning::No, "nein")
    };
    match lang {
        Lang::De => german.to_string(),
        _ => template_word(words, meaning, lang, false),
    }
}

/// `text` with its first letter in upper case.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first (canonical) French word for `meaning`, as `--lang fr` writes it.
pub fn french_word(meaning: Meaning) -> Option<&'static str> {
    SUBSIDIARY_WORDS
        .iter()
        .find(|(lang, m, _)| *lang == "fr" && *m == meaning)
        .and_then(|(_, _, words)| words.first().copied())
}

/// The subsidiaries' words that mean `meaning`, in every language of [`SUBSIDIARY_WORDS`].
pub(crate) fn subsidiary_words(meaning: Meaning) -> impl Iterator<Item = &'static str> {
    SUBSIDIARY_WORDS
        .iter()
        .filter(move |(_, m, _)| *m == meaning)
        .flat_map(|(_, _, words)| words.iter().copied())
}

/// Whether a yes/no cell's word (any case) means yes (`Some(true)`), no, or neither, in English,
/// German or a subsidiary's language.
pub fn yes_no_word(word: &str) -> Option<bool> {
    let w = word.trim().to_lowercase();
    if YES_WORDS.contains(&w.as_str()) || subsidiary_words(Meaning::Yes).any(|y| y == w) {
        Some(true)
    } else if NO_WORDS.contains(&w.as_str()) || subsidiary_words(Meaning::No).any(|n| n == w) {
        Some(false)
    } else {
        None
    }
}

/// Words that mean yes or no (a blank means no where a yes/no is asked).
pub(crate) const YES_WORDS: &[&str] = &["yes", "y", "ja", "j", "true", "wahr", "x", "1"];
/// Words that mean no (compared in lower case).
pub(crate) const NO_WORDS: &[&str] = &["no", "n", "nein", "false", "falsch", "0", "-"];

/// Words on a budget cell that mean "free" (the free-platform fallacy, COST001).
pub(crate) const FREE_WORDS: &[&str] = &[
    "free",
    "kostenlos",
    "gratis",
    "umsonst",
    "none",
    "keine",
    "keins",
    "kostenfrei",
];

/// Countries by ISO 3166-1 alpha-2 code, with their alpha-3 code and their names in English,
/// German, French, Spanish, Italian, Polish and Dutch (lower case): the Country cell of the
/// Units sheet is read as the code of the name it gives (`Deutschland`, `Allemagne`, `Niemcy`
/// are `DE`). A name not listed here is kept as written.
pub static COUNTRIES: &[(&str, &[&str])] = &[
    (
        "DE",
        &[
            "deu",
            "germany",
            "deutschland",
            "allemagne",
            "alemania",
            "germania",
            "niemcy",
            "duitsland",
        ],
    ),
    (
        "AT",
        &["aut", "austria", "österreich", "autriche", "oostenrijk"],
    ),
    (
        "CH",
        &[
            "che",
            "switzerland",
            "schweiz",
            "suisse",
            "suiza",
            "svizzera",
            "szwajcaria",
            "zwitserland",
        ],
    ),
    (
        "FR",
        &[
            "fra",
            "france",
            "frankreich",
            "francia",
            "francja",
            "frankrijk",
        ],
    ),
    (
        "ES",
        &[
            "esp",
            "spain",
            "spanien",
            "espagne",
            "españa",
            "spagna",
            "hiszpania",
            "spanje",
        ],
    ),
    (
        "IT",
        &[
            "ita", "italy", "italien", "italie", "italia", "włochy", "italië",
        ],
    ),
    (
        "PL",
        &["pol", "poland", "polen", "pologne", "polonia", "polska"],
    ),
    (
        "NL",
        &[
            "nld",
            "netherlands",
            "the netherlands",
            "niederlande",
            "pays-bas",
            "países bajos",
            "paesi bassi",
            "holandia",
            "niderlandy",
            "nederland",
            "holland",
        ],
    ),
    (
        "BE",
        &[
            "bel", "belgium", "belgien", "belgique", "bélgica", "belgio", "belgia", "belgië",
        ],
    ),
    (
        "LU",
        &[
            "lux",
            "luxembourg",
            "luxemburg",
            "luxemburgo",
            "lussemburgo",
            "luksemburg",
        ],
    ),
    (
        "GB",
        &[
            "gbr",
            "uk",
            "united kingdom",
            "great britain",
            "vereinigtes königreich",
            "großbritannien",
            "royaume-uni",
            "reino unido",
            "regno unito",
            "wielka brytania",
            "verenigd koninkrijk",
        ],
    ),
    (
        "IE",
        &[
            "irl", "ireland", "irland", "irlande", "irlanda", "irlandia", "ierland",
        ],
    ),
    ("PT", &["prt", "portugal", "portogallo", "portugalia"]),
    (
        "DK",
        &[
            "dnk",
            "denmark",
            "dänemark",
            "danemark",
            "dinamarca",
            "danimarca",
            "dania",
            "denemarken",
        ],
    ),
    (
        "SE",
        &[
            "swe", "sweden", "schweden", "suède", "suecia", "svezia", "szwecja", "zweden",
        ],
    ),
    (
        "NO",
        &[
            "nor",
            "norway",
            "norwegen",
            "norvège",
            "noruega",
            "norvegia",
            "norwegia",
            "noorwegen",
        ],
    ),
    (
        "FI",
        &["fin", "finland", "finnland", "finlande", "finlandia"],
    ),
    (
        "CZ",
        &[
            "cze",
            "czechia",
            "czech republic",
            "tschechien",
            "tchéquie",
            "chequia",
            "cechia",
            "czechy",
            "tsjechië",
        ],
    ),
    (
        "SK",
        &[
            "svk",
            "slovakia",
            "slowakei",
            "slovaquie",
            "eslovaquia",
            "slovacchia",
            "słowacja",
            "slowakije",
        ],
    ),
    (
        "HU",
        &[
            "hun",
            "hungary",
            "ungarn",
            "hongrie",
            "hungría",
            "ungheria",
            "węgry",
            "hongarije",
        ],
    ),
    (
        "RO",
        &[
            "rou",
            "romania",
            "rumänien",
            "roumanie",
            "rumania",
            "rumunia",
            "roemenië",
        ],
    ),
    (
        "BG",
        &[
            "bgr",
            "bulgaria",
            "bulgarien",
            "bulgarie",
            "bułgaria",
            "bulgarije",
        ],
    ),
    (
        "GR",
        &[
            "grc",
            "greece",
            "griechenland",
            "grèce",
            "grecia",
            "grecja",
            "griekenland",
        ],
    ),
    (
        "HR",
        &[
            "hrv",
            "croatia",
            "kroatien",
            "croatie",
            "croacia",
            "croazia",
            "chorwacja",
            "kroatië",
        ],
    ),
    (
        "SI",
        &[
            "svn",
            "slovenia",
            "slowenien",
            "slovénie",
            "eslovenia",
            "słowenia",
            "slovenië",
        ],
    ),
    ("EE", &["est", "estonia", "estland", "estonie"]),
    (
        "LV",
        &[
            "lva", "latvia", "lettland", "lettonie", "letonia", "lettonia", "łotwa", "letland",
        ],
    ),
    (
        "LT",
        &[
            "ltu",
            "lithuania",
            "litauen",
            "lituanie",
            "lituania",
            "litwa",
            "litouwen",
        ],
    ),
    (
        "TR",
        &[
            "tur", "turkey", "türkiye", "türkei", "turquie", "turquía", "turchia", "turcja",
            "turkije",
        ],
    ),
    (
        "US",
        &[
            "usa",
            "united states",
            "united states of america",
            "vereinigte staaten",
            "états-unis",
            "estados unidos",
            "stati uniti",
            "stany zjednoczone",
            "verenigde staten",
        ],
    ),
    ("CA", &["can", "canada", "kanada", "canadá"]),
    (
        "MX",
        &[
            "mex", "mexico", "mexiko", "mexique", "méxico", "messico", "meksyk",
        ],
    ),
    (
        "BR",
        &[
            "bra",
            "brazil",
            "brasilien",
            "brésil",
            "brasil",
            "brasile",
            "brazylia",
            "brazilië",
        ],
    ),
    ("CN", &["chn", "china", "chine", "cina", "chiny"]),
    (
        "JP",
        &["jpn", "japan", "japon", "japón", "giappone", "japonia"],
    ),
    ("IN", &["ind", "india", "indien", "inde", "indie"]),
    (
        "AU",
        &["aus", "australia", "australien", "australie", "australië"],
    ),
];

/// The ISO 3166-1 alpha-2 code of a country cell: a code, an alpha-3 code or a name of
/// [`COUNTRIES`] (any case); `None` for a text that names none of them.
pub(crate) fn country_code(text: &str) -> Option<&'static str> {
    let t = text.trim().to_lowercase();
    COUNTRIES
        .iter()
        .find(|(code, names)| code.eq_ignore_ascii_case(&t) || names.contains(&t.as_str()))
        .map(|(code, _)| *code)
}

/// First words of a totals or subtotal row (lower case): a row whose first filled cell starts
/// with one of them (`Summe`, `Gesamt:`, `Zwischensumme Marketing`, `Σ`) is not data.
pub const TOTAL_WORDS: &[&str] = &[
    "summe",
    "gesamt",
    "gesamtsumme",
    "zwischensumme",
    "insgesamt",
    "ergebnis",
    "total",
    "totals",
    "subtotal",
    "sub-total",
    "sum",
    "σ",
    "∑",
    "somme",
    "sous-total",
    "suma",
    "subtotale",
    "totale",
    "razem",
    "totaal",
    "subtotaal",
];

/// Cells that mean "nothing" where a person is named (Deputy, Coordinator, Executive sponsor,
/// Owner) and in text cells: compared in lower case, blanks and a final `.` ignored.
pub const PLACEHOLDER_WORDS: &[&str] = &[
    "-",
    "–",
    "—",
    "--",
    "/",
    "?",
    "keine",
    "kein",
    "keiner",
    "none",
    "n/a",
    "n.a",
    "na",
    "k.a",
    "k. a",
    "nicht vorhanden",
    "entfällt",
    "tbd",
    "offen",
    "nobody",
    "niemand",
];

/// Whether a cell's text is a placeholder for nothing ([`PLACEHOLDER_WORDS`]).
pub(crate) fn is_placeholder(text: &str) -> bool {
    // Compared without allocating: a Person ID cell of every row comes by here.
    let t = text.trim();
    let t = t.strip_suffix('.').unwrap_or(t).trim_end();
    !t.is_empty() && PLACEHOLDER_WORDS.iter().any(|w| w.eq_ignore_ascii_case(t))
}

/// Whether a cell's text labels a totals or subtotal row ([`TOTAL_WORDS`]): its first word, up
/// to a blank, `:` or `(`.
pub(crate) fn is_total_label(text: &str) -> bool {
    // Compared without allocating: the first cell of every row comes by here.
    let first = text
        .trim()
        .split(|c: char| c.is_whitespace() || c == ':' || c == '(')
        .next()
        .unwrap_or("");
    let same = |word: &str| {
        word.eq_ignore_ascii_case(first) || (!first.is_ascii() && first.to_lowercase() == word)
    };
    first.len() <= 16 && TOTAL_WORDS.iter().any(|w| same(w))
}

/// The rules of reading, in English and German, as `docs/READING.md` explains them and
/// `workbook.schema.json` lists them: (key, English, German).
pub static READING_RULES: &[(&str, &str, &str)] = &[
    (
        "header-row",
        "The header row is the row of the first 10 that names the most known columns (at least \
         two; the first on a tie), so a letterhead row (Gesellschaft: … Bereich: …) above the \
         real header does not win.",
        "Die Kopfzeile ist die Zeile der ersten 10, die die meisten bekannten Spalten nennt \
         (mindestens zwei; bei Gleichstand die erste), sodass eine Briefkopfzeile \
         (Gesellschaft: … Bereich: …) über der echten Kopfzeile nicht gewinnt.",
    ),
    (
        "header-again",
        "A row below the header whose first text and at least one more name known columns (a \
         second header row in another language, a header repeated over a block) is a header, \
         not data.",
        "Eine Zeile unter der Kopfzeile, deren erster Text und mindestens ein weiterer bekannte \
         Spalten nennen (eine zweite Kopfzeile in einer anderen Sprache, eine über einem Block \
         wiederholte Kopfzeile), ist eine Kopfzeile, keine Daten.",
    ),
    (
        "two-columns",
        "Where two columns name one field, the closer name is read: the field's own English or \
         German header, then an alias, then an alias that is another sheet's own header \
         (Wochenstunden on the Allocation sheet is the Staff sheet's contract hours). The copy's \
         Summary sheet and findings.json say which column was read.",
        "Nennen zwei Spalten dasselbe Feld, wird der nähere Name gelesen: die eigene englische \
         oder deutsche Überschrift des Felds, dann ein Alias, dann ein Alias, der die eigene \
         Überschrift eines anderen Blatts ist (Wochenstunden im Blatt Zeitaufteilung sind die \
         Vertragsstunden des Blatts Mitarbeiter). Das Blatt Übersicht der Kopie und \
         findings.json sagen, welche Spalte gelesen wurde.",
    ),
    (
        "totals-row",
        "A totals or subtotal row is not data: its first filled cell starts with a totals word \
         (x-total-words: Summe, Gesamt, Zwischensumme, Insgesamt, Ergebnis, Total, Subtotal, \
         Sum, Σ …), or one of its cells is a formula SUBTOTAL(…), AGGREGATE(…) or SUM(…) over \
         one column (SUM(D2:D9), SUM(Table1[Hours])), as an Excel table's totals row is. The \
         copy's Summary sheet and findings.json count these rows.",
        "Eine Summen- oder Zwischensummenzeile ist keine Datenzeile: ihre erste gefüllte Zelle \
         beginnt mit einem Summenwort (x-total-words: Summe, Gesamt, Zwischensumme, Insgesamt, \
         Ergebnis, Total, Subtotal, Sum, Σ …), oder eine ihrer Zellen ist eine Formel \
         TEILERGEBNIS(…), AGGREGAT(…) oder SUMME(…) über eine Spalte (SUMME(D2:D9), \
         SUMME(Tabelle1[Stunden])), wie die Ergebniszeile einer Excel-Tabelle. Das Blatt \
         Übersicht der Kopie und findings.json zählen diese Zeilen.",
    ),
    (
        "heading",
        "A row with one text cell is a heading, a footnote or a note, not data, when the text \
         stands outside the table's columns, starts with a footnote mark (* ¹ † or a \
         parenthesis) or ends with a colon, or, on Staff and Allocation (whose rows need two \
         values), holds a blank or no digit (Abteilung Marketing). A heading fills no column.",
        "Eine Zeile mit einer einzigen Textzelle ist eine Überschrift, Fußnote oder Notiz, keine \
         Datenzeile, wenn der Text außerhalb der Spalten der Tabelle steht, mit einem \
         Fußnotenzeichen (* ¹ † oder einer Klammer) beginnt oder mit einem Doppelpunkt endet, \
         oder, auf Mitarbeiter und Zeitaufteilung (deren Zeilen zwei Werte brauchen), ein \
         Leerzeichen oder keine Ziffer enthält (Abteilung Marketing). Eine Überschrift füllt \
         keine Spalte.",
    ),
    (
        "legend",
        "After one or more blank rows, a block whose first row is a small table of its own (at \
         most two text cells, with a required value missing or a value that does not fit its \
         column: a legend under the main table) is not data, up to the next blank row.",
        "Nach einer oder mehreren Leerzeilen ist ein Block, dessen erste Zeile eine eigene kleine \
         Tabelle ist (höchstens zwei Textzellen, bei denen ein Pflichtwert fehlt oder ein Wert \
         nicht zu seiner Spalte passt: eine Legende unter der Haupttabelle), bis zur nächsten \
         Leerzeile keine Daten.",
    ),
    (
        "merged-cells",
        "A merged range (.xls, .xlsx, .xlsm, .ods) holds its value in every row it spans, in \
         its first column (a Unit merged down its block); a range across columns only is a \
         title, read once.",
        "Ein verbundener Bereich (.xls, .xlsx, .xlsm, .ods) gilt mit seinem Wert in jeder Zeile, \
         die er umfasst, in seiner ersten Spalte (eine über ihren Block verbundene Einheit); ein \
         Bereich nur über Spalten ist ein Titel und wird einmal gelesen.",
    ),
    (
        "person-id",
        "A person ID is matched as people type it: the number 12345 shown as 00012345 and the \
         text 00012345 are one ID; a deputy given by a name that one person of the unit bears \
         is that person; two IDs in one Deputy cell (M-201 / M-205, M-201; M-205, M-201, \
         M-205) are two deputies.",
        "Eine Personalnummer wird gelesen, wie Menschen sie schreiben: die als 00012345 \
         angezeigte Zahl 12345 und der Text 00012345 sind eine Nummer; eine Vertretung, die mit \
         einem Namen angegeben ist, den genau eine Person der Einheit trägt, ist diese Person; \
         zwei Nummern in einer Zelle Vertretung (M-201 / M-205, M-201; M-205, M-201, M-205) \
         sind zwei Vertretungen.",
    ),
    (
        "placeholder",
        "A placeholder (x-placeholder-words: -, –, —, /, keine, kein, none, n/a, k. A. …) in a \
         person ID cell means empty.",
        "Ein Platzhalter (x-placeholder-words: -, –, —, /, keine, kein, none, n/a, k. A. …) in \
         einer Zelle mit Personalnummer bedeutet leer.",
    ),
    (
        "duration",
        "Hours may be a duration: a time cell or the text 38:30 is 38.5 hours; a message shows \
         it as 38:30, never as a serial number.",
        "Stunden dürfen eine Dauer sein: eine Zeitzelle oder der Text 38:30 sind 38,5 Stunden; \
         eine Meldung zeigt sie als 38:30, nie als Seriennummer.",
    ),
    (
        "amount",
        "An amount may end in a whole-amount dash: 40.000,- € and 40.000,– are 40,000.",
        "Ein Betrag darf mit einem Strich für volle Beträge enden: 40.000,- € und 40.000,– sind \
         40.000.",
    ),
    (
        "unknown-word",
        "A word the reader does not know is a DATA002 and never guessed: a channel of unknown \
         Status (inaktiv) counts as active for no rule.",
        "Ein Wort, das der Leser nicht kennt, ist ein DATA002 und wird nie geraten: ein Kanal \
         mit unbekanntem Status (inaktiv) zählt für keine Regel als aktiv.",
    ),
    (
        "no-cascade",
        "When a required sheet is missing or cannot be read (DATA001), the rules that need it \
         do not run on that workbook.",
        "Fehlt ein Pflichtblatt oder kann es nicht gelesen werden (DATA001), laufen die Regeln, \
         die es brauchen, für diese Arbeitsmappe nicht.",
    ),
    (
        "country",
        "A Country is read as its ISO 3166 alpha-2 code from the code, the alpha-3 code or the \
         name in English, German, French, Spanish, Italian, Polish or Dutch (x-countries); \
         another name is kept as written.",
        "Ein Land wird als sein ISO-3166-Alpha-2-Code gelesen, aus dem Code, dem Alpha-3-Code \
         oder dem Namen auf Englisch, Deutsch, Französisch, Spanisch, Italienisch, Polnisch \
         oder Niederländisch (x-countries); ein anderer Name bleibt, wie er geschrieben ist.",
    ),
    (
        "subsidiary-words",
        "Roles, statuses, kinds of employment and yes/no are also read in French, Spanish, \
         Italian, Polish and Dutch (x-accepted-words of each column).",
        "Rollen, Status, Beschäftigungsarten und ja/nein werden auch auf Französisch, Spanisch, \
         Italienisch, Polnisch und Niederländisch gelesen (x-accepted-words jeder Spalte).",
    ),
];

/// The language of every text a person reads.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    serde::Deserialize,
    clap::ValueEnum,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    /// English.
    En,
    /// German (`Sie`, `12.345,50 €`).
    De,
    /// French (`vous`, `12 345,50 €`).
    Fr,
}

impl Lang {
    /// Every language teamlint speaks.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::De, Lang::Fr];

    /// Its code: `en`, `de`, `fr` (`<html lang>`, `--lang`, a part's manifest).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    /// The language a locale (`de_AT.UTF-8`, `fr-FR`), a browser's tag or a language's name
    /// (`Deutsch`, `français`) names, in any case; `None` for one teamlint does not speak.
    pub fn named(text: &str) -> Option<Lang> {
        let code = text
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        match code.as_str() {
            "en" | "english" => Some(Lang::En),
            "de" | "deutsch" | "german" => Some(Lang::De),
            "fr" | "français" | "francais" | "french" => Some(Lang::Fr),
            _ => None,
        }
    }
}

/// The extensions teamlint reads.
pub const EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// The readable extensions, e.g. `.xlsx .xlsm .xlsb .xls .ods`.
pub fn extension_list() -> String {
    EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ASCII text takes the short way and reads as the long way would have it.
    #[test]
    fn accents_fold_and_ascii_only_lowercases() {
        assert_eq!(
            fold_accents("Répartition ŒUVRE Kanäle"),
            "repartition oeuvre kanale"
        );
        assert_eq!(fold_accents("Hours PER Week (h)"), "hours per week (h)");
        assert_eq!(fold_accents("ÀÉÎÕÜ Ñ Ç"), "aeiou n c");
        assert_eq!(fold_accents(""), "");
    }

    #[test]
    fn every_column_of_the_contract_fits_col_count() {
        for sheet in SHEETS {
            for c in sheet.columns {
                assert!(
                    (c.col as usize) < Col::COUNT,
                    "{:?} is past Col::COUNT",
                    c.col
                );
            }
        }
        assert_eq!(Col::COUNT, 35);
    }

    #[test]
    fn headers_normalise_as_the_contract_says() {
        assert_eq!(
            normalize_header("Std./Woche"),
            normalize_header("std woche")
        );
        assert_eq!(normalize_header("Hours per week (h)"), "hoursperweek");
        assert_eq!(normalize_header("hours_per_week"), "hoursperweek");
        assert_eq!(normalize_header("  Pers.-Nr.: "), "persnr");
        let alloc = SheetKind::Allocation.def();
        assert_eq!(alloc.match_header("Std./Woche").unwrap().col, Col::Hours);
        assert_eq!(
            alloc.match_header("Hours per week (h)").unwrap().col,
            Col::Hours
        );
        assert_eq!(alloc.match_header("%").unwrap().col, Col::Share);
        let staff = SheetKind::Staff.def();
        assert_eq!(
            staff.match_header("Stundensatz").unwrap().col,
            Col::HourlyCost
        );
        assert_eq!(
            SheetKind::Units
                .def()
                .match_header("Stundensatz")
                .unwrap()
                .col,
            Col::HourlyRate
        );
        assert_eq!(staff.match_header("Pers.-Nr.").unwrap().col, Col::PersonId);
    }

    #[test]
    fn sheet_names_match_in_both_languages() {
        assert!(SheetKind::Channels.def().matches_name(" kanäle "));
        assert!(SheetKind::Allocation.def().matches_name("Time allocation"));
        assert!(SheetKind::Staff.def().matches_name("MITARBEITER"));
        assert!(!SheetKind::Staff.def().matches_name("Staffing"));
    }

    #[test]
    fn roles_ignore_gender_endings_and_case() {
        assert_eq!(
            Role::parse("Social-Media-Manager(in)"),
            Some(Role::SocialMediaManager)
        );
        assert_eq!(Role::parse("Redakteur*in"), Some(Role::ContentCreator));
        assert_eq!(Role::parse("RedakteurIn"), Some(Role::ContentCreator));
        assert_eq!(Role::parse("KOORDINATORIN"), Some(Role::Coordinator));
        assert_eq!(
            Role::parse("Global Social Media Lead"),
            Some(Role::GroupCoordinator)
        );
        assert_eq!(Role::parse("Foren-Betreuer"), Some(Role::CommunityManager));
        assert_eq!(Role::parse("Pressesprecher"), None);
    }

    #[test]
    fn countries_by_code_and_name_in_seven_languages() {
        for name in [
            "DE",
            "de",
            "DEU",
            "Deutschland",
            "Germany",
            "Allemagne",
            "Alemania",
            "Germania",
            "Niemcy",
            "Duitsland",
        ] {
            assert_eq!(country_code(name), Some("DE"), "{name}");
        }
        assert_eq!(country_code(" Frankreich "), Some("FR"));
        assert_eq!(country_code("Royaume-Uni"), Some("GB"));
        assert_eq!(country_code("Atlantis"), None);
    }

    #[test]
    fn totals_labels_and_placeholders() {
        for label in [
            "Summe",
            "Gesamt: 0 h",
            "Zwischensumme Marketing",
            "Σ",
            "TOTAL",
            "Total (h)",
        ] {
            assert!(is_total_label(label), "{label}");
        }
        for text in ["Summer campaign", "Totalitarian", "LinkedIn", ""] {
            assert!(!is_total_label(text), "{text}");
        }
        assert!(is_placeholder(" k. A. ") && is_placeholder("N/A") && !is_placeholder("P-1"));
    }

    #[test]
    fn subsidiaries_words_read_as_the_english_ones() {
        assert_eq!(
            Role::parse("Responsable réseaux sociaux"),
            Some(Role::SocialMediaManager)
        );
        assert_eq!(
            Role::parse("Communitymanager"),
            Some(Role::CommunityManager)
        );
        assert_eq!(Role::parse("Embajadora"), Some(Role::Ambassador));
        assert_eq!(Role::parse("Ambasador marki"), Some(Role::Ambassador));
        assert_eq!(Status::parse("gepland"), Some(Status::Planned));
        assert_eq!(Status::parse("inaktiv"), None);
        assert_eq!(Employment::parse("Agencja"), Some(Employment::Agency));
        // Every word means one thing: no word of one meaning is another meaning's word.
        let mut seen: HashMap<String, Meaning> = HashMap::new();
        for (_, meaning, words) in SUBSIDIARY_WORDS {
            for w in *words {
                let previous = seen.insert(normalize_word(w), *meaning);
                assert!(previous.is_none_or(|p| p == *meaning), "{w}");
            }
        }
    }

    #[test]
    fn vocabularies_parse_both_languages() {
        assert_eq!(
            OrgForm::parse("mehrfach koordiniert"),
            Some(OrgForm::MultiCoordinated)
        );
        assert_eq!(
            OrgForm::parse("Decentralized"),
            Some(OrgForm::Decentralised)
        );
        assert_eq!(Status::parse("Geplant"), Some(Status::Planned));
        assert_eq!(Task::parse("Kundenservice"), Some(Task::Support));
        assert_eq!(Employment::parse("Agentur"), Some(Employment::Agency));
    }
}
