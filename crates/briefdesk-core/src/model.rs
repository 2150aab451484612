//! The partnership record as typed data: the shapes of the files in `data/`.
//!
//! These types are the single source of truth for the dataset format: serde
//! reads and writes them, and `schemars` derives the JSON Schema that the
//! structural check uses and that is committed under `data/schema/`.
//! Cross-references are plain ids here; `dataset::validate` checks them.

use schemars::JsonSchema;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The dataset format version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// An identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit.
pub type Id = String;

/// `manifest.json`: what this dataset is and which format it uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Format version; a build refuses a dataset newer than [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Version of the content, e.g. `2026.11.1`.
    pub dataset_version: String,
    /// The day the statuses in the dataset describe (YYYY-MM-DD).
    pub as_of: String,
    pub title: String,
    /// Where the content comes from and how it was compiled.
    pub provenance: String,
}

/// `partnership.json`: the partnership itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partnership {
    pub id: Id,
    pub name: String,
    /// Launch date (YYYY-MM-DD); must equal the launch meeting's date.
    pub launched: String,
    /// Id of the meeting at which it was launched.
    pub launch_meeting: Id,
    pub summary: String,
    pub sources: Vec<Id>,
}

/// One entry of `sectors.json`. The file's order is the display order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub id: Id,
    /// The name in English, the record's language.
    pub name: String,
    /// The name in the app's other languages, by language code (`it`,
    /// `ja`): a sector's name belongs to the record, so a release can add a
    /// sector with its names; the UI's words are in `locales/`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
    pub description: String,
}

/// What kind of actor an entry of `actors.json` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    Person,
    Institution,
    /// A consortium, forum, or a group such as "Council co-chairs".
    Group,
    /// A party as a whole: "EU", "Japan".
    Party,
}

/// Which side of the partnership an actor belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Eu,
    Japan,
    Joint,
    Other,
}

/// One entry of `actors.json`: a person, institution, group or party.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: Id,
    /// Display name in Latin script. Japanese persons: family name first ("Kono Taro").
    pub name: String,
    /// Name in its own script, e.g. 河野太郎.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native_name: Option<String>,
    /// Short form, e.g. "METI".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    pub kind: ActorKind,
    pub side: Side,
    /// Institution a person or body belongs to (an actor id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// An actor as named in a meeting or a record, with the role it had there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct ActorRef {
    pub actor: Id,
    /// Role at that time, e.g. "Minister for Digital Transformation".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How well a fact is supported by the sources (the research labels).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "kebab-case")]
pub enum Verification {
    /// Found in at least one source other than the seed texts.
    Confirmed,
    /// Part confirmed; part rests on one weak source or a truncated text.
    Partial,
    /// Only in a seed text; not to be presented as verified.
    SeedOnly,
    /// Only automated aggregators or third-party datasets.
    Unverified,
}

/// What a meeting is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingKind {
    Summit,
    Council,
}

/// Whether a meeting has taken place, as far as the sources show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingStatus {
    Held,
    /// Announced for a future date.
    Planned,
    /// Reported as held, but not confirmed by a primary source.
    Reported,
}

/// One entry of `meetings.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: Id,
    pub kind: MeetingKind,
    /// Council number (1, 2, …) or summit number (28 for the launch summit).
    pub number: u32,
    pub title: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub place: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    pub status: MeetingStatus,
    pub participants: Vec<ActorRef>,
    pub summary: String,
    pub sources: Vec<Id>,
    pub verification: Verification,
    /// What is and is not verified about the meeting itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_note: Option<String>,
}

/// What a commitment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum CommitmentKind {
    AgreementSigned,
    Initiative,
    ResearchCall,
    Dialogue,
    WorkingGroup,
    Statement,
    NextStep,
}

/// Where a commitment stands as of the dataset's `as_of` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum CommitmentStatus {
    /// Signed, launched, held or otherwise done.
    Delivered,
    /// Under way: later meetings or reports show the work continuing.
    InProgress,
    /// Intent stated; nothing later in the dataset shows what became of it.
    Announced,
    /// A step scheduled for the future.
    Planned,
    /// A statement of position or fact; nothing to deliver.
    Recorded,
}

/// How one record relates to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// Lineage: continues or implements an earlier (or same-day) record.
    BuildsOn,
    /// Related evidence or context, in either direction of time.
    SeeAlso,
}

/// A link from one record to another commitment or context item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Related {
    pub id: Id,
    pub relation: Relation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One entry of `commitments.json`: something a meeting agreed, launched,
/// stated or scheduled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// Stable id (the research id, e.g. `C2-08`).
    pub id: Id,
    pub meeting: Id,
    /// YYYY-MM-DD, only when it differs from the meeting's date
    /// (e.g. an agreement signed the day after a council).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// At least one sector id; the first is the main sector.
    pub sectors: Vec<Id>,
    pub kind: CommitmentKind,
    pub title: String,
    pub summary: String,
    pub actors: Vec<ActorRef>,
    pub status: CommitmentStatus,
    pub verification: Verification,
    pub verification_note: String,
    /// At least one source id; the first is the main source.
    pub sources: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
}

