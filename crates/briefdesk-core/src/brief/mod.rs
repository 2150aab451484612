//! Briefs: the briefing note an official assembles before a meeting.
//!
//! This module is the document itself ([`BriefDoc`]: cover fields and ordered
//! sections of ordered commitments) and every edit the app and the CLI make
//! to it, as plain functions that check what they are given. How a brief
//! reads against the dataset is [`view`]; its Markdown export is
//! [`markdown`]; the workspace keeps it, with every revision, in
//! `store::briefs`.
//!
//! A brief never drops what the user put in it: a commitment or sector that a
//! dataset update removed stays referenced and is flagged by the view.

pub mod view;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dataset::Dataset;
use crate::i18n::{self, tr, Arg, Lang};
use crate::model::MeetingStatus;
use crate::query::{self, Filter};

/// Longest title, marking, author or audience, in characters.
pub const MAX_LINE_CHARS: usize = 300;
/// Longest background text or talking point, in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Most sections, commitments per section, and talking points per section.
pub const MAX_SECTIONS: usize = 100;
pub const MAX_ITEMS: usize = 1_000;
pub const MAX_POINTS: usize = 100;

/// The key of the "since the last council" section.
pub const SINCE_LAST_COUNCIL: &str = "since-last-council";

/// The id of the one built-in template.
pub const COUNCIL_PREPARATION: &str = "council-preparation";

/// What is wrong with an edit or a brief.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

fn invalid<T>(msg: impl Into<String>) -> Result<T, Invalid> {
    Err(Invalid(msg.into()))
}

/// The meeting a brief prepares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BriefMeeting {
    /// A meeting of the dataset, by id.
    Dataset { id: String },
    /// Any other meeting, as the user names it.
    Other { text: String },
}

/// A brief as the user writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BriefDoc {
    pub title: String,
    pub meeting: Option<BriefMeeting>,
    /// The date the brief is for (YYYY-MM-DD).
    pub date: Option<NaiveDate>,
    pub author: String,
    pub audience: String,
    /// Handling marking, free text ("Draft", "Limited").
    pub marking: String,
    pub sections: Vec<Section>,
}

/// What a section is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    /// One sector: the commitments the user picked, in their order.
    Sector,
    /// For every sector, what the last council added and what it continues;
    /// computed from the dataset when the brief is read.
    SinceLastCouncil,
}

/// Guidance shown while writing a section (from a template); never exported.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prompts {
    pub background: String,
    pub talking_points: String,
}

/// One section of a brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub kind: SectionKind,
    /// The sector id of a `sector` section.
    pub sector: Option<String>,
    /// Plain text with light Markdown.
    pub background: String,
    /// In order.
    pub talking_points: Vec<String>,
    /// In order.
    pub items: Vec<Item>,
    pub prompts: Option<Prompts>,
}

/// A commitment in a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub commitment: String,
    /// Whether the brief shows the user's annotation of it.
    pub include_annotation: bool,
}

impl Section {
    /// A section about `sector`, empty.
    pub fn sector(sector: &str) -> Section {
        Section {
            kind: SectionKind::Sector,
            sector: Some(sector.to_owned()),
            background: String::new(),
            talking_points: Vec::new(),
            items: Vec::new(),
            prompts: None,
        }
    }

    /// The "since the last council" section.
    pub fn since_last_council() -> Section {
        Section {
            kind: SectionKind::SinceLastCouncil,
            sector: None,
            ..Section::sector("")
        }
    }

    /// How commands name the section: its sector id, or
    /// [`SINCE_LAST_COUNCIL`].
    pub fn key(&self) -> &str {
        match self.kind {
            SectionKind::Sector => self.sector.as_deref().unwrap_or_default(),
            SectionKind::SinceLastCouncil => SINCE_LAST_COUNCIL,
        }
    }
}

fn check_line(what: &str, s: &str) -> Result<(), Invalid> {
    let n = s.chars().count();
    if n > MAX_LINE_CHARS {
        return invalid(format!(
            "the {what} is {n} characters long; the limit is {MAX_LINE_CHARS}"
        ));
    }
    if let Some(c) = s.chars().find(|c| c.is_control()) {
        return invalid(format!(
            "the {what} contains a control character (U+{:04X}); it must be one line",
            c as u32
        ));
    }
    Ok(())
}

