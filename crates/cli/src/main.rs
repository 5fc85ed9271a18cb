//! The `antinomy` binary: everything lives in the library so the tests can
//! call it; this file only hands over the process exit code.

fn main() -> std::process::ExitCode {
    antinomy::run()
}
