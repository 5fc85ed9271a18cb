//! Ingest throughput (bytes of prose per second) on a generated corpus.
//!
//! `cargo bench -p antinomy-ingest`. The corpus comes from
//! `antinomy-corpus` (seed 1, about 5,000 claims, ~300 KB), so the figure is
//! reproducible and needs no data outside the repository. Sample sizes are
//! small so the whole `cargo bench` stays within a few minutes on 2 cores.

use std::hint::black_box;
use std::time::Duration;

use antinomy_corpus::{generate, Config};
use antinomy_ingest::{ingest, Document, Lexicon};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus(claims: u64) -> Vec<Document> {
    let (articles, _) = generate(&Config {
        seed: 1,
        claims: Some(claims),
        bytes: None,
    });
    articles
        .into_iter()
        .map(|a| Document::from_path_name(a.name, a.text))
        .collect()
}

fn ingest_throughput(c: &mut Criterion) {
    let lexicon = Lexicon::default_lexicon();
    let docs = corpus(5_000);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("generated corpus, 5k claims", |b| {
        b.iter_batched(
            || docs.clone(),
            |docs| black_box(ingest(docs, &lexicon)),
            criterion::BatchSize::LargeInput,
        );
    });
    group.finish();
}

criterion_group!(benches, ingest_throughput);
criterion_main!(benches);
