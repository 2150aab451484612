//! `--help` in the language of the run. The English help is clap's, from the
//! doc comments of the argument types; in Italian and Japanese every
//! command's about, every argument's help, clap's own flags (`--help`,
//! `--version`, the `help` command) and its headings ("Usage", "Commands",
//! "Arguments", "Options", "[default: …]", "[possible values: …]") come from
//! the catalogue (`locales/*/cli.ftl`).
//!
//! Ids: `cli-help` (the program), `cli-help-<command path>` (`cli-help-brief-new`);
//! an argument's, with two hyphens as on the command line, the first of
//! `cli-help-<command path>--<argument>` (`cli-help-brief-add--section`:
//! this command's), `cli-help-<group>--<argument>` (a field of an argument
//! struct several commands flatten in: `cli-help-cover--title`,
//! `cli-help-filter-args--sector`), `cli-help-<parent command>--<argument>`
//! (`cli-help-brief--id`, every brief command's) and `cli-help--<argument>`
//! (the global options, `--json`) that the catalogue has; a `.long` attribute where the
//! English has a long form, an attribute per value with help of its own
//! (`cli-help-export--format.pdf`); `cli-help-builtin-…` for clap's. A test
//! walks the whole tree: every text is in every language, the English one
//! is the doc comment's, and no `cli-help-` id is left over.

use briefdesk_core::i18n::{self, msg, tr, Arg as A, Lang};
use clap::builder::PossibleValue;
use clap::{Arg, ArgAction, Command};

/// The command tree with its help in `lang` (as it is for English).
pub fn localized(cmd: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return cmd;
    }
    let mut cmd = cmd;
    // Built, so that clap's own flags and `help` command exist and the
    // global options are in every subcommand, to be translated there too.
    cmd.build();
    localize(cmd, lang, &[])
}

/// clap's `help` command's about (clap 4), which marks it.
const HELP_COMMAND: &str = "Print this message or the help of the given subcommand(s)";

/// Whether `cmd` is clap's own `help` command.
pub(crate) fn is_help_command(cmd: &Command) -> bool {
    cmd.get_name() == "help"
        && cmd
            .get_about()
            .is_some_and(|a| a.to_string() == HELP_COMMAND)
}

/// The path of a subcommand's ids: the names from the top, leaving out
/// clap's `help` (its copies of the commands read as the commands).
pub(crate) fn child_path(path: &[String], child: &Command) -> Vec<String> {
    let mut p = path.to_vec();
    if !is_help_command(child) {
        p.push(child.get_name().to_owned());
    }
    p
}

fn command_id(path: &[String]) -> String {
    if path.is_empty() {
        "cli-help".to_owned()
    } else {
        format!("cli-help-{}", path.join("-"))
    }
}

/// The id of a command's about.
pub(crate) fn about_id(path: &[String], cmd: &Command) -> String {
    if is_help_command(cmd) {
        "cli-help-builtin-help-command".to_owned()
    } else {
        command_id(path)
    }
}

/// An argument's name in ids: its long name, else its id, in kebab case.
fn arg_name(arg: &Arg) -> String {
    arg.get_long()
        .map_or_else(|| arg.get_id().as_str().to_owned(), str::to_owned)
        .replace('_', "-")
}

/// "FilterArgs" → "filter-args".
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.extend(c.to_lowercase());
    }
    out.replace('_', "-")
}

