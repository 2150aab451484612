//! clap's usage errors ("unexpected argument", "invalid value", …) in the
//! language of the run, from the error's context (what was wrong, what would
//! be valid, the usage line), in the catalogue's words; exit code 2 as
//! clap's. English, and the rare kinds not listed here, are clap's own.

use briefdesk_core::i18n::{self, msg, tr, Arg, Lang};
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// Print `e` for a user of `lang` and exit.
pub fn exit(e: clap::Error, lang: Lang) -> ! {
    if lang != Lang::En {
        if let Some(text) = message(&e, lang) {
            eprint!("{text}");
            std::process::exit(e.exit_code());
        }
    }
    e.exit()
}

fn string(e: &clap::Error, kind: ContextKind) -> Option<&str> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

fn quoted(lang: Lang, items: &[String]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|s| tr(lang, "cli-clap-quote", &[("text", Arg::Str(s))]))
        .collect();
    i18n::join(lang, &quoted)
}

/// The error as text, or `None` for a kind this does not know (clap then
/// prints its own).
pub fn message(e: &clap::Error, lang: Lang) -> Option<String> {
    let arg = string(e, ContextKind::InvalidArg);
    let value = string(e, ContextKind::InvalidValue);
    let mut text = match e.kind() {
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            let mut text = if value.is_empty() {
                tr(lang, "cli-clap-value-required", &[("arg", Arg::Str(arg))])
            } else {
                tr(
                    lang,
                    "cli-clap-invalid-value",
                    &[("arg", Arg::Str(arg)), ("value", Arg::Str(value))],
                )
            };
            let valid = strings(e, ContextKind::ValidValue);
            if !valid.is_empty() {
                let values = valid.join(", ");
                text.push_str("\n  ");
                text.push_str(&tr(
                    lang,
                    "cli-help-possible-values",
                    &[("values", Arg::Str(&values))],
                ));
            }
            text
        }
        ErrorKind::ValueValidation => {
            let mut text = tr(
                lang,
                "cli-clap-invalid-value",
                &[("arg", Arg::Str(arg?)), ("value", Arg::Str(value?))],
            );
            // The parser's reason ("invalid digit found in string") is the
            // standard library's, in English.
            if let Some(source) = std::error::Error::source(e) {
                text.push_str(&i18n::label_head(lang, ""));
                text.push_str(&source.to_string());
            }
            text
        }
        ErrorKind::UnknownArgument => tr(
            lang,
            "cli-clap-unknown-argument",
            &[("arg", Arg::Str(arg?))],
        ),
        ErrorKind::InvalidSubcommand => tr(
            lang,
            "cli-clap-unknown-command",
            &[(
                "command",
                Arg::Str(string(e, ContextKind::InvalidSubcommand)?),
            )],
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(e, ContextKind::InvalidArg);
            if missing.is_empty() {
                return None;
            }
            let mut text = msg(lang, "cli-clap-missing-arguments");
            for m in missing {
                text.push_str("\n  ");
                text.push_str(&m);
            }
            text
        }
        ErrorKind::MissingSubcommand => {
            let command = string(e, ContextKind::InvalidSubcommand)?;
            let mut text = tr(
                lang,
                "cli-clap-missing-command",
                &[("command", Arg::Str(command))],
            );
            let valid = strings(e, ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                let commands = valid.join(", ");
                text.push_str("\n  ");
                text.push_str(&tr(
                    lang,
                    "cli-clap-commands",
                    &[("commands", Arg::Str(&commands))],
                ));
            }
            text
        }
        ErrorKind::ArgumentConflict => {
            let arg = arg?;
            let prior = strings(e, ContextKind::PriorArg);
            if prior.iter().any(|p| p == arg) {
                tr(lang, "cli-clap-repeated", &[("arg", Arg::Str(arg))])
            } else if prior.is_empty() {
                tr(lang, "cli-clap-conflict-any", &[("arg", Arg::Str(arg))])
            } else {
                let others = quoted(lang, &prior);
                tr(
                    lang,
                    "cli-clap-conflict",
                    &[("arg", Arg::Str(arg)), ("others", Arg::Str(&others))],
                )
            }
        }
        ErrorKind::TooManyValues => tr(
            lang,
            "cli-clap-unexpected-value",
            &[("arg", Arg::Str(arg?)), ("value", Arg::Str(value?))],
        ),
        _ => return None,
    };
    text = tr(lang, "cli-error", &[("message", Arg::Str(&text))]);
    let similar = [
        (ContextKind::SuggestedSubcommand, "command"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ];
    let mut tipped = false;
    for (kind, what) in similar {
        let names = strings(e, kind);
        if names.is_empty() {
            continue;
        }
        if !tipped {
            text.push('\n');
            tipped = true;
        }
        let names_text = quoted(lang, &names);
        text.push_str("\n  ");
        text.push_str(&tr(
            lang,
            "cli-clap-similar",
            &[
                ("what", Arg::Str(what)),
                ("count", Arg::Num(names.len() as f64)),
                ("names", Arg::Str(&names_text)),
            ],
        ));
    }
    // clap's other tips ("to pass '-x' as a value, use '-- -x'") are its own
    // sentences, shown as they are.
    if let Some(ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
        if !tipped {
            text.push('\n');
        }
        for tip in tips {
            text.push_str("\n  ");
            text.push_str(&tr(
                lang,
                "cli-clap-tip",
                &[("tip", Arg::Str(&tip.to_string()))],
            ));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
        text.push_str("\n\n");
        // "Usage:" with clap's colon, as the help's headings have it.
        text.push_str(&msg(lang, "cli-help-usage"));
        text.push_str(": ");
        text.push_str(usage);
    }
    text.push_str("\n\n");
    text.push_str(&msg(lang, "cli-clap-more"));
    text.push('\n');
    Some(text)
}
