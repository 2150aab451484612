//! The reference brief of the export benchmarks (`pdf.rs`, `docx.rs`): the
//! "Council preparation" template with every sector's commitments, its
//! description as background, talking points from its latest commitments,
//! and a note on every commitment with the Japanese names of its actors.

use briefdesk_core::brief::view::{resolve, BriefView};
use briefdesk_core::brief::{council_preparation, BriefMeeting, Item};
use briefdesk_core::query::{self, Annotations, Filter};
use briefdesk_core::store::AnnotationFields;
use briefdesk_core::Dataset;
use chrono::NaiveDate;

/// The reference brief: the "Council preparation" template with every
/// sector's commitments, its description as background, talking points
/// from its latest commitments, and a note on every commitment.
pub fn reference(ds: &Dataset) -> BriefView {
    let mut doc = council_preparation(ds, briefdesk_core::i18n::Lang::En);
    doc.title = "Reference brief: the EU–Japan Digital Partnership, sector by sector".into();
    doc.meeting = Some(BriefMeeting::Dataset {
        id: "dpc-2026".into(),
    });
    doc.date = NaiveDate::from_ymd_opt(2026, 4, 20);
    doc.author = "Unit F4 — Japan desk".into();
    doc.audience = "Director-General; cabinet of the Executive Vice-President".into();
    doc.marking = "Limited".into();
    let mut notes = Annotations::default();
    for s in doc.sections.iter_mut().filter(|s| s.sector.is_some()) {
        let sector = ds.sector(s.sector.as_deref().unwrap()).unwrap();
        let filter = Filter {
            sector: Some(sector.id.clone()),
            ..Default::default()
        };
        let commitments = query::list(ds, &filter);
        s.background = format!(
            "{}\n\n{} commitments in this sector since the 2022 launch; the latest: {}.",
            sector.description,
            commitments.len(),
            commitments.last().map_or("none", |c| c.title.as_str())
        );
        s.talking_points = commitments
            .iter()
            .rev()
            .take(3)
            .map(|c| format!("Take stock of “{}” and ask what comes next.", c.title))
            .collect();
        for c in &commitments {
            s.items.push(Item {
                commitment: c.id.clone(),
                include_annotation: true,
            });
            let native: Vec<String> = c
                .actors
                .iter()
                .filter_map(|a| ds.actor(&a.actor))
                .map(|a| match &a.native_name {
                    Some(n) => format!("{}（{n}）", a.name),
                    None => a.name.clone(),
                })
                .collect();
            notes.insert(
                c.id.clone(),
                AnnotationFields {
                    note: format!(
                        "{}\n\n関係者: {}. Check with the **Japan desk** before the council.",
                        c.verification_note,
                        native.join("、")
                    ),
                    ..Default::default()
                },
            );
        }
    }
    resolve(ds, &doc, &notes, briefdesk_core::i18n::Lang::En)
}