/// The ids an argument's help may be read from, in order: clap's own; or
/// the command's, its argument group's (the struct it comes from), its
/// parent commands', the program's.
pub(crate) fn arg_ids(path: &[String], cmd: &Command, arg: &Arg) -> Vec<String> {
    match arg.get_action() {
        // "Print help (see more with '--help')" where a long help exists.
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
            if arg.get_long_help().is_some() {
                vec!["cli-help-builtin-help-more".to_owned()]
            } else {
                vec!["cli-help-builtin-help".to_owned()]
            }
        }
        ArgAction::Version => vec!["cli-help-builtin-version".to_owned()],
        _ => {
            let name = arg_name(arg);
            let mut ids = vec![format!("{}--{name}", command_id(path))];
            // (clap's derive makes a group of a command's own fields too,
            // named after it or, at the top, after the parser: not a
            // shared struct.)
            for g in cmd.get_groups().filter(|_| !path.is_empty()) {
                let group = kebab(g.get_id().as_str());
                if group != cmd.get_name() && g.get_args().any(|a| a == arg.get_id()) {
                    ids.push(format!("cli-help-{group}--{name}"));
                }
            }
            // Then the parent commands' (`cli-help-brief--id`: every brief
            // command's), the program's last (`cli-help--json`).
            for n in (0..path.len()).rev() {
                ids.push(format!("{}--{name}", command_id(&path[..n])));
            }
            ids
        }
    }
}

/// The first of `ids` the catalogue has in `lang`.
pub(crate) fn found(lang: Lang, ids: &[String]) -> Option<String> {
    ids.iter()
        .find(|id| i18n::lookup(lang, id).is_some())
        .cloned()
}

/// The possible values clap would list for `arg`.
pub(crate) fn shown_values(arg: &Arg) -> Vec<PossibleValue> {
    if !arg.get_action().takes_values() || arg.is_hide_possible_values_set() {
        return Vec::new();
    }
    arg.get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect()
}

fn text(lang: Lang, id: &str) -> String {
    i18n::lookup(lang, id).unwrap_or_else(|| msg(lang, id))
}

/// The width clap lays the help out in: the terminal's, else `$COLUMNS`,
/// else 100 (as clap finds it).
fn help_width() -> usize {
    terminal_size::terminal_size()
        .map(|(w, _)| usize::from(w.0))
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
        .unwrap_or(100)
}

/// clap breaks lines at spaces only, so a language written without spaces
/// between words (Japanese) is broken into lines here, for help laid out
/// on the line after each option, indented by 10 columns (clap's
/// `next_line_help`): the width its text may take.
fn own_line_breaks(lang: Lang) -> Option<usize> {
    (lang == Lang::Ja).then(|| help_width().saturating_sub(10))
}

fn fit(text: String, width: Option<usize>) -> String {
    match width {
        Some(w) => crate::term::wrap_wide(&text, w),
        None => text,
    }
}

fn localize(mut cmd: Command, lang: Lang, path: &[String]) -> Command {
    let width = own_line_breaks(lang);
    if let Some(w) = width {
        cmd = cmd.term_width(w + 10).next_line_help(true);
    }
    let about = about_id(path, &cmd);
    if cmd.get_about().is_some() {
        cmd = cmd.about(fit(text(lang, &about), width));
    }
    if cmd.get_long_about().is_some() {
        let long = i18n::attribute(lang, &about, "long").unwrap_or_else(|| text(lang, &about));
        cmd = cmd.long_about(fit(long, width));
    }
    let usage = cmd.get_styles().get_usage();
    // clap's template with "Usage" translated (and, as clap writes every
    // heading, a colon after it).
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        msg(lang, "cli-help-usage"),
        usage.render_reset()
    );
    cmd = cmd
        .help_template(template)
        .subcommand_help_heading(msg(lang, "cli-help-commands"));

    let arguments = msg(lang, "cli-help-arguments");
    let options = msg(lang, "cli-help-options");
    let args: Vec<(String, Vec<String>, bool)> = cmd
        .get_arguments()
        .map(|a| {
            (
                a.get_id().as_str().to_owned(),
                arg_ids(path, &cmd, a),
                a.is_positional(),
            )
        })
        .collect();
    for (id, ids, positional) in args {
        let key = found(lang, &ids).unwrap_or_else(|| ids[0].clone());
        let heading = if positional { &arguments } else { &options };
        cmd = cmd.mut_arg(id, |a| localize_arg(a, lang, &key, heading));
    }

    let children: Vec<(String, Vec<String>)> = cmd
        .get_subcommands()
        .map(|c| (c.get_name().to_owned(), child_path(path, c)))
        .collect();
    for (name, child) in children {
        cmd = cmd.mut_subcommand(name, |c| localize(c, lang, &child));
    }
    cmd
}

