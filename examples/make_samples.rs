//! Writes the sample workbooks of a fictional international group, Hansa Outdoor: a German
//! holding with the group coordinator and subsidiaries in Austria, Switzerland, France, the UK,
//! the US and Poland, plus one German workbook with three regional units. Each workbook plants
//! problems of the rule catalogue (see samples/README.md); the Austrian unit follows every rule.
//!
//! ```text
//! cargo run --example make_samples -- samples
//! samples/convert.sh        # turns the Swiss workbook into .ods and the UK one into .xls
//! ```
//!
//! Everything is fixed data: running it twice writes the same workbooks.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatBorder, Formula, Workbook,
};
use std::path::{Path, PathBuf};
use teamlint::contract::{Col, Lang, SheetKind};

/// One cell of a sample sheet.
#[derive(Clone, Debug)]
enum V {
    /// Text, written as it is (also German text numbers such as `38,5` or `48,50 €`).
    T(String),
    /// A number.
    N(f64),
    /// A number shown as a percentage (0.2 shows as 20 %).
    P(f64),
    /// A formula with its cached result.
    F(String, f64),
    /// An empty cell.
    E,
}

impl From<&str> for V {
    fn from(text: &str) -> V {
        if text.is_empty() {
            V::E
        } else {
            V::T(text.to_string())
        }
    }
}

impl From<f64> for V {
    fn from(n: f64) -> V {
        V::N(n)
    }
}

impl From<i32> for V {
    fn from(n: i32) -> V {
        V::N(f64::from(n))
    }
}

/// A row of cells: strings become text (an empty string an empty cell), numbers numbers.
macro_rules! row {
    ($($x:expr),* $(,)?) => { vec![$(V::from($x)),*] };
}

/// Percent-formatted share.
fn pct(share: f64) -> V {
    V::P(share)
}

/// The headers of a sheet in the contract's canonical wording of `lang`.
fn headers(kind: SheetKind, lang: Lang, cols: &[Col]) -> Vec<String> {
    let def = kind.def();
    cols.iter()
        .map(|col| {
            let c = def
                .column(*col)
                .unwrap_or_else(|| panic!("{col:?} is not on {}", def.name));
            c.header_in(lang).to_string()
        })
        .collect()
}

/// Headers written with the contract's aliases; each must name the column it stands for.
fn alias_headers(kind: SheetKind, cols: &[(Col, &str)]) -> Vec<String> {
    let def = kind.def();
    cols.iter()
        .map(|(col, text)| {
            let found = def.match_header(text).map(|c| c.col);
            assert_eq!(found, Some(*col), "header {text:?} on {}", def.name);
            text.to_string()
        })
        .collect()
}

/// The sheet name in a language, checked against the contract.
fn sheet_name(kind: SheetKind, name: &str) -> String {
    assert!(
        kind.def().matches_name(name),
        "{name} names the {:?} sheet",
        kind
    );
    name.to_string()
}

/// A workbook being written.
struct Book {
    workbook: Workbook,
    file: String,
}

impl Book {
    fn new(file: &str, title: &str) -> anyhow::Result<Book> {
        let mut workbook = Workbook::new();
        workbook.set_properties(
            &DocProperties::new()
                .set_title(title)
                .set_author("Hansa Outdoor HR-Controlling")
                .set_company("Hansa Outdoor (fictional sample data)")
                .set_creation_datetime(&ExcelDateTime::from_ymd(2025, 3, 31)?),
        );
        Ok(Book {
            workbook,
            file: file.to_string(),
        })
    }

