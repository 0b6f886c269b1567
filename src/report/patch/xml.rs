//! Small tools for patching XML parts in place: splicing new markup into the original bytes,
//! rewriting one attribute of a start tag, cell references, escaping and element prefixes.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeSet;

/// The relationships namespace (`r:id` attributes).
pub(crate) const REL_NS: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The next event and the byte range it spans in the input, `(event, before, after)`: the patch
/// copies the bytes between events as they are and replaces only the events it changes.
pub(crate) fn spanned<'a>(r: &mut Reader<&'a [u8]>) -> Result<(Event<'a>, usize, usize), String> {
    let before = r.buffer_position() as usize;
    let event = r.read_event().map_err(|e| e.to_string())?;
    Ok((event, before, r.buffer_position() as usize))
}

/// A reader over a whole part that keeps every byte (no trimming), for splicing.
pub(crate) fn reader(xml: &[u8]) -> Reader<&[u8]> {
    let mut reader = Reader::from_reader(xml);
    let config = reader.config_mut();
    config.trim_text(false);
    config.check_end_names = true;
    config.expand_empty_elements = false;
    reader
}

/// Whether `xml` is one well-formed XML document as far as the tokenizer tells: every start tag
/// closed by its own end tag, one root element, no text outside it, no markup inside a tag.
/// `Err` says what is wrong and at which byte. Every part the patch rewrites passes this
/// before the copy is renamed into place (a copy that is not well-formed is never written).
pub(crate) fn well_formed(xml: &[u8]) -> Result<(), String> {
    well_formed_skipping(xml, &[])
}

/// `well_formed`, with each span of `skips` (in order, each a whole element copied unchanged
/// from the original, such as a row the patch did not touch) passed over unread.
pub(crate) fn well_formed_skipping(xml: &[u8], skips: &[(usize, usize)]) -> Result<(), String> {
    // End tags are matched here, not by the reader, which restarts after each skipped span:
    // the open elements' names as spans of `xml`.
    let lenient = |from: usize| {
        let mut r = reader(&xml[from..]);
        r.config_mut().check_end_names = false;
        r.config_mut().allow_unmatched_ends = true;
        r
    };
    let span_of = |name: &[u8]| {
        let start = name.as_ptr() as usize - xml.as_ptr() as usize;
        (start, start + name.len())
    };
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut roots = 0usize;
    let mut base = 0usize;
    let mut skips = skips.iter().peekable();
    let mut r = lenient(0);
    loop {
        let at = base + r.buffer_position() as usize;
        if let Some(&&(from, to)) = skips.peek()
            && from <= at
        {
            skips.next();
            if from == at && !open.is_empty() {
                base = to;
                r = lenient(to);
                continue;
            }
            return Err(format!("a copied element at byte {from} is not at a tag"));
        }
        let event = r.read_event().map_err(|e| format!("{e} at byte {at}"))?;
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                if open.is_empty() {
                    roots += 1;
                    if roots > 1 {
                        return Err(format!("a second root element at byte {at}"));
                    }
                }
                // A `<` inside a tag (markup spliced into another tag) is never well-formed, and
                // is told without parsing every attribute: the tags of the patched parts are the
                // original's, or written whole by the patch.
                if memchr::memchr(b'<', AsRef::<str>::as_ref(e).as_bytes()).is_some() {
                    return Err(format!("markup inside the tag at byte {at}"));
                }
                if matches!(event, Event::Start(_)) {
                    open.push(span_of(e.name().as_ref().as_bytes()));
                }
            }
            Event::End(e) => {
                let Some((from, to)) = open.pop() else {
                    return Err(format!("an end tag without its start at byte {at}"));
                };
                if xml[from..to] != *e.name().as_ref().as_bytes() {
                    return Err(format!(
                        "an end tag that closes another element at byte {at}"
                    ));
                }
            }
            Event::Text(t) if open.is_empty() && !AsRef::<str>::as_ref(t).trim().is_empty() => {
                return Err(format!("text outside the root element at byte {at}"));
            }
            Event::CData(_) | Event::GeneralRef(_) if open.is_empty() => {
                return Err(format!("text outside the root element at byte {at}"));
            }
            _ => {}
        }
    }
    match (roots, open.len()) {
        (0, _) => Err("no root element".into()),
        (_, 0) => Ok(()),
        (_, n) => Err(format!("{n} element(s) not closed at the end")),
    }
}

/// The local name of an element (without its prefix).
pub(crate) fn local<'e>(e: &'e BytesStart<'_>) -> &'e str {
    e.local_name().into_inner()
}

/// The prefix of an element's name with its colon (`x:`), or an empty text.
pub(crate) fn prefix_of(e: &BytesStart<'_>) -> String {
    e.name()
        .prefix()
        .map(|p| format!("{}:", p.as_ref()))
        .unwrap_or_default()
}

/// The raw (still escaped) value of attribute `name` (a full name, such as `r` or `r:id`).
pub(crate) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.into_owned())
}

