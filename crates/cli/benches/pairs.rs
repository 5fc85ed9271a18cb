//! Pairs mode throughput (pairs per second), as `antinomy pairs` judges
//! them, without process start and output.
//!
//! `cargo bench -p antinomy --bench pairs`. The pairs are
//! `../shared/eval/pairs/rte3-dev.jsonl` beside the checkout when it is
//! there (read at run time, never copied into the repository); otherwise
//! 800 pairs of the same shape (a short paragraph and a sentence) are built
//! from a generated corpus, so the benchmark always runs.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use antinomy::pairs::{judge_all, parse_lines, PairLine};
use antinomy_corpus::{generate, Config};
use antinomy_ingest::Lexicon;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const RTE3_DEV: &str = "../../../shared/eval/pairs/rte3-dev.jsonl";
const PAIRS: usize = 800;

/// rte3-dev's pairs, or generated ones of the same number and shape.
fn pairs() -> (Vec<PairLine>, &'static str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(RTE3_DEV);
    if let Ok(text) = std::fs::read_to_string(&path) {
        if let Ok(pairs) = parse_lines("rte3-dev.jsonl", &text) {
            return (pairs, "rte3-dev");
        }
    }
    let (articles, _) = generate(&Config {
        seed: 1,
        claims: Some(20_000),
        bytes: None,
    });
    let sentences: Vec<String> = articles
        .iter()
        .flat_map(|a| a.text.split_inclusive(". ").map(str::trim).map(str::to_string))
        .filter(|s| s.len() > 20 && !s.contains('\n'))
        .collect();
    let mut lines = String::new();
    for i in 0..PAIRS {
        let n = sentences.len().max(1);
        let a = (0..3)
            .map(|k| sentences[(i * 7 + k) % n].as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let b = &sentences[(i * 13 + 5) % n];
        let line = serde_json::json!({"id": i, "a": a, "b": b});
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    let pairs = parse_lines("generated", &lines).unwrap_or_default();
    (pairs, "generated")
}

fn pairs_throughput(c: &mut Criterion) {
    let lexicon = Lexicon::default_lexicon();
    let (pairs, name) = pairs();
    let mut group = c.benchmark_group("pairs");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(pairs.len() as u64));
    group.bench_function(format!("{name}, {} pairs", pairs.len()), |b| {
        b.iter(|| black_box(judge_all(&pairs, &lexicon)));
    });
    group.finish();
}

criterion_group!(benches, pairs_throughput);
criterion_main!(benches);
