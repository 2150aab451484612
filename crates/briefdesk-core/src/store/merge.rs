//! Three-way merges of an annotation or a brief: what one side changed
//! relative to a common base, applied to what the other side has now.
//!
//! Used when a whole note or brief is saved from a base revision that is no
//! longer current (another writer changed it meanwhile), and when undo or
//! redo reverts (or re-applies) your change on top of others' later ones.
//! Per field: a field only one side changed takes that side's value; a
//! field both changed to different values takes *mine* (the newer write)
//! and is reported, the other value staying in its revision. Tags merge as
//! sets (your additions and removals applied to theirs), so they never
//! conflict. In a brief, the cover fields merge one by one, and the
//! sections section by section (background, talking points, commitments)
//! as long as neither side added, removed or reordered sections.

use serde::Serialize;
use ts_rs::TS;

use super::AnnotationFields;
use crate::brief::{BriefDoc, Section};

/// A save that found the record changed by someone else since the client
/// read it. Both versions are kept: the merged one is current, the other
/// writer's is revision `theirs` in the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct Concurrent {
    /// The revision the client started from (`0`: it had read none).
    pub base: i64,
    /// The revision that was current when the save arrived (another
    /// writer's), kept in the history; absent when there was none.
    pub theirs: Option<i64>,
    /// When that revision was written (RFC 3339, UTC).
    pub theirs_updated_at: Option<String>,
    /// Fields only the other writer changed: their value was kept.
    pub kept_theirs: Vec<String>,
    /// Fields both changed: yours is current; theirs stays in revision
    /// `theirs` (restore it from the history to go back to it).
    pub overridden: Vec<String>,
}

/// The result of a merge and what it did.
#[derive(Debug, Default)]
pub(crate) struct Merged<T> {
    pub value: T,
    /// Fields taken from theirs (only they changed them).
    pub kept_theirs: Vec<String>,
    /// Fields both changed differently: mine was taken.
    pub overridden: Vec<String>,
}

impl<T> Merged<T> {
    fn field<V: PartialEq + Clone>(&mut self, name: &str, base: &V, mine: &V, theirs: &V) -> V {
        if mine == base {
            if theirs != base {
                self.kept_theirs.push(name.to_owned());
            }
            theirs.clone()
        } else {
            if theirs != base && theirs != mine {
                self.overridden.push(name.to_owned());
            }
            mine.clone()
        }
    }
}

