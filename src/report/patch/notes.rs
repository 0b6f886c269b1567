//! Notes of a patched sheet: a new comments part and VML drawing, or the sheet's own extended
//! (a finding appended below an existing note's text); VML shape ids that collide with nothing.

use super::xml::{
    attr, attr_text, esc, esc_into, local, ns_prefix, prefix_of, reader, spanned, value_span,
    well_formed,
};
use quick_xml::events::Event;
use std::collections::{BTreeMap, BTreeSet};

/// Shape ids of VML drawings: each drawing owns blocks of 1024 ids (`o:idmap data`); a new
/// drawing or new shapes take blocks no drawing of the package uses.
#[derive(Debug, Default)]
pub(crate) struct VmlIds {
    used: BTreeSet<u32>,
}

impl VmlIds {
    /// Notes the blocks a VML drawing claims and the blocks of the shape ids it holds.
    pub(crate) fn see(&mut self, vml: &str) {
        for (at, _) in vml.match_indices(":idmap") {
            let tag = &vml[at..at + vml[at..].find('>').unwrap_or(vml.len() - at)];
            for data in attribute_values(tag, "data=") {
                let data = data.trim_start_matches(['"', '\'']);
                let data = data.split(['"', '\'']).next().unwrap_or_default();
                self.used
                    .extend(data.split(',').filter_map(|b| b.trim().parse::<u32>().ok()));
            }
        }
        for id in attribute_values(vml, "_x0000_s") {
            if let Ok(n) = id
                .chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse::<u32>()
            {
                self.used.insert(n / 1024);
            }
        }
    }

    /// Blocks enough for `shapes` shapes, claimed.
    pub(crate) fn claim(&mut self, shapes: usize) -> Vec<u32> {
        let first = self.used.iter().next_back().map_or(1, |m| m + 1);
        let n = shapes.div_ceil(1023).max(1) as u32;
        let blocks: Vec<u32> = (first..first + n).collect();
        self.used.extend(&blocks);
        blocks
    }
}

/// The texts following each occurrence of `marker` (up to a blank or `>`, or a quote after the
/// first character).
fn attribute_values<'a>(text: &'a str, marker: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    text.match_indices(marker).map(move |(i, _)| {
        let rest = &text[i + marker.len()..];
        let end = rest
            .char_indices()
            .find(|&(k, c)| c == ' ' || c == '>' || (k > 0 && (c == '"' || c == '\'')))
            .map_or(rest.len(), |(k, _)| k);
        &rest[..end]
    })
}

/// Shape ids for `count` shapes in `blocks` (1024 ids a block; id 0 of a block unused).
fn shape_ids(blocks: &[u32], count: usize) -> Vec<u32> {
    blocks
        .iter()
        .flat_map(|b| (1..1024).map(move |k| b * 1024 + k))
        .take(count)
        .collect()
}

/// One note to write: zero-based cell and text.
pub(crate) struct NewNote {
    pub(crate) row: u32,
    pub(crate) col: u32,
    pub(crate) text: String,
}

