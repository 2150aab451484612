//! The exporters, side by side: each renders the same resolved brief
//! (`brief::view::BriefView`) in a module of its own — [`markdown`] (to
//! keep), [`pdf`] (to distribute, a typesetting pipeline of its own) and
//! [`docx`] (for colleagues who edit in Word) — and [`inline`], the reading
//! of the user's light Markdown that the exporters laying text out
//! themselves (PDF, DOCX) share. `api::render_export` is the one way in, for
//! the CLI and the app; [`xml`] the escaping of the XML they write. Why here and not in crates: ARCHITECTURE.md.

pub mod docx;
pub mod inline;
pub mod markdown;
pub mod pdf;
pub mod xml;