    /// Adds a sheet: optional title rows (then one blank row), the header row, the data rows.
    fn sheet(
        &mut self,
        name: &str,
        title: &[&str],
        headers: &[String],
        rows: &[Vec<V>],
    ) -> anyhow::Result<()> {
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(name)?;
        let title_format = Format::new().set_bold().set_font_size(13);
        let header_format = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xE2EFDA))
            .set_border_bottom(FormatBorder::Thin);
        let percent = Format::new().set_num_format("0.0%");
        let thousands = Format::new().set_num_format("#,##0");
        let mut r = 0u32;
        for (i, line) in title.iter().enumerate() {
            if i == 0 {
                sheet.write_string_with_format(r, 0, *line, &title_format)?;
            } else {
                sheet.write_string(r, 0, *line)?;
            }
            r += 1;
        }
        if !title.is_empty() {
            r += 1;
        }
        let header_row = r;
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string_with_format(r, c as u16, h, &header_format)?;
        }
        let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
        for row in rows {
            r += 1;
            assert!(
                row.len() <= headers.len(),
                "{}: row longer than the header",
                name
            );
            for (c, v) in row.iter().enumerate() {
                let col = c as u16;
                let shown = match v {
                    V::T(t) => {
                        sheet.write_string(r, col, t)?;
                        t.chars().count()
                    }
                    V::N(n) if n.abs() >= 1000.0 && n.fract() == 0.0 => {
                        sheet.write_number_with_format(r, col, *n, &thousands)?;
                        8
                    }
                    V::N(n) => {
                        sheet.write_number(r, col, *n)?;
                        6
                    }
                    V::P(p) => {
                        sheet.write_number_with_format(r, col, *p, &percent)?;
                        6
                    }
                    V::F(f, result) => {
                        let formula = Formula::new(f).set_result(format!("{result}"));
                        sheet.write_formula_with_format(r, col, formula, &thousands)?;
                        10
                    }
                    V::E => 0,
                };
                widths[c] = widths[c].max(shown);
            }
        }
        for (c, w) in widths.iter().enumerate() {
            sheet.set_column_width(c as u16, (*w + 3).clamp(8, 40) as f64)?;
        }
        sheet.set_freeze_panes(header_row + 1, 0)?;
        sheet.autofilter(
            header_row,
            0,
            r.max(header_row + 1),
            headers.len() as u16 - 1,
        )?;
        Ok(())
    }

    /// Adds a free-text sheet that teamlint ignores (notes of the people who filled it in).
    fn notes(&mut self, name: &str, lines: &[&str]) -> anyhow::Result<()> {
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(name)?;
        sheet.set_column_width(0, 100)?;
        for (i, line) in lines.iter().enumerate() {
            sheet.write_string(i as u32, 0, *line)?;
        }
        Ok(())
    }

    fn save(mut self, dir: &Path) -> anyhow::Result<PathBuf> {
        let path = dir.join(&self.file);
        self.workbook.save(&path)?;
        Ok(path)
    }
}

// The data below is laid out as tables, one line per row, so rustfmt leaves it alone.

use Col::*;

#[rustfmt::skip]
const UNITS_COLS: &[Col] = &[Unit, Country, Employees, OrgForm, Coordinator, Sponsor, Guidelines, Currency, HourlyRate, UnitBudget];
#[rustfmt::skip]
const STAFF_COLS: &[Col] = &[PersonId, Name, Department, Role, WeeklyHours, HourlyCost, Deputy, Employment];
#[rustfmt::skip]
const ALLOC_COLS: &[Col] = &[PersonId, Channel, Task, Hours, Share];
#[rustfmt::skip]
const CHANNEL_COLS: &[Col] = &[Channel, Status, Posts, RequiredHours, Budget, ResponseTime, Owner];

/// German holding with the group coordinator: a title block, German text numbers ("38,5",
/// "48,50 €", "87,5 %"). Plants STAFF003 (a social media manager at 20 %) and COST002 (the
/// unit's budget is below the staff cost).
#[rustfmt::skip]
fn holding(dir: &Path) -> anyhow::Result<PathBuf> {
    let mut b = Book::new("de-holding-hq.xlsx", "Hansa Outdoor Holding SE – Social-Media-Personalplanung 2025")?;
    let title = [
        "Hansa Outdoor Holding SE – Social-Media-Personalplanung 2025",
        "Stand: 31.03.2025 · vertraulich · Ansprechpartnerin: Katrin Vogel (Konzernkommunikation)",
    ];
    b.sheet(
        &sheet_name(SheetKind::Units, "Einheiten"),
        &title,
        &headers(SheetKind::Units, Lang::De, UNITS_COLS),
        &[row!["Hansa Outdoor Holding SE", "DE", "1.200", "mehrfach koordiniert", "D002", "D006", "ja", "EUR", "55,00 €", "60.000 €"]],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Staff, "Mitarbeiter"),
        &title,
        &headers(SheetKind::Staff, Lang::De, STAFF_COLS),
        &[
            row!["D001", "Katrin Vogel", "Konzernkommunikation", "Konzernkoordinatorin", "38,5", "68,00 €", "D002", "intern"],
            row!["D002", "Tobias Richter", "Konzernkommunikation", "Koordinator", "38,5", "61,50 €", "D001", "intern"],
            row!["D003", "Mehmet Yılmaz", "Marketing", "Social-Media-Manager", "40", "48,50 €", "D004", "intern"],
            row!["D004", "Julia Neumann", "Marketing", "Redakteurin", "30", "44,00 €", "D003", "intern"],
            row!["D005", "Felix Schmitt", "Kundenservice", "Community-Manager", "32", "42,00 €", "D004", "intern"],
            row!["D006", "Dr. Andrea Lang", "Vorstand", "Sponsor", "40", "120,00 €", "", "intern"],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Allocation, "Zeitaufteilung"),
        &title,
        &headers(SheetKind::Allocation, Lang::De, ALLOC_COLS),
        &[
            row!["D001", "LinkedIn", "Koordination", "6", ""],
            row!["D001", "Instagram", "Strategie", "2", ""],
            row!["D002", "LinkedIn", "Koordination", "", "10 %"],
            row!["D002", "YouTube", "Koordination", "2", ""],
            row!["D003", "Instagram", "Inhalte", "", "20 %"],
            row!["D004", "LinkedIn", "Redaktion", "5", ""],
            row!["D004", "YouTube", "Inhalte", "6,5", ""],
            row!["D005", "Instagram", "Moderation", "", "87,5 %"],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Channels, "Kanäle"),
        &title,
        &headers(SheetKind::Channels, Lang::De, CHANNEL_COLS),
        &[
            row!["LinkedIn", "aktiv", "4", "14", "40.000 €", "", "D002"],
            row!["Instagram", "aktiv", "7", "18", "80.000 €", "4", "D003"],
            row!["YouTube", "aktiv", "1", "8", "20.000 €", "", "D004"],
            row!["X (Twitter)", "pausiert", "0", "", "keine", "", "D002"],
        ],
    )?;
    b.save(dir)
}

