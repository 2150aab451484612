//! Briefdesk core: everything the app does, without any UI and without Tauri.
//!
//! The pipeline, one module per stage:
//! `model` (the record's types) → `dataset` (load and validate `data/`) →
//! `query` (filters, council order, lineage) → `view` (output shapes).
//! Later stages (workspace store, briefs, layout, PDF) join the same line.

pub mod dataset;
pub mod model;
pub mod query;
pub mod view;

pub use dataset::{Dataset, Problem, ProblemKind, Problems, Record};
