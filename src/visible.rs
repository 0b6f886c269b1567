//! Names as a person sees them: control characters and bidi overrides in a file, zip entry or
//! sheet name shown as escapes (`\x1b`, `\u{202E}`), and text made fit for XML 1.0.

use std::borrow::Cow;
use std::fmt::Write;
use std::path::Path;

/// Whether a character acts instead of showing when printed: a control character (C0, DEL, C1:
/// clears a screen, retitles a window, starts a forged line) or a bidi embedding, override,
/// isolate or mark, or a line or paragraph separator (reorders what follows it).
pub(crate) fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Whether XML 1.0 forbids a character in a document (tab, line feed and carriage return aside,
/// the C0 controls, and U+FFFE, U+FFFF).
fn is_forbidden_in_xml(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The text with each character `hide` picks written as an escape: `\x1b` below U+0080,
/// `\u{202E}` above; borrowed when there is none.
fn escaped(text: &str, hide: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(&hide) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if !hide(c) {
            out.push(c);
        } else if c.is_ascii() {
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else {
            let _ = write!(out, "\\u{{{:04X}}}", c as u32);
        }
    }
    Cow::Owned(out)
}

/// A name (or a line holding names) as it may be printed to a terminal, a log, a page or a
/// download: every [`is_hidden`] character as a visible escape.
pub fn name(text: &str) -> Cow<'_, str> {
    escaped(text, is_hidden)
}

/// A path as [`name`] shows it.
pub fn path(path: &Path) -> String {
    name(&path.display().to_string()).into_owned()
}

/// A text fit for an XML 1.0 document: each character XML forbids as a visible escape; line
/// breaks and tabs kept.
pub(crate) fn xml_text(text: &str) -> Cow<'_, str> {
    escaped(text, is_forbidden_in_xml)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_show_as_escapes() {
        assert_eq!(name("plain Übersicht.xlsx"), "plain Übersicht.xlsx");
        assert!(matches!(name("plain"), Cow::Borrowed(_)));
        assert_eq!(name("a\x1b[2Jb"), "a\\x1b[2Jb");
        assert_eq!(name("x\u{202E}xslx.exe"), "x\\u{202E}xslx.exe");
        assert_eq!(name("a\nok b"), "a\\x0aok b");
        assert_eq!(name("\u{2066}\u{9b}\u{7f}"), "\\u{2066}\\u{009B}\\x7f");
    }

    #[test]
    fn xml_text_keeps_line_breaks_and_escapes_what_xml_forbids() {
        assert_eq!(xml_text("a\tb\nc\r"), "a\tb\nc\r");
        assert_eq!(xml_text("unit\u{1}\u{FFFF}"), "unit\\x01\\u{FFFF}");
        assert_eq!(xml_text("\u{202E}"), "\u{202E}");
    }
}
