//! Writes a ready-to-fill input workbook: the four contract sheets with headers, drop-down lists,
//! input hints and an Instructions sheet, in English or German.

use crate::contract::Lang;
use std::path::Path;

/// Writes the template workbook to `path` (under a temporary name, then renamed).
pub fn write_template(path: &Path, lang: Lang) -> anyhow::Result<()> {
    let _ = (path, lang);
    anyhow::bail!("the template is not written yet")
}