/// Austrian subsidiary: the clean unit. Numeric Person IDs (text IDs elsewhere refer to them),
/// a formula for the annual cost and for the budget.
#[rustfmt::skip]
fn austria(dir: &Path) -> anyhow::Result<PathBuf> {
    let mut b = Book::new("at-wien.xlsx", "Hansa Outdoor Austria GmbH – Social Media 2025")?;
    let mut unit = row!["Hansa Outdoor Austria GmbH", "AT", 180, "koordiniert", 4102, 4105, "ja", "EUR", 46];
    unit.push(V::F("SUM('Kanäle'!E2:E5)".into(), 125_000.0));
    b.sheet(
        &sheet_name(SheetKind::Units, "Einheiten"),
        &[],
        &headers(SheetKind::Units, Lang::De, UNITS_COLS),
        &[unit],
    )?;
    let staff: [(i32, &str, &str, &str, f64, f64, &str); 5] = [
        (4101, "Lena Gruber", "Marketing", "Social-Media-Managerin", 38.5, 52.0, "4102"),
        (4102, "Markus Huber", "Kommunikation", "Koordinator", 38.5, 58.0, "4101"),
        (4103, "Sophie Bauer", "Kundenservice", "Community-Managerin", 30.0, 41.0, "4104"),
        (4104, "Jonas Wagner", "Marketing", "Redakteur", 38.5, 44.0, "4103"),
        (4105, "Dr. Eva Steiner", "Geschäftsführung", "Sponsor", 40.0, 95.0, ""),
    ];
    // Staff columns A–I: Annual cost (G) is a formula of weekly hours (E) and hourly cost (F).
    let mut cols = STAFF_COLS.to_vec();
    cols.insert(6, AnnualCost);
    let rows: Vec<Vec<V>> = staff
        .iter()
        .enumerate()
        .map(|(i, (id, name, dept, role, weekly, cost, deputy))| {
            let r = i + 2;
            let annual = V::F(format!("ROUND(E{r}*F{r}*1640/38,0)"), (weekly * cost * 1640.0 / 38.0).round());
            let mut row = row![*id, *name, *dept, *role, *weekly, *cost];
            row.extend([annual, V::from(*deputy), V::from("intern")]);
            row
        })
        .collect();
    b.sheet(
        &sheet_name(SheetKind::Staff, "Mitarbeiter"),
        &[],
        &headers(SheetKind::Staff, Lang::De, &cols),
        &rows,
    )?;
    b.sheet(
        &sheet_name(SheetKind::Allocation, "Zeitaufteilung"),
        &[],
        &headers(SheetKind::Allocation, Lang::De, ALLOC_COLS),
        &[
            row!["4101", "Instagram", "Inhalte", 14, ""],
            row!["4101", "LinkedIn", "Inhalte", 6, ""],
            row!["4101", "Facebook", "Analyse", 2, ""],
            row!["4102", "Instagram", "Koordination", 2, ""],
            row!["4102", "LinkedIn", "Koordination", 4, ""],
            row!["4102", "Facebook", "Koordination", 2, ""],
            row!["4103", "Facebook", "Moderation", 10, ""],
            row!["4103", "Instagram", "Moderation", 4, ""],
            row!["4104", "Facebook", "Inhalte", 3, ""],
        ],
    )?;
    // Channels columns A–G: the budget (E2:E5) feeds the unit's budget formula.
    b.sheet(
        &sheet_name(SheetKind::Channels, "Kanäle"),
        &[],
        &headers(SheetKind::Channels, Lang::De, CHANNEL_COLS),
        &[
            row!["Instagram", "aktiv", 5, 16, 48_000, 24, 4101],
            row!["LinkedIn", "aktiv", 3, 10, 26_000, "", 4102],
            row!["Facebook", "aktiv", 4, 12, 36_000, 8, 4103],
            row!["TikTok", "geplant", 3, 10, 15_000, "", 4104],
        ],
    )?;
    b.save(dir)
}