fn check_text(what: &str, s: &str) -> Result<(), Invalid> {
    let n = s.chars().count();
    if n > MAX_TEXT_CHARS {
        return invalid(format!(
            "the {what} is {n} characters long; the limit is {MAX_TEXT_CHARS}"
        ));
    }
    if let Some(c) = s
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        return invalid(format!(
            "the {what} contains a control character (U+{:04X})",
            c as u32
        ));
    }
    Ok(())
}

impl BriefDoc {
    /// Check the brief as a whole: limits, one section per sector, no
    /// commitment twice in a section. Says what and where.
    pub fn check(&self) -> Result<(), Invalid> {
        if self.title.trim().is_empty() {
            return invalid("a brief needs a title");
        }
        check_line("title", &self.title)?;
        check_line("author", &self.author)?;
        check_line("audience", &self.audience)?;
        check_line("marking", &self.marking)?;
        match &self.meeting {
            Some(BriefMeeting::Dataset { id }) if id.trim().is_empty() => {
                return invalid("the meeting id is empty")
            }
            Some(BriefMeeting::Other { text }) => check_line("meeting", text)?,
            _ => {}
        }
        if self.sections.len() > MAX_SECTIONS {
            return invalid(format!(
                "{} sections; the limit is {MAX_SECTIONS}",
                self.sections.len()
            ));
        }
        for (i, s) in self.sections.iter().enumerate() {
            let at = format!("section {} ({})", i + 1, s.key());
            match s.kind {
                SectionKind::Sector if s.sector.as_deref().is_none_or(|x| x.trim().is_empty()) => {
                    return invalid(format!("section {} has no sector", i + 1))
                }
                SectionKind::SinceLastCouncil if s.sector.is_some() => {
                    return invalid(format!(
                    "{at}: a “since the last council” section covers every sector; it takes none"
                ))
                }
                _ => {}
            }
            if self.sections[..i].iter().any(|o| o.key() == s.key()) {
                return invalid(format!(
                    "{at}: the brief already has a section for `{}`",
                    s.key()
                ));
            }
            check_text(&format!("background of {at}"), &s.background)?;
            if s.talking_points.len() > MAX_POINTS {
                return invalid(format!(
                    "{at}: {} talking points; the limit is {MAX_POINTS}",
                    s.talking_points.len()
                ));
            }
            for (j, p) in s.talking_points.iter().enumerate() {
                check_text(&format!("talking point {} of {at}", j + 1), p)?;
            }
            if s.items.len() > MAX_ITEMS {
                return invalid(format!(
                    "{at}: {} commitments; the limit is {MAX_ITEMS}",
                    s.items.len()
                ));
            }
            for (j, item) in s.items.iter().enumerate() {
                if item.commitment.trim().is_empty() {
                    return invalid(format!("{at}: commitment {} has no id", j + 1));
                }
                if s.items[..j].iter().any(|o| o.commitment == item.commitment) {
                    return invalid(format!("{at}: `{}` is listed twice", item.commitment));
                }
            }
            if let Some(p) = &s.prompts {
                check_text(&format!("prompt of {at}"), &p.background)?;
                check_text(&format!("prompt of {at}"), &p.talking_points)?;
            }
        }
        Ok(())
    }

    /// The index of the section named `key` (a sector id or name, or
    /// [`SINCE_LAST_COUNCIL`]).
    pub fn section_index(&self, ds: &Dataset, key: &str) -> Result<usize, Invalid> {
        let key = section_key(ds, key).unwrap_or_else(|_| key.to_owned());
        self.sections
            .iter()
            .position(|s| s.key() == key)
            .ok_or_else(|| {
                let have: Vec<&str> = self.sections.iter().map(Section::key).collect();
                Invalid(format!(
                    "the brief has no section `{key}`; its sections: {}",
                    if have.is_empty() {
                        "none yet".to_owned()
                    } else {
                        have.join(", ")
                    }
                ))
            })
    }

    /// Add a section for `key` (a sector id or name, or
    /// [`SINCE_LAST_COUNCIL`]) at `at` (default: the end). Returns its index.
    pub fn add_section(
        &mut self,
        ds: &Dataset,
        key: &str,
        at: Option<usize>,
    ) -> Result<usize, Invalid> {
        let key = section_key(ds, key)?;
        if self.sections.iter().any(|s| s.key() == key) {
            return invalid(format!("the brief already has a section `{key}`"));
        }
        let section = if key == SINCE_LAST_COUNCIL {
            Section::since_last_council()
        } else {
            Section::sector(&key)
        };
        let at = at.unwrap_or(self.sections.len()).min(self.sections.len());
        self.sections.insert(at, section);
        self.check()?;
        Ok(at)
    }

