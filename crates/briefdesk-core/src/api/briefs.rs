//! The brief part of the desktop API: list, create (blank, from a template,
//! quick), read with a live view, save, duplicate, delete, history, restore,
//! export. Each is what one Tauri command calls.

use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Api, ApiError, ErrorCode};
use crate::brief::{self, view::BriefView, BriefDoc, COUNCIL_PREPARATION};
use crate::dataset::Dataset;
use crate::export::markdown;
use crate::files::WriteTarget;
use crate::i18n::Lang;
use crate::query::Annotations;
use crate::store::{Brief, BriefHit, BriefInfo, BriefRevision, Concurrent, StoreError, Workspace};

/// How a new brief starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "from", rename_all = "kebab-case")]
pub enum BriefStart {
    /// Nothing but a title.
    Blank,
    /// A template that ships with the app (`council-preparation`).
    Builtin { template: String },
    /// A template the user saved (its brief id).
    Template { id: i64 },
    /// Every commitment of one sector, in meeting order; with the user's
    /// notes only when `notes` is true (absent: without).
    Quick {
        sector: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        notes: Option<bool>,
    },
}

/// A template a new brief can start from.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TemplateChoice {
    pub start: BriefStart,
    pub title: String,
    pub builtin: bool,
}

/// The brief list.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BriefList {
    /// Briefs (not templates), by id.
    pub briefs: Vec<BriefInfo>,
    /// The built-in template first, then the user's.
    pub templates: Vec<TemplateChoice>,
}

/// A brief as stored, and as it reads.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BriefState {
    pub brief: Brief,
    pub view: BriefView,
    /// Set only after a save from a base revision that was no longer
    /// current (`null` otherwise): what the other writer changed, and how
    /// both were kept.
    #[ts(optional = nullable)]
    pub concurrent: Option<Concurrent>,
}

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    Markdown,
    Pdf,
    /// Word (Office Open XML), for colleagues who edit the brief.
    Docx,
}

impl ExportFormat {
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            ExportFormat::Markdown => &["md", "markdown"],
            ExportFormat::Pdf => &["pdf"],
            ExportFormat::Docx => &["docx"],
        }
    }

    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Option<ExportFormat> {
        let ext = path.extension()?.to_string_lossy().to_lowercase();
        [
            ExportFormat::Markdown,
            ExportFormat::Pdf,
            ExportFormat::Docx,
        ]
        .into_iter()
        .find(|f| f.extensions().contains(&ext.as_str()))
    }
}

/// A commitment added to a brief from its detail.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AddedToBrief {
    pub state: BriefState,
    /// The key of the section it went to.
    pub section: String,
    /// That section was made for it.
    pub created_section: bool,
}

/// How an export reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportOptions {
    pub format: ExportFormat,
    /// The export date (YYYY-MM-DD); absent: today.
    pub date: Option<NaiveDate>,
    /// A DRAFT watermark (PDF, DOCX) or mark (Markdown).
    pub draft: bool,
    /// Print the user's notes on the commitments the brief marks "with
    /// note" (`Item::include_annotation`); false leaves every note out,
    /// whatever the brief says. The cover says "Includes the author’s
    /// notes." when at least one is printed and, in a PDF, "This edition
    /// leaves out the author’s own notes." when this is false.
    pub annotations: bool,
    /// The language of the export's labels and sentences (the record's own
    /// text stays as it is); absent: the app's language (the CLI's
    /// `--lang`, `BRIEFDESK_LANG`, English).
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