/// Swiss subsidiary (converted to .ods by convert.sh): a community manager alone on Facebook
/// without a deputy (SPOF001, SPOF002), and Facebook's budget is "kostenlos" (COST001).
#[rustfmt::skip]
fn switzerland(dir: &Path) -> anyhow::Result<PathBuf> {
    let mut b = Book::new("ch-zuerich.xlsx", "Hansa Outdoor Schweiz AG – Social Media")?;
    b.sheet(
        &sheet_name(SheetKind::Units, "Einheiten"),
        &[],
        &headers(SheetKind::Units, Lang::De, UNITS_COLS),
        &[row!["Hansa Outdoor Schweiz AG", "CH", 85, "koordiniert", "CH-02", "CH-04", "ja", "CHF", 72, 160_000]],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Staff, "Mitarbeiter"),
        &[],
        &headers(SheetKind::Staff, Lang::De, STAFF_COLS),
        &[
            row!["CH-01", "Nina Keller", "Marketing", "Social-Media-Managerin", 42, 78, "CH-02", "intern"],
            row!["CH-02", "Luca Meier", "Marketing", "Koordinator", 42, 85, "CH-01", "intern"],
            row!["CH-03", "Simone Frei", "Kundendienst", "Community-Managerin", 42, 65, "", "intern"],
            row!["CH-04", "Dr. Urs Brunner", "Geschäftsleitung", "Sponsor", 42, 140, "", "intern"],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Allocation, "Zeitaufteilung"),
        &[],
        &headers(SheetKind::Allocation, Lang::De, ALLOC_COLS),
        &[
            row!["CH-01", "Instagram", "Inhalte", 20, ""],
            row!["CH-01", "LinkedIn", "Inhalte", 5, ""],
            row!["CH-02", "Instagram", "Koordination", 3, ""],
            row!["CH-02", "LinkedIn", "Strategie", 3, ""],
            row!["CH-03", "Facebook", "Moderation", 16, ""],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Channels, "Kanäle"),
        &[],
        &headers(SheetKind::Channels, Lang::De, CHANNEL_COLS),
        &[
            row!["Instagram", "aktiv", 5, 14, 85_000, "", "CH-01"],
            row!["Facebook", "aktiv", 3, 10, "kostenlos", 4, "CH-03"],
            row!["LinkedIn", "aktiv", 2, 6, 30_000, "", "CH-02"],
        ],
    )?;
    b.save(dir)
}

/// French subsidiary, English headers: two departments and no coordinator (COORD001), no
/// executive sponsor (COORD005, info), guidelines "no" (COORD006). No required hours: the
/// channels' needs come from their posts per week.
#[rustfmt::skip]
fn france(dir: &Path) -> anyhow::Result<PathBuf> {
    let mut b = Book::new("fr-lyon.xlsx", "Hansa Outdoor France SAS – social media staffing")?;
    b.sheet(
        &sheet_name(SheetKind::Units, "Units"),
        &[],
        &headers(SheetKind::Units, Lang::En, UNITS_COLS),
        &[row!["Hansa Outdoor France SAS", "FR", 120, "decentralised", "", "", "no", "EUR", 47, ""]],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Staff, "Staff"),
        &[],
        &headers(SheetKind::Staff, Lang::En, STAFF_COLS),
        &[
            row!["FR01", "Camille Martin", "Marketing", "social media manager", 35, 50, "FR02", "internal"],
            row!["FR02", "Hugo Bernard", "Marketing", "content creator", 35, 42, "FR01", "internal"],
            row!["FR03", "Léa Dubois", "Customer Service", "community manager", 35, 40, "FR04", "internal"],
            row!["FR04", "Thomas Petit", "Customer Service", "helper", 35, "", "FR03", "internal"],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Allocation, "Allocation"),
        &[],
        &headers(SheetKind::Allocation, Lang::En, ALLOC_COLS),
        &[
            row!["FR01", "Instagram", "content", 14, ""],
            row!["FR01", "Facebook", "content", 4, ""],
            row!["FR02", "Instagram", "community", 6, ""],
            row!["FR03", "Facebook", "community", 10, ""],
            row!["FR04", "Facebook", "support", 3, ""],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Channels, "Channels"),
        &[],
        &headers(SheetKind::Channels, Lang::En, CHANNEL_COLS),
        &[
            row!["Instagram", "active", 5, "", 45_000, 12, "FR01"],
            row!["Facebook", "active", 3, "", 35_000, 12, "FR03"],
        ],
    )?;
    b.save(dir)
}

