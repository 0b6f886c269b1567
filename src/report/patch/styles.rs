//! `xl/styles.xml` of the patched copy: the original formats at their indices, then the report
//! sheets' formats (remapped) and, per (original format, severity), the format plus its fill.

use super::xml::{attr, local, prefix_of, reader, spanned, with_attr, with_prefix};
use crate::report::annotated::Mark;
use quick_xml::events::Event;
use std::collections::BTreeMap;

/// The collections of a stylesheet the patch appends to, in schema order.
const LISTS: [&str; 5] = ["numFmts", "fonts", "fills", "borders", "cellXfs"];

/// One collection of the original stylesheet: where its start tag is, where its end tag starts,
/// how many children it holds.
#[derive(Clone, Debug, Default)]
struct List {
    /// Byte span of the start tag.
    start: (usize, usize),
    /// Where the end tag begins (children are appended here).
    end: usize,
    /// Children found.
    count: usize,
    /// Children appended.
    added: Vec<String>,
    /// Written as an empty element.
    empty: bool,
}

/// The original stylesheet and what the patch appends to it.
pub(crate) struct Styles {
    xml: String,
    /// The element prefix of the stylesheet (`x:` or empty).
    prefix: String,
    /// Where the stylesheet's start tag ends (a new `numFmts` goes here).
    body_start: usize,
    lists: BTreeMap<&'static str, List>,
    /// Byte spans of the original `cellXfs` children.
    xfs: Vec<(usize, usize)>,
    /// Custom number formats: code → id.
    num_fmts: BTreeMap<String, u32>,
    /// Highest number format id in use.
    max_num_fmt: u32,
    /// The fill index of each severity, once appended.
    fills: BTreeMap<Mark, usize>,
    /// The cell format made for (original format, severity).
    flagged: BTreeMap<(usize, Mark), usize>,
}

impl Styles {
    /// Reads the original stylesheet; `Err` names what it lacks or why it cannot be read.
    pub(crate) fn parse(xml: String) -> Result<Styles, String> {
        let mut lists: BTreeMap<&'static str, List> = BTreeMap::new();
        let mut xfs = Vec::new();
        let mut num_fmts = BTreeMap::new();
        let mut max_num_fmt = 163;
        let mut prefix = String::new();
        let mut body_start = 0;
        {
            let mut r = reader(xml.as_bytes());
            let mut depth = 0usize;
            let mut open: Option<&'static str> = None;
            let mut child_start = 0usize;
            loop {
                let (event, before, after) = spanned(&mut r)?;
                match &event {
                    Event::Eof => break,
                    Event::Start(e) | Event::Empty(e) => {
                        let empty = matches!(event, Event::Empty(_));
                        let name = local(e);
                        if depth == 0 {
                            if name != "styleSheet" {
                                return Err(format!("root element {name}"));
                            }
                            prefix = prefix_of(e);
                            body_start = after;
                        } else if depth == 1 {
                            if let Some(list) = LISTS.iter().find(|l| **l == name) {
                                // An empty list (`<numFmts count="0"/>`) is replaced whole.
                                if !empty {
                                    open = Some(list);
                                }
                                lists.insert(
                                    list,
                                    List {
                                        start: (before, after),
                                        end: if empty { after } else { 0 },
                                        empty,
                                        ..List::default()
                                    },
                                );
                            }
                        } else if depth == 2
                            && let Some(list) = open
                        {
                            lists.get_mut(list).expect("opened").count += 1;
                            child_start = before;
                            if list == "numFmts" && name == "numFmt" {
                                let id: u32 = attr(e, "numFmtId")
                                    .and_then(|v| v.parse().ok())
                                    .unwrap_or(0);
                                max_num_fmt = max_num_fmt.max(id);
                                if let Some(code) = attr(e, "formatCode") {
                                    num_fmts.insert(code, id);
                                }
                            }
                            if list == "cellXfs" && empty {
                                xfs.push((before, after));
                            }
                        }
                        if !empty {
                            depth += 1;
                        }
                    }
                    Event::End(_) => {
                        depth = depth.saturating_sub(1);
                        if depth == 2 && open == Some("cellXfs") {
                            xfs.push((child_start, after));
                        }
                        if depth == 1
                            && let Some(list) = open.take()
                        {
                            lists.get_mut(list).expect("opened").end = before;
                        }
                    }
                    _ => {}
                }
            }
        }
        for needed in ["fonts", "fills", "borders", "cellXfs"] {
            if !lists.contains_key(needed) {
                return Err(format!("no {needed}"));
            }
        }
        if lists["fills"].count < 2
            || xfs.is_empty()
            || lists.values().any(|l| l.empty && l.count > 0)
        {
            return Err("fewer fills or formats than Excel requires".into());
        }
        Ok(Styles {
            xml,
            prefix,
            body_start,
            lists,
            xfs,
            num_fmts,
            max_num_fmt,
            fills: BTreeMap::new(),
            flagged: BTreeMap::new(),
        })
    }

