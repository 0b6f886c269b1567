//! The annotated copy of an `.xlsx`/`.xlsm` as the original package with the smallest change
//! that carries the findings; other formats, and packages it cannot patch safely, are rebuilt.

mod notes;
mod package;
mod report_sheets;
mod sheet;
mod styles;
mod xml;

use super::annotated::{
    self, Mark, Place, Placement, ReportSheets, SheetNames, note_text, report_sheet_names,
    sorted_findings,
};
use crate::contract::Lang;
use crate::findings::Finding;
use crate::model::Workbook;
use crate::problem::{CopyNote, Problem, Rebuild};
use crate::rules::UnitFigures;
use notes::{NewNote, VmlIds};
use package::{
    BookInfo, BookSheet, COMMENTS_REL, COMMENTS_TYPE, Package, RelIds, VML_REL, WORKSHEET_REL,
    add_rels, add_sheets, app_xml, book_info, content_types,
};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use xml::{folder, relative, rels_path};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Relationship type of Excel 365's threaded comments.
const THREADED_REL: &str =
    "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";

/// What was written for one workbook.
#[derive(Debug)]
pub struct Copy {
    /// The annotated copy.
    pub path: PathBuf,
    /// Why the copy was rebuilt instead of patched, or which of the original's entries were
    /// repaired.
    pub note: Option<CopyNote>,
}

/// Why an `.xlsx`/`.xlsm` is rebuilt instead of patched.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Fallback {
    /// Strict Open XML namespaces.
    #[error("Strict Open XML")]
    Strict,
    /// A sheet with findings is not in the package's sheet list.
    #[error("sheet {0} not in the package")]
    MissingSheet(String),
    /// A part that could not be read or patched.
    #[error("{part}: {detail}")]
    Unpatchable { part: String, detail: String },
    /// The copy would grow beyond its bound: the workbook fails (no rebuild is tried).
    #[error("{0}")]
    TooLarge(CopyTooLarge),
}

/// A copy that would take more than a small multiple of its workbook's size: the one sentence a
/// workbook that fails so gets (`message`), in the run's language.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub(crate) struct CopyTooLarge {
    /// The most the copy may take, in bytes.
    pub limit: u64,
}

impl CopyTooLarge {
    /// The sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.problem().sentence(lang)
    }

    /// The problem of the workbook whose copy would be too large.
    pub fn problem(&self) -> Problem {
        Problem::CopyTooLarge { limit: self.limit }
    }

    /// The bound of the copy of a workbook of `input` bytes with `findings` findings: twice the
    /// input (each original entry is copied once; a patched sheet deflated at the fastest level
    /// may grow), 4 KB a finding (its note, its drawing shape, its rows in the added sheets) and
    /// 1 MB for the added sheets' frame.
    pub fn bound(input: u64, findings: usize) -> u64 {
        input
            .saturating_mul(2)
            .saturating_add(findings as u64 * 4096)
            .saturating_add(1 << 20)
    }
}

/// A file written through a bound: a write or seek past `limit` bytes fails, so a copy that
/// would grow without bound stops at it instead of filling the disk.
struct Bounded {
    file: std::fs::File,
    position: u64,
    limit: u64,
    /// Set when a write was refused at the limit (the zip writer's error no longer says why).
    reached: std::rc::Rc<std::cell::Cell<bool>>,
}

impl Bounded {
    fn past_limit(&self) -> std::io::Error {
        self.reached.set(true);
        std::io::Error::other(CopyTooLarge { limit: self.limit })
    }
}

impl Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.position + buf.len() as u64 > self.limit {
            return Err(self.past_limit());
        }
        let n = self.file.write(buf)?;
        self.position += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

impl std::io::Seek for Bounded {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        self.position = self.file.seek(pos)?;
        Ok(self.position)
    }
}

impl Fallback {
    fn part(part: &str) -> impl Fn(String) -> Fallback + '_ {
        move |detail| Fallback::Unpatchable {
            part: part.to_string(),
            detail,
        }
    }

    /// The note a rebuilt copy carries.
    fn note(self) -> CopyNote {
        let why = match self {
            Fallback::Strict => Rebuild::Strict,
            Fallback::MissingSheet(sheet) => Rebuild::MissingSheet { sheet },
            Fallback::Unpatchable { part, detail } => Rebuild::Unpatchable { part, detail },
            // (A copy too large fails its workbook before a rebuild is tried.)
            Fallback::TooLarge(e) => Rebuild::Unpatchable {
                part: "the copy".into(),
                detail: e.to_string(),
            },
        };
        CopyNote::Rebuilt { why }
    }
}

