//! teamlint checks social media staffing workbooks against the rules of a sound social media
//! organisation and writes annotated copies, a group report and machine-readable findings.
//!
//! The crate's face: [`check`] runs the whole pipeline over files and folders with [`Options`]
//! and returns a [`Report`]; the modules below are its parts (see `docs/ARCHITECTURE.md`).

#![warn(missing_docs)]

pub mod baseline;
pub mod contract;
mod dates;
pub mod discover;
mod guard;
pub mod help;
pub mod i18n;
pub mod load;
pub mod model;
mod outcome;
pub mod part;
mod paths;
mod pipeline;
pub mod problem;
pub mod report;
mod results;
pub mod rules;
pub mod schema;
pub mod serve;
pub mod shard;
pub mod template;
pub mod visible;
pub mod watch;

pub use outcome::{ExtraFormat, InputStatus, Options, Totals, WorkbookResult};
pub use pipeline::{check, merge};
pub use results::Report;
pub use rules::{config, findings};