    fn append(&mut self, list: &'static str, markup: String) -> Result<usize, String> {
        let markup = with_prefix(&markup, &self.prefix)?;
        let entry = self.lists.entry(list).or_default();
        entry.added.push(markup);
        Ok(entry.count + entry.added.len() - 1)
    }

    /// The index of the fill of a mark (a severity, or grey for waived), appended on first use.
    fn fill(&mut self, mark: Mark) -> Result<usize, String> {
        if let Some(&i) = self.fills.get(&mark) {
            return Ok(i);
        }
        let rgb = mark.rgb();
        let i = self.append(
            "fills",
            format!(
                "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF{rgb:06X}\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            ),
        )?;
        self.fills.insert(mark, i);
        Ok(i)
    }

    /// The cell format of a flagged cell whose format was `original`: the same format with the
    /// mark's fill (made once per pair).
    pub(crate) fn flagged(&mut self, original: usize, mark: Mark) -> Result<usize, String> {
        let original = if original < self.xfs.len() {
            original
        } else {
            0
        };
        if let Some(&i) = self.flagged.get(&(original, mark)) {
            return Ok(i);
        }
        let fill = self.fill(mark)?.to_string();
        let (from, to) = self.xfs[original];
        let xf = &self.xml[from..to];
        let mut r = reader(xf.as_bytes());
        let (tag, rest) = match r.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) => (
                with_attr(
                    &e,
                    false,
                    &[("fillId", Some(&fill)), ("applyFill", Some("1"))],
                ),
                &xf[r.buffer_position() as usize..],
            ),
            Event::Empty(e) => (
                with_attr(
                    &e,
                    true,
                    &[("fillId", Some(&fill)), ("applyFill", Some("1"))],
                ),
                "",
            ),
            _ => return Err("a cell format that is not an element".into()),
        };
        let entry = self.lists.get_mut("cellXfs").expect("checked in parse");
        entry.added.push(format!("{tag}{rest}"));
        let i = entry.count + entry.added.len() - 1;
        self.flagged.insert((original, mark), i);
        Ok(i)
    }

    /// Appends the formats of another stylesheet (the report sheets', written by
    /// rust_xlsxwriter) and returns, for each of its cell formats, the index in this one.
    pub(crate) fn merge(&mut self, other: &str) -> Result<Vec<usize>, String> {
        let lists = children(other)?;
        let get = |name: &str| lists.get(name).cloned().unwrap_or_default();
        let mut num_fmt_map: BTreeMap<u32, u32> = BTreeMap::new();
        for (_, e) in get("numFmts") {
            let id: u32 = field(&e, "numFmtId");
            let code = attr_of(&e, "formatCode").unwrap_or_default();
            let new = match self.num_fmts.get(&code) {
                Some(&existing) => existing,
                None => {
                    self.max_num_fmt += 1;
                    let new = self.max_num_fmt;
                    self.append(
                        "numFmts",
                        format!("<numFmt numFmtId=\"{new}\" formatCode=\"{code}\"/>"),
                    )?;
                    self.num_fmts.insert(code, new);
                    new
                }
            };
            num_fmt_map.insert(id, new);
        }
        let mut font_map = Vec::new();
        for (markup, _) in get("fonts") {
            font_map.push(self.append("fonts", markup)?);
        }
        let mut fill_map = Vec::new();
        for (i, (markup, _)) in get("fills").into_iter().enumerate() {
            // Fills 0 and 1 are the reserved `none` and `gray125` in every stylesheet.
            fill_map.push(if i < 2 {
                i
            } else {
                self.append("fills", markup)?
            });
        }
        let mut border_map = Vec::new();
        for (markup, _) in get("borders") {
            border_map.push(self.append("borders", markup)?);
        }
        let mut xf_map = Vec::new();
        for (markup, e) in get("cellXfs") {
            let num_fmt: u32 = field(&e, "numFmtId");
            let num_fmt = num_fmt_map
                .get(&num_fmt)
                .copied()
                .unwrap_or(num_fmt)
                .to_string();
            let font = font_map
                .get(field::<usize>(&e, "fontId"))
                .copied()
                .unwrap_or(0);
            let fill = fill_map
                .get(field::<usize>(&e, "fillId"))
                .copied()
                .unwrap_or(0);
            let border = border_map
                .get(field::<usize>(&e, "borderId"))
                .copied()
                .unwrap_or(0);
            let mut r = reader(markup.as_bytes());
            let (tag, rest) = match r.read_event().map_err(|e| e.to_string())? {
                Event::Start(x) | Event::Empty(x) => {
                    let empty = markup.trim_end().ends_with("/>") && !markup.contains("</");
                    let changes = [
                        ("numFmtId", Some(num_fmt.as_str())),
                        ("fontId", Some(&*font.to_string())),
                        ("fillId", Some(&*fill.to_string())),
                        ("borderId", Some(&*border.to_string())),
                        ("xfId", Some("0")),
                    ]
                    .map(|(k, v)| (k, v.map(str::to_string)));
                    let changes: Vec<(&str, Option<&str>)> =
                        changes.iter().map(|(k, v)| (*k, v.as_deref())).collect();
                    (
                        with_attr(&x, empty, &changes),
                        markup[r.buffer_position() as usize..].to_string(),
                    )
                }
                _ => return Err("a cell format that is not an element".into()),
            };
            xf_map.push(self.append("cellXfs", format!("{tag}{rest}"))?);
        }
        if lists.get("dxfs").is_some_and(|d| !d.is_empty()) {
            return Err("the report sheets use differential formats".into());
        }
        Ok(xf_map)
    }

    /// The stylesheet with everything appended and the counts fixed.
    pub(crate) fn finish(self) -> String {
        // Edits in document order: (position, bytes replaced up to, new text).
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        let p = &self.prefix;
        for name in LISTS {
            let Some(list) = self.lists.get(name) else {
                continue;
            };
            if list.added.is_empty() {
                continue;
            }
            let total = (list.count + list.added.len()).to_string();
            if list.start == (0, 0) {
                // A new numFmts, first child of the stylesheet.
                edits.push((
                    self.body_start,
                    self.body_start,
                    format!(
                        "<{p}{name} count=\"{total}\">{}</{p}{name}>",
                        list.added.concat()
                    ),
                ));
                continue;
            }
            let (from, to) = list.start;
            if list.empty {
                let tag = &self.xml[from..to];
                let name = tag[1..]
                    .split(|c: char| c.is_whitespace() || c == '/')
                    .next();
                let name = name.unwrap_or_default();
                edits.push((
                    from,
                    to,
                    format!("<{name} count=\"{total}\">{}</{name}>", list.added.concat()),
                ));
                continue;
            }
            let mut r = reader(&self.xml.as_bytes()[from..to]);
            if let Ok(Event::Start(e)) = r.read_event() {
                edits.push((from, to, with_attr(&e, false, &[("count", Some(&total))])));
            }
            edits.push((list.end, list.end, list.added.concat()));
        }
        edits.sort_by_key(|e| e.0);
        let mut out = String::with_capacity(self.xml.len() + 4096);
        let mut copied = 0;
        for (at, until, text) in edits {
            out.push_str(&self.xml[copied..at]);
            out.push_str(&text);
            copied = until;
        }
        out.push_str(&self.xml[copied..]);
        out
    }
}