/// UK subsidiary (converted to .xls by convert.sh), a title row: TikTok understaffed
/// (STAFF001), five active channels on 1.26 FTE (STAFF002), Facebook budget "free" (COST001).
#[rustfmt::skip]
fn united_kingdom(dir: &Path) -> anyhow::Result<PathBuf> {
    let mut b = Book::new("uk-manchester.xlsx", "Hansa Outdoor UK Ltd – social media resourcing")?;
    let title = ["Hansa Outdoor UK Ltd – social media resourcing FY2025"];
    b.sheet(
        &sheet_name(SheetKind::Units, "Units"),
        &title,
        &headers(SheetKind::Units, Lang::En, UNITS_COLS),
        &[row!["Hansa Outdoor UK Ltd", "GB", 95, "coordinated", "UK02", "UK05", "yes", "GBP", 38, 90_000]],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Staff, "Staff"),
        &title,
        &headers(SheetKind::Staff, Lang::En, STAFF_COLS),
        &[
            row!["UK01", "Oliver Smith", "Marketing", "Social Media Manager", 37.5, 41, "UK02", "internal"],
            row!["UK02", "Amelia Jones", "Marketing", "Coordinator", 37.5, 45, "UK01", "internal"],
            row!["UK03", "Harry Taylor", "Marketing", "Content Creator", 37.5, 32, "UK04", "agency"],
            row!["UK04", "Isla Brown", "Customer Care", "Community Manager", 30, 30, "UK03", "internal"],
            row!["UK05", "Sarah Wilson", "Board", "Executive Sponsor", 40, 110, "", "internal"],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Allocation, "Allocation"),
        &title,
        &headers(SheetKind::Allocation, Lang::En, ALLOC_COLS),
        &[
            row!["UK01", "Instagram", "content", 10, ""],
            row!["UK01", "TikTok", "content", 6, ""],
            row!["UK01", "YouTube", "content", 3, ""],
            row!["UK02", "Instagram", "coordination", 2, ""],
            row!["UK02", "LinkedIn", "coordination", 2, ""],
            row!["UK03", "Instagram", "content", 5, ""],
            row!["UK03", "TikTok", "community", 2, ""],
            row!["UK03", "YouTube", "monitoring", 4, ""],
            row!["UK03", "LinkedIn", "content", 2, ""],
            row!["UK03", "Facebook", "content", 2, ""],
            row!["UK04", "Facebook", "community", 8, ""],
            row!["UK04", "Instagram", "community", 2, ""],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Channels, "Channels"),
        &title,
        &headers(SheetKind::Channels, Lang::En, CHANNEL_COLS),
        &[
            row!["Instagram", "active", 7, 20, 35_000, 24, "UK01"],
            row!["Facebook", "active", 3, 10, "free", 8, "UK04"],
            row!["TikTok", "active", 5, 15, 15_000, 24, "UK01"],
            row!["YouTube", "active", 1, 6, 12_000, 24, "UK03"],
            row!["LinkedIn", "active", 2, 4, 8_000, "", "UK02"],
            row!["Pinterest", "planned", 3, "", 5_000, "", "UK03"],
        ],
    )?;
    b.save(dir)
}

