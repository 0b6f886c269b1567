//! Benchmark corpus: writes N staffing workbooks (one unit each) with a fixed seed, so every run
//! of `bench/run.sh` checks the same files. Run:
//!
//! ```text
//! cargo run --release --example bench_corpus -- DIR --workbooks 1000 [--scale 10] [--seed 42]
//! ```
//!
//! A workbook at `--scale 1` holds about 300 staff, 600 allocation rows and 8 channels, a Units
//! sheet with one unit, and realistic mess: German number text (`38,5`, `2,5 h`, `10 %`,
//! `410.000 €`), German headers in about one workbook in five, deputies for most key roles, and
//! planted problems so that SPOF001, STAFF001, COORD001, COST001 and their neighbours fire.
//! `--scale K` makes each workbook K blocks of that size (K×300 staff, K×8 channels) in one unit.
//! Workbook `i` depends only on the seed, the scale and `i`, so `--workbooks 100` writes the
//! first 100 files of `--workbooks 1000` byte for byte.
//!
//! The last line on stdout is machine-readable:
//! `corpus workbooks=N cells=C staff=S allocations=A channels=K bytes=B`.

use rayon::prelude::*;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, Worksheet, XlsxError};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// splitmix64: tiny, fast, good enough for test data, and fully determined by its seed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut r = Rng(seed);
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) % n as u64) as usize
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// A worksheet that counts the non-empty cells written to it.
struct Sheet<'a> {
    ws: &'a mut Worksheet,
    cells: u64,
}

impl Sheet<'_> {
    fn text(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        if !text.is_empty() {
            self.ws.write_string(row, col, text)?;
            self.cells += 1;
        }
        Ok(())
    }

    fn num(&mut self, row: u32, col: u16, value: f64) -> Result<(), XlsxError> {
        self.ws.write_number(row, col, value)?;
        self.cells += 1;
        Ok(())
    }

    fn value(&mut self, row: u32, col: u16, value: &Val) -> Result<(), XlsxError> {
        match value {
            Val::Num(x) => self.num(row, col, *x),
            Val::Text(t) => self.text(row, col, t),
            Val::Empty => Ok(()),
        }
    }

    fn header(&mut self, row: u32, names: &[&str]) -> Result<(), XlsxError> {
        for (col, name) in names.iter().enumerate() {
            self.text(row, col as u16, name)?;
        }
        Ok(())
    }
}

/// A cell as the generator decides to write it.
enum Val {
    Num(f64),
    Text(String),
    Empty,
}

/// German number text: `38,5`, `1.200`, `410.000` (no decimals for whole numbers).
fn de_number(x: f64, decimals: usize) -> String {
    let text = format!("{x:.decimals$}");
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        grouped
    } else {
        format!("{grouped},{frac}")
    }
}