/// Where the raw value of attribute `name` of a start tag read from `whole` lies in `whole`
/// (between its quotes), so it can be replaced with the tag otherwise kept as written.
pub(crate) fn value_span(whole: &[u8], e: &BytesStart<'_>, name: &str) -> Option<(usize, usize)> {
    let a = e
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref() == name)?;
    let std::borrow::Cow::Borrowed(value) = a.value else {
        return None;
    };
    let start = (value.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (start + value.len() <= whole.len()).then_some((start, start + value.len()))
}

/// The unescaped value of attribute `name`.
pub(crate) fn attr_text(e: &BytesStart<'_>, name: &str) -> Option<String> {
    attr(e, name).map(|v| {
        quick_xml::escape::unescape(&v)
            .map(|u| u.into_owned())
            .unwrap_or(v)
    })
}

/// The prefix (with colon) bound to `namespace` by an element's `xmlns:*` attributes.
pub(crate) fn ns_prefix(e: &BytesStart<'_>, namespace: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find_map(|a| {
        let key = a.key.as_ref().to_string();
        let p = key.strip_prefix("xmlns:")?;
        (a.value.as_ref() == namespace).then(|| format!("{p}:"))
    })
}

/// The namespace of an element's own default or prefixed name, from its own declarations.
pub(crate) fn own_namespace(e: &BytesStart<'_>) -> Option<String> {
    let wanted = match e.name().prefix() {
        Some(p) => format!("xmlns:{}", p.as_ref()),
        None => "xmlns".to_string(),
    };
    attr(e, &wanted)
}

/// A start tag's markup (`<name a="1" b="2">`, or `/>` when `empty`) with attribute `name` set to
/// `value` (raw, already escaped; `None` removes it); every other attribute is kept as written.
pub(crate) fn with_attr(
    e: &BytesStart<'_>,
    empty: bool,
    changes: &[(&str, Option<&str>)],
) -> String {
    let mut out = String::with_capacity(e.len() + 32);
    let push = |out: &mut String, key: &str, value: &str| {
        out.push(' ');
        out.push_str(key);
        out.push_str("=\"");
        out.push_str(value);
        out.push('"');
    };
    out.push('<');
    out.push_str(e.name().as_ref());
    // (At most a handful of changes: a bit per change says it was made.)
    let mut done = 0u64;
    for a in e.attributes().with_checks(false).flatten() {
        let key: &str = a.key.as_ref();
        match changes.iter().position(|(k, _)| *k == key) {
            Some(i) => {
                done |= 1 << i;
                if let Some(v) = changes[i].1 {
                    push(&mut out, key, v);
                }
            }
            // A value written in single quotes may hold a double quote.
            None if a.value.contains('"') => push(&mut out, key, &a.value.replace('"', "&quot;")),
            None => push(&mut out, key, &a.value),
        }
    }
    for (i, (key, value)) in changes.iter().enumerate() {
        if let (0, Some(v)) = (done & (1 << i), value) {
            push(&mut out, key, v);
        }
    }
    out.push_str(if empty { "/>" } else { ">" });
    out
}

/// Escapes a text for an attribute value or element content; characters XML 1.0 does not allow
/// are written as Excel's `_xHHHH_` escapes.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    esc_into(&mut out, text);
    out
}

/// Appends `text` escaped as `esc` does: runs that need no escape are copied whole.
pub(crate) fn esc_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Only ASCII markup and controls, and U+FFFE/U+FFFF (EF BF BE/BF), need escaping.
        let (replacement, len): (Option<&str>, usize) = match b {
            b'&' => (Some("&amp;"), 1),
            b'<' => (Some("&lt;"), 1),
            b'>' => (Some("&gt;"), 1),
            b'"' => (Some("&quot;"), 1),
            b'\'' => (Some("&apos;"), 1),
            b'\n' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            0..0x20 => (None, 1),
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                (None, 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&text[copied..i]);
        match replacement {
            Some(r) => out.push_str(r),
            None => {
                let c = text[i..].chars().next().unwrap_or_default();
                let _ = std::fmt::Write::write_fmt(out, format_args!("_x{:04X}_", c as u32));
            }
        }
        i += len;
        copied = i;
    }
    out.push_str(&text[copied..]);
}

/// A zero-based (row, column) from an A1 reference such as `C7` (`$` allowed).
pub(crate) fn parse_a1(reference: &str) -> Option<(u32, u32)> {
    let r = reference.replace('$', "");
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let mut col: u32 = 0;
    for b in letters.bytes() {
        if !b.is_ascii_alphabetic() {
            return None;
        }
        col = col * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1);
    }
    let row: u32 = digits.parse().ok()?;
    (row >= 1 && col >= 1).then(|| (row - 1, col - 1))
}

/// The cells named by the `ref` attribute of every element `element` of a part.
pub(crate) fn refs_of(xml: &str, element: &str) -> Result<BTreeSet<(u32, u32)>, String> {
    let mut out = BTreeSet::new();
    let mut r = reader(xml.as_bytes());
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Eof => return Ok(out),
            Event::Start(e) | Event::Empty(e) if local(&e) == element => {
                out.extend(attr(&e, "ref").as_deref().and_then(parse_a1));
            }
            _ => {}
        }
    }
}