fn localize_arg(a: Arg, lang: Lang, id: &str, heading: &str) -> Arg {
    let mut help = text(lang, id);
    let mut long = a
        .get_long_help()
        .map(|_| i18n::attribute(lang, id, "long").unwrap_or_else(|| help.clone()));
    // clap's "[default: …]" and "[possible values: …]", in words of the catalogue.
    let mut specs = Vec::new();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if a.get_action().takes_values() && !a.is_hide_default_value_set() && !defaults.is_empty() {
        let value = defaults.join(" ");
        specs.push(tr(lang, "cli-help-default", &[("value", A::Str(&value))]));
    }
    let values = shown_values(&a);
    let mut listed = None;
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        let names = names.join(", ");
        let inline = tr(
            lang,
            "cli-help-possible-values",
            &[("values", A::Str(&names))],
        );
        if values.iter().any(|v| v.get_help().is_some()) {
            // As clap does: in the long form, a list with each value's own
            // help; in the short one, the names.
            listed = Some(inline);
            let mut list = msg(lang, "cli-help-possible-values-head");
            for v in &values {
                list.push_str("\n- ");
                list.push_str(v.get_name());
                if v.get_help().is_some() {
                    list.push_str(&i18n::label_head(lang, ""));
                    let help = i18n::attribute(lang, id, v.get_name()).unwrap_or_else(|| {
                        v.get_help().map(ToString::to_string).unwrap_or_default()
                    });
                    list.push_str(&help);
                }
            }
            let base = long.take().unwrap_or_else(|| help.clone());
            long = Some(format!("{base}\n\n{list}"));
        } else {
            specs.push(inline);
        }
    }
    if !specs.is_empty() {
        let specs = specs.join(" ");
        if let Some(l) = long.as_mut() {
            l.push_str("\n\n");
            l.push_str(&specs);
        }
        help = format!("{help} {specs}");
    }
    if let Some(names) = listed {
        help = format!("{help} {names}");
    }
    let width = own_line_breaks(lang);
    let a = a
        .help(fit(help, width))
        .help_heading(heading.to_owned())
        .hide_default_value(true)
        .hide_possible_values(true);
    match long {
        Some(l) => a.long_help(fit(l, width)),
        None => a,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::CommandFactory;

    use super::*;

    /// One help text of the tree as clap has it in English.
    struct Entry {
        /// The ids it may be read from, in order.
        ids: Vec<String>,
        /// A command's about (else an argument's help).
        command: bool,
        help: Option<String>,
        long: Option<String>,
        /// Possible values with help of their own: (name, help).
        values: Vec<(String, String)>,
    }

    fn entries() -> Vec<Entry> {
        fn walk(cmd: &Command, path: &[String], out: &mut Vec<Entry>) {
            out.push(Entry {
                ids: vec![about_id(path, cmd)],
                command: true,
                help: cmd.get_about().map(ToString::to_string),
                long: cmd.get_long_about().map(ToString::to_string),
                values: Vec::new(),
            });
            for a in cmd.get_arguments() {
                out.push(Entry {
                    ids: arg_ids(path, cmd, a),
                    command: false,
                    help: a.get_help().map(ToString::to_string),
                    long: a.get_long_help().map(ToString::to_string),
                    values: shown_values(a)
                        .iter()
                        .filter_map(|v| Some((v.get_name().to_owned(), v.get_help()?.to_string())))
                        .collect(),
                });
            }
            for c in cmd.get_subcommands() {
                walk(c, &child_path(path, c), out);
            }
        }
        let mut cmd = crate::Cli::command();
        cmd.build();
        let mut out = Vec::new();
        walk(&cmd, &[], &mut out);
        out
    }

    const EN: &str = include_str!("../../../locales/en/cli.ftl");

    /// Ids of the help's headings (read by name, not found by the walk).
    const HEADINGS: [&str; 7] = [
        "cli-help-usage",
        "cli-help-commands",
        "cli-help-arguments",
        "cli-help-options",
        "cli-help-default",
        "cli-help-possible-values",
        "cli-help-possible-values-head",
    ];

    /// Every command and argument has its help in the catalogue, in every
    /// language, the English one as the doc comment says it (and clap's own
    /// flags and command as clap says them); no `cli-help-` id is left
    /// over, and no id is both a command's and an argument's.
    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        let mut problems = Vec::new();
        let (mut used, mut commands, mut args) =
            (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for e in entries() {
            let Some(english) = &e.help else {
                problems.push(format!("{}: no help in English (a doc comment)", e.ids[0]));
                continue;
            };
            let Some(id) = found(Lang::En, &e.ids) else {
                problems.push(format!(
                    "{} = {english}  (missing; or {})",
                    e.ids[0],
                    e.ids[1..].join(", ")
                ));
                continue;
            };
            used.insert(id.clone());
            if e.command { &mut commands } else { &mut args }.insert(id.clone());
            for lang in Lang::ALL {
                if found(lang, &e.ids).as_ref() != Some(&id) {
                    problems.push(format!("{id}: not the id read in {lang}"));
                }
                let text = i18n::lookup(lang, &id).unwrap_or_default();
                if lang == Lang::En && &text != english {
                    problems.push(format!(
                        "{id}: the catalogue says “{text}”, the doc comment “{english}”"
                    ));
                }
                let mut attributes: Vec<(&str, &String)> =
                    e.values.iter().map(|(n, h)| (n.as_str(), h)).collect();
                if let Some(l) = &e.long {
                    attributes.push(("long", l));
                }
                for (name, english) in attributes {
                    match i18n::attribute(lang, &id, name) {
                        None => {
                            problems.push(format!("{id}.{name} = {english}  (missing in {lang})"))
                        }
                        Some(text) if lang == Lang::En && &text != english => {
                            problems.push(format!(
                            "{id}.{name}: the catalogue says “{text}”, the doc comment “{english}”"
                        ))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        for id in commands.intersection(&args) {
            problems.push(format!("{id}: both a command's and an argument's"));
        }
        let defined: BTreeSet<String> = EN
            .lines()
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id.trim().to_owned())
            .filter(|id| id.starts_with("cli-help") && !HEADINGS.contains(&id.as_str()))
            .collect();
        for id in defined.difference(&used) {
            problems.push(format!(
                "{id}: in the catalogue, but no command or argument reads it"
            ));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn clap_builtin_texts_are_the_ones_the_catalogue_translates() {
        let mut cmd = crate::Cli::command();
        cmd.build();
        let help = cmd.find_subcommand("help").unwrap();
        assert!(is_help_command(help));
        let en = |id: &str| i18n::lookup(Lang::En, id).unwrap();
        assert_eq!(en("cli-help-builtin-help-command"), HELP_COMMAND);
        let flag = cmd.get_arguments().find(|a| a.get_id() == "help").unwrap();
        assert_eq!(
            flag.get_help().unwrap().to_string(),
            en("cli-help-builtin-help-more")
        );
        let sectors = cmd.find_subcommand("sectors").unwrap();
        let flag = sectors
            .get_arguments()
            .find(|a| a.get_id() == "help")
            .unwrap();
        assert_eq!(
            flag.get_help().unwrap().to_string(),
            en("cli-help-builtin-help")
        );
    }

    #[test]
    fn argument_structs_read_as_ids() {
        assert_eq!(kebab("FilterArgs"), "filter-args");
        assert_eq!(kebab("Cover"), "cover");
    }
}
