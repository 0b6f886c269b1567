//! Everything teamlint writes: the annotated copy of each workbook, the group report,
//! machine-readable findings (JSON, CSV, Parquet) and the terminal summary.

pub mod annotated;
pub mod chart;
pub mod group;
pub mod html;
pub mod json;
pub mod junit;
pub mod outputs;
pub mod patch;
mod sink;
pub mod table;
pub mod terminal;

/// Prints every sheet landscape and one page wide, so a printout or PDF shows whole rows.
pub(crate) fn print_setup(book: &mut rust_xlsxwriter::Workbook) {
    for sheet in book.worksheets_mut() {
        sheet.set_landscape();
        sheet.set_print_fit_to_pages(1, 0);
    }
}