    /// Remove the section `key` with what the user wrote in it.
    pub fn remove_section(&mut self, ds: &Dataset, key: &str) -> Result<Section, Invalid> {
        let i = self.section_index(ds, key)?;
        Ok(self.sections.remove(i))
    }

    /// Move the section `key` to position `to` (0-based, clamped).
    pub fn move_section(&mut self, ds: &Dataset, key: &str, to: usize) -> Result<(), Invalid> {
        let i = self.section_index(ds, key)?;
        let s = self.sections.remove(i);
        let to = to.min(self.sections.len());
        self.sections.insert(to, s);
        Ok(())
    }

    /// Add commitment `id` to section `key` at `at` (default: the end).
    /// Only commitments of the dataset can be added.
    pub fn add_item(
        &mut self,
        ds: &Dataset,
        key: &str,
        id: &str,
        at: Option<usize>,
        include_annotation: bool,
    ) -> Result<(), Invalid> {
        let i = self.section_index(ds, key)?;
        if ds.commitment(id).is_none() {
            return invalid(query::no_commitment(ds, id));
        }
        let s = &mut self.sections[i];
        if s.kind == SectionKind::SinceLastCouncil {
            return invalid("the “since the last council” section is filled from the record; add commitments to a sector section");
        }
        if s.items.iter().any(|x| x.commitment == id) {
            return invalid(format!("`{id}` is already in section `{key}`"));
        }
        let at = at.unwrap_or(s.items.len()).min(s.items.len());
        s.items.insert(
            at,
            Item {
                commitment: id.to_owned(),
                include_annotation,
            },
        );
        self.check()
    }

    /// Add commitment `id` where it belongs: at the end of the section of
    /// its main sector, or of another of its sectors the brief has, or of a
    /// new section for its main sector. Returns the section's key and whether
    /// it was created.
    pub fn add_commitment(&mut self, ds: &Dataset, id: &str) -> Result<(String, bool), Invalid> {
        let Some(c) = ds.commitment(id) else {
            return invalid(query::no_commitment(ds, id));
        };
        if let Some(s) = self
            .sections
            .iter()
            .find(|s| s.items.iter().any(|x| x.commitment == id))
        {
            return invalid(format!("`{id}` is already in section `{}`", s.key()));
        }
        let existing = c
            .sectors
            .iter()
            .find(|sector| self.sections.iter().any(|s| s.key() == sector.as_str()));
        let (key, created) = match existing {
            Some(sector) => (sector.to_string(), false),
            None => {
                let main = c
                    .sectors
                    .first()
                    .ok_or_else(|| Invalid(format!("`{id}` has no sector")))?;
                self.add_section(ds, main, None)?;
                (main.to_string(), true)
            }
        };
        self.add_item(ds, &key, id, None, true)?;
        Ok((key, created))
    }

    fn item_index(&self, ds: &Dataset, key: &str, id: &str) -> Result<(usize, usize), Invalid> {
        let i = self.section_index(ds, key)?;
        let j = self.sections[i]
            .items
            .iter()
            .position(|x| x.commitment == id)
            .ok_or_else(|| Invalid(format!("`{id}` is not in section `{key}`")))?;
        Ok((i, j))
    }

    /// Take commitment `id` out of section `key`.
    pub fn remove_item(&mut self, ds: &Dataset, key: &str, id: &str) -> Result<Item, Invalid> {
        let (i, j) = self.item_index(ds, key, id)?;
        Ok(self.sections[i].items.remove(j))
    }