/// Whether a file is an Office Open XML package the patch path handles.
fn is_package(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| e == "xlsx" || e == "xlsm")
}

/// Writes the annotated copy of `source` to `out` (atomically): the patched package for an
/// `.xlsx`/`.xlsm`, else (or when the package cannot be patched safely) the rebuilt workbook.
/// A rebuilt `.xlsm` is written as `.xlsx`, since it holds no macros.
pub fn write_copy(
    source: &Path,
    out: &Path,
    workbook: Workbook,
    findings: &[Finding],
    units: &[UnitFigures],
    lang: Lang,
) -> anyhow::Result<Copy> {
    if !is_package(source) {
        annotated::write(out, workbook, findings, units, lang)?;
        return Ok(Copy {
            path: out.to_path_buf(),
            note: None,
        });
    }
    let names: Vec<String> = workbook.sheets.iter().map(|s| s.name.clone()).collect();
    let reading = workbook.plan.reading.clone();
    // The patch needs no cells: they are freed now, and read again only for a rebuild.
    drop(workbook);
    let mut why: Option<Fallback> = None;
    let mut repaired = Vec::new();
    let patched = crate::paths::write_atomically(out, |tmp| {
        match patch(source, tmp, &names, findings, units, &reading, lang) {
            Ok(r) => {
                repaired = r;
                Ok(())
            }
            Err(f) => {
                let e = anyhow::anyhow!("{f}");
                why = Some(f);
                Err(e)
            }
        }
    });
    match patched {
        Ok(()) => Ok(Copy {
            path: out.to_path_buf(),
            note: (!repaired.is_empty()).then_some(CopyNote::Repaired { parts: repaired }),
        }),
        Err(e) => {
            if let Some(Fallback::TooLarge(too_large)) = why {
                return Err(too_large.into());
            }
            let why = why.unwrap_or_else(|| Fallback::Unpatchable {
                part: "the copy".into(),
                detail: format!("{e:#}"),
            });
            let path = out.with_extension("xlsx");
            let sheets = crate::load::read_sheets(source).map_err(|e| anyhow::anyhow!("{e}"))?;
            let plan = crate::model::Plan {
                reading,
                ..Default::default()
            };
            let workbook = Workbook { sheets, plan };
            annotated::write(&path, workbook, findings, units, lang)?;
            Ok(Copy {
                path,
                note: Some(why.note()),
            })
        }
    }
}

/// Options of a part the patch writes whole (`len` bytes), with the original's time (or
/// 1980-01-01 for a new part), so the same input gives the same bytes. A small part is stored:
/// setting up a deflate stream costs more than deflating a few kilobytes, and saves less.
fn options(time: Option<DateTime>, len: usize) -> SimpleFileOptions {
    if len < STORE_BELOW {
        SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .last_modified_time(time.unwrap_or_default())
    } else {
        sheet_options(time)
    }
}

/// Parts smaller than this many bytes are stored, not deflated.
const STORE_BELOW: usize = 8 * 1024;

/// Options of a patched sheet, the largest parts written, streamed: deflate's fastest level (the
/// sheet is a little larger than at the default level and written several times faster).
fn sheet_options(time: Option<DateTime>) -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1))
        .last_modified_time(time.unwrap_or_default())
}