/// Markup written for a part that uses prefixed element names (`x:worksheet`): every element of
/// `xml` without a prefix gets `prefix` (with its colon).
pub(crate) fn with_prefix(xml: &str, prefix: &str) -> Result<String, String> {
    if prefix.is_empty() {
        return Ok(xml.to_string());
    }
    let bytes = xml.as_bytes();
    let mut r = reader(bytes);
    let mut out = String::with_capacity(xml.len() + 64);
    let mut copied = 0usize;
    loop {
        let before = r.buffer_position() as usize;
        let event = r.read_event().map_err(|e| e.to_string())?;
        let after = r.buffer_position() as usize;
        let renamed = |name: &str| -> Option<String> {
            (!name.contains(':')).then(|| format!("{prefix}{name}"))
        };
        let replacement = match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => renamed(e.name().as_ref()).map(|n| {
                let empty = matches!(event, Event::Empty(_));
                let tag = with_attr(e, empty, &[]);
                let old = e.name().as_ref().to_string();
                format!("<{n}{}", &tag[1 + old.len()..])
            }),
            Event::End(e) => renamed(e.name().as_ref()).map(|n| format!("</{n}>")),
            _ => None,
        };
        if let Some(rep) = replacement {
            out.push_str(&xml[copied..before]);
            out.push_str(&rep);
            copied = after;
        }
    }
    out.push_str(&xml[copied..]);
    Ok(out)
}

/// The path of a relationship target: relative to the folder of its source part, or absolute
/// (`/xl/...`); `..` and `.` resolved.
pub(crate) fn resolve(source_dir: &str, target: &str) -> String {
    let target = target.split('#').next().unwrap_or("");
    let joined = if let Some(abs) = target.strip_prefix('/') {
        abs.to_string()
    } else if source_dir.is_empty() {
        target.to_string()
    } else {
        format!("{source_dir}/{target}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for p in joined.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// The target of `path` as written in a relationship of a part in folder `from_dir`.
pub(crate) fn relative(from_dir: &str, path: &str) -> String {
    let from: Vec<&str> = from_dir.split('/').filter(|p| !p.is_empty()).collect();
    let to: Vec<&str> = path.split('/').collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out: Vec<&str> = vec![".."; from.len() - common];
    out.extend(&to[common..]);
    out.join("/")
}

/// The folder of a part (`xl/worksheets` for `xl/worksheets/sheet1.xml`).
pub(crate) fn folder(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(d, _)| d)
}

/// The relationships part of a part (`xl/worksheets/_rels/sheet1.xml.rels`).
pub(crate) fn rels_path(path: &str) -> String {
    match path.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{path}.rels"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_paths() {
        assert_eq!(parse_a1("C7"), Some((6, 2)));
        assert_eq!(parse_a1("$AA$1"), Some((0, 26)));
        assert_eq!(parse_a1("XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(parse_a1("7"), None);
        assert_eq!(
            resolve("xl/worksheets", "../comments1.xml"),
            "xl/comments1.xml"
        );
        assert_eq!(
            resolve("xl", "/xl/worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            relative("xl/worksheets", "xl/drawings/vmlDrawing1.vml"),
            "../drawings/vmlDrawing1.vml"
        );
        assert_eq!(
            relative("xl", "xl/worksheets/sheet9.xml"),
            "worksheets/sheet9.xml"
        );
        assert_eq!(rels_path("xl/workbook.xml"), "xl/_rels/workbook.xml.rels");
    }

    #[test]
    fn well_formedness_is_told_from_the_tokens() {
        for good in [
            "<a/>",
            "\u{FEFF}<?xml version='1.0'?>\r\n<x:a xmlns:x='m'><!-- c --><x:b k='1' /></x:a>\r\n",
            "<a><b></b>&amp;&#65;<![CDATA[<]]></a>",
        ] {
            assert_eq!(well_formed(good.as_bytes()), Ok(()), "{good}");
        }
        for bad in [
            "",
            "<a>",
            "<a></b>",
            "<a/><b/>",
            "<a/>text",
            "<a b=\"1\"<c/> />",
            "<a></a></a>",
        ] {
            assert!(well_formed(bad.as_bytes()).is_err(), "{bad}");
        }
        // Skipped spans are whole elements, passed over unread, even when not well-formed.
        let xml = b"<a><r>keep</r><r><x></r><r/></a>";
        assert_eq!(well_formed_skipping(xml, &[(14, 24)]), Ok(()));
        assert!(well_formed(xml).is_err());
        assert!(
            well_formed_skipping(xml, &[(15, 24)]).is_err(),
            "not at a tag"
        );
    }

    #[test]
    fn prefixes_are_added_to_unprefixed_elements() {
        let xml = r#"<font><b/><sz val="11"/><x14:y a="1"/></font>"#;
        assert_eq!(
            with_prefix(xml, "x:").unwrap(),
            r#"<x:font><x:b/><x:sz val="11"/><x14:y a="1"/></x:font>"#
        );
    }
}
