//! The words of the exports and the CLI in English, Italian and Japanese,
//! from the catalogue the UI reads too (`locales/{en,it,ja}/*.ftl` at the
//! top of the repository, Project Fluent, compiled in). Placeholders are not
//! wrapped in isolation marks; years, days and ids go in as strings, counts
//! for plurals as numbers, so that the Rust and the JS runtime give the same
//! text (`locales/fixtures.json` is checked by both).

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// A language of the app and its exports.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    TS,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    It,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::It, Lang::Ja];

    /// `en`, `it`, `ja`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
            Lang::Ja => "ja",
        }
    }

    /// The locale dates, numbers and a PDF's /Lang follow: `en-GB`, `it-IT`, `ja-JP`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::It => "it-IT",
            Lang::Ja => "ja-JP",
        }
    }

    /// `BRIEFDESK_LANG` when it names one of the languages, else English.
    pub fn from_env() -> Lang {
        std::env::var("BRIEFDESK_LANG")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    /// `en`, `it`, `ja`, or a tag of one of them (`it-IT`, `ja_JP.UTF-8`).
    fn from_str(s: &str) -> Result<Lang, String> {
        let base = s
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "en" => Ok(Lang::En),
            "it" => Ok(Lang::It),
            "ja" => Ok(Lang::Ja),
            _ => Err(format!(
                "`{s}` is not a language of Briefdesk: use en, it or ja"
            )),
        }
    }
}

/// The catalogue's files, by language (the same files the UI imports).
const FILES: [(Lang, &str, &str); 9] = [
    (
        Lang::En,
        "record.ftl",
        include_str!("../../../locales/en/record.ftl"),
    ),
    (
        Lang::En,
        "export.ftl",
        include_str!("../../../locales/en/export.ftl"),
    ),
    (
        Lang::En,
        "cli.ftl",
        include_str!("../../../locales/en/cli.ftl"),
    ),
    (
        Lang::It,
        "record.ftl",
        include_str!("../../../locales/it/record.ftl"),
    ),
    (
        Lang::It,
        "export.ftl",
        include_str!("../../../locales/it/export.ftl"),
    ),
    (
        Lang::It,
        "cli.ftl",
        include_str!("../../../locales/it/cli.ftl"),
    ),
    (
        Lang::Ja,
        "record.ftl",
        include_str!("../../../locales/ja/record.ftl"),
    ),
    (
        Lang::Ja,
        "export.ftl",
        include_str!("../../../locales/ja/export.ftl"),
    ),
    (
        Lang::Ja,
        "cli.ftl",
        include_str!("../../../locales/ja/cli.ftl"),
    ),
];

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[i].get_or_init(|| {
        let id: LanguageIdentifier = lang.locale().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        b.set_use_isolating(false);
        for (l, name, text) in FILES {
            if l != lang {
                continue;
            }
            let res = FluentResource::try_new(text.to_owned())
                .unwrap_or_else(|(_, e)| panic!("locales/{}/{name}: {e:?}", l.code()));
            b.add_resource(res)
                .unwrap_or_else(|e| panic!("locales/{}/{name}: {e:?}", l.code()));
        }
        b
    })
}

/// An argument of a message: a string (printed as is) or a number (for plurals).
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

/// The message `id` in `lang` (English when the language lacks it; the id
/// itself when none has it, which a test of the catalogue rules out).
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fluent.set(*k, FluentValue::from(*s)),
            Arg::Num(n) => fluent.set(*k, FluentValue::from(*n)),
        }
    }
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let out = b.format_pattern(pattern, Some(&fluent), &mut errors);
            debug_assert!(errors.is_empty(), "{id} ({l}): {errors:?}");
            return out.into_owned();
        }
    }
    id.to_owned()
}

/// `tr` with no arguments.
pub fn msg(lang: Lang, id: &str) -> String {
    tr(lang, id, &[])
}

/// The message `id` in `lang` alone (no English fallback), when it has one:
/// for text looked up by a computed id (the CLI's help), where the caller
/// decides what a missing one means.
pub fn lookup(lang: Lang, id: &str) -> Option<String> {
    let b = bundle(lang);
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, None, &mut errors);
    debug_assert!(errors.is_empty(), "{id} ({lang}): {errors:?}");
    Some(out.into_owned())
}

/// The attribute `name` of message `id` in `lang` alone (`id.long`), when it has one.
pub fn attribute(lang: Lang, id: &str, name: &str) -> Option<String> {
    let b = bundle(lang);
    let pattern = b.get_message(id)?.get_attribute(name)?.value();
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, None, &mut errors);
    debug_assert!(errors.is_empty(), "{id}.{name} ({lang}): {errors:?}");
    Some(out.into_owned())
}

/// A count with its noun: `count(lang, "count-commitments", 3)` → "3 commitments".
pub fn count(lang: Lang, id: &str, n: u64) -> String {
    let number = group(lang, n);
    tr(
        lang,
        id,
        &[("count", Arg::Num(n as f64)), ("number", Arg::Str(&number))],
    )
}