/// A comments part with the new notes; `existing` is the sheet's own comments part, whose notes
/// on the same cells get the new text appended below theirs. Returns the part and the notes
/// that need a new VML shape (those on cells without a note before).
pub(crate) fn comments(
    existing: Option<&str>,
    notes: &[NewNote],
) -> Result<(String, Vec<usize>), String> {
    const NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let run = |p: &str, text: &str| {
        format!(
            "<{p}r><{p}t xml:space=\"preserve\">{}</{p}t></{p}r>",
            esc(text)
        )
    };
    let Some(xml) = existing else {
        let mut out = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"{NS}\"><authors><author>teamlint</author></authors><commentList>"
        );
        out.reserve(notes.iter().map(|n| n.text.len() + 96).sum());
        for n in notes {
            out.push_str("<comment ref=\"");
            crate::model::push_a1(&mut out, n.row, n.col);
            out.push_str("\" authorId=\"0\"><text><r><t xml:space=\"preserve\">");
            esc_into(&mut out, &n.text);
            out.push_str("</t></r></text></comment>");
        }
        out.push_str("</commentList></comments>");
        return Ok((out, (0..notes.len()).collect()));
    };
    let by_ref: BTreeMap<String, usize> = notes
        .iter()
        .enumerate()
        .map(|(i, n)| (crate::model::a1(n.row, n.col), i))
        .collect();
    let mut appended: BTreeSet<usize> = BTreeSet::new();
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut r = reader(xml.as_bytes());
    let mut prefix = String::new();
    let mut authors = 0usize;
    let mut authors_end = None;
    let mut list_end = None;
    let mut current: Option<usize> = None;
    let mut depth = 0usize;
    loop {
        let (event, before, after) = spanned(&mut r)?;
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let name = local(e);
                if depth == 0 {
                    prefix = prefix_of(e);
                }
                match name {
                    "author" => authors += 1,
                    "comment" => {
                        current = attr(e, "ref").and_then(|r| by_ref.get(&r).copied());
                    }
                    "authors" | "commentList" if matches!(event, Event::Empty(_)) => {
                        return Err(format!("an empty {name} in the comments part"));
                    }
                    _ => {}
                }
                if matches!(event, Event::Start(_)) {
                    depth += 1;
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                let name = e.local_name().as_ref().to_string();
                match name.as_str() {
                    "authors" => authors_end = Some(before),
                    "commentList" => list_end = Some(before),
                    "text" if depth == 3 => {
                        if let Some(i) = current.take() {
                            let text = format!("\n\n{}", notes[i].text);
                            edits.push((before, before, run(&prefix, &text)));
                            appended.insert(i);
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let _ = after;
    }
    let (Some(authors_end), Some(list_end)) = (authors_end, list_end) else {
        return Err("a comments part without authors or list".into());
    };
    let p = &prefix;
    edits.push((
        authors_end,
        authors_end,
        format!("<{p}author>teamlint</{p}author>"),
    ));
    let mut fresh = Vec::new();
    let mut new_comments = String::new();
    for (i, n) in notes.iter().enumerate() {
        if appended.contains(&i) {
            continue;
        }
        fresh.push(i);
        new_comments.push_str(&format!(
            "<{p}comment ref=\"{}\" authorId=\"{authors}\"><{p}text>{}</{p}text></{p}comment>",
            crate::model::a1(n.row, n.col),
            run(p, &n.text)
        ));
    }
    edits.push((list_end, list_end, new_comments));
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(xml.len() + 1024);
    let mut copied = 0;
    for (at, until, text) in edits {
        out.push_str(&xml[copied..at]);
        out.push_str(&text);
        copied = until;
    }
    out.push_str(&xml[copied..]);
    Ok((out, fresh))
}

/// The VML shape type of a note (as Excel writes it).
const NOTE_SHAPE_TYPE: &str = r##"<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>"##;

/// The VML shape of one note, hidden until the cell is pointed at.
fn note_shape(id: u32, z: usize, row: u32, col: u32, text: &str) -> String {
    let lines: usize = text
        .lines()
        .map(|l| l.chars().count().div_ceil(48).max(1))
        .sum();
    let height_rows = (lines as u32).div_ceil(3).clamp(4, 40);
    let top = row.saturating_sub(1);
    format!(
        r##"<v:shape id="_x0000_s{id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:255pt;height:{h}pt;z-index:{z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{c1}, 15, {top}, 10, {c2}, 15, {bottom}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{col}</x:Column></x:ClientData></v:shape>"##,
        h = height_rows * 15,
        z = z + 1,
        c1 = col + 1,
        c2 = col + 5,
        bottom = top + height_rows,
    )
}

/// A VML drawing with one shape per note in `fresh` (indices into `notes`): a new drawing, or
/// `existing` extended with a new id block.
pub(crate) fn vml(
    existing: Option<&str>,
    notes: &[NewNote],
    fresh: &[usize],
    ids: &mut VmlIds,
) -> Result<String, String> {
    let blocks = ids.claim(fresh.len());
    let shape_ids = shape_ids(&blocks, fresh.len());
    let data: Vec<String> = blocks.iter().map(u32::to_string).collect();
    let mut shapes = String::new();
    for (k, &i) in fresh.iter().enumerate() {
        let n = &notes[i];
        shapes.push_str(&note_shape(shape_ids[k], k, n.row, n.col, &n.text));
    }
    let Some(vml) = existing else {
        return Ok(format!(
            "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"{}\"/></o:shapelayout>{NOTE_SHAPE_TYPE}{shapes}</xml>",
            data.join(",")
        ));
    };
    if fresh.is_empty() {
        return Ok(vml.to_string());
    }
    let layout = VmlLayout::read(vml)?;
    let (v, o, x) = (&layout.v, &layout.o, &layout.x);
    let prefixed = |markup: &str| {
        let mut m = markup.to_string();
        for (ours, theirs) in [("v:", v), ("o:", o), ("x:", x)] {
            for lead in ["<", "</", " "] {
                m = m.replace(&format!("{lead}{ours}"), &format!("{lead}{theirs}"));
            }
        }
        m
    };
    let shapes = prefixed(&shapes);
    let mut out = String::with_capacity(vml.len() + shapes.len() + 512);
    match &layout.idmap {
        Some((from, to)) => {
            // The new blocks added to the idmap's data, the tag otherwise as written.
            let old = &vml[*from..*to];
            let joined = if old.trim().is_empty() {
                data.join(",")
            } else {
                format!("{old},{}", data.join(","))
            };
            out.push_str(&vml[..*from]);
            out.push_str(&joined);
            out.push_str(&vml[*to..layout.body_end]);
        }
        None => {
            out.push_str(&vml[..layout.body_start]);
            out.push_str(&prefixed(&format!(
                "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"{}\"/></o:shapelayout>",
                data.join(",")
            )));
            out.push_str(&vml[layout.body_start..layout.body_end]);
        }
    }
    if !layout.has_note_type {
        out.push_str(&prefixed(NOTE_SHAPE_TYPE));
    }
    out.push_str(&shapes);
    out.push_str(&vml[layout.body_end..]);
    // Excel's VML is not always well-formed XML (`<br>`); one that was stays so.
    if well_formed(vml.as_bytes()).is_ok() {
        well_formed(out.as_bytes())
            .map_err(|e| format!("the extended drawing would not be well-formed XML: {e}"))?;
    }
    Ok(out)
}

/// Where the parts of an existing VML drawing are, found by the tokenizer read leniently
/// (Excel's VML is not always well-formed: `<br>` is never closed).
struct VmlLayout {
    /// The byte after the root `<xml …>` start tag.
    body_start: usize,
    /// The byte where the root's end tag `</xml>` starts.
    body_end: usize,
    /// The prefixes (with colon) the drawing binds to VML, Office and Excel.
    v: String,
    o: String,
    x: String,
    /// The span of the `o:idmap` element's `data` value, when there is one.
    idmap: Option<(usize, usize)>,
    /// Whether the note shape type (`_x0000_t202`) is defined.
    has_note_type: bool,
}

impl VmlLayout {
    fn read(vml: &str) -> Result<VmlLayout, String> {
        let mut r = reader(vml.as_bytes());
        r.config_mut().check_end_names = false;
        r.config_mut().allow_unmatched_ends = true;
        let mut root: Option<(usize, [Option<String>; 3])> = None;
        let mut body_end = None;
        let mut idmap = None;
        let mut has_note_type = false;
        loop {
            let (event, before, after) = spanned(&mut r)?;
            match &event {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => {
                    let name = local(e);
                    if root.is_none() {
                        if name != "xml" || matches!(event, Event::Empty(_)) {
                            return Err(format!("a VML drawing whose root is {name}"));
                        }
                        let bound = [
                            "urn:schemas-microsoft-com:vml",
                            "urn:schemas-microsoft-com:office:office",
                            "urn:schemas-microsoft-com:office:excel",
                        ]
                        .map(|ns| ns_prefix(e, ns));
                        root = Some((after, bound));
                    } else if name == "idmap" && idmap.is_none() {
                        idmap = Some(
                            value_span(vml.as_bytes(), e, "data")
                                .ok_or("an o:idmap without data")?,
                        );
                    } else if name == "shapetype"
                        && attr_text(e, "id").as_deref() == Some("_x0000_t202")
                    {
                        has_note_type = true;
                    }
                }
                Event::End(e) if e.local_name().as_ref() == "xml" => body_end = Some(before),
                _ => {}
            }
        }
        let (body_start, [v, o, x]) = root.ok_or("a VML drawing without <xml>")?;
        let named = |p: Option<String>, ns: &str| {
            p.ok_or_else(|| format!("a VML drawing that does not declare {ns}"))
        };
        Ok(VmlLayout {
            body_start,
            body_end: body_end.ok_or("a VML drawing without </xml>")?,
            v: named(v, "VML")?,
            o: named(o, "Office")?,
            x: named(x, "Excel")?,
            idmap,
            has_note_type,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_shapes_take_free_blocks() {
        let mut ids = VmlIds::default();
        ids.see(r#"<o:idmap v:ext="edit" data="1,2"/><v:shape id="_x0000_s1025"/><v:shape id="_x0000_s5000"/>"#);
        assert_eq!(ids.claim(3), vec![5]);
        assert_eq!(ids.claim(2000), vec![6, 7]);
    }

    #[test]
    fn an_existing_note_gets_the_finding_below_its_text() {
        let existing = r#"<comments xmlns="x"><authors><author>Ann</author></authors><commentList><comment ref="B2" authorId="0"><text><t>Check with HR</t></text></comment></commentList></comments>"#;
        let notes = [
            NewNote {
                row: 1,
                col: 1,
                text: "ERROR DATA003".into(),
            },
            NewNote {
                row: 4,
                col: 0,
                text: "WARNING SPOF001 <x>".into(),
            },
        ];
        let (xml, fresh) = comments(Some(existing), &notes).unwrap();
        assert_eq!(fresh, vec![1]);
        assert!(
            xml.contains(
                r#"<t>Check with HR</t><r><t xml:space="preserve">

ERROR DATA003</t></r></text>"#
            ),
            "{xml}"
        );
        assert!(xml.contains(r#"<author>Ann</author><author>teamlint</author>"#));
        assert!(xml.contains(r#"<comment ref="A5" authorId="1"><text><r><t xml:space="preserve">WARNING SPOF001 &lt;x&gt;</t></r></text></comment></commentList>"#), "{xml}");
        let vml_text = vml(Some(r#"<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202"/><v:shape id="_x0000_s1025"/></xml>"#), &notes, &fresh, &mut VmlIds { used: [1].into() }).unwrap();
        assert!(vml_text.contains(r#"data="1,2""#), "{vml_text}");
        assert!(vml_text.contains(r#"id="_x0000_s2049""#));
        assert!(vml_text.contains("<x:Row>4</x:Row><x:Column>0</x:Column>"));
        assert_eq!(vml_text.matches("_x0000_t202\" coordsize").count(), 0);
        // openpyxl's prefixes.
        let theirs = r#"<xml xmlns:ns0="urn:schemas-microsoft-com:office:office" xmlns:ns1="urn:schemas-microsoft-com:vml" xmlns:ns2="urn:schemas-microsoft-com:office:excel"><ns0:shapelayout ns1:ext="edit"><ns0:idmap ns1:ext="edit" data="1" /></ns0:shapelayout><ns1:shape id="_x0000_s1026"/></xml>"#;
        let mut ids = VmlIds::default();
        ids.see(theirs);
        let vml_text = vml(Some(theirs), &notes, &fresh, &mut ids).unwrap();
        assert!(
            vml_text.contains(r#"<ns0:idmap ns1:ext="edit" data="1,2" />"#),
            "{vml_text}"
        );
        assert!(
            vml_text.contains(r##"<ns1:shape id="_x0000_s2049" type="#_x0000_t202""##),
            "{vml_text}"
        );
        assert!(vml_text.contains("<ns2:Row>4</ns2:Row>"), "{vml_text}");
        assert!(
            vml_text.contains(r#"<ns1:shapetype id="_x0000_t202""#),
            "{vml_text}"
        );
        assert!(
            !vml_text.contains("<v:") && !vml_text.contains("<x:"),
            "{vml_text}"
        );
    }
}
