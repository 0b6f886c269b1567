//! Where the Findings and Summary sheets are written: rust_xlsxwriter's worksheet (the rebuilt
//! copy, the group report) or the patched copy's own SpreadsheetML writer (`patch::report_xml`).

use super::annotated::{Mark, fill, header_format, make_note};
use super::table::Shape;
use crate::findings::Severity;
use rust_xlsxwriter::{
    Color, Format, FormatBorder, Table, TableColumn, TableStyle, Url, Worksheet,
};

/// The formats the report sheets use: each one a sink turns into its own cell format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Style {
    /// No format.
    Plain,
    /// A number in its shape's number format (hours, FTE, percent, money).
    Number(Shape),
    /// A severity's word, a legend or rule code: the severity's fill, black text.
    Severity(Severity),
    /// A count above zero: the severity's fill.
    Count(Severity),
    /// A header cell: bold, wrapped, grey, a thin line below.
    Header,
    /// A flagged cell's fill with a thin grey border.
    Flagged(Mark),
    /// The header format with a flagged cell's fill and border.
    FlaggedHeader(Mark),
    /// Bold text.
    Bold,
}

impl Style {
    /// The style of a number of `shape`: its number format, or none.
    pub(crate) fn number(shape: Shape) -> Style {
        match shape.num_format() {
            Some(_) => Style::Number(shape),
            None => Style::Plain,
        }
    }

    /// The rust_xlsxwriter format of the style (`None` for `Plain`).
    pub(crate) fn format(self) -> Option<Format> {
        let flagged = |base: Format, m: Mark| {
            base.set_background_color(Color::RGB(m.rgb()))
                .set_font_color(Color::Black)
                .set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(0x808080))
        };
        Some(match self {
            Style::Plain => return None,
            Style::Number(shape) => Format::new().set_num_format(shape.num_format()?),
            Style::Severity(s) => Format::new()
                .set_background_color(fill(s))
                .set_font_color(Color::Black),
            Style::Count(s) => Format::new().set_background_color(fill(s)),
            Style::Header => header_format(),
            Style::Flagged(m) => flagged(Format::new(), m),
            Style::FlaggedHeader(m) => flagged(header_format(), m),
            Style::Bold => Format::new().set_bold(),
        })
    }
}

/// A sheet the report sheets are written into (zero-based rows and columns).
pub(crate) trait Sink {
    /// Writes a text; a later write to the same cell replaces it.
    fn text(&mut self, row: u32, col: u16, text: &str, style: Style) -> Result<(), XlsxError>;
    /// Writes a number.
    fn number(&mut self, row: u32, col: u16, n: f64, style: Style) -> Result<(), XlsxError>;
    /// Writes a text that links to `location` in the workbook (e.g. `'Staff'!C7`).
    fn link(&mut self, row: u32, col: u16, location: &str, text: &str) -> Result<(), XlsxError>;
    /// Sets a column's width in character widths.
    fn column_width(&mut self, col: u16, width: f64) -> Result<(), XlsxError>;
    /// Sets a row's height in points.
    fn row_height(&mut self, row: u32, height: f64) -> Result<(), XlsxError>;
    /// Puts a note (teamlint's, sized for its text) on a cell.
    fn note(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError>;
    /// Makes rows `0..=last_row` and columns `0..=last_col` a table named `name` with these
    /// headers in row 0 (light style 9, a filter on each header).
    fn table(
        &mut self,
        last_row: u32,
        last_col: u16,
        headers: &[&str],
        name: &str,
    ) -> Result<(), XlsxError>;
    /// Freezes the rows above `row` and the columns left of `col`.
    fn freeze(&mut self, row: u32, col: u16) -> Result<(), XlsxError>;
}

pub(crate) use rust_xlsxwriter::XlsxError;

impl Sink for Worksheet {
    fn text(&mut self, row: u32, col: u16, text: &str, style: Style) -> Result<(), XlsxError> {
        match style.format() {
            Some(f) => self.write_string_with_format(row, col, text, &f)?,
            None => self.write_string(row, col, text)?,
        };
        Ok(())
    }

    fn number(&mut self, row: u32, col: u16, n: f64, style: Style) -> Result<(), XlsxError> {
        match style.format() {
            Some(f) => self.write_number_with_format(row, col, n, &f)?,
            None => self.write_number(row, col, n)?,
        };
        Ok(())
    }

    fn link(&mut self, row: u32, col: u16, location: &str, text: &str) -> Result<(), XlsxError> {
        self.write_url(
            row,
            col,
            Url::new(format!("internal:{location}")).set_text(text),
        )?;
        Ok(())
    }

    fn column_width(&mut self, col: u16, width: f64) -> Result<(), XlsxError> {
        self.set_column_width(col, width)?;
        Ok(())
    }

    fn row_height(&mut self, row: u32, height: f64) -> Result<(), XlsxError> {
        self.set_row_height(row, height)?;
        Ok(())
    }

    fn note(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        self.insert_note(row, col, &make_note(text))?;
        Ok(())
    }

    fn table(
        &mut self,
        last_row: u32,
        last_col: u16,
        headers: &[&str],
        name: &str,
    ) -> Result<(), XlsxError> {
        let headers: Vec<TableColumn> = headers
            .iter()
            .map(|h| TableColumn::new().set_header(*h))
            .collect();
        let table = Table::new()
            .set_columns(&headers)
            .set_style(TableStyle::Light9)
            .set_name(name);
        self.add_table(0, 0, last_row, last_col, &table)?;
        Ok(())
    }

    fn freeze(&mut self, row: u32, col: u16) -> Result<(), XlsxError> {
        self.set_freeze_panes(row, col)?;
        Ok(())
    }
}