/// A brief's view rendered as `opts` say: the one path of the CLI and the app.
pub fn render_export(mut view: BriefView, opts: &ExportOptions) -> Result<Vec<u8>, ApiError> {
    if !opts.annotations {
        for s in &mut view.sections {
            for it in &mut s.items {
                it.annotation = None;
            }
        }
    }
    let date = opts
        .date
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    match opts.format {
        ExportFormat::Markdown => {
            let mut md = markdown::render(&view);
            if opts.draft {
                let mark = format!(
                    "\n\n**{}**\n",
                    crate::i18n::msg(view.lang, "export-watermark")
                );
                md = md.replacen('\n', &mark, 1);
            }
            Ok(md.into_bytes())
        }
        ExportFormat::Pdf => crate::export::pdf::render_pdf(
            &view,
            &crate::export::pdf::PdfOptions {
                date,
                draft: opts.draft,
                annotations: opts.annotations,
            },
        )
        .map_err(|e| ApiError::new(ErrorCode::InvalidInput, e.to_string())),
        ExportFormat::Docx => crate::export::docx::render_docx(
            &view,
            &crate::export::docx::DocxOptions {
                date,
                draft: opts.draft,
                annotations: opts.annotations,
            },
        )
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string())),
    }
}

fn annotation_map(ws: &Workspace) -> Result<Annotations, StoreError> {
    Ok(ws
        .annotations()?
        .into_iter()
        .map(|a| (a.commitment, a.fields))
        .collect())
}

/// The view of `doc` with the user's annotations, in `lang`.
pub fn view_of(
    ds: &Dataset,
    ws: &Workspace,
    doc: &BriefDoc,
    lang: Lang,
) -> Result<BriefView, StoreError> {
    Ok(brief::view::resolve(ds, doc, &annotation_map(ws)?, lang))
}

/// The document a new brief starts with, its texts in `lang`.
pub fn start_doc(
    ds: &Dataset,
    ws: &Workspace,
    start: &BriefStart,
    lang: Lang,
) -> Result<BriefDoc, StoreError> {
    match start {
        BriefStart::Blank => Ok(BriefDoc {
            title: crate::i18n::msg(lang, "template-untitled"),
            meeting: brief::next_meeting(ds),
            ..Default::default()
        }),
        BriefStart::Builtin { template } if template == COUNCIL_PREPARATION => {
            Ok(brief::council_preparation(ds, lang))
        }
        BriefStart::Builtin { template } => Err(StoreError::NotFound(format!(
            "no built-in template `{template}`; there is `{COUNCIL_PREPARATION}`"
        ))),
        BriefStart::Template { id } => {
            let t = ws.brief(*id)?;
            if !t.template {
                return Err(StoreError::Invalid(format!(
                    "brief {id} is not a template (save it as one first)"
                )));
            }
            Ok(t.doc)
        }
        BriefStart::Quick { sector, notes } => {
            brief::quick(ds, sector, notes.unwrap_or(false), lang)
                .map_err(|e| StoreError::Invalid(e.0))
        }
    }
}

impl BriefStart {
    /// The origin recorded with the first revision of a brief started so.
    pub fn origin(&self) -> String {
        match self {
            BriefStart::Blank => "local".into(),
            BriefStart::Builtin { template } => format!("template:{template}"),
            BriefStart::Template { id } => format!("template:{id}"),
            BriefStart::Quick { sector, .. } => format!("quick:{sector}"),
        }
    }
}

/// A brief as stored and as it reads against `ds`, in `lang`.
fn brief_state(
    ds: &Dataset,
    ws: &Workspace,
    brief: Brief,
    lang: crate::i18n::Lang,
) -> Result<BriefState, StoreError> {
    Ok(BriefState {
        view: view_of(ds, ws, &brief.doc, lang)?,
        brief,
        concurrent: None,
    })
}

