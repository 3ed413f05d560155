//! Pipeline throughput on the bundled briefs. Figures are read as ratios against references
//! measured in the same run (the machines are shared and noisy):
//! - `reference/sha256`: SHA-256 of the same bytes (a floor: any pipeline reads every byte);
//! - `reference/decode`: UTF-8 decoding and hashing of the brief (`ingest::decode`).
//!
//! Run: `cargo bench --bench pipeline`.

use std::path::Path;

use briefkg::extract::Gazetteer;
use briefkg::kb::Kb;
use briefkg::pipeline::{self, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let briefs = pipeline::collect_inputs(&[root.join("briefs")]).expect("briefs/");
    let inputs: Vec<(String, Vec<u8>)> = briefs
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(p).unwrap())
        })
        .collect();
    let total: usize = inputs.iter().map(|(_, b)| b.len()).sum();
    let kb = Kb::bundled();
    let gazetteer = Gazetteer::new(&kb);
    let options = Options::default();

    let mut g = c.benchmark_group("four-briefs");
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("reference/sha256", |b| {
        b.iter(|| {
            for (_, bytes) in &inputs {
                std::hint::black_box(briefkg::provenance::hash::sha256_hex(bytes));
            }
        })
    });
    g.bench_function("reference/decode", |b| {
        b.iter(|| {
            for (name, bytes) in &inputs {
                std::hint::black_box(
                    briefkg::ingest::decode(Path::new(name), name, bytes).unwrap(),
                );
            }
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            for (name, bytes) in &inputs {
                let source = briefkg::ingest::decode(Path::new(name), name, bytes).unwrap();
                std::hint::black_box(pipeline::analyze(source, &kb, &gazetteer));
            }
        })
    });
    g.bench_function("analyze+render", |b| {
        b.iter(|| {
            for (name, bytes) in &inputs {
                let source = briefkg::ingest::decode(Path::new(name), name, bytes).unwrap();
                let doc = pipeline::analyze(source, &kb, &gazetteer);
                std::hint::black_box(pipeline::render(&doc, &options));
            }
        })
    });
    g.finish();
    c.bench_function("kb+gazetteer/build", |b| {
        b.iter(|| {
            let kb = Kb::bundled();
            std::hint::black_box(Gazetteer::new(&kb));
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
