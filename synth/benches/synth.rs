//! Synthesis benchmarks, in two shapes of app ([`apps`]) and at sizes from 1,000 to 20,000
//! resources, so that the time per resource can be seen to stay flat.
//!
//! Run with `cargo bench -p forma-synth --bench synth`. Building the app is measured on its
//! own (`construct`); the synthesis benches build their app once and synthesize it again and
//! again (`synthesize` takes `&App` and leaves it unchanged).
//!
//! - `services`: stacks of services of ten resources with nested properties, `Ref`,
//!   `Fn::GetAtt`, `Fn::Sub` and references into the previous stack (exports and imports).
//! - `scale`: buckets, queues, tables and topics, a few properties each, in stacks of 400.
//! - `systems`: the five bundled systems of `stacks/`, in both targets.
//!
//! One app synthesized again and again stays in the CPU's cache when it is small; a large one
//! does not. `synthesize_json_cold` takes turns with twenty 1k apps, for what 1,000 resources
//! cost when they are read from memory, as they are in a large app.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput};
use forma_dsl::App;
use forma_synth::{synthesize_with, Format, Settings};

mod apps;
use apps::PER_SERVICE;

/// Synthesizes as `forma synth` does: every literal checked against the schema, of typed
/// resources and of `RawResource`s of known types alike.
fn synthesize(app: &App, format: Format) -> Result<forma_synth::Assembly, forma_synth::SynthError> {
    synthesize_with(app, Settings { format, registry: Some(&forma_dsl::cfn::REGISTRY), ..Settings::default() })
}

/// The app a bench synthesizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// [`apps::services`]: `(stacks, resources per stack)`.
    Services(usize, usize),
    /// [`apps::scale`]: that many resources.
    Scale(usize),
}

impl Shape {
    fn build(self) -> App {
        match self {
            Shape::Services(stacks, per_stack) => apps::services(stacks, per_stack),
            Shape::Scale(resources) => apps::scale(resources),
        }
    }

    fn resources(self) -> usize {
        match self {
            Shape::Services(stacks, per_stack) => stacks * per_stack,
            Shape::Scale(resources) => resources,
        }
    }

    /// `services/10k`, `scale/4k`.
    fn id(self) -> String {
        let name = match self {
            Shape::Services(..) => "services",
            Shape::Scale(_) => "scale",
        };
        format!("{name}/{}k", self.resources() / 1000)
    }

    fn large(self) -> bool {
        self.resources() >= 10_000
    }

    /// `(stacks, exports)` the app synthesizes to.
    fn expected(self) -> (usize, usize) {
        match self {
            // Every fourth service reads the previous stack's table: Ref, Arn and StreamArn.
            Shape::Services(stacks, per_stack) => (stacks, (stacks - 1) * per_stack.div_ceil(PER_SERVICE * 4) * 3),
            // Every tenth unit's bucket notifies the previous stack's topic, if it has that unit.
            Shape::Scale(resources) => {
                let per_stack = apps::SCALE_PER_STACK;
                let units: Vec<usize> = (0..resources.div_ceil(per_stack))
                    .map(|s| (resources - s * per_stack).min(per_stack) / apps::PER_UNIT)
                    .collect();
                let exports = units.windows(2).map(|w| w[1].min(w[0]).div_ceil(apps::CROSS_STACK_EVERY)).sum();
                (units.len(), exports)
            }
        }
    }
}

/// Checks once that the app synthesizes to what the benchmark claims.
fn check(app: &App, shape: Shape) {
    let assembly = synthesize(app, Format::Json).unwrap_or_else(|e| panic!("synthesis failed:\n{e}"));
    let resources: usize = assembly.stacks.iter().map(|s| s.manifest.resource_count).sum();
    assert_eq!(resources, shape.resources());
    let exports: usize = assembly.stacks.iter().map(|s| s.manifest.outputs.len()).sum();
    assert_eq!((assembly.stacks.len(), exports), shape.expected(), "stacks, and every cross-stack reference exported");
    let bytes: usize = assembly.stacks.iter().map(|s| s.manifest.size).sum();
    eprintln!(
        "{}: {resources} resources, {} stacks, {exports} exports, {:.1} MB of JSON templates",
        shape.id(),
        assembly.stacks.len(),
        bytes as f64 / 1e6
    );
}

const SERVICES_1K: Shape = Shape::Services(4, 250);

/// Every shape and size, 1,000 to 20,000 resources.
const SHAPES: [Shape; 7] = [
    SERVICES_1K,
    Shape::Services(25, 400),
    Shape::Services(50, 400),
    Shape::Scale(1_000),
    Shape::Scale(4_000),
    Shape::Scale(10_000),
    Shape::Scale(20_000),
];