/// Writes the patched copy of `source` to `out`: the flagged sheets patched, the Findings and
/// Summary sheets added, the workbook's own lists updated, every other entry copied raw.
fn patch(
    source: &Path,
    out: &Path,
    sheet_names: &[String],
    findings: &[Finding],
    units: &[UnitFigures],
    reading: &crate::model::Reading,
    lang: Lang,
) -> Result<Vec<String>, Fallback> {
    let mut pkg = Package::open(source).map_err(Fallback::part("the package"))?;
    let book = Book::read(&mut pkg)?;
    let placement = Placement::new(sheet_names, units);
    let sorted = sorted_findings(findings);
    let flagged = flagged_sheets(&mut pkg, &book, sheet_names, &placement, &sorted)?;
    let mut in_use = InUse::read(&mut pkg, &book)?;

    // The report sheets, written by the copy's one writer straight as SpreadsheetML.
    let mut names = SheetNames::default();
    for s in &book.info.sheets {
        names.claim(&s.name);
    }
    let (findings_name, summary_name) = report_sheet_names(&mut names, lang);
    let report_names = ReportSheets {
        findings_name: &findings_name,
        summary_name: &summary_name,
        sheet_names,
        reading,
    };
    let report_part = Fallback::part("the Findings and Summary sheets");
    let mut findings_sheet = report_sheets::XmlSheet::default();
    annotated::findings_sheet(
        &mut findings_sheet,
        &report_names,
        &placement,
        &sorted,
        lang,
    )
    .map_err(|e| report_part(e.to_string()))?;
    let mut summary_sheet = report_sheets::XmlSheet::default();
    annotated::summary_sheet(
        &mut summary_sheet,
        &report_names,
        &placement,
        &sorted,
        findings,
        units,
        lang,
    )
    .map_err(|e| report_part(e.to_string()))?;
    let moved = report_sheets::move_in(
        vec![findings_sheet, summary_sheet],
        &mut pkg,
        &mut in_use.styles,
        &mut in_use.vml_ids,
        &mut in_use.table_ids,
        &mut in_use.table_names,
    )
    .map_err(&report_part)?;

    let owned = OwnedParts::of(&pkg, &book, &flagged)?;
    let mut copy = CopyZip::create(out, source, findings.len())?;

    // In the package's order: the flagged sheets patched, the untouched entries copied raw.
    let mut changed: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut new_parts: Vec<report_sheets::NewPart> = Vec::new();
    let mut vml_added = moved.vml;
    for idx in 0..pkg.names.len() {
        let name = pkg.names[idx].clone();
        if let Some(sheet) = flagged.iter().find(|f| f.part == name) {
            let time = pkg
                .zip
                .by_index_raw(idx)
                .ok()
                .and_then(|f| f.last_modified());
            let mut sheet_xml = Vec::new();
            let added = patch_sheet(
                &mut pkg,
                sheet,
                &mut in_use.styles,
                &mut in_use.vml_ids,
                lang,
                &mut sheet_xml,
            )?;
            checked(&name, &sheet_xml, &added.copied_rows)?;
            copy.write(name, sheet_options(time), &sheet_xml)?;
            vml_added |= added.vml_added;
            changed.extend(added.changed);
            new_parts.extend(added.new_parts);
        } else if !owned.names.contains(&name) {
            copy.copy_entry(&mut pkg, idx)?;
        }
    }
    new_parts.extend(moved.parts);

    let report_titles = [findings_name, summary_name];
    book_parts(
        &mut pkg,
        &book,
        &owned,
        &report_titles,
        &moved.sheets,
        &new_parts,
        vml_added,
        &mut changed,
    )?;
    changed.insert(
        pkg.entry(&book.styles_part)
            .unwrap_or(&book.styles_part)
            .to_string(),
        in_use.styles.finish().into_bytes(),
    );

    // Owned parts in the package's order (changed, or copied raw), then the new parts.
    for idx in 0..pkg.names.len() {
        let name = pkg.names[idx].clone();
        if !owned.names.contains(&name) {
            continue;
        }
        match changed.remove(&name) {
            Some(bytes) => {
                checked(&name, &bytes, &[])?;
                let time = pkg
                    .zip
                    .by_index_raw(idx)
                    .map_err(|e| Fallback::part(&name)(e.to_string()))?
                    .last_modified();
                copy.write(name, options(time, bytes.len()), &bytes)?;
            }
            None => copy.copy_entry(&mut pkg, idx)?,
        }
    }
    // Changed parts that did not exist (a sheet's new relationships) join the new ones.
    for (name, bytes) in std::mem::take(&mut changed) {
        new_parts.push(report_sheets::NewPart {
            name,
            bytes,
            content_type: None,
            by_construction: false,
        });
    }
    for part in new_parts {
        if !part.by_construction {
            checked(&part.name, &part.bytes, &[])?;
        }
        let options = options(None, part.bytes.len());
        copy.write(part.name, options, &part.bytes)?;
    }
    copy.finish()
}

/// The workbook part of a package (`xl/workbook.xml`), its sheet list and its relationships.
struct Book {
    /// The package's relationships (`_rels/.rels`).
    root_rels: Vec<package::Rel>,
    /// The workbook part's path.
    main: String,
    xml: String,
    info: BookInfo,
    rels_xml: String,
    rels: Vec<package::Rel>,
    /// The stylesheet's path.
    styles_part: String,
}

