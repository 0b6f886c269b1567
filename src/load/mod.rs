//! Reads a workbook (xlsx, xlsm, xlsb, xls, ods) with calamine into raw sheets and a typed plan,
//! raising DATA001–DATA004 findings with the sheet and cell of every problem.

pub mod coerce;
