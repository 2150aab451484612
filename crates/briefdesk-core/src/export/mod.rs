//! The exporters, side by side: each renders the same resolved brief
//! (`brief::view::BriefView`) in its own module — `docx` (Word) here, the
//! Markdown in `brief::markdown` and the PDF pipeline in `pdf` — and
//! `inline`, the reading of the user's light Markdown that the exporters
//! laying text out themselves (PDF, DOCX) share. `api::render_export` is
//! the one way in, for the CLI and the app.

pub mod docx;
pub mod inline;
