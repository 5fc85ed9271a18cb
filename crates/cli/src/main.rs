//! The `antinomy` binary: everything lives in the library so the tests can
//! call it; this file only hands over the process exit code.

/// mimalloc instead of the system allocator. The reader makes and frees
/// many small strings on every reading thread, and with glibc's malloc that
/// cost about a quarter of the CPU time of a large report (the allocator's
/// own work plus growing each thread's arena a few pages at a time, see
/// docs/performance.md); mimalloc's per-thread free lists and size classes
/// without a per-block header make both the time and the peak memory
/// smaller. Set in the binary only, so the library's users keep their own.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    antinomy::run()
}
