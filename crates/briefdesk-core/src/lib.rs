//! Briefdesk core: everything the app does, without any UI and without Tauri.
//!
//! The pipeline, one module per stage:
//! `model` (the record's types) → `dataset` (load and validate `data/`) →
//! `query` (filters, council order, lineage) → `view` (output shapes) →
//! `api` (what the desktop shell exposes, errors as `{code, message}`).
//! `store` keeps the user's workspace (annotations, briefs, search index);
//! `brief` assembles briefs and exports them. Later stages (layout, PDF)
//! join the same line.

pub mod api;
pub mod brief;
pub mod dataset;
pub mod export;
pub mod files;
pub mod golden;
pub mod i18n;
pub mod model;
pub mod query;
pub mod record;
pub mod release;
pub mod store;
pub mod view;

pub use dataset::{Dataset, Problem, ProblemKind, Problems, Record};
