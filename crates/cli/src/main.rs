//! The `antinomy` binary: everything lives in the library so the tests can
//! call it; this file only hands over the process exit code.

/// mimalloc instead of the system allocator. The reader makes and frees
/// many small strings on every reading thread, and with glibc's malloc that
/// cost about a quarter of the CPU time of a large report (the allocator's
/// own work plus growing each thread's arena a few pages at a time, see
/// docs/performance.md); mimalloc's per-thread free lists and size classes
/// without a per-block header make both the time and the peak memory
/// smaller. Set in the binary only, so the library's users keep their own.
///
/// Built with `no_thp`: mimalloc otherwise asks Linux for transparent huge
/// pages on its arenas, and each 2 MB page touched counts whole towards the
/// process's memory, which more than doubled the peak memory of small runs
/// (`antinomy pairs` on rte3-dev: 21 MB with glibc, 54 MB with huge pages,
/// 21 MB without) for no measurable gain on large ones.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    antinomy::run()
}