/// `n` with the language's digit grouping: 10,000 / 10.000 / 10,000.
pub fn group(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    if digits.len() <= 4 && lang == Lang::It {
        // Italian groups from five digits (CLDR minimumGroupingDigits 2).
        return digits;
    }
    let sep = if lang == Lang::It { '.' } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// 2 → "2nd" / "2°" / "第2回".
pub fn ordinal(lang: Lang, n: u32) -> String {
    // CLDR's rules are by language ("en", not "en-GB").
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let category = PluralRules::create(id, PluralRuleType::ORDINAL)
        .ok()
        .and_then(|r| r.select(n).ok())
        .unwrap_or(PluralCategory::OTHER);
    let category = match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    };
    let number = n.to_string();
    tr(
        lang,
        "ordinal",
        &[
            ("category", Arg::Str(category)),
            ("number", Arg::Str(&number)),
        ],
    )
}

/// A day as the language writes it: "12 May 2025", "12 maggio 2025", "2025年5月12日".
pub fn date(lang: Lang, d: NaiveDate) -> String {
    let (year, day) = (d.year().to_string(), d.day().to_string());
    tr(
        lang,
        "date-day",
        &[
            ("year", Arg::Str(&year)),
            ("month", Arg::Num(d.month() as f64)),
            ("day", Arg::Str(&day)),
        ],
    )
}

/// A moment of the workspace (RFC 3339, as revisions record it) in local
/// time, as the app shows it: "12 May 2025, 14:03", "2025年5月12日 14:03";
/// anything else as given.
pub fn date_time(lang: Lang, rfc3339: &str) -> String {
    date_time_in(lang, rfc3339, &chrono::Local)
}

/// [`date_time`] in the time zone `tz`.
pub fn date_time_in<Tz: chrono::TimeZone>(lang: Lang, rfc3339: &str, tz: &Tz) -> String
where
    Tz::Offset: fmt::Display,
{
    let Ok(t) = chrono::DateTime::parse_from_rfc3339(rfc3339) else {
        return rfc3339.to_owned();
    };
    let t = t.with_timezone(tz);
    let day = date(lang, t.date_naive());
    let time = t.format("%H:%M").to_string();
    tr(
        lang,
        "date-time",
        &[("date", Arg::Str(&day)), ("time", Arg::Str(&time))],
    )
}

/// A record date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as the language writes
/// it; anything else as given.
pub fn record_date(lang: Lang, s: &str) -> String {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => match NaiveDate::from_ymd_opt(
            y.parse().unwrap_or(0),
            num(m).unwrap_or(0),
            num(d).unwrap_or(0),
        ) {
            Some(date) => self::date(lang, date),
            None => s.to_owned(),
        },
        [y, m] if y.len() == 4 && num(m).is_some_and(|m| (1..=12).contains(&m)) => tr(
            lang,
            "date-month",
            &[
                ("year", Arg::Str(y)),
                ("month", Arg::Num(num(m).unwrap_or(1) as f64)),
            ],
        ),
        [y] if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => {
            tr(lang, "date-year", &[("year", Arg::Str(y))])
        }
        _ => s.to_owned(),
    }
}

/// The record's labels in `lang`: a commitment status, a verification level,
/// a kind, the user's status (by their keywords: `status-in-progress`, …).
pub fn label<K: crate::model::Keyword>(lang: Lang, prefix: &str, k: K) -> String {
    msg(lang, &format!("{prefix}-{}", k.keyword()))
}

/// A sector's name in `lang` (the record's English name when it has no other).
pub fn sector_name(lang: Lang, s: &crate::model::Sector) -> String {
    s.names
        .get(lang.code())
        .cloned()
        .unwrap_or_else(|| s.name.clone())
}

/// A meeting's title in `lang`: the record's own in English, made from its
/// fixed parts in the other languages ("3° Consiglio del partenariato
/// digitale UE-Giappone", "第3回日EUデジタルパートナーシップ協議会").
pub fn meeting_title(lang: Lang, m: &crate::model::Meeting) -> String {
    if lang == Lang::En {
        return m.title.clone();
    }
    let kind = crate::model::Keyword::keyword(m.kind);
    let ord = ordinal(lang, m.number);
    let number = m.number.to_string();
    tr(
        lang,
        "meeting-title",
        &[
            ("kind", Arg::Str(kind)),
            ("ordinal", Arg::Str(&ord)),
            ("number", Arg::Str(&number)),
        ],
    )
}

/// "a", "a and b", "a, b and c".
pub fn list(lang: Lang, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => {
            let head = head.join(&msg(lang, "list-separator"));
            tr(
                lang,
                "list-and",
                &[("head", Arg::Str(&head)), ("last", Arg::Str(last))],
            )
        }
    }
}

