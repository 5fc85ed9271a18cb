//! antinomy-reason: rules over the claim graph, conflicts out.
//!
//! The design decision: **rules are pure functions of two claims and the
//! lexicon**, and the engine decides which claims meet. That split keeps each
//! rule a page long and readable as its own documentation, and keeps scale
//! (blocking, deduplication, ordering) in one place, [`engine`].
//!
//! This crate does no I/O, never prints and never exits: it returns data.
//! Fixtures are verified here ([`fixture::verify`]) so the CLI's `check`
//! command and the test suite share one definition of "passes".

#![warn(missing_docs)]

pub mod engine;
pub mod fixture;
pub mod rule;
pub mod rules;

pub use engine::{analyse, find_conflicts, find_conflicts_naive, record, Analysis, Conflict, Group, Options, Relation};
pub use rule::{Finding, Pair, Rule};
pub use rules::RULES;