/// An attribute of an element's markup, raw.
fn attr_of(markup: &str, name: &str) -> Option<String> {
    let mut r = reader(markup.as_bytes());
    match r.read_event() {
        Ok(Event::Start(e) | Event::Empty(e)) => attr(&e, name),
        _ => None,
    }
}

/// A numeric attribute of an element's markup, 0 when missing.
fn field<T: std::str::FromStr + Default>(markup: &str, name: &str) -> T {
    attr_of(markup, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_default()
}

/// The children of the stylesheet's collections (a small, whole stylesheet): for each
/// collection name, each child's markup (twice: as text to append and to read attributes from).
fn children(xml: &str) -> Result<BTreeMap<String, Vec<(String, String)>>, String> {
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut r = reader(xml.as_bytes());
    let mut depth = 0usize;
    let mut list = String::new();
    let mut child_start = 0;
    loop {
        let (event, before, after) = spanned(&mut r)?;
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                if depth == 1 {
                    list = local(e).to_string();
                    out.entry(list.clone()).or_default();
                } else if depth == 2 {
                    child_start = before;
                    if empty {
                        let m = xml[before..after].to_string();
                        out.get_mut(&list).expect("entered").push((m.clone(), m));
                    }
                }
                if !empty {
                    depth += 1;
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 2 {
                    let m = xml[child_start..after].to_string();
                    out.get_mut(&list).expect("entered").push((m.clone(), m));
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::Severity;

    const ORIGINAL: &str = r##"<?xml version="1.0"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00 &quot;EUR&quot;"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/><color rgb="FFFFFFFF"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf></cellXfs></styleSheet>"##;

    #[test]
    fn a_flagged_format_keeps_font_number_format_and_alignment() {
        let mut styles = Styles::parse(ORIGINAL.to_string()).unwrap();
        assert_eq!(
            styles.flagged(1, Mark::Flagged(Severity::Error)).unwrap(),
            2
        );
        assert_eq!(
            styles.flagged(1, Mark::Flagged(Severity::Error)).unwrap(),
            2
        );
        assert_eq!(
            styles.flagged(0, Mark::Flagged(Severity::Warning)).unwrap(),
            3
        );
        let xml = styles.finish();
        assert!(xml.contains(r#"<cellXfs count="4">"#), "{xml}");
        assert!(xml.contains(r#"<fills count="4">"#), "{xml}");
        assert!(xml.contains(
            r#"<xf numFmtId="164" fontId="1" fillId="2" borderId="0" applyNumberFormat="1" applyFill="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="0" fillId="3" borderId="0" applyFill="1"/></cellXfs>"#
        ), "{xml}");
        assert!(xml.contains("FFFFC7CE"));
        // The original formats keep their places.
        assert!(xml.contains(r#"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164""#));
    }

    #[test]
    fn merged_formats_are_remapped() {
        let mut styles = Styles::parse(ORIGINAL.to_string()).unwrap();
        let other = r##"<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="#,##0.00 &quot;EUR&quot;"/></numFmts><fonts count="1"><font><b/></font></fonts><fills count="3"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/></patternFill></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs><dxfs count="0"/></styleSheet>"##;
        assert_eq!(styles.merge(other).unwrap(), vec![2, 3]);
        let xml = styles.finish();
        assert!(
            xml.contains(r#"<numFmt numFmtId="165" formatCode="0.0"/></numFmts>"#),
            "{xml}"
        );
        assert!(xml.contains(r#"<xf numFmtId="165" fontId="2" fillId="2" borderId="1" xfId="0" applyFill="1"/></cellXfs>"#), "{xml}");
        assert!(xml.contains(r#"<numFmts count="2">"#));
        // An empty list is replaced by one holding the new formats.
        let empty = ORIGINAL.replace(r##"<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00 &quot;EUR&quot;"/></numFmts>"##, r#"<numFmts count="0"/>"#);
        let mut styles = Styles::parse(empty).unwrap();
        styles.merge(other).unwrap();
        let xml = styles.finish();
        assert!(
            xml.contains(r#"<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/>"#),
            "{xml}"
        );
    }
}