impl Book {
    /// Reads the workbook part; a Strict OOXML package is refused (`Fallback::Strict`).
    fn read(pkg: &mut Package) -> Result<Book, Fallback> {
        let (_, root_rels) = pkg.rels_of("").map_err(Fallback::part("_rels/.rels"))?;
        let main = root_rels
            .iter()
            .find(|r| r.kind.ends_with("/officeDocument"))
            .ok_or_else(|| Fallback::part("_rels/.rels")("no main part".into()))?;
        if main.kind.contains("purl.oclc.org") {
            return Err(Fallback::Strict);
        }
        let main = main.target.clone();
        let main_part = || Fallback::part(&main);
        let xml = pkg
            .text(&main)
            .map_err(main_part())?
            .ok_or_else(|| main_part()("missing".into()))?;
        let info = book_info(&xml).map_err(main_part())?;
        if info.strict {
            return Err(Fallback::Strict);
        }
        let (rels_xml, rels) = pkg.rels_of(&main).map_err(main_part())?;
        let rels_xml = rels_xml.ok_or_else(|| main_part()("no relationships".into()))?;
        let styles_part = rels
            .iter()
            .find(|r| r.kind.ends_with("/styles"))
            .map(|r| r.target.clone())
            .ok_or_else(|| main_part()("no stylesheet".into()))?;
        Ok(Book {
            root_rels,
            main,
            xml,
            info,
            rels_xml,
            rels,
            styles_part,
        })
    }

    /// The part of a sheet of the sheet list, from the workbook's relationships.
    fn part_of(&self, s: &BookSheet) -> Option<String> {
        self.rels
            .iter()
            .find(|r| r.id == s.rel_id && !r.external)
            .map(|r| r.target.clone())
    }

    /// An error in the workbook part.
    fn error(&self) -> impl Fn(String) -> Fallback + '_ {
        Fallback::part(&self.main)
    }
}

/// One flagged sheet: its part, the cells with their findings.
struct Flagged<'f> {
    part: String,
    cells: BTreeMap<(u32, u32), Vec<&'f Finding>>,
    /// Relationships of the sheet (the raw part when it has one).
    rels_xml: Option<String>,
    rels: Vec<package::Rel>,
}

/// The sheets with findings on their cells, each with its part and relationships, in the order
/// of their parts.
fn flagged_sheets<'f>(
    pkg: &mut Package,
    book: &Book,
    sheet_names: &[String],
    placement: &Placement<'_>,
    sorted: &[&'f Finding],
) -> Result<Vec<Flagged<'f>>, Fallback> {
    let mut by_sheet: BTreeMap<usize, BTreeMap<(u32, u32), Vec<&Finding>>> = BTreeMap::new();
    for f in sorted {
        if let Place::Cell(i, r, c) = placement.place(f) {
            by_sheet
                .entry(i)
                .or_default()
                .entry((r, c))
                .or_default()
                .push(f);
        }
    }
    let mut flagged: Vec<Flagged> = Vec::new();
    for (i, cells) in by_sheet {
        let name = &sheet_names[i];
        let part = book
            .info
            .sheets
            .iter()
            .find(|s| s.name == *name)
            .and_then(|s| book.part_of(s))
            .ok_or_else(|| Fallback::MissingSheet(name.clone()))?;
        let real = pkg
            .entry(&part)
            .ok_or_else(|| Fallback::MissingSheet(name.clone()))?
            .to_string();
        let (rels_xml, rels) = pkg.rels_of(&real).map_err(Fallback::part(&real))?;
        flagged.push(Flagged {
            part: real,
            cells,
            rels_xml,
            rels,
        });
    }
    flagged.sort_by(|a, b| a.part.cmp(&b.part));
    Ok(flagged)
}

/// What the copy must not clash with: the stylesheet the new formats join, the VML shape ids and
/// the table ids and names already in use.
struct InUse {
    styles: styles::Styles,
    vml_ids: VmlIds,
    table_ids: std::collections::HashSet<u32>,
    table_names: std::collections::HashSet<String>,
}