/// Sheet and column names of one workbook, English or German (CONTRACT §2 aliases).
struct Names {
    units: &'static str,
    staff: &'static str,
    allocation: &'static str,
    channels: &'static str,
    units_cols: [&'static str; 10],
    staff_cols: [&'static str; 9],
    alloc_cols: [&'static str; 5],
    channel_cols: [&'static str; 8],
}

const EN: Names = Names {
    units: "Units",
    staff: "Staff",
    allocation: "Allocation",
    channels: "Channels",
    units_cols: [
        "Unit",
        "Country",
        "Employees",
        "Organisation form",
        "Coordinator",
        "Executive sponsor",
        "Guidelines",
        "Currency",
        "Hourly rate",
        "Budget",
    ],
    staff_cols: [
        "Person ID",
        "Name",
        "Unit",
        "Department",
        "Role",
        "Weekly hours",
        "Hourly cost",
        "Deputy",
        "Employment",
    ],
    alloc_cols: ["Person ID", "Channel", "Task", "Hours per week", "Share"],
    channel_cols: [
        "Unit",
        "Channel",
        "Status",
        "Posts per week",
        "Required hours per week",
        "Budget",
        "Response time (h)",
        "Owner",
    ],
};

const DE: Names = Names {
    units: "Einheiten",
    staff: "Mitarbeiter",
    allocation: "Zeitaufteilung",
    channels: "Kanalplan",
    units_cols: [
        "Einheit",
        "Land",
        "Mitarbeiterzahl",
        "Organisationsform",
        "Koordinator",
        "Sponsor",
        "Richtlinien",
        "Währung",
        "Stundensatz",
        "Jahresbudget",
    ],
    staff_cols: [
        "Personalnummer",
        "Name",
        "Einheit",
        "Abteilung",
        "Rolle",
        "Wochenstunden",
        "Stundensatz",
        "Vertretung",
        "Beschäftigungsart",
    ],
    alloc_cols: ["Pers.-Nr.", "Kanal", "Aufgabe", "Std./Woche", "Anteil"],
    channel_cols: [
        "Einheit",
        "Kanal",
        "Status",
        "Beiträge pro Woche",
        "Soll-Stunden",
        "Budget",
        "Reaktionszeit",
        "Verantwortlich",
    ],
};

const COUNTRIES: &[(&str, bool)] = &[
    ("DE", true),
    ("AT", true),
    ("CH", true),
    ("FR", false),
    ("NL", false),
    ("PL", false),
    ("ES", false),
    ("IT", false),
    ("GB", false),
    ("US", false),
];
const CITIES: &[&str] = &[
    "Nord", "Süd", "Ost", "West", "Mitte", "Retail", "B2B", "Services", "Digital", "Brand",
];
const FIRST: &[&str] = &[
    "Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannes", "Ida", "Jonas", "Katrin",
    "Lukas", "Mia", "Noah", "Olga", "Paul", "Rosa", "Sven", "Tina", "Umut", "Vera", "Yusuf",
];
const LAST: &[&str] = &[
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Dubois",
    "Rossi",
    "Nowak",
];
const DEPARTMENTS: &[&str] = &[
    "Marketing",
    "Kommunikation",
    "Vertrieb",
    "Kundenservice",
    "HR",
    "Produkt",
];
const CHANNELS: &[&str] = &[
    "Instagram",
    "LinkedIn",
    "Facebook",
    "YouTube",
    "TikTok",
    "X",
    "Xing",
    "Pinterest",
];
const TASKS_EN: &[&str] = &[
    "content",
    "community",
    "monitoring",
    "analytics",
    "advertising",
    "support",
];
const TASKS_DE: &[&str] = &[
    "Redaktion",
    "Moderation",
    "Monitoring",
    "Reporting",
    "Werbung",
    "Kundenservice",
];
const FREE: &[&str] = &["", "0", "kostenlos", "free", "gratis", "keine"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Coordinator,
    GroupCoordinator,
    Manager,
    Community,
    Content,
    Ambassador,
    Analyst,
    Sponsor,
    Helper,
}

impl Role {
    fn key(self) -> bool {
        matches!(
            self,
            Role::Coordinator | Role::GroupCoordinator | Role::Manager | Role::Community
        )
    }

    fn text(self, de: bool) -> &'static str {
        match (self, de) {
            (Role::Coordinator, false) => "coordinator",
            (Role::Coordinator, true) => "Koordinatorin",
            (Role::GroupCoordinator, false) => "group coordinator",
            (Role::GroupCoordinator, true) => "Konzernkoordinator",
            (Role::Manager, false) => "social media manager",
            (Role::Manager, true) => "Social-Media-Manager",
            (Role::Community, false) => "community manager",
            (Role::Community, true) => "Community-Managerin",
            (Role::Content, false) => "content creator",
            (Role::Content, true) => "Redakteur",
            (Role::Ambassador, false) => "ambassador",
            (Role::Ambassador, true) => "Multiplikator",
            (Role::Analyst, _) => "Analyst",
            (Role::Sponsor, false) => "executive sponsor",
            (Role::Sponsor, true) => "Sponsor",
            (Role::Helper, false) => "helper",
            (Role::Helper, true) => "Helfer",
        }
    }
}

struct Person {
    id: u64,
    role: Role,
    weekly: f64,
    deputy: Option<u64>,
}

struct Alloc {
    person: usize,
    channel: usize,
    hours: f64,
    /// Written as a share of weekly hours instead of hours.
    as_share: bool,
    /// Written as text that is not a number (DATA002).
    invalid: bool,
}

/// Counts of what one workbook holds.
#[derive(Default, Clone, Copy)]
struct Stats {
    cells: u64,
    staff: u64,
    allocations: u64,
    channels: u64,
    bytes: u64,
}

impl std::ops::Add for Stats {
    type Output = Stats;
    fn add(self, o: Stats) -> Stats {
        Stats {
            cells: self.cells + o.cells,
            staff: self.staff + o.staff,
            allocations: self.allocations + o.allocations,
            channels: self.channels + o.channels,
            bytes: self.bytes + o.bytes,
        }
    }
}

const STAFF_PER_BLOCK: usize = 300;
const CHANNELS_PER_BLOCK: usize = 8;

/// Writes workbook `index` of the corpus.
fn write_workbook(dir: &Path, seed: u64, scale: usize, index: usize) -> Result<Stats, XlsxError> {
    let mut rng =
        Rng::new(seed ^ (index as u64).wrapping_mul(0xA24B_AED4_963E_E407) ^ scale as u64);
    let (country, german_country) = rng.pick(COUNTRIES);
    let de = german_country && rng.chance(0.6);
    let names = if de { &DE } else { &EN };
    let prefix = if scale == 1 {
        String::new()
    } else {
        format!("X{scale}-")
    };
    let unit = format!("{prefix}{country}-{:04} {}", index + 1, rng.pick(CITIES));
    let file = format!("{prefix}unit-{:04}.xlsx", index + 1);
    // Unit-level plants: no coordinator (COORD001), no sponsor, no guidelines.
    let has_coordinator = !rng.chance(0.25);
    let has_sponsor = rng.chance(0.6);
    let id_base = 10_000 + 100_000 * index as u64;

    // Staff, block by block.
    let mut people: Vec<Person> = Vec::with_capacity(STAFF_PER_BLOCK * scale);
    for b in 0..scale {
        for i in 0..STAFF_PER_BLOCK {
            let role = if b == 0 && i == 0 && has_coordinator {
                Role::Coordinator
            } else if b == 0 && i == 1 && has_sponsor {
                Role::Sponsor
            } else if b == 0 && i == 2 && index == 0 {
                Role::GroupCoordinator
            } else {
                let r = rng.unit();
                match r {
                    _ if r < 0.03 => Role::Manager,
                    _ if r < 0.10 => Role::Community,
                    _ if r < 0.37 => Role::Content,
                    _ if r < 0.47 => Role::Ambassador,
                    _ if r < 0.50 => Role::Analyst,
                    _ => Role::Helper,
                }
            };
            let weekly = rng.pick(&[40.0, 40.0, 38.5, 38.5, 30.0, 25.0, 20.0, 19.5]);
            people.push(Person {
                id: id_base + people.len() as u64 + 1,
                role,
                weekly,
                deputy: None,
            });
        }
    }
    for b in 0..scale {
        for i in 0..STAFF_PER_BLOCK {
            let p = b * STAFF_PER_BLOCK + i;
            let wanted = if people[p].role.key() { 0.85 } else { 0.25 };
            if rng.chance(wanted) {
                let mut d = b * STAFF_PER_BLOCK + rng.below(STAFF_PER_BLOCK);
                if d == p {
                    d = b * STAFF_PER_BLOCK + (i + 1) % STAFF_PER_BLOCK;
                }
                people[p].deputy = Some(if rng.chance(0.01) {
                    90_000_000 + rng.below(1000) as u64 // unknown ID: DATA003
                } else {
                    people[d].id
                });
            }
        }
    }

    // Allocation: two rows per person on two channels of the person's block; some planted
    // problems per block of 8 channels.
    let n_channels = CHANNELS_PER_BLOCK * scale;
    let mut allocs: Vec<Alloc> = Vec::with_capacity(2 * people.len());
    let mut spof_channels = Vec::new();
    for b in 0..scale {
        let first = b * CHANNELS_PER_BLOCK;
        // SPOF001: the block's last channel gets time from one person without a deputy.
        let spof = rng.chance(0.35);
        let normal = if spof {
            spof_channels.push(first + CHANNELS_PER_BLOCK - 1);
            CHANNELS_PER_BLOCK - 1
        } else {
            CHANNELS_PER_BLOCK
        };
        for i in 0..STAFF_PER_BLOCK {
            let p = b * STAFF_PER_BLOCK + i;
            let c1 = first + rng.below(normal);
            let mut c2 = first + rng.below(normal);
            if c2 == c1 {
                c2 = first + (c1 - first + 1) % normal;
            }
            let weekly = people[p].weekly;
            let share = match people[p].role {
                Role::Manager | Role::Coordinator if rng.chance(0.8) => rng.range(0.28, 0.4),
                Role::Manager | Role::Coordinator => rng.range(0.05, 0.15), // STAFF003
                _ if rng.chance(0.005) => rng.range(0.55, 0.7),             // STAFF004
                _ => rng.range(0.02, 0.1),
            };
            let mut channels = [c1, c2];
            if spof && i == STAFF_PER_BLOCK - 1 {
                channels[1] = first + CHANNELS_PER_BLOCK - 1;
                people[p].role = Role::Helper;
                people[p].deputy = None;
            }
            for c in channels {
                let hours = ((weekly * share) * 2.0).round().max(1.0) / 2.0;
                allocs.push(Alloc {
                    person: p,
                    channel: c,
                    hours,
                    as_share: rng.chance(0.2),
                    invalid: rng.chance(0.001),
                });
            }
        }
    }
    let mut allocated = vec![0.0f64; n_channels];
    let mut cost = vec![0.0f64; n_channels];
    for a in &allocs {
        if !a.invalid {
            allocated[a.channel] += a.hours;
            cost[a.channel] += a.hours * 1640.0 / 38.0 * 52.0;
        }
    }

    let mut book = Workbook::new();
    // A fixed creation time keeps the files identical across runs.
    let created = ExcelDateTime::from_ymd(2025, 1, 6)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let mut stats = Stats {
        staff: people.len() as u64,
        allocations: allocs.len() as u64,
        channels: n_channels as u64,
        ..Stats::default()
    };

    // Units.
    {
        let mut s = Sheet {
            ws: book.add_worksheet().set_name(names.units)?,
            cells: 0,
        };
        s.header(0, &names.units_cols)?;
        let employees = (rng.range(400.0, 8000.0) * scale as f64).round();
        let form = if de {
            rng.pick(&["koordiniert", "zentralisiert", "dezentral", "holistisch"])
        } else {
            rng.pick(&["coordinated", "centralised", "decentralized", "holistic"])
        };
        s.text(1, 0, &unit)?;
        s.text(1, 1, country)?;
        s.num(1, 2, employees)?;
        s.text(1, 3, form)?;
        if has_coordinator {
            s.num(1, 4, people[0].id as f64)?;
        }
        if has_sponsor {
            s.num(1, 5, people[1].id as f64)?;
        }
        let guidelines = if de {
            rng.pick(&["ja", "ja", "nein", ""])
        } else {
            rng.pick(&["yes", "yes", "no", ""])
        };
        s.text(1, 6, guidelines)?;
        s.text(1, 7, if country == "CH" { "CHF" } else { "EUR" })?;
        if de {
            s.text(1, 8, "43,40")?;
        } else {
            s.num(1, 8, 43.4)?;
        }
        let total: f64 = cost.iter().sum::<f64>() * rng.range(0.8, 1.3);
        let total = (total / 1000.0).round() * 1000.0;
        if de {
            s.text(1, 9, &format!("{} €", de_number(total, 0)))?;
        } else {
            s.num(1, 9, total)?;
        }
        stats.cells += s.cells;
    }

    // Staff, with a title row above the header in some workbooks.
    {
        let mut s = Sheet {
            ws: book.add_worksheet().set_name(names.staff)?,
            cells: 0,
        };
        let head = if rng.chance(0.3) {
            s.text(
                0,
                0,
                if de {
                    "Personalplanung 2025"
                } else {
                    "Staff plan 2025"
                },
            )?;
            2
        } else {
            0
        };
        s.header(head, &names.staff_cols)?;
        for (i, p) in people.iter().enumerate() {
            let r = head + 1 + i as u32;
            // IDs: numbers, now and then typed as text (both mean the same person).
            if rng.chance(0.05) {
                s.text(r, 0, &p.id.to_string())?;
            } else {
                s.num(r, 0, p.id as f64)?;
            }
            let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
            s.text(r, 1, &name)?;
            s.text(r, 2, &unit)?;
            s.text(r, 3, rng.pick(DEPARTMENTS))?;
            s.text(r, 4, p.role.text(de))?;
            let weekly = if p.weekly.fract() != 0.0 && rng.chance(0.5) {
                Val::Text(if rng.chance(0.5) {
                    de_number(p.weekly, 1)
                } else {
                    format!("{} h", de_number(p.weekly, 1))
                })
            } else {
                Val::Num(p.weekly)
            };
            s.value(r, 5, &weekly)?;
            let rate = (rng.range(32.0, 85.0) * 100.0).round() / 100.0;
            let cost = match rng.unit() {
                x if x < 0.3 => Val::Empty,
                x if x < 0.45 => Val::Text(format!("{} €", de_number(rate, 2))),
                _ => Val::Num(rate),
            };
            s.value(r, 6, &cost)?;
            if let Some(d) = p.deputy {
                s.num(r, 7, d as f64)?;
            }
            let employment = if de {
                rng.pick(&[
                    "intern",
                    "intern",
                    "intern",
                    "extern",
                    "Agentur",
                    "freiberuflich",
                ])
            } else {
                rng.pick(&["internal", "internal", "internal", "external", "agency"])
            };
            s.text(r, 8, employment)?;
        }
        stats.cells += s.cells;
    }

    // Allocation.
    {
        let mut s = Sheet {
            ws: book.add_worksheet().set_name(names.allocation)?,
            cells: 0,
        };
        s.header(0, &names.alloc_cols)?;
        let tasks = if de { TASKS_DE } else { TASKS_EN };
        for (i, a) in allocs.iter().enumerate() {
            let r = 1 + i as u32;
            let p = &people[a.person];
            if rng.chance(0.03) {
                s.text(r, 0, &p.id.to_string())?;
            } else {
                s.num(r, 0, p.id as f64)?;
            }
            s.text(r, 1, &channel_name(a.channel, rng.chance(0.02)))?;
            let task = if p.role == Role::Coordinator {
                if de { "Koordination" } else { "coordination" }
            } else {
                rng.pick(tasks)
            };
            s.text(r, 2, task)?;
            if a.invalid {
                s.text(r, 3, if de { "k.A." } else { "n/a" })?;
            } else if a.as_share {
                let pct = a.hours / p.weekly * 100.0;
                let share = match rng.below(4) {
                    0 => format!("{} %", de_number(pct, 1)),
                    1 => format!("{}%", (pct * 10.0).round() / 10.0),
                    2 => de_number(pct / 100.0, 4),
                    _ => format!("{}", (pct / 100.0 * 10_000.0).round() / 10_000.0),
                };
                s.text(r, 4, &share)?;
            } else if a.hours.fract() != 0.0 && rng.chance(0.4) {
                s.text(r, 3, &de_number(a.hours, 1))?;
            } else {
                s.num(r, 3, a.hours)?;
            }
        }
        stats.cells += s.cells;
    }

    // Channels: required hours, budgets, status; STAFF001 and COST001 planted per block.
    {
        let mut s = Sheet {
            ws: book.add_worksheet().set_name(names.channels)?,
            cells: 0,
        };
        s.header(0, &names.channel_cols)?;
        for b in 0..scale {
            let first = b * CHANNELS_PER_BLOCK;
            let understaffed = rng
                .chance(0.3)
                .then(|| first + rng.below(CHANNELS_PER_BLOCK - 1));
            let free = rng
                .chance(0.3)
                .then(|| first + rng.below(CHANNELS_PER_BLOCK));
            for c in first..first + CHANNELS_PER_BLOCK {
                let r = 1 + c as u32;
                s.text(r, 0, &unit)?;
                s.text(r, 1, &channel_name(c, false))?;
                let status = if c == first + 6 && rng.chance(0.15) {
                    if de { "geplant" } else { "planned" }
                } else if c == first + 6 && rng.chance(0.1) {
                    if de { "pausiert" } else { "paused" }
                } else if de {
                    "aktiv"
                } else {
                    "active"
                };
                s.text(r, 2, status)?;
                let posts = 1 + rng.below(14);
                s.num(r, 3, posts as f64)?;
                let required = if understaffed == Some(c) {
                    Some((allocated[c] * 1.3).ceil())
                } else if spof_channels.contains(&c) || rng.chance(0.25) {
                    None // 5 h + 1 h per post
                } else {
                    Some((allocated[c] * rng.range(0.7, 1.0)).round())
                };
                if let Some(h) = required {
                    s.num(r, 4, h)?;
                }
                let budget = if free == Some(c) {
                    Val::Text(rng.pick(FREE).to_string())
                } else {
                    let b = (cost[c] * rng.range(0.95, 1.5) / 1000.0).round() * 1000.0;
                    if de && rng.chance(0.5) {
                        Val::Text(format!("{} €", de_number(b, 0)))
                    } else {
                        Val::Num(b)
                    }
                };
                match &budget {
                    Val::Text(t) if t == "0" => s.num(r, 5, 0.0)?,
                    _ => s.value(r, 5, &budget)?,
                }
                s.num(r, 6, rng.pick(&[2.0, 4.0, 8.0, 24.0, 48.0]))?;
                let owner = people[b * STAFF_PER_BLOCK + rng.below(STAFF_PER_BLOCK)].id;
                s.num(r, 7, owner as f64)?;
            }
        }
        stats.cells += s.cells;
    }

    let path = dir.join(file);
    book.save(&path)?;
    stats.bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    Ok(stats)
}

/// Channel `c`: `Instagram`, ..., then `Instagram Nord`, ... for the blocks of a scaled workbook;
/// `sloppy` writes it the way people type it (other case, stray blanks).
fn channel_name(c: usize, sloppy: bool) -> String {
    let base = CHANNELS[c % CHANNELS_PER_BLOCK];
    let block = c / CHANNELS_PER_BLOCK;
    let name = if block == 0 {
        base.to_string()
    } else {
        format!("{base} {}", CITIES[(block - 1) % CITIES.len()])
    };
    let name = if block > CITIES.len() {
        format!("{name} {}", block / CITIES.len())
    } else {
        name
    };
    if sloppy {
        format!(" {} ", name.to_lowercase())
    } else {
        name
    }
}

struct Args {
    dir: PathBuf,
    workbooks: usize,
    scale: usize,
    seed: u64,
}

fn parse_args() -> Result<Args, String> {
    let usage = "usage: bench_corpus DIR [--workbooks N] [--scale K] [--seed S]";
    let mut dir = None;
    let mut workbooks = 1000;
    let mut scale = 1;
    let mut seed = 20_250_106;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .and_then(|v| v.parse::<u64>().ok())
                .ok_or(format!("{name} needs a whole number\n{usage}"))
        };
        match arg.as_str() {
            "--workbooks" | "-n" => workbooks = value("--workbooks")? as usize,
            "--scale" => scale = value("--scale")?.max(1) as usize,
            "--seed" => seed = value("--seed")?,
            "-h" | "--help" => return Err(usage.to_string()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{usage}")),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    Ok(Args {
        dir: dir.ok_or(usage)?,
        workbooks,
        scale,
        seed,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&args.dir) {
        eprintln!("bench_corpus: {}: {e}", args.dir.display());
        return ExitCode::from(2);
    }
    let started = std::time::Instant::now();
    let result: Result<Vec<Stats>, XlsxError> = (0..args.workbooks)
        .into_par_iter()
        .map(|i| write_workbook(&args.dir, args.seed, args.scale, i))
        .collect();
    let stats = match result {
        Ok(s) => s.into_iter().fold(Stats::default(), |a, b| a + b),
        Err(e) => {
            eprintln!("bench_corpus: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!(
        "wrote {} workbooks (scale {}) to {} in {:.1} s",
        args.workbooks,
        args.scale,
        args.dir.display(),
        started.elapsed().as_secs_f64()
    );
    println!(
        "corpus workbooks={} cells={} staff={} allocations={} channels={} bytes={}",
        args.workbooks, stats.cells, stats.staff, stats.allocations, stats.channels, stats.bytes
    );
    ExitCode::SUCCESS
}