/// Check `path` for an export from the webview: an absolute path with one
/// of `format`'s extensions, a target [`WriteTarget`] may write (checked,
/// with its temporary file created, before anything is rendered).
pub fn export_target(path: &Path, format: ExportFormat) -> Result<WriteTarget, ApiError> {
    let refuse = |why: String| {
        Err(ApiError::new(
            ErrorCode::InvalidInput,
            format!("cannot export to {}: {why}", path.display()),
        ))
    };
    if !path.is_absolute() {
        return refuse("not an absolute path".into());
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !format.extensions().contains(&ext.as_str()) {
        return refuse(format!(
            "this export is saved as a .{} file",
            format.extensions()[0]
        ));
    }
    WriteTarget::prepare(path).map_err(|e| ApiError::new(ErrorCode::File, e.to_string()))
}

impl Api {
    /// Every brief, and the templates a new one can start from.
    pub fn briefs(&self) -> Result<BriefList, ApiError> {
        self.ds()?;
        let all = self.with_ws(|ws| ws.briefs())?;
        let mut templates = vec![TemplateChoice {
            start: BriefStart::Builtin {
                template: COUNCIL_PREPARATION.into(),
            },
            title: crate::i18n::msg(self.language(), "template-council-preparation"),
            builtin: true,
        }];
        let mut briefs = Vec::new();
        for b in all {
            if b.template {
                templates.push(TemplateChoice {
                    start: BriefStart::Template { id: b.id },
                    title: b.title,
                    builtin: false,
                });
            } else {
                briefs.push(b);
            }
        }
        Ok(BriefList { briefs, templates })
    }

    /// Brief `id` and how it reads.
    pub fn brief(&self, id: i64) -> Result<BriefState, ApiError> {
        let ds = self.ds()?;
        self.with_ws(|ws| {
            let b = ws.brief(id)?;
            brief_state(&ds, ws, b, self.language())
        })
    }

    /// A new brief from `start`, titled `title` when given.
    pub fn create_brief(
        &self,
        start: &BriefStart,
        title: Option<&str>,
    ) -> Result<BriefState, ApiError> {
        let ds = self.ds()?;
        self.with_ws(|ws| {
            let mut doc = start_doc(&ds, ws, start, self.language())?;
            if let Some(t) = title.filter(|t| !t.trim().is_empty()) {
                doc.title = t.trim().to_owned();
            }
            let b = ws.create_brief(doc, false, &start.origin())?;
            brief_state(&ds, ws, b, self.language())
        })
    }

    /// Save `doc` as the new version of brief `id`.
    ///
    /// `base` is the revision the editor last read. Absent, `doc` replaces
    /// what is current. Given and no longer current — someone else changed
    /// the brief meanwhile — both are kept: what the user changed since
    /// `base` is applied to the current brief (a part both changed takes
    /// the user's version), the other version stays in the history, and
    /// the result carries `concurrent` so the UI can tell the user. See
    /// [`Workspace::save_brief_from`].
    pub fn save_brief(
        &self,
        id: i64,
        doc: BriefDoc,
        base: Option<i64>,
    ) -> Result<BriefState, ApiError> {
        let ds = self.ds()?;
        self.with_ws(|ws| {
            let saved = ws.save_brief_from(id, doc, base)?;
            let mut state = brief_state(&ds, ws, saved.brief, self.language())?;
            state.concurrent = saved.concurrent;
            Ok(state)
        })
    }

    /// Add commitment `commitment` to brief `id`, in the section it belongs
    /// to (see [`BriefDoc::add_commitment`]); undone like any other change.
    pub fn add_to_brief(&self, id: i64, commitment: &str) -> Result<AddedToBrief, ApiError> {
        let ds = self.ds()?;
        self.with_ws(|ws| {
            let mut doc = ws.brief(id)?.doc;
            let (section, created) = doc
                .add_commitment(&ds, commitment)
                .map_err(|e| StoreError::Invalid(e.0))?;
            let b = ws.save_brief(id, doc)?;
            Ok(AddedToBrief {
                state: brief_state(&ds, ws, b, self.language())?,
                section,
                created_section: created,
            })
        })
    }

    /// Delete brief `id` (undo brings it back).
    pub fn delete_brief(&self, id: i64) -> Result<BriefList, ApiError> {
        self.with_ws(|ws| ws.delete_brief(id))?;
        self.briefs()
    }

    /// A copy of brief `id`, as a brief or as a template.
    pub fn duplicate_brief(
        &self,
        id: i64,
        title: Option<&str>,
        as_template: bool,
    ) -> Result<BriefState, ApiError> {
        let ds = self.ds()?;
        self.with_ws(|ws| {
            let b = ws.duplicate_brief(id, title, as_template)?;
            brief_state(&ds, ws, b, self.language())
        })
    }

    pub fn brief_history(&self, id: i64) -> Result<Vec<BriefRevision>, ApiError> {
        self.with_ws(|ws| ws.brief_history(id))
    }

    pub fn restore_brief(&self, id: i64, revision: i64) -> Result<BriefState, ApiError> {
        let ds = self.ds()?;
        self.with_ws(|ws| {
            let b = ws.restore_brief(id, revision)?;
            brief_state(&ds, ws, b, self.language())
        })
    }

    /// Briefs whose title, cover or texts hold every word of `query`.
    pub fn search_briefs(&self, query: &str, limit: u32) -> Result<Vec<BriefHit>, ApiError> {
        self.with_ws(|ws| ws.search_briefs(query, limit.clamp(1, 200) as usize))
    }

    /// Export brief `id` to `path` (absolute, with the format's extension;
    /// written through a temporary file renamed into place). Returns the
    /// path written.
    pub fn export_brief(
        &self,
        id: i64,
        opts: &ExportOptions,
        path: &Path,
    ) -> Result<String, ApiError> {
        let target = export_target(path, opts.format)?;
        let ds = self.ds()?;
        let lang = opts.lang.unwrap_or_else(|| self.language());
        let view = self.with_ws(|ws| {
            let b = ws.brief(id)?;
            view_of(&ds, ws, &b.doc, lang)
        })?;
        let bytes = render_export(view, opts)?;
        target
            .commit(&bytes)
            .map_err(|e| ApiError::new(ErrorCode::File, e.to_string()))?;
        *self.last_export.lock().unwrap_or_else(|e| e.into_inner()) = Some(path.to_owned());
        Ok(path.display().to_string())
    }

    /// The file the last export wrote, if any (the only file the app
    /// offers to open).
    pub fn last_export(&self) -> Result<std::path::PathBuf, ApiError> {
        self.last_export
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .filter(|p| p.exists())
            .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "nothing has been exported yet"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Change;

    fn api() -> (tempfile::TempDir, Api) {
        let dir = tempfile::tempdir().unwrap();
        let api = Api::with_workspace(Dataset::embedded(), &dir.path().join("w.sqlite"));
        (dir, api)
    }

    #[test]
    fn a_commitment_goes_to_the_section_of_its_sector_made_when_missing_and_undo_takes_it_out() {
        let (_d, api) = api();
        let blank = api.create_brief(&BriefStart::Blank, Some("Chips")).unwrap();
        let id = blank.brief.id;
        let first = api.add_to_brief(id, "C2-08").unwrap();
        assert_eq!(
            (first.section.as_str(), first.created_section),
            ("semiconductors", true)
        );
        let second = api.add_to_brief(id, "C1-05").unwrap();
        assert_eq!(
            (second.section.as_str(), second.created_section),
            ("semiconductors", false)
        );
        let items: Vec<_> = second.state.brief.doc.sections[0]
            .items
            .iter()
            .map(|i| i.commitment.as_str())
            .collect();
        assert_eq!(items, ["C2-08", "C1-05"]);
        let err = api.add_to_brief(id, "C2-08").unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        assert!(
            err.message.contains("already in section `semiconductors`"),
            "{}",
            err.message
        );
        let err = api.add_to_brief(id, "C9-99").unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        api.undo().unwrap();
        assert_eq!(api.brief(id).unwrap().brief.doc.sections[0].items.len(), 1);
    }

    #[test]
    fn every_brief_operation_and_its_undo() {
        let (dir, api) = api();
        let start = BriefStart::Builtin {
            template: COUNCIL_PREPARATION.into(),
        };
        let s = api.create_brief(&start, Some("Brussels 2026")).unwrap();
        let id = s.brief.id;
        assert_eq!(s.view.sections.len(), 13);
        assert_eq!(s.view.sections[0].heading, "Since the last council");
        // Edit through the document, as the editor does.
        let ds = Dataset::embedded().unwrap();
        let mut doc = s.brief.doc.clone();
        doc.add_item(&ds, "semiconductors", "C2-08", None, true)
            .unwrap();
        doc.add_item(&ds, "semiconductors", "C1-05", None, false)
            .unwrap();
        doc.move_item(&ds, "semiconductors", "C1-05", 0, None)
            .unwrap();
        let saved = api.save_brief(id, doc.clone(), None).unwrap();
        let semis = saved
            .view
            .sections
            .iter()
            .find(|s| s.key == "semiconductors")
            .unwrap();
        let order: Vec<&str> = semis.items.iter().map(|i| i.commitment.as_str()).collect();
        assert_eq!(order, ["C1-05", "C2-08"]);
        // Undo the save, redo it.
        let Change::Brief { current, .. } = api.undo().unwrap() else {
            panic!("a brief change")
        };
        assert_eq!(current.unwrap().doc, s.brief.doc);
        api.redo().unwrap();
        assert_eq!(api.brief(id).unwrap().brief.doc, doc);
        // Duplicate, save as template, start from that template.
        let copy = api.duplicate_brief(id, None, false).unwrap();
        assert_eq!(copy.brief.doc.title, "Copy of Brussels 2026");
        let t = api.duplicate_brief(id, Some("Mine"), true).unwrap();
        let list = api.briefs().unwrap();
        assert_eq!(list.briefs.len(), 2);
        assert_eq!(list.templates.len(), 2);
        let from_t = api
            .create_brief(&BriefStart::Template { id: t.brief.id }, None)
            .unwrap();
        assert_eq!(from_t.brief.doc.title, "Mine");
        assert_eq!(
            api.create_brief(&BriefStart::Template { id }, None)
                .unwrap_err()
                .code,
            ErrorCode::InvalidInput
        );
        // Delete, undo.
        api.delete_brief(id).unwrap();
        assert_eq!(api.brief(id).unwrap_err().code, ErrorCode::NotFound);
        api.undo().unwrap();
        assert_eq!(api.brief(id).unwrap().brief.doc, doc);
        // Quick brief.
        let q = api
            .create_brief(
                &BriefStart::Quick {
                    sector: "semiconductors".into(),
                    notes: None,
                },
                None,
            )
            .unwrap();
        assert_eq!(q.brief.doc.title, "Semiconductors: quick brief");
        // Export: Markdown to an absolute .md path only.
        let out = dir.path().join("brief.md");
        let md = ExportOptions {
            format: ExportFormat::Markdown,
            date: None,
            draft: false,
            annotations: true,
            lang: None,
        };
        api.export_brief(id, &md, &out).unwrap();
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.starts_with("# Brussels 2026\n"), "{text}");
        assert_eq!(api.last_export().unwrap(), out);
        let pdf = dir.path().join("brief.pdf");
        let pdf_opts = ExportOptions {
            format: ExportFormat::Pdf,
            date: Some(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()),
            draft: true,
            annotations: false,
            lang: None,
        };
        api.export_brief(id, &pdf_opts, &pdf).unwrap();
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-1.7"));
        // A PDF is only written to a .pdf file.
        let e = api.export_brief(id, &pdf_opts, &out).unwrap_err();
        assert!(e.message.contains(".pdf"), "{}", e.message);
        for bad in [Path::new("relative.md"), &dir.path().join("x.json")] {
            let e = api.export_brief(id, &md, bad).unwrap_err();
            assert_eq!(e.code, ErrorCode::InvalidInput, "{bad:?}");
        }
        // Bad input says what.
        let mut bad = doc.clone();
        bad.title = String::new();
        assert_eq!(
            api.save_brief(id, bad, None).unwrap_err().code,
            ErrorCode::InvalidInput
        );
        assert_eq!(api.brief(4242).unwrap_err().code, ErrorCode::NotFound);
    }
}