impl InUse {
    fn read(pkg: &mut Package, book: &Book) -> Result<InUse, Fallback> {
        let styles_part = &book.styles_part;
        let styles_xml = pkg
            .text(styles_part)
            .map_err(Fallback::part(styles_part))?
            .ok_or_else(|| Fallback::part(styles_part)("missing".into()))?;
        let styles = styles::Styles::parse(styles_xml).map_err(Fallback::part(styles_part))?;
        let mut vml_ids = VmlIds::default();
        let vml_parts: Vec<String> = pkg
            .names
            .iter()
            .filter(|n| n.to_lowercase().ends_with(".vml"))
            .cloned()
            .collect();
        for v in &vml_parts {
            if let Some(bytes) = pkg.bytes(v).map_err(Fallback::part(v))? {
                vml_ids.see(&String::from_utf8_lossy(&bytes));
            }
        }
        let (table_ids, table_names) =
            report_sheets::used_table_ids_and_names(pkg, &book.xml).map_err(book.error())?;
        Ok(InUse {
            styles,
            vml_ids,
            table_ids,
            table_names,
        })
    }
}

/// The parts the patch writes itself (the workbook, its relationships, the stylesheet, the
/// content types, app.xml, and the flagged sheets' relationships, comments and VML): written
/// after the others, in the package's order.
struct OwnedParts {
    names: BTreeSet<String>,
    /// `[Content_Types].xml` as the package spells it.
    types_part: String,
    /// `docProps/app.xml`, when the package has one.
    app_part: Option<String>,
}

impl OwnedParts {
    fn of(pkg: &Package, book: &Book, flagged: &[Flagged<'_>]) -> Result<OwnedParts, Fallback> {
        let types_part = pkg
            .entry("[Content_Types].xml")
            .ok_or_else(|| Fallback::part("[Content_Types].xml")("missing".into()))?
            .to_string();
        let app_part = book
            .root_rels
            .iter()
            .find(|r| r.kind.ends_with("/extended-properties"))
            .and_then(|r| pkg.entry(&r.target))
            .map(str::to_string);
        let mut names: BTreeSet<String> = BTreeSet::new();
        for p in [
            &book.main,
            &rels_path(&book.main),
            &book.styles_part,
            &types_part,
        ] {
            if let Some(real) = pkg.entry(p) {
                names.insert(real.to_string());
            }
        }
        names.extend(app_part.clone());
        for f in flagged {
            names.insert(rels_path(&f.part));
            for r in &f.rels {
                if !r.external && (r.kind == COMMENTS_REL || r.kind == VML_REL) {
                    names.insert(pkg.entry(&r.target).unwrap_or(&r.target).to_string());
                }
            }
        }
        Ok(OwnedParts {
            names,
            types_part,
            app_part,
        })
    }
}

/// The workbook's own lists with the report sheets added, into `changed`: its sheet list (and
/// print titles), its relationships, the content types and app.xml's list of sheets.
#[allow(clippy::too_many_arguments)] // each is one of the lists the new sheets join
fn book_parts(
    pkg: &mut Package,
    book: &Book,
    owned: &OwnedParts,
    report_titles: &[String; 2],
    report_parts: &[String],
    new_parts: &[report_sheets::NewPart],
    vml_added: bool,
    changed: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), Fallback> {
    let main = &book.main;
    let mut rel_ids = RelIds::new(&book.rels);
    let mut sheet_id = book
        .info
        .sheets
        .iter()
        .map(|s| s.sheet_id)
        .max()
        .unwrap_or(0);
    let mut new_sheets = Vec::new();
    let mut new_rels = Vec::new();
    for (title, part) in report_titles.iter().zip(report_parts) {
        sheet_id += 1;
        let rid = rel_ids.fresh();
        new_sheets.push((title.clone(), sheet_id, rid.clone()));
        new_rels.push((rid, WORKSHEET_REL, relative(folder(main), part)));
    }
    let sheets_xml = add_sheets(&book.xml, &book.info, &new_sheets).map_err(book.error())?;
    let titles: Vec<&str> = report_titles.iter().map(String::as_str).collect();
    let sheets_xml = report_sheets::with_print_titles(&sheets_xml, &titles);
    changed.insert(
        pkg.entry(main).unwrap_or(main).to_string(),
        sheets_xml.into_bytes(),
    );
    let book_rels_name = rels_path(main);
    let book_rels_new = add_rels(Some(&book.rels_xml), &new_rels).map_err(book.error())?;
    changed.insert(
        pkg.entry(&book_rels_name)
            .unwrap_or(&book_rels_name)
            .to_string(),
        book_rels_new.into_bytes(),
    );
    let overrides: Vec<(String, &str)> = new_parts
        .iter()
        .filter_map(|p| p.content_type.map(|t| (p.name.clone(), t)))
        .collect();
    let types_part = &owned.types_part;
    let types = pkg
        .text(types_part)
        .map_err(Fallback::part(types_part))?
        .unwrap_or_default();
    let types = content_types(&types, &overrides, vml_added).map_err(Fallback::part(types_part))?;
    changed.insert(types_part.clone(), types.into_bytes());
    if let Some(app) = &owned.app_part
        && let Ok(Some(xml)) = pkg.text(app)
    {
        let book_names: Vec<String> = book.info.sheets.iter().map(|s| s.name.clone()).collect();
        if let Some(updated) = app_xml(&xml, &book_names, report_titles) {
            changed.insert(app.clone(), updated.into_bytes());
        }
    }
    Ok(())
}

/// The copy's zip, written through its size bound, and the entries repaired on the way.
struct CopyZip {
    zip: ZipWriter<std::io::BufWriter<Bounded>>,
    bound: Bound,
    /// Entries whose checksum in the original is wrong: written anew with the right one.
    repaired: Vec<String>,
}

/// The copy's size bound, and whether a write was refused at it.
struct Bound {
    limit: u64,
    reached: std::rc::Rc<std::cell::Cell<bool>>,
}

impl Bound {
    /// A write that fails at the bound fails the workbook; any other is a part not patched.
    fn error(&self, detail: String) -> Fallback {
        if self.reached.get() {
            Fallback::TooLarge(CopyTooLarge { limit: self.limit })
        } else {
            Fallback::Unpatchable {
                part: "the copy".into(),
                detail,
            }
        }
    }
}

impl CopyZip {
    /// Creates `out`, bounded by the size of `source` and the number of findings.
    fn create(out: &Path, source: &Path, findings: usize) -> Result<CopyZip, Fallback> {
        let file =
            std::fs::File::create(out).map_err(|e| Fallback::part("the copy")(e.to_string()))?;
        let input_bytes = std::fs::metadata(source).map_or(0, |m| m.len());
        let limit = CopyTooLarge::bound(input_bytes, findings);
        let reached = std::rc::Rc::new(std::cell::Cell::new(false));
        let zip = ZipWriter::new(std::io::BufWriter::new(Bounded {
            file,
            position: 0,
            limit,
            reached: reached.clone(),
        }));
        Ok(CopyZip {
            zip,
            bound: Bound { limit, reached },
            repaired: Vec::new(),
        })
    }