    /// Move commitment `id` of section `key` to position `to` (0-based,
    /// clamped) of section `into` (default: the same section).
    pub fn move_item(
        &mut self,
        ds: &Dataset,
        key: &str,
        id: &str,
        to: usize,
        into: Option<&str>,
    ) -> Result<(), Invalid> {
        let (i, j) = self.item_index(ds, key, id)?;
        let target = match into {
            Some(k) => self.section_index(ds, k)?,
            None => i,
        };
        if target != i {
            let t = &self.sections[target];
            if t.kind == SectionKind::SinceLastCouncil {
                return invalid("the “since the last council” section is filled from the record");
            }
            if t.items.iter().any(|x| x.commitment == id) {
                return invalid(format!("`{id}` is already in section `{}`", t.key()));
            }
        }
        let item = self.sections[i].items.remove(j);
        let items = &mut self.sections[target].items;
        let to = to.min(items.len());
        items.insert(to, item);
        Ok(())
    }
}

/// A section key from what the user typed: a sector id or name, or
/// [`SINCE_LAST_COUNCIL`].
pub fn section_key(ds: &Dataset, given: &str) -> Result<String, Invalid> {
    if given.trim() == SINCE_LAST_COUNCIL {
        return Ok(SINCE_LAST_COUNCIL.to_owned());
    }
    ds.resolve_sector(given)
        .map(|s| s.id.clone())
        .map_err(|e| Invalid(format!("{e} (or `{SINCE_LAST_COUNCIL}`)")))
}

/// The meeting a new brief prepares by default: the first one still to be
/// held, else the latest.
pub fn next_meeting(ds: &Dataset) -> Option<BriefMeeting> {
    let mut meetings: Vec<_> = ds.meetings.iter().collect();
    meetings.sort_by_key(|m| ds.meeting_date(m));
    meetings
        .iter()
        .find(|m| m.status != MeetingStatus::Held)
        .or(meetings.last())
        .map(|m| BriefMeeting::Dataset { id: m.id.clone() })
}

/// A name as it reads inside a sentence: its first letter in lower case
/// unless it opens an acronym or a proper name ("semiconductors", "5G / 6G
/// and Beyond 5G", "data governance / DFFT"); the rest as the record has it.
fn mid_sentence(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => first
            .to_lowercase()
            .chain(name[first.len_utf8()..].chars())
            .collect(),
        _ => name.to_owned(),
    }
}

/// The built-in template "Council preparation", its texts in `lang`: the
/// next meeting, "since the last council", then one section per sector
/// with prompts for its background and talking points.
pub fn council_preparation(ds: &Dataset, lang: Lang) -> BriefDoc {
    let mut sections = vec![Section::since_last_council()];
    for s in &ds.sectors {
        let sector = mid_sentence(&i18n::sector_name(lang, s));
        sections.push(Section {
            prompts: Some(Prompts {
                background: tr(
                    lang,
                    "template-background",
                    &[("sector", Arg::Str(&sector))],
                ),
                talking_points: tr(
                    lang,
                    "template-talking-points",
                    &[("sector", Arg::Str(&sector))],
                ),
            }),
            ..Section::sector(&s.id)
        });
    }
    BriefDoc {
        title: i18n::msg(lang, "template-council-preparation"),
        meeting: next_meeting(ds),
        sections,
        ..Default::default()
    }
}

