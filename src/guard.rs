//! Runs the work on one workbook so that a panic inside a reader (or anywhere else) fails that
//! workbook with a plain reason instead of taking the whole batch down.

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::Once;

/// What a guarded piece of work ended in when it panicked: the panic's message and place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Panicked {
    /// The panic message and its source location, one line (for the maintainers).
    pub(crate) detail: String,
}

thread_local! {
    /// Whether this thread is inside `guarded`: its panics are recorded, not printed.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    /// The last panic recorded on this thread while guarded.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs (once per process) a panic hook that records panics of guarded threads silently and
/// hands every other panic to the hook that was there before.
fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if GUARDED.with(Cell::get) {
                let message = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_string());
                let place = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let line = format!("{}{place}", message.lines().next().unwrap_or(""));
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(line));
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `work`, turning a panic into `Err(Panicked)`. The panic prints nothing; its message is
/// kept in the error for the one-line reason. Nested calls are fine.
pub(crate) fn guarded<T>(work: impl FnOnce() -> T) -> Result<T, Panicked> {
    install_hook();
    let was_guarded = GUARDED.with(|g| g.replace(true));
    let result = catch_unwind(AssertUnwindSafe(work));
    GUARDED.with(|g| g.set(was_guarded));
    result.map_err(|_| Panicked {
        detail: LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| "panic".to_string()),
    })
}

/// The stage of the work on a workbook where a test may ask for a panic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stage {
    /// While reading the workbook.
    Read,
    /// While writing the annotated copy, after its temporary file was created.
    Write,
}

/// Test hook, compiled into debug builds only: panics when the variable
/// `TEAMLINT_TEST_PANIC` is `read:NAME` or `write:NAME` and the file `path` is named `NAME`
/// (for `write`, the copy `NAME-STEM.checked.xlsx` of the input named `NAME`). Release builds
/// ignore the variable, so no user can set it off.
#[cfg(debug_assertions)]
pub(crate) fn inject_test_panic(stage: Stage, path: &Path) {
    let Ok(wanted) = std::env::var("TEAMLINT_TEST_PANIC") else {
        return;
    };
    let Some((stage_name, file)) = wanted.split_once(':') else {
        return;
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let hit = match stage {
        Stage::Read => stage_name == "read" && name == file,
        Stage::Write => stage_name == "write" && name == format!("{stem}.checked.xlsx"),
    };
    if hit {
        panic!("test panic injected by TEAMLINT_TEST_PANIC={wanted}");
    }
}

/// Release builds: the test hook does nothing.
#[cfg(not(debug_assertions))]
#[inline(always)]
pub(crate) fn inject_test_panic(_stage: Stage, _path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_with_its_message() {
        let result: Result<(), _> = guarded(|| {
            let v: Vec<u8> = Vec::new();
            let i = v.len() + 3;
            let _ = v[i];
        });
        let err = result.unwrap_err();
        assert!(err.detail.contains("index out of bounds"), "{}", err.detail);
        assert!(err.detail.contains("guard.rs"), "{}", err.detail);
        assert_eq!(guarded(|| 7), Ok(7));
    }
}