    /// Writes an entry whole.
    fn write(
        &mut self,
        name: String,
        options: SimpleFileOptions,
        bytes: &[u8],
    ) -> Result<(), Fallback> {
        let written = self
            .zip
            .start_file(name, options)
            .and_then(|()| self.zip.write_all(bytes).map_err(Into::into));
        written.map_err(|e| self.bound.error(e.to_string()))
    }

    /// Copies entry `idx` of the original as it is (no inflating and deflating), once its data
    /// is found to match its checksum. An entry whose data is sound but whose checksum is wrong
    /// is written anew (and named in `repaired`), so the copy never carries a wrong checksum;
    /// one whose data cannot be inflated at all is copied as it is, as damaged as in the
    /// original.
    fn copy_entry(&mut self, pkg: &mut Package, idx: usize) -> Result<(), Fallback> {
        let name = pkg.names[idx].clone();
        let read_err = |e: String| Fallback::part(&name)(e);
        type Raw<'p> = zip::read::ZipFile<'p, std::io::BufReader<std::fs::File>>;
        fn entry<'p>(pkg: &'p mut Package, idx: usize) -> Result<Raw<'p>, String> {
            pkg.zip.by_index_raw(idx).map_err(|e| e.to_string())
        }
        let (expected, time) = {
            let e = entry(pkg, idx).map_err(read_err)?;
            (e.crc32(), e.last_modified())
        };
        // Most entries are sound: their checksum is checked without keeping their data, which
        // is inflated again into memory only for one whose checksum is wrong.
        let crc = inflated(entry(pkg, idx).map_err(read_err)?, &mut std::io::sink());
        if crc.is_some_and(|crc| crc != expected) {
            let mut data = Vec::new();
            if inflated(entry(pkg, idx).map_err(read_err)?, &mut data).is_some() {
                self.write(name.clone(), options(time, data.len()), &data)?;
                self.repaired.push(name);
                return Ok(());
            }
        }
        let copied = self.zip.raw_copy_file(entry(pkg, idx).map_err(read_err)?);
        copied.map_err(|e| self.bound.error(e.to_string()))
    }

    /// Finishes the zip; the entries repaired on the way.
    fn finish(self) -> Result<Vec<String>, Fallback> {
        let CopyZip {
            zip,
            bound,
            repaired,
        } = self;
        let mut inner = zip.finish().map_err(|e| bound.error(e.to_string()))?;
        inner.flush().map_err(|e| bound.error(e.to_string()))?;
        Ok(repaired)
    }
}