/// One entry of `context.json`: a related fact that is not a meeting outcome
/// (a summit, a dialogue, an industry agreement) but helps read the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContextItem {
    pub id: Id,
    /// YYYY-MM-DD.
    pub date: String,
    pub sectors: Vec<Id>,
    pub kind: CommitmentKind,
    pub title: String,
    pub summary: String,
    pub actors: Vec<ActorRef>,
    pub verification: Verification,
    pub verification_note: String,
    pub sources: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
}

/// One entry of `sources.json`: a document the record cites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Id,
    pub title: String,
    pub publisher: String,
    /// YYYY, YYYY-MM or YYYY-MM-DD; absent when the source is undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// http(s) URL; may be absent only for a seed text (`seed` set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// BCP 47 language tag of the text: `en`, `ja`, `it`, `de`, …
    pub language: String,
    /// For the seed texts supplied with the research: the seed file name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
    /// Reliability or identification remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The user's own view of where a commitment stands (workspace annotations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum UserStatus {
    OnTrack,
    AtRisk,
    Delayed,
    Delivered,
    NotPursued,
    Unknown,
}

/// One side of a conflict between sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The value this side gives, as text ("2025-05-14", "EUR 4 million").
    pub value: String,
    pub sources: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The value the dataset uses, when the research settled on one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub preferred: bool,
}

/// One entry of `conflicts.json`: sources that disagree, kept as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub id: Id,
    /// Ids of the meetings, commitments or context items concerned.
    pub about: Vec<Id>,
    /// What is disputed, e.g. "date of signature".
    pub field: String,
    pub summary: String,
    /// At least two claims; at most one preferred.
    pub claims: Vec<Claim>,
    /// Why one claim is preferred, or why none is.
    pub assessment: String,
}

/// A closed set of keywords (the kebab-case names serde uses) with labels
/// for people.
pub trait Keyword: Sized + Copy + Eq + 'static {
    /// Every value, in display order.
    const ALL: &'static [Self];
    /// The keyword as it appears in the JSON files and on the command line.
    fn keyword(self) -> &'static str;
    /// A label for people: "In progress".
    fn label(self) -> &'static str;
    /// The value whose keyword is `s`.
    fn from_keyword(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.keyword() == s)
    }
}

macro_rules! keywords {
    ($($ty:ident { $($variant:ident => $kw:literal, $label:literal;)* })*) => {$(
        impl Keyword for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),*];
            fn keyword(self) -> &'static str {
                match self { $($ty::$variant => $kw),* }
            }
            fn label(self) -> &'static str {
                match self { $($ty::$variant => $label),* }
            }
        }
    )*};
}

keywords! {
    ActorKind {
        Person => "person", "Person";
        Institution => "institution", "Institution";
        Group => "group", "Group";
        Party => "party", "Party";
    }
    Side {
        Eu => "eu", "EU";
        Japan => "japan", "Japan";
        Joint => "joint", "Joint";
        Other => "other", "Other";
    }
    Verification {
        Confirmed => "confirmed", "Confirmed";
        Partial => "partial", "Partly confirmed";
        SeedOnly => "seed-only", "Seed text only";
        Unverified => "unverified", "Unverified";
    }
    MeetingKind {
        Summit => "summit", "Summit";
        Council => "council", "Council";
    }
    MeetingStatus {
        Held => "held", "Held";
        Planned => "planned", "Planned";
        Reported => "reported", "Reported, unconfirmed";
    }
    CommitmentKind {
        AgreementSigned => "agreement-signed", "Agreement signed";
        Initiative => "initiative", "Initiative";
        ResearchCall => "research-call", "Research call";
        Dialogue => "dialogue", "Dialogue";
        WorkingGroup => "working-group", "Working group";
        Statement => "statement", "Statement";
        NextStep => "next-step", "Next step";
    }
    CommitmentStatus {
        Delivered => "delivered", "Delivered";
        InProgress => "in-progress", "In progress";
        Announced => "announced", "Announced";
        Planned => "planned", "Planned";
        Recorded => "recorded", "Recorded";
    }
    UserStatus {
        OnTrack => "on-track", "On track";
        AtRisk => "at-risk", "At risk";
        Delayed => "delayed", "Delayed";
        Delivered => "delivered", "Delivered";
        NotPursued => "not-pursued", "Not pursued";
        Unknown => "unknown", "Unknown";
    }
    Relation {
        BuildsOn => "builds-on", "Builds on";
        SeeAlso => "see-also", "See also";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agrees<T: Keyword + Serialize + std::fmt::Debug>() {
        for v in T::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), v.keyword());
            assert_eq!(T::from_keyword(v.keyword()), Some(*v));
        }
    }

    #[test]
    fn keywords_match_serde_names() {
        agrees::<ActorKind>();
        agrees::<Side>();
        agrees::<Verification>();
        agrees::<MeetingKind>();
        agrees::<MeetingStatus>();
        agrees::<CommitmentKind>();
        agrees::<CommitmentStatus>();
        agrees::<Relation>();
        agrees::<UserStatus>();
    }
}
