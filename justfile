# teamlint recipes: `just --list`. Every recipe is plain cargo underneath; `just` is a convenience.

export CARGO_TARGET_DIR := env_var_or_default("CARGO_TARGET_DIR", env_var("HOME") + "/.cache/teamlint-target")

# Build the release binary.
build:
    cargo build --release

# Run every test.
test:
    cargo test

# Formatting and lints, as CI runs them.
lint:
    cargo fmt --all -- --check
    cargo clippy --all-targets -- -D warnings

# Everything CI runs.
ci:
    bash .ci/run

# Check the bundled samples and list what was written.
demo: build
    {{CARGO_TARGET_DIR}}/release/teamlint check samples --out teamlint-out --fail-on never
    ls -la teamlint-out

# Regenerate the sample workbooks (xlsx by the generator, .ods/.xls by LibreOffice).
samples:
    cargo run --example make_samples -- samples
    bash samples/convert.sh

# Regenerate the test fixtures (installs LibreOffice and openpyxl when missing).
fixtures:
    bash tests/fixtures/make-fixtures.sh

# Mutation test of the loader (issue 15): more mutated fixtures than CI's slice, any seed.
fuzz cases="20000" seed="15":
    TEAMLINT_FUZZ_CASES={{cases}} TEAMLINT_FUZZ_SEED={{seed}} cargo test --release --test main mutate:: -- --nocapture

# Regenerate the JSON Schemas in schemas/ from the code.
schemas:
    UPDATE_SCHEMAS=1 cargo test --test main schemas::

# Render the README pictures from the samples (installs LibreOffice and pdftoppm when missing).
pictures:
    bash scripts/render-pictures.sh

# Format the code.
fmt:
    cargo fmt --all

# Performance benchmark (issue 8): seeded corpus, teamlint vs the read/write floor and a pandas peer.
bench:
    bash bench/run.sh