/// US subsidiary, en-US spellings: a freelance analyst over-allocated (STAFF004), time on
/// TikTok which is not in the channel plan (STAFF005), Pinterest run by one person whose
/// deputy never works on it (SPOF003).
#[rustfmt::skip]
fn united_states(dir: &Path) -> anyhow::Result<PathBuf> {
    let mut b = Book::new("us-denver.xlsx", "Hansa Outdoor Inc. – social media staffing")?;
    b.sheet(
        &sheet_name(SheetKind::Units, "Units"),
        &[],
        &headers(SheetKind::Units, Lang::En, UNITS_COLS),
        &[row!["Hansa Outdoor Inc.", "US", 210, "centralized", "US02", "US06", "yes", "USD", 52, 175_000]],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Staff, "Staff"),
        &[],
        &headers(SheetKind::Staff, Lang::En, STAFF_COLS),
        &[
            row!["US01", "Emily Johnson", "Marketing", "Social Media Manager", 40, 55, "US02", "internal"],
            row!["US02", "Michael Davis", "Marketing", "Social Media Coordinator", 40, 62, "US01", "internal"],
            row!["US03", "Jessica Miller", "Marketing", "Content Creator", 40, 45, "US04", "internal"],
            row!["US04", "Chris Garcia", "Customer Support", "Community Manager", 40, 38, "US03", "internal"],
            row!["US05", "Ryan Lee", "Marketing", "", 20, 48, "", "freelance"],
            row!["US06", "Patricia Moore", "Executive Board", "Executive Sponsor", 40, 150, "", "internal"],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Allocation, "Allocation"),
        &[],
        &headers(SheetKind::Allocation, Lang::En, ALLOC_COLS),
        &[
            row!["US01", "Instagram", "content", 16, ""],
            row!["US01", "YouTube", "content", 6, ""],
            row!["US02", "Instagram", "coordination", 2, ""],
            row!["US02", "LinkedIn", "coordination", 2, ""],
            row!["US03", "Instagram", "content", 6, ""],
            row!["US03", "YouTube", "content", 4, ""],
            row!["US03", "Pinterest", "content", 4, ""],
            row!["US03", "TikTok", "content", 2, ""],
            row!["US04", "LinkedIn", "community", 4, ""],
            row!["US04", "TikTok", "community", 3, ""],
            row!["US04", "Instagram", "community", 2, ""],
            row!["US05", "Instagram", "analytics", 12, ""],
            row!["US05", "YouTube", "analytics", 10, ""],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Channels, "Channels"),
        &[],
        &headers(SheetKind::Channels, Lang::En, CHANNEL_COLS),
        &[
            row!["Instagram", "active", 6, 16, 90_000, 2, "US01"],
            row!["YouTube", "active", 1, 10, 48_000, "", "US01"],
            row!["LinkedIn", "active", 3, 6, 13_000, 24, "US02"],
            row!["Pinterest", "active", 4, 4, 9_000, 48, "US03"],
            row!["Facebook", "paused", 0, "", 10_000, "", "US04"],
        ],
    )?;
    b.save(dir)
}

/// Polish subsidiary, English alias sheet names and headers ("Team", "Employee ID", "%"):
/// one deputy for three people (SPOF004), a coordinator without time (COORD002), declared
/// holistic with 400 employees (COORD004).
#[rustfmt::skip]
fn poland(dir: &Path) -> anyhow::Result<PathBuf> {
    let mut b = Book::new("pl-poznan.xlsx", "Hansa Outdoor Polska – social media team")?;
    b.sheet(
        &sheet_name(SheetKind::Units, "Organization"),
        &[],
        &alias_headers(SheetKind::Units, &[
            (Unit, "Business Unit"), (Country, "Country"), (Employees, "Headcount"), (OrgForm, "Org form"),
            (Coordinator, "Coordinator"), (Sponsor, "Sponsor"), (Guidelines, "Guidelines"),
            (Currency, "Currency"), (HourlyRate, "Hourly rate"), (UnitBudget, "Budget"),
        ]),
        &[row!["Hansa Outdoor Polska sp. z o.o.", "PL", 400, "holistic", "PL05", "PL06", "yes", "PLN", 28, 70_000]],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Staff, "Team"),
        &[],
        &alias_headers(SheetKind::Staff, &[
            (PersonId, "Employee ID"), (Name, "Name"), (Department, "Department"), (Role, "Role"),
            (WeeklyHours, "Hours per week"), (HourlyCost, "Hourly cost"), (Deputy, "Deputy"),
            (Employment, "Employment"),
        ]),
        &[
            row!["PL01", "Anna Kowalska", "Marketing", "social media manager", 40, 32, "PL04", "internal"],
            row!["PL02", "Piotr Nowak", "Marketing", "content creator", 40, 25, "PL04", "internal"],
            row!["PL03", "Katarzyna Wiśniewska", "Customer Service", "community manager", 40, 24, "PL04", "internal"],
            row!["PL04", "Tomasz Wójcik", "Marketing", "community manager", 40, 26, "PL01", "internal"],
            row!["PL05", "Marta Kamińska", "Communications", "coordinator", 40, 35, "PL01", "internal"],
            row!["PL06", "Andrzej Lewandowski", "Management Board", "executive sponsor", 40, 90, "", "internal"],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Allocation, "Time allocation"),
        &[],
        &alias_headers(SheetKind::Allocation, &[
            (PersonId, "Employee ID"), (Channel, "Channel"), (Task, "Task"),
            (Hours, "Hours per week (h)"), (Share, "%"),
        ]),
        &[
            row!["PL01", "Instagram", "content", "", pct(0.35)],
            row!["PL01", "Facebook", "content", 8, ""],
            row!["PL02", "Instagram", "content", 8, ""],
            row!["PL03", "Facebook", "community", 10, ""],
            row!["PL04", "Facebook", "community", 4, ""],
            row!["PL04", "Instagram", "community", 2, ""],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Channels, "Channel plan"),
        &[],
        &alias_headers(SheetKind::Channels, &[
            (Channel, "Channel"), (Status, "Status"), (Posts, "Posts per week"),
            (RequiredHours, "Required hours per week"), (Budget, "Budget"),
            (ResponseTime, "Response time (h)"), (Owner, "Owner"),
        ]),
        &[
            row!["Facebook", "active", 5, 12, 28_000, 6, "PL03"],
            row!["Instagram", "active", 4, 12, 35_000, 24, "PL01"],
            row!["LinkedIn", "planned", 2, "", 10_000, "", "PL05"],
        ],
    )?;
    b.save(dir)
}