/// Inflates an entry read raw into `out`, returning the CRC-32 of its data; `None` when it
/// cannot be read (a method teamlint does not inflate, a damaged stream, more data than its
/// declared size).
fn inflated(
    mut raw: zip::read::ZipFile<'_, impl std::io::Read>,
    out: &mut dyn Write,
) -> Option<u32> {
    use std::io::Read;
    let declared = raw.size();
    let mut hasher = crc32fast::Hasher::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    let mut feed = |reader: &mut dyn Read| -> Option<()> {
        loop {
            let n = reader.read(&mut buf).ok()?;
            if n == 0 {
                return (total == declared).then_some(());
            }
            total += n as u64;
            if total > declared {
                return None;
            }
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n]).ok()?;
        }
    };
    match raw.compression() {
        CompressionMethod::Stored => feed(&mut raw)?,
        CompressionMethod::Deflated => feed(&mut flate2::read::DeflateDecoder::new(&mut raw))?,
        _ => return None,
    }
    Some(hasher.finalize())
}

/// `Ok` when a part the patch wrote is well-formed XML, passing over `copied` (whole elements
/// of the original copied unparsed, see `xml::well_formed_skipping`). A VML drawing is not
/// checked: Excel's own are not always well-formed (`<br>`), and `notes::vml` checks what it
/// extends.
fn checked(name: &str, bytes: &[u8], copied: &[(usize, usize)]) -> Result<(), Fallback> {
    if name.to_lowercase().ends_with(".vml") {
        return Ok(());
    }
    xml::well_formed_skipping(bytes, copied).map_err(|detail| Fallback::Unpatchable {
        part: name.to_string(),
        detail: format!("the patched part would not be well-formed XML: {detail}"),
    })
}

/// What patching one sheet adds besides the sheet itself.
struct SheetAdditions {
    /// Existing parts with new content (comments, VML, relationships), by name.
    changed: BTreeMap<String, Vec<u8>>,
    new_parts: Vec<report_sheets::NewPart>,
    vml_added: bool,
    /// Rows of the patched sheet copied unparsed (spans of it), which its check passes over.
    copied_rows: Vec<(usize, usize)>,
}

