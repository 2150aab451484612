//! What the About panel shows: the program's versions, where the workspace
//! file is, the dataset's identity (from the overview) and the licences of
//! the fonts the app and its exports use.

use serde::Serialize;
use ts_rs::TS;

use super::Api;

/// The SIL Open Font License 1.1, as shipped with the bundled fonts.
const OFL: &str = include_str!("../../fonts/OFL.txt");

/// One font the app shows or an export embeds, and its licence.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FontLicence {
    pub name: String,
    /// What the font is used for, as a keyword the UI words:
    /// `ui-and-pdf` (the app's text and PDF text), `ui-marks` (the app's
    /// arrows, check mark and the language menu's "日本語", bundled
    /// subsets), `pdf-japanese`, `pdf-symbols` (emoji and symbols in PDFs).
    pub role: String,
    pub copyright: String,
    /// The licence's name ("SIL Open Font License 1.1").
    pub licence: String,
    /// Its full text.
    pub text: String,
}

/// The program and its parts, for the About panel.
#[derive(Debug, Clone, Serialize, TS)]
pub struct About {
    /// The desktop app's version (given by the app; the core's otherwise).
    pub app_version: String,
    pub core_version: String,
    pub dataset_version: Option<String>,
    pub dataset_as_of: Option<String>,
    /// The workspace file, when one is open or was refused.
    pub workspace: Option<String>,
    pub fonts: Vec<FontLicence>,
}

/// The fonts of the app's window and of the PDF export.
pub fn font_licences() -> Vec<FontLicence> {
    let ofl = |name: &str, role: &str, copyright: &str| FontLicence {
        name: name.into(),
        role: role.into(),
        copyright: copyright.into(),
        licence: "SIL Open Font License 1.1".into(),
        text: OFL.into(),
    };
    vec![
        ofl(
            "Noto Sans",
            "ui-and-pdf",
            "© 2012 Google LLC and the Noto Project Authors",
        ),
        // ui/src/fonts/, made by scripts/make-marks-font.sh.
        ofl(
            "Noto Sans CJK JP and Noto Sans Math (subsets)",
            "ui-marks",
            "© 2014–2021 Adobe; © 2018 Google LLC",
        ),
        // As the font's own copyright notice states it (name ID 0).
        ofl("Noto Sans CJK JP", "pdf-japanese", "© 2014–2021 Adobe"),
        FontLicence {
            name: "Symbola".into(),
            role: "pdf-symbols".into(),
            copyright: "© 2007–2015 George Douros".into(),
            licence: "Free for any use".into(),
            // As Debian's fonts-symbola states it (/usr/share/doc/fonts-symbola/copyright).
            text: "Fonts are free for any use; they may be opened, edited, modified, regenerated, packaged and redistributed.".into(),
        },
    ]
}

impl Api {
    /// The About panel's facts; `app_version` is the desktop app's own.
    pub fn about(&self, app_version: &str) -> About {
        let (dataset_version, dataset_as_of) = match self.ds() {
            Ok(d) => (
                Some(d.manifest.dataset_version.clone()),
                Some(d.manifest.as_of.clone()),
            ),
            Err(_) => (None, None),
        };
        About {
            app_version: app_version.into(),
            core_version: env!("CARGO_PKG_VERSION").into(),
            dataset_version,
            dataset_as_of,
            workspace: self.workspace_status().path,
            fonts: font_licences(),
        }
    }
}