/// Items one after another: "a, b, c" ("a、b、c").
pub fn join<S: AsRef<str>>(lang: Lang, parts: &[S]) -> String {
    joined(parts, &msg(lang, "list-separator"))
}

/// Items that hold commas themselves: "a, x; b; c" ("a、x；b；c").
pub fn join_strong<S: AsRef<str>>(lang: Lang, parts: &[S]) -> String {
    joined(parts, &msg(lang, "list-strong-separator"))
}

fn joined<S: AsRef<str>>(parts: &[S], separator: &str) -> String {
    let parts: Vec<&str> = parts.iter().map(AsRef::as_ref).collect();
    parts.join(separator)
}

/// A label before its value: "Author: " ("作成者：").
pub fn label_head(lang: Lang, label: &str) -> String {
    tr(lang, "label-head", &[("label", Arg::Str(label))])
}

/// An aside in brackets: "(your status: concerned)" ("（あなたの評価：懸念あり）").
pub fn aside(lang: Lang, text: &str) -> String {
    tr(lang, "aside", &[("text", Arg::Str(text))])
}

/// A label's value as a sentence: "Jane, DG CNECT." ("…。").
pub fn sentence(lang: Lang, text: &str) -> String {
    tr(lang, "sentence", &[("text", Arg::Str(text))])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table the UI's runtime checks too: both must give these strings exactly.
    #[test]
    fn the_shared_table_of_formatted_strings_comes_out_exactly() {
        let table: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../locales/fixtures.json")).unwrap();
        assert!(table.len() > 10);
        for row in table {
            let lang: Lang = row["lang"].as_str().unwrap().parse().unwrap();
            let id = row["id"].as_str().unwrap();
            let strings: Vec<(String, String)> = row["args"]
                .as_object()
                .unwrap()
                .iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_owned())))
                .collect();
            let mut args: Vec<(&str, Arg<'_>)> = strings
                .iter()
                .map(|(k, v)| (k.as_str(), Arg::Str(v)))
                .collect();
            for (k, v) in row["args"].as_object().unwrap() {
                if let Some(n) = v.as_f64() {
                    args.push((k.as_str(), Arg::Num(n)));
                }
            }
            assert_eq!(
                tr(lang, id, &args),
                row["expected"].as_str().unwrap(),
                "{row}"
            );
        }
    }

    #[test]
    fn dates_ordinals_counts_and_lists_in_every_language() {
        let d = NaiveDate::from_ymd_opt(2025, 5, 12).unwrap();
        assert_eq!(date(Lang::En, d), "12 May 2025");
        assert_eq!(date(Lang::It, d), "12 maggio 2025");
        assert_eq!(date(Lang::Ja, d), "2025年5月12日");
        assert_eq!(record_date(Lang::It, "2024-05"), "maggio 2024");
        assert_eq!(record_date(Lang::Ja, "2024"), "2024年");
        assert_eq!(record_date(Lang::En, "soon"), "soon");
        let tokyo = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
        let t = "2025-05-12T23:03:00.123Z";
        assert_eq!(date_time_in(Lang::En, t, &tokyo), "13 May 2025, 08:03");
        assert_eq!(
            date_time_in(Lang::It, t, &tokyo),
            "13 maggio 2025, ore 08:03"
        );
        assert_eq!(date_time_in(Lang::Ja, t, &tokyo), "2025年5月13日 08:03");
        assert_eq!(date_time(Lang::Ja, "yesterday"), "yesterday");
        assert_eq!(
            lookup(Lang::Ja, "status-delivered").as_deref(),
            Some("実現")
        );
        assert_eq!(lookup(Lang::Ja, "no-such-message"), None);
        let ords: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 28]
            .into_iter()
            .map(|n| ordinal(Lang::En, n))
            .collect();
        assert_eq!(
            ords,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "28th"]
        );
        assert_eq!(ordinal(Lang::Ja, 3), "第3回");
        assert_eq!(ordinal(Lang::It, 3), "3°");
        assert_eq!(count(Lang::En, "count-commitments", 1), "1 commitment");
        assert_eq!(
            count(Lang::En, "count-commitments", 10_000),
            "10,000 commitments"
        );
        assert_eq!(
            count(Lang::It, "count-commitments", 10_000),
            "10.000 impegni"
        );
        assert_eq!(count(Lang::It, "count-commitments", 1_000), "1000 impegni");
        assert_eq!(
            count(Lang::Ja, "count-commitments", 64),
            "64件のコミットメント"
        );
        let parts = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(list(Lang::En, &parts), "a, b and c");
        assert_eq!(list(Lang::It, &parts), "a, b e c");
        assert_eq!(list(Lang::Ja, &parts), "a、b、c");
        assert_eq!("ja_JP.UTF-8".parse::<Lang>(), Ok(Lang::Ja));
        assert!("fr".parse::<Lang>().is_err());
    }
}