/// A quick brief for one sector (id or name): every commitment of the
/// sector in meeting order; the user's notes only when asked (`notes`),
/// since personal notes go out only by choice.
pub fn quick(ds: &Dataset, sector: &str, notes: bool, lang: Lang) -> Result<BriefDoc, Invalid> {
    let sector = ds
        .resolve_sector(sector)
        .map_err(|e| Invalid(e.to_string()))?;
    let filter = Filter {
        sector: Some(sector.id.clone()),
        ..Default::default()
    };
    let items = query::list(ds, &filter)
        .into_iter()
        .map(|c| Item {
            commitment: c.id.clone(),
            include_annotation: notes,
        })
        .collect();
    Ok(BriefDoc {
        title: tr(
            lang,
            "template-quick-brief",
            &[("sector", Arg::Str(&i18n::sector_name(lang, sector)))],
        ),
        meeting: next_meeting(ds),
        sections: vec![Section {
            items,
            ..Section::sector(&sector.id)
        }],
        ..Default::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        Dataset::embedded().unwrap()
    }

    #[test]
    fn edits_keep_order_and_refuse_what_makes_no_sense() {
        let ds = ds();
        let mut b = BriefDoc {
            title: "T".into(),
            ..Default::default()
        };
        b.add_section(&ds, "semiconductors", None).unwrap();
        b.add_section(&ds, SINCE_LAST_COUNCIL, Some(0)).unwrap();
        assert!(b.add_section(&ds, "semiconductors", None).is_err());
        assert!(b.add_section(&ds, "no-such", None).is_err());
        b.add_item(&ds, "semiconductors", "C1-05", None, true)
            .unwrap();
        b.add_item(&ds, "semiconductors", "C2-08", None, false)
            .unwrap();
        b.add_item(&ds, "semiconductors", "C3-04", Some(0), true)
            .unwrap();
        let order = |b: &BriefDoc| -> Vec<String> {
            b.sections[1]
                .items
                .iter()
                .map(|i| i.commitment.clone())
                .collect()
        };
        assert_eq!(order(&b), ["C3-04", "C1-05", "C2-08"]);
        b.move_item(&ds, "semiconductors", "C3-04", 9, None)
            .unwrap();
        assert_eq!(order(&b), ["C1-05", "C2-08", "C3-04"]);
        assert!(b
            .add_item(&ds, "semiconductors", "C1-05", None, true)
            .is_err());
        assert!(b
            .add_item(&ds, "semiconductors", "NOPE", None, true)
            .is_err());
        assert!(b
            .add_item(&ds, SINCE_LAST_COUNCIL, "C1-05", None, true)
            .is_err());
        b.move_section(&ds, "semiconductors", 0).unwrap();
        assert_eq!(b.sections[0].key(), "semiconductors");
        b.remove_item(&ds, "semiconductors", "C2-08").unwrap();
        assert_eq!(order_of(&b, 0), ["C1-05", "C3-04"]);
        b.remove_section(&ds, SINCE_LAST_COUNCIL).unwrap();
        assert_eq!(b.sections.len(), 1);
        b.check().unwrap();
    }

    fn order_of(b: &BriefDoc, i: usize) -> Vec<&str> {
        b.sections[i]
            .items
            .iter()
            .map(|i| i.commitment.as_str())
            .collect()
    }

    #[test]
    fn check_says_what_is_wrong() {
        let mut b = BriefDoc::default();
        assert!(b.check().unwrap_err().0.contains("title"));
        b.title = "a\u{7}".into();
        assert!(b.check().unwrap_err().0.contains("U+0007"));
        b.title = "ok".into();
        b.sections = vec![Section::sector("quantum"), Section::sector("quantum")];
        assert!(b.check().unwrap_err().0.contains("section 2 (quantum)"));
    }

    #[test]
    fn the_template_and_the_quick_brief() {
        let ds = ds();
        let t = council_preparation(&ds, Lang::En);
        assert_eq!(t.sections.len(), ds.sectors.len() + 1);
        assert_eq!(t.sections[0].kind, SectionKind::SinceLastCouncil);
        assert!(t.sections[1..].iter().all(|s| s.prompts.is_some()));
        // Sector names keep their acronyms and proper names inside the prompts.
        let prompts: Vec<&str> = t.sections[1..]
            .iter()
            .map(|s| s.prompts.as_ref().unwrap().background.as_str())
            .collect();
        assert!(prompts
            .iter()
            .any(|p| p.contains("on semiconductors stands")));
        assert!(prompts
            .iter()
            .any(|p| p.contains("on data governance / DFFT stands")));
        assert!(prompts
            .iter()
            .any(|p| p.contains("on 5G / 6G and Beyond 5G stands")));
        assert!(prompts
            .iter()
            .any(|p| p.contains("submarine cables & Arctic connectivity")));
        assert_eq!(
            t.meeting,
            Some(BriefMeeting::Dataset {
                id: "dpc-2026".into()
            })
        );
        t.check().unwrap();
        let q = quick(&ds, "Semiconductors", false, Lang::En).unwrap();
        assert!(q.sections[0].items.iter().all(|i| !i.include_annotation));
        let with = quick(&ds, "Semiconductors", true, Lang::En).unwrap();
        assert!(with.sections[0].items.iter().all(|i| i.include_annotation));
        let ids = order_of(&q, 0);
        let c105 = ids.iter().position(|x| *x == "C1-05").unwrap();
        let c208 = ids.iter().position(|x| *x == "C2-08").unwrap();
        let c304 = ids.iter().position(|x| *x == "C3-04").unwrap();
        assert!(c105 < c208 && c208 < c304, "{ids:?}");
        assert!(quick(&ds, "nope", false, Lang::En).is_err());
    }
}
