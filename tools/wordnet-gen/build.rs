//! Marks the build as the generator's, so that the tests of
//! `crates/ingest/src/wordnet.rs` that read antinomy's embedded table (which
//! this crate does not have) are left out here.
fn main() {
    println!("cargo:rustc-cfg=wordnet_gen");
}