/// Fewer, longer samples for the large apps.
fn configure(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, shape: Shape) {
    if shape.large() {
        group.sample_size(10).sampling_mode(SamplingMode::Flat);
    } else {
        group.sample_size(50).sampling_mode(SamplingMode::Auto);
    }
    group.throughput(Throughput::Elements(shape.resources() as u64));
}

fn construct(c: &mut Criterion) {
    let mut group = c.benchmark_group("construct");
    for shape in SHAPES {
        configure(&mut group, shape);
        group.bench_function(BenchmarkId::from_parameter(shape.id()), |b| {
            b.iter_with_large_drop(|| black_box(shape).build())
        });
    }
    group.finish();
}

fn synthesize_in(c: &mut Criterion, name: &str, format: Format) {
    let mut group = c.benchmark_group(name);
    for shape in SHAPES {
        let app = shape.build();
        if format == Format::Json {
            check(&app, shape);
        }
        configure(&mut group, shape);
        group.bench_function(BenchmarkId::from_parameter(shape.id()), |b| {
            b.iter_with_large_drop(|| synthesize(black_box(&app), format).expect("synthesis"))
        });
    }
    group.finish();
}

fn synthesize_json(c: &mut Criterion) {
    synthesize_in(c, "synthesize_json", Format::Json);
}

fn synthesize_yaml(c: &mut Criterion) {
    synthesize_in(c, "synthesize_yaml", Format::Yaml);
}

/// How many apps [`synthesize_cold`] takes turns with: together larger than the CPU's caches.
const COLD_APPS: usize = 20;

/// The 1k apps again, but [`COLD_APPS`] of each, synthesized in turn, so that each is read
/// from memory rather than from the cache that one app synthesized again and again stays in:
/// what 1,000 resources cost when they are part of a larger app.
fn synthesize_cold(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthesize_json_cold");
    for shape in [SERVICES_1K, Shape::Scale(1_000)] {
        let apps: Vec<App> = (0..COLD_APPS).map(|_| shape.build()).collect();
        configure(&mut group, shape);
        group.bench_function(BenchmarkId::from_parameter(shape.id()), |b| {
            let mut next = 0;
            b.iter_with_large_drop(|| {
                next = (next + 1) % COLD_APPS;
                synthesize(black_box(&apps[next]), Format::Json).expect("synthesis")
            })
        });
    }
    group.finish();
}

/// A directory of its own for this run, removed on drop.
struct ScratchDir(PathBuf);

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn synthesize_write(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthesize_write");
    let app = SERVICES_1K.build();
    let scratch = ScratchDir(std::env::temp_dir().join(format!("forma-synth-bench-{}", std::process::id())));
    let out = scratch.0.join("out");
    group.throughput(Throughput::Elements(SERVICES_1K.resources() as u64));
    // Each iteration writes into an empty directory (emptied outside the timing), as a
    // first synthesis does; writing over identical files would skip the writes.
    group.bench_function(BenchmarkId::from_parameter(SERVICES_1K.id()), |b| {
        b.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(&out);
            },
            |()| {
                let assembly = synthesize(black_box(&app), Format::Json).expect("synthesis");
                assembly.write(&out).expect("write");
                assembly
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
    drop(scratch);
}

/// The five bundled systems (`stacks/`, 8 stacks), built once, synthesized in both targets
/// (their assets packed each time, as `forma synth` does): the workload the README's
/// whole-process numbers are about.
fn systems(c: &mut Criterion) {
    let mut group = c.benchmark_group("systems");
    let app = forma_stacks::app();
    let resources: usize = synthesize(&app, Format::Json)
        .expect("the bundled systems synthesize")
        .stacks
        .iter()
        .map(|s| s.manifest.resource_count)
        .sum();
    group.throughput(Throughput::Elements(resources as u64));
    group.bench_function("construct", |b| b.iter_with_large_drop(forma_stacks::app));
    for (name, target) in [("cfn", forma_synth::Target::CloudFormation), ("sam", forma_synth::Target::Sam)] {
        let settings =
            Settings { format: Format::Json, registry: Some(&forma_dsl::cfn::REGISTRY), target, ..Settings::default() };
        group.bench_function(name, |b| {
            b.iter_with_large_drop(|| synthesize_with(black_box(&app), settings).expect("synthesis"))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = construct, synthesize_json, synthesize_cold, synthesize_yaml, synthesize_write, systems
}
criterion_main!(benches);
