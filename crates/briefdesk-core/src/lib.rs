//! Briefdesk core: everything the app does, without any UI and without Tauri.
//!
//! The pipeline, one module per stage:
//! `model` (the record's types) → `dataset` (load and validate `data/`) →
//! `query` (filters, council order, lineage) → `view` (output shapes) →
//! `api` (what the desktop shell exposes, errors as `{code, message}`).
//! Later stages (workspace store, briefs, layout, PDF) join the same line.

pub mod api;
pub mod dataset;
pub mod golden;
pub mod model;
pub mod query;
pub mod store;
pub mod view;

pub use dataset::{Dataset, Problem, ProblemKind, Problems, Record};