/// Patches one flagged sheet into `out` and prepares its notes.
fn patch_sheet(
    pkg: &mut Package,
    flagged: &Flagged<'_>,
    styles: &mut styles::Styles,
    vml_ids: &mut VmlIds,
    lang: Lang,
    out: &mut Vec<u8>,
) -> Result<SheetAdditions, Fallback> {
    let part = &flagged.part;
    let fail = Fallback::part(part);
    let xml = pkg
        .bytes(part)
        .map_err(&fail)?
        .ok_or_else(|| fail("missing".into()))?;
    // The part is patched byte by byte: it must be UTF-8 (a UTF-16 part is rebuilt).
    if std::str::from_utf8(&xml).is_err() {
        return Err(fail("not UTF-8".into()));
    }
    let scan = sheet::scan(&xml).map_err(&fail)?;
    // Each finding on the cell that carries it (the top-left cell of a merged range).
    let mut cells: BTreeMap<(u32, u32), Vec<&Finding>> = BTreeMap::new();
    for (&cell, fs) in &flagged.cells {
        cells
            .entry(scan.anchor(cell))
            .or_default()
            .extend(fs.iter().copied());
    }
    let worst: BTreeMap<(u32, u32), Mark> = cells
        .iter()
        .filter_map(|(&k, fs)| Some((k, Mark::worst(fs.iter().copied())?)))
        .collect();

    let rel_target = |kind: &str, id: Option<&str>| {
        flagged
            .rels
            .iter()
            .find(|r| r.kind == kind && !r.external && id.is_none_or(|id| r.id == id))
            .map(|r| r.target.clone())
    };
    let comments_part = rel_target(COMMENTS_REL, None);
    let vml_part = match &scan.legacy_drawing {
        Some(id) => Some(
            rel_target(VML_REL, Some(id))
                .ok_or_else(|| fail("a legacyDrawing without its part".into()))?,
        ),
        None => None,
    };
    if comments_part.is_some() && vml_part.is_none() {
        return Err(fail("notes without their drawing".into()));
    }
    // Cells with a threaded comment (Excel 365) keep it as it is: no note added there.
    let mut threaded: BTreeSet<(u32, u32)> = BTreeSet::new();
    if let Some(t) = rel_target(THREADED_REL, None)
        && let Some(txt) = pkg.text(&t).map_err(&fail)?
    {
        threaded = xml::refs_of(&txt, "threadedComment").map_err(&fail)?;
    }
    let notes: Vec<NewNote> = cells
        .iter()
        .filter(|(cell, _)| !threaded.contains(cell))
        .map(|(&(row, col), fs)| NewNote {
            row,
            col,
            text: note_text(fs, lang),
        })
        .collect();

    let mut rel_ids = RelIds::new(&flagged.rels);
    let mut new_rels = Vec::new();
    let mut additions = SheetAdditions {
        changed: BTreeMap::new(),
        new_parts: Vec::new(),
        vml_added: false,
        copied_rows: Vec::new(),
    };
    let mut new_legacy = None;
    if !notes.is_empty() {
        let existing_comments = match &comments_part {
            Some(p) => Some(
                pkg.text(p)
                    .map_err(&fail)?
                    .ok_or_else(|| fail("missing notes".into()))?,
            ),
            None => None,
        };
        let existing_vml = match &vml_part {
            Some(p) => Some(
                String::from_utf8_lossy(
                    &pkg.bytes(p)
                        .map_err(&fail)?
                        .ok_or_else(|| fail("missing drawing".into()))?,
                )
                .into_owned(),
            ),
            None => None,
        };
        let (comments_xml, fresh) =
            notes::comments(existing_comments.as_deref(), &notes).map_err(&fail)?;
        let vml = notes::vml(existing_vml.as_deref(), &notes, &fresh, vml_ids).map_err(&fail)?;
        match comments_part {
            Some(p) => {
                additions.changed.insert(
                    pkg.entry(&p).unwrap_or(&p).to_string(),
                    comments_xml.into_bytes(),
                );
            }
            None => {
                let name = pkg.fresh(|n| format!("xl/comments{n}.xml"));
                new_rels.push((rel_ids.fresh(), COMMENTS_REL, relative(folder(part), &name)));
                additions.new_parts.push(report_sheets::NewPart {
                    name,
                    bytes: comments_xml.into_bytes(),
                    content_type: Some(COMMENTS_TYPE),
                    by_construction: false,
                });
            }
        }
        match vml_part {
            Some(p) => {
                additions
                    .changed
                    .insert(pkg.entry(&p).unwrap_or(&p).to_string(), vml.into_bytes());
            }
            None => {
                let name = pkg.fresh(|n| format!("xl/drawings/vmlDrawing{n}.vml"));
                let rid = rel_ids.fresh();
                new_rels.push((rid.clone(), VML_REL, relative(folder(part), &name)));
                new_legacy = Some(rid);
                additions.vml_added = true;
                additions.new_parts.push(report_sheets::NewPart {
                    name,
                    bytes: vml.into_bytes(),
                    content_type: None,
                    by_construction: false,
                });
            }
        }
    }
    additions.copied_rows =
        sheet::patch(&xml, &scan, &worst, styles, new_legacy.as_deref(), out).map_err(&fail)?;
    if !new_rels.is_empty() {
        let rels = add_rels(flagged.rels_xml.as_deref(), &new_rels).map_err(&fail)?;
        let name = rels_path(part);
        additions.changed.insert(
            pkg.entry(&name).unwrap_or(&name).to_string(),
            rels.into_bytes(),
        );
    }
    Ok(additions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_stops_at_its_bound_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let reached = std::rc::Rc::new(std::cell::Cell::new(false));
        let mut out = Bounded {
            file: std::fs::File::create(dir.path().join("copy")).unwrap(),
            position: 0,
            limit: 10,
            reached: reached.clone(),
        };
        out.write_all(b"0123456789").unwrap();
        assert!(!reached.get());
        let err = out.write_all(b"x").unwrap_err();
        assert!(reached.get());
        assert_eq!(
            err.to_string(),
            "refused, too much work: the annotated copy would take more than 1 MB, the most a workbook of this size and its findings may need; the rest of the batch is checked"
        );
        assert_eq!(
            std::fs::metadata(dir.path().join("copy")).unwrap().len(),
            10
        );
        assert_eq!(CopyTooLarge::bound(1000, 2), 2000 + 8192 + 1_048_576);
    }
}
