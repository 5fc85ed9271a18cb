# antinomy — common tasks. `just` lists them.

# List the recipes.
default:
    @just --list

# Report on the bundled example.
example:
    cargo run --release -p antinomy -- report examples/border-offensive.txt

# Run every test.
test:
    cargo test --workspace

# Format the code.
fmt:
    cargo fmt --all

# Lint, warnings as errors.
clippy:
    cargo clippy --workspace --all-targets -- -D warnings

# Build the API docs, warnings as errors.
doc:
    RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --workspace

# Run the fixtures the way CI does.
check-fixtures:
    cargo run --release -p antinomy -- check fixtures/

# Render the example's claim graph to /tmp/antinomy.svg (needs Graphviz).
graph:
    cargo run --release -p antinomy -- graph examples/border-offensive.txt | dot -Tsvg -o /tmp/antinomy.svg

# Measure precision and recall on ../shared/eval (full run).
eval:
    cargo build --release
    python3 scripts/eval.py

# End-to-end benchmark on generated corpora of 10k, 100k and 1M claims, and pairs/s on rte3-dev (docs/performance.md).
bench:
    bash scripts/bench.sh

# Criterion micro-benchmarks: ingest (MB/s), reasoning (claims/s), pairs mode (pairs/s).
bench-criterion:
    cargo bench -p antinomy-ingest -p antinomy-reason -p antinomy --bench ingest --bench reason --bench pairs

# Regenerate docs/rules.md from the rule files.
rules-doc:
    UPDATE_EXPECT=1 cargo test -p antinomy-reason --test docs

# What CI runs.
ci:
    bash .ci/run