/// German workbook with three regional units on one Units sheet, German alias sheet names and
/// headers, title rows and a notes sheet. Nord: an unreadable "täglich" (DATA002) and an unknown
/// deputy N09 (DATA003, SPOF002). Süd: decentralised with 310 employees (COORD004) and a
/// YouTube budget below its staff cost (COST002). Online: three channels, no coordinator
/// (COORD001).
#[rustfmt::skip]
fn regions(dir: &Path) -> anyhow::Result<PathBuf> {
    let mut b = Book::new("de-regionalgesellschaften.xlsx", "Hansa Outdoor Regionalgesellschaften – Social-Media-Planung 2025")?;
    let title = [
        "Hansa Outdoor Regionalgesellschaften – Social-Media-Planung 2025",
        "Quelle: HR-Controlling, Stand 03/2025",
    ];
    let (nord, sued, online) = ("Hansa Retail Nord GmbH", "Hansa Retail Süd GmbH", "Hansa Online GmbH");
    b.sheet(
        &sheet_name(SheetKind::Units, "Gesellschaften"),
        &title,
        &alias_headers(SheetKind::Units, &[
            (Unit, "Gesellschaft"), (Country, "Land"), (Employees, "Beschäftigte"),
            (OrgForm, "Organisationsform"), (Coordinator, "Koordination"), (Sponsor, "Sponsor"),
            (Guidelines, "Social-Media-Guidelines"), (Currency, "Währung"),
            (HourlyRate, "Stundensatz"), (UnitBudget, "Jahresbudget"),
        ]),
        &[
            row![nord, "DE", 140, "koordiniert", "N02", "N05", "ja", "EUR", 45, 100_000],
            row![sued, "DE", 310, "dezentral", "S02", "S04", "ja", "EUR", 44, 80_000],
            row![online, "DE", 60, "zentralisiert", "", "O04", "ja", "EUR", 48, ""],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Staff, "Personal"),
        &title,
        &alias_headers(SheetKind::Staff, &[
            (PersonId, "Pers.-Nr."), (Name, "Mitarbeiterin"), (Unit, "Gesellschaft"),
            (Department, "Bereich"), (Role, "Funktion"), (WeeklyHours, "Vertragsstunden"),
            (HourlyCost, "Kosten pro Stunde"), (Deputy, "Stellvertretung"),
            (Employment, "Beschäftigungsart"),
        ]),
        &[
            row!["N01", "Lisa Hoffmann", nord, "Marketing", "Social-Media-Managerin", 39, 50, "N02", "intern"],
            row!["N02", "Jan Schulz", nord, "Marketing", "Koordinator", 39, 56, "N01", "intern"],
            row!["N03", "Paul Becker", nord, "Filialen", "Community-Manager", 39, 40, "N09", "intern"],
            row!["N04", "Laura Koch", nord, "Filialen", "Redakteurin", 20, 38, "N03", "extern"],
            row!["N05", "Dr. Stefan Wolf", nord, "Geschäftsführung", "Sponsor", 40, 110, "", "intern"],
            row!["S01", "Maximilian Fischer", sued, "Marketing", "Social-Media-Manager", 40, 49, "S02", "intern"],
            row!["S02", "Anna Weber", sued, "Marketing", "Koordinatorin", 40, 55, "S01", "intern"],
            row!["S03", "Lukas Meyer", sued, "Vertrieb", "Redakteur", 40, 41, "S02", "intern"],
            row!["S04", "Claudia Schneider", sued, "Geschäftsführung", "Sponsor", 40, 105, "", "intern"],
            row!["O01", "Sarah Klein", online, "E-Commerce", "Redakteurin", 40, 52, "O02", "intern"],
            row!["O02", "Tim Schröder", online, "E-Commerce", "Community-Manager", 40, 42, "O01", "intern"],
            row!["O03", "Mia Zimmermann", online, "E-Commerce", "Redakteurin", 30, 40, "O02", "Agentur"],
            row!["O04", "Dr. Bernd Krüger", online, "Geschäftsführung", "Sponsor", 40, 115, "", "intern"],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Allocation, "Zuordnung"),
        &title,
        &alias_headers(SheetKind::Allocation, &[
            (PersonId, "Pers.-Nr."), (Channel, "Kanal"), (Task, "Tätigkeit"),
            (Hours, "Std./Woche"), (Share, "Anteil Arbeitszeit"),
        ]),
        &[
            row!["N01", "Instagram", "Inhalte", 12, ""],
            row!["N01", "Facebook", "Inhalte", 8, ""],
            row!["N02", "Instagram", "Koordination", 2, ""],
            row!["N02", "Facebook", "Koordination", 2, ""],
            row!["N03", "Facebook", "Moderation", 6, ""],
            row!["N04", "Instagram", "Inhalte", "", pct(0.3)],
            row!["S01", "Instagram", "Inhalte", 15, ""],
            row!["S01", "YouTube", "Inhalte", 14, ""],
            row!["S02", "Instagram", "Koordination", 3, ""],
            row!["S02", "YouTube", "Koordination", 2, ""],
            row!["O01", "Instagram", "Inhalte", 12, ""],
            row!["O01", "TikTok", "Inhalte", 6, ""],
            row!["O01", "Pinterest", "Inhalte", 3, ""],
            row!["O02", "Instagram", "Moderation", 6, ""],
            row!["O02", "TikTok", "Moderation", 8, ""],
            row!["O03", "Pinterest", "Moderation", 4, ""],
            row!["O03", "TikTok", "Inhalte", 3, ""],
            row!["O03", "Instagram", "Inhalte", 5, ""],
        ],
    )?;
    b.sheet(
        &sheet_name(SheetKind::Channels, "Kanalplan"),
        &title,
        &alias_headers(SheetKind::Channels, &[
            (Unit, "Gesellschaft"), (Channel, "Kanal"), (Status, "Status"), (Posts, "Posts/Woche"),
            (RequiredHours, "Bedarf Std./Woche"), (Budget, "Kosten"), (ResponseTime, "Reaktionszeit"),
            (Owner, "Verantwortlich"),
        ]),
        &[
            row![nord, "Instagram", "aktiv", "täglich", 14, 45_000, "", "N01"],
            row![nord, "Facebook", "aktiv", 3, 10, 36_000, 8, "N03"],
            row![sued, "Instagram", "aktiv", 5, 12, 45_000, "", "S01"],
            row![sued, "YouTube", "aktiv", 1, 8, "5.000 €", "", "S01"],
            row![online, "Instagram", "aktiv", 7, 12, 50_000, 8, "O01"],
            row![online, "TikTok", "aktiv", 5, 10, 36_000, 8, "O02"],
            row![online, "Pinterest", "aktiv", 3, 6, 15_000, 24, "O03"],
            row![online, "YouTube", "geplant", 1, "", 20_000, "", "O01"],
        ],
    )?;
    b.notes(
        "Hinweise",
        &[
            "Hinweise zur Planung (wird von teamlint nicht ausgewertet)",
            "Nord: Vertretung für Paul Becker wird nach dem Wechsel von N09 neu geregelt.",
            "Süd: YouTube-Budget aus dem Vorjahr übernommen.",
            "Online: Koordination übernimmt kommissarisch die Geschäftsführung.",
        ],
    )?;
    b.save(dir)
}

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "samples".into()));
    std::fs::create_dir_all(&dir)?;
    let writers: [fn(&Path) -> anyhow::Result<PathBuf>; 8] = [
        holding,
        austria,
        switzerland,
        france,
        united_kingdom,
        united_states,
        poland,
        regions,
    ];
    for write in writers {
        let path = write(&dir)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
