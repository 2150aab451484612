//! What the app's save and open dialogs offer: file names derived from what
//! is exported, and the filters of each kind of file.

use serde::Serialize;
use ts_rs::TS;

use super::ExportFormat;
use crate::store::ImportReport;

/// A notes bundle written where the user chose.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BundleExported {
    pub path: String,
    /// How many revisions it holds.
    pub revisions: u32,
}

/// A notes bundle the user chose, merged into the workspace.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BundleImported {
    pub path: String,
    pub report: ImportReport,
}

/// The open dialog filter of release files of the record.
pub const RELEASE_FILTER: (&str, &[&str]) = ("Briefdesk record release (JSON)", &["json"]);

/// The file name of a notes bundle.
pub const BUNDLE_FILE_NAME: &str = "briefdesk-notes.json";
/// The save/open dialog filter of notes bundles.
pub const BUNDLE_FILTER: (&str, &[&str]) = ("Briefdesk notes (JSON)", &["json"]);

/// The file name offered for an export of a brief titled `title`: its
/// letters, digits, spaces, `_` and `-`, spaces as `-` ("brief" when
/// nothing is left), and the format's extension.
pub fn export_file_name(title: &str, format: ExportFormat) -> String {
    let kept: String = title
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-'))
        .collect();
    let base = kept.split_whitespace().collect::<Vec<_>>().join("-");
    let base = if base.is_empty() { "brief" } else { &base };
    format!("{base}.{}", format.extensions()[0])
}

/// The dialog filter of an export format ("PDF", ["pdf"]; "Word", ["docx"]).
pub fn export_filter(format: ExportFormat) -> (&'static str, &'static [&'static str]) {
    let name = match format {
        ExportFormat::Markdown => "Markdown",
        ExportFormat::Pdf => "PDF",
        ExportFormat::Docx => "Word",
    };
    (name, format.extensions())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_letters_of_any_script_and_drop_the_rest() {
        for (title, format, want) in [
            ("Brussels 2026", ExportFormat::Pdf, "Brussels-2026.pdf"),
            (
                "  Council: prep / draft  ",
                ExportFormat::Markdown,
                "Council-prep-draft.md",
            ),
            ("日EU デジタル", ExportFormat::Pdf, "日EU-デジタル.pdf"),
            ("../../etc/passwd", ExportFormat::Pdf, "etcpasswd.pdf"),
            ("???", ExportFormat::Pdf, "brief.pdf"),
            ("Brussels 2026", ExportFormat::Docx, "Brussels-2026.docx"),
        ] {
            assert_eq!(export_file_name(title, format), want, "{title}");
        }
    }
}