fn same_tag(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Tags: theirs, less what mine removed from base, plus what mine added.
fn tags(base: &[String], mine: &[String], theirs: &[String]) -> Vec<String> {
    let removed: Vec<&String> = base
        .iter()
        .filter(|b| !mine.iter().any(|m| same_tag(m, b)))
        .collect();
    let mut out: Vec<String> = theirs
        .iter()
        .filter(|t| !removed.iter().any(|r| same_tag(r, t)))
        .cloned()
        .collect();
    for m in mine {
        if !base.iter().any(|b| same_tag(b, m)) && !out.iter().any(|o| same_tag(o, m)) {
            out.push(m.clone());
        }
    }
    out
}

/// Mine's changes from `base`, applied to `theirs`.
pub(crate) fn annotation(
    base: &AnnotationFields,
    mine: &AnnotationFields,
    theirs: &AnnotationFields,
) -> Merged<AnnotationFields> {
    let mut m = Merged::<AnnotationFields>::default();
    let note = m.field("note", &base.note, &mine.note, &theirs.note);
    let status = m.field("status", &base.status, &mine.status, &theirs.status);
    let follow_up = m.field(
        "follow_up",
        &base.follow_up,
        &mine.follow_up,
        &theirs.follow_up,
    );
    if theirs.tags != base.tags && theirs.tags != mine.tags {
        // Their additions and removals stay, with mine applied on top.
        m.kept_theirs.push("tags".into());
    }
    m.value = AnnotationFields {
        note,
        status,
        tags: tags(&base.tags, &mine.tags, &theirs.tags),
        follow_up,
    };
    m
}

fn keys(sections: &[Section]) -> Vec<&str> {
    sections.iter().map(Section::key).collect()
}

/// Mine's changes from `base`, applied to `theirs`.
pub(crate) fn brief(base: &BriefDoc, mine: &BriefDoc, theirs: &BriefDoc) -> Merged<BriefDoc> {
    let mut m = Merged::<BriefDoc>::default();
    let title = m.field("title", &base.title, &mine.title, &theirs.title);
    let meeting = m.field("meeting", &base.meeting, &mine.meeting, &theirs.meeting);
    let date = m.field("date", &base.date, &mine.date, &theirs.date);
    let author = m.field("author", &base.author, &mine.author, &theirs.author);
    let audience = m.field("audience", &base.audience, &mine.audience, &theirs.audience);
    let marking = m.field("marking", &base.marking, &mine.marking, &theirs.marking);
    let same_shape = keys(&base.sections) == keys(&mine.sections)
        && keys(&base.sections) == keys(&theirs.sections);
    let sections =
        if mine.sections == base.sections || theirs.sections == base.sections || !same_shape {
            m.field("sections", &base.sections, &mine.sections, &theirs.sections)
        } else {
            base.sections
                .iter()
                .zip(&mine.sections)
                .zip(&theirs.sections)
                .map(|((b, mi), th)| {
                    let at = |f: &str| format!("sections[{}].{f}", b.key());
                    Section {
                        kind: b.kind,
                        sector: b.sector.clone(),
                        background: m.field(
                            &at("background"),
                            &b.background,
                            &mi.background,
                            &th.background,
                        ),
                        talking_points: m.field(
                            &at("talking_points"),
                            &b.talking_points,
                            &mi.talking_points,
                            &th.talking_points,
                        ),
                        items: m.field(&at("items"), &b.items, &mi.items, &th.items),
                        prompts: m.field(&at("prompts"), &b.prompts, &mi.prompts, &th.prompts),
                    }
                })
                .collect()
        };
    m.value = BriefDoc {
        title,
        meeting,
        date,
        author,
        audience,
        marking,
        sections,
    };
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::UserStatus;

    fn fields(note: &str, status: Option<UserStatus>, tags: &[&str]) -> AnnotationFields {
        AnnotationFields {
            note: note.into(),
            status,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            follow_up: None,
        }
    }

    #[test]
    fn annotations_merge_field_by_field_and_tags_as_sets() {
        let base = fields("n", None, &["a", "b"]);
        let mine = fields("mine", None, &["a", "c"]);
        let theirs = fields("n", Some(UserStatus::AtRisk), &["a", "b", "d"]);
        let m = annotation(&base, &mine, &theirs);
        assert_eq!(
            m.value,
            fields("mine", Some(UserStatus::AtRisk), &["a", "d", "c"])
        );
        assert_eq!(m.kept_theirs, ["status", "tags"]);
        assert!(m.overridden.is_empty());
        // Both changed the note: mine wins, reported.
        let theirs = fields("theirs", None, &["a", "b"]);
        let m = annotation(&base, &mine, &theirs);
        assert_eq!(m.value.note, "mine");
        assert_eq!(m.overridden, ["note"]);
        // The same change on both sides is no conflict.
        let m = annotation(&base, &mine, &mine);
        assert!(m.overridden.is_empty() && m.kept_theirs.is_empty());
        assert_eq!(m.value, mine);
    }

    #[test]
    fn briefs_merge_cover_fields_and_sections_by_key() {
        let mut base = BriefDoc {
            title: "T".into(),
            ..Default::default()
        };
        base.sections.push(Section::sector("quantum"));
        base.sections.push(Section::sector("semiconductors"));
        let mut mine = base.clone();
        mine.title = "Mine".into();
        mine.sections[0].background = "q".into();
        let mut theirs = base.clone();
        theirs.author = "Them".into();
        theirs.sections[1].talking_points = vec!["p".into()];
        let m = brief(&base, &mine, &theirs);
        assert_eq!(m.value.title, "Mine");
        assert_eq!(m.value.author, "Them");
        assert_eq!(m.value.sections[0].background, "q");
        assert_eq!(m.value.sections[1].talking_points, ["p"]);
        assert!(m.overridden.is_empty(), "{:?}", m.overridden);
        // Both reshaped the sections: mine, reported.
        let mut mine2 = base.clone();
        mine2.sections.pop();
        let mut theirs2 = base.clone();
        theirs2.sections.push(Section::sector("ai"));
        let m = brief(&base, &mine2, &theirs2);
        assert_eq!(m.value.sections, mine2.sections);
        assert_eq!(m.overridden, ["sections"]);
    }
}
