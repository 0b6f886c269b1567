//! Re-spells the XML parts of a package as other writers do (.NET's blank before `/>`, an `x:`
//! prefix on SpreadsheetML, single quotes, CRLF, a byte order mark, `<x></x>`, comments and
//! processing instructions, character references), keeping what every part means.

use quick_xml::Reader;
use quick_xml::events::Event;
use std::io::{Cursor, Read, Write};

/// The SpreadsheetML main namespace, the one .NET's writers put behind `x:`.
const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/// One way of spelling XML that writers differ in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spelling {
    /// `<c r="A1" />`, as .NET's XmlWriter writes empty elements.
    BlankBeforeSlash,
    /// `<x:worksheet xmlns:x="…main">`: SpreadsheetML elements under a prefix.
    Prefixed,
    /// `a='1'`.
    SingleQuotes,
    /// CRLF after every tag.
    Crlf,
    /// A UTF-8 byte order mark before the declaration.
    Bom,
    /// Empty elements written `<x></x>`.
    Expanded,
    /// A comment after the declaration and a processing instruction inside the root.
    CommentsAndPis,
    /// The first character of every `name` attribute as a character reference.
    CharRefs,
}

/// Every spelling.
pub const ALL: [Spelling; 8] = [
    Spelling::BlankBeforeSlash,
    Spelling::Prefixed,
    Spelling::SingleQuotes,
    Spelling::Crlf,
    Spelling::Bom,
    Spelling::Expanded,
    Spelling::CommentsAndPis,
    Spelling::CharRefs,
];

/// The package `zip` with every `.xml` and `.rels` part re-spelled in all of `spellings`; other
/// entries are copied as they are.
pub fn respell_package(zip: &[u8], spellings: &[Spelling]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).expect("a zip");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        let lower = name.to_lowercase();
        if lower.ends_with(".xml") || lower.ends_with(".rels") {
            bytes = respell(&bytes, spellings);
        }
        out.start_file(name, options).unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// One XML part re-spelled.
pub fn respell(xml: &[u8], spellings: &[Spelling]) -> Vec<u8> {
    let has = |s: Spelling| spellings.contains(&s);
    let quote = if has(Spelling::SingleQuotes) {
        '\''
    } else {
        '"'
    };
    let mut r = Reader::from_reader(xml);
    r.config_mut().trim_text(false);
    let mut out = String::new();
    if has(Spelling::Bom) {
        out.push('\u{FEFF}');
    }
    // Whether the default namespace in scope is SpreadsheetML, per open element.
    let mut main_default: Vec<bool> = Vec::new();
    let mut root_seen = false;
    let newline = |out: &mut String| {
        if has(Spelling::Crlf) {
            out.push_str("\r\n");
        }
    };
    loop {
        let event = r.read_event().expect("the original part is XML");
        match event {
            Event::Eof => break,
            Event::Decl(d) => {
                let version = d.version().unwrap().to_string();
                out.push_str(&format!("<?xml version={quote}{version}{quote}"));
                if let Some(Ok(e)) = d.encoding() {
                    let e = e.to_string();
                    out.push_str(&format!(" encoding={quote}{e}{quote}"));
                }
                if let Some(Ok(s)) = d.standalone() {
                    let s = s.to_string();
                    out.push_str(&format!(" standalone={quote}{s}{quote}"));
                }
                out.push_str("?>");
                newline(&mut out);
                if has(Spelling::CommentsAndPis) {
                    out.push_str("<!-- written by a test of teamlint -->");
                    newline(&mut out);
                }
            }
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let inherited = main_default.last().copied().unwrap_or(false);
                let mut is_main = inherited;
                for a in e.attributes().flatten() {
                    if a.key.as_ref() == "xmlns" {
                        is_main = a.value.as_ref() == MAIN_NS;
                    }
                }
                let raw_name = e.name().as_ref().to_string();
                let prefixed = has(Spelling::Prefixed) && is_main && !raw_name.contains(':');
                let name = if prefixed {
                    format!("x:{raw_name}")
                } else {
                    raw_name
                };
                out.push('<');
                out.push_str(&name);
                for a in e.attributes().flatten() {
                    let mut key = a.key.as_ref().to_string();
                    let value = a.value.to_string();
                    if has(Spelling::Prefixed) && key == "xmlns" && a.value.as_ref() == MAIN_NS {
                        key = "xmlns:x".into();
                    }
                    let mut value = if quote == '\'' {
                        value.replace('\'', "&apos;")
                    } else {
                        value.replace('"', "&quot;")
                    };
                    if has(Spelling::CharRefs)
                        && key == "name"
                        && let Some(c) = value.chars().next()
                        && c.is_ascii_alphanumeric()
                    {
                        value = format!("&#{};{}", c as u32, &value[1..]);
                    }
                    out.push_str(&format!(" {key}={quote}{value}{quote}"));
                }
                if empty {
                    if has(Spelling::Expanded) {
                        out.push_str(&format!("></{name}>"));
                    } else if has(Spelling::BlankBeforeSlash) {
                        out.push_str(" />");
                    } else {
                        out.push_str("/>");
                    }
                    newline(&mut out);
                } else {
                    out.push('>');
                    main_default.push(is_main);
                }
                if !root_seen {
                    root_seen = true;
                    if has(Spelling::CommentsAndPis) && !empty {
                        out.push_str("<?teamlint-test respelled?>");
                    }
                }
            }
            Event::End(e) => {
                let raw_name = e.name().as_ref().to_string();
                let is_main = main_default.pop().unwrap_or(false);
                if has(Spelling::Prefixed) && is_main && !raw_name.contains(':') {
                    out.push_str(&format!("</x:{raw_name}>"));
                } else {
                    out.push_str(&format!("</{raw_name}>"));
                }
                newline(&mut out);
            }
            Event::Text(t) => out.push_str(&t.into_inner()),
            Event::GeneralRef(g) => {
                out.push_str(&format!("&{};", g.into_inner()));
            }
            Event::CData(c) => {
                out.push_str(&format!("<![CDATA[{}]]>", c.into_inner()));
            }
            Event::Comment(c) => {
                out.push_str(&format!("<!--{}-->", c.into_inner()));
            }
            Event::PI(p) => {
                out.push_str(&format!("<?{}?>", p.into_inner()));
            }
            Event::DocType(d) => {
                out.push_str(&format!("<!DOCTYPE {}>", d.into_inner()));
            }
        }
    }
    out.into_bytes()
}
