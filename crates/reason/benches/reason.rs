//! Reasoning throughput (claims per second): blocking, rules, groups, on the
//! claims of a generated corpus that is ingested once, outside the timing.
//!
//! `cargo bench -p antinomy-reason`. Sample sizes are small so the whole
//! `cargo bench` stays within a few minutes on 2 cores.

use std::hint::black_box;
use std::time::Duration;

use antinomy_corpus::{generate, Config};
use antinomy_ingest::{ingest, Document, Lexicon};
use antinomy_reason::{analyse, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn reasoning_throughput(c: &mut Criterion) {
    let lexicon = Lexicon::default_lexicon();
    let mut group = c.benchmark_group("reason");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for claims in [10_000u64, 50_000] {
        let (articles, _) = generate(&Config {
            seed: 1,
            claims: Some(claims),
            bytes: None,
        });
        let docs = articles
            .into_iter()
            .map(|a| Document::from_path_name(a.name, a.text))
            .collect();
        let graph = ingest(docs, &lexicon).graph;
        group.throughput(Throughput::Elements(graph.claim_count() as u64));
        group.bench_function(
            format!("analyse, generated corpus, {} claims", graph.claim_count()),
            |b| {
                b.iter(|| black_box(analyse(&graph, &lexicon, &Options::default())));
            },
        );
    }
    group.finish();
}

criterion_group!(benches, reasoning_throughput);
criterion_main!(benches);
