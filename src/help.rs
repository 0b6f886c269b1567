//! The command line's help in the reader's language: every line of `--help` (what a command and
//! an option does, placeholders, headings, defaults) comes from the catalogue (`i18n::help`).

use crate::contract::Lang;
use crate::i18n::{self, Catalogue};
use clap::{Arg, Command};

/// `command` with every text of its help and of its subcommands' in `lang`: the command line
/// declares the options, the catalogue says what they do. Build it before parsing, so that
/// `--help` and a usage error show the same words.
pub fn in_language(mut command: Command, lang: Lang) -> Command {
    // Building adds clap's own `--help`, `--version` and `help` command, so they get words too.
    command.build();
    translated(command, lang, i18n::texts(lang))
}

/// One command and, below it, its subcommands.
fn translated(command: Command, lang: Lang, texts: &dyn Catalogue) -> Command {
    let name = command.get_name().to_string();
    let arguments: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let mut command = command.after_help(texts.command_after(&name));
    if let Some(about) = texts.command_about(&name) {
        command = command.about(about);
    }
    if let Some(placeholder) = texts.placeholder("COMMAND") {
        command = command.subcommand_value_name(placeholder);
    }
    for id in &arguments {
        command = command.mut_arg(id, |arg| argument(arg, &name, lang, texts));
    }
    for sub in &subcommands {
        command = command.mut_subcommand(sub, |c| translated(c, lang, texts));
    }
    let headings = texts.help_headings();
    // clap writes the usage line in English (`Usage: teamlint check [OPTIONS] ...`): it is
    // taken without its heading, with the catalogue's word for the options.
    let usage = command.render_usage().to_string();
    let usage = usage
        .trim_start()
        .strip_prefix("Usage:")
        .unwrap_or(&usage)
        .trim()
        .replace("[OPTIONS]", headings.options_token);
    let template = template(&command, &headings);
    command.override_usage(usage).help_template(template)
}

/// One argument: its help from the catalogue, its default and possible values in the
/// catalogue's words, its placeholder in the language.
fn argument(arg: Arg, command: &str, lang: Lang, texts: &dyn Catalogue) -> Arg {
    let id = arg.get_id().as_str();
    let mut help = if id == "format" {
        crate::report::outputs::format_help(lang)
    } else {
        texts
            .argument_help(command, id)
            .unwrap_or_default()
            .to_string()
    };
    let takes_values = arg.get_action().takes_values();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        help = format!("{help} {}", texts.default_value(&defaults.join(", ")));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !possible.is_empty() && !arg.is_hide_possible_values_set() {
        help = format!("{help} {}", texts.possible_values(&possible.join(", ")));
    }
    let names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        None => vec![id.to_uppercase()],
    };
    let names: Vec<&'static str> = names.iter().filter_map(|n| texts.placeholder(n)).collect();
    let arg = arg
        .help(help)
        .hide_default_value(true)
        .hide_possible_values(true);
    if takes_values && !names.is_empty() {
        arg.value_names(names)
    } else {
        arg
    }
}

/// The help page's layout, clap's own with the catalogue's headings: the line about the
/// command, the usage line, then its commands, arguments and options, then the text after.
fn template(command: &Command, headings: &i18n::HelpHeadings) -> String {
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}",
        headings.usage
    );
    if command.has_subcommands() {
        template += &format!("\n\n{}\n{{subcommands}}", headings.commands);
    }
    if command.get_positionals().any(|a| !a.is_hide_set()) {
        template += &format!("\n\n{}\n{{positionals}}", headings.arguments);
    }
    if command
        .get_opts()
        .chain(flags(command))
        .any(|a| !a.is_hide_set())
    {
        template += &format!("\n\n{}\n{{options}}", headings.options);
    }
    template + "{after-help}"
}

/// The arguments of a command that are neither positional nor take a value.
fn flags(command: &Command) -> impl Iterator<Item = &Arg> {
    command
        .get_arguments()
        .filter(|a| !a.is_positional() && !a.get_action().takes_values())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Command {
        Command::new("check")
            .arg(
                Arg::new("out")
                    .long("out")
                    .value_name("DIR")
                    .default_value("teamlint-out"),
            )
            .arg(
                Arg::new("fail_on")
                    .long("fail-on")
                    .value_name("SEVERITY")
                    .value_parser(["error", "warning"]),
            )
            .arg(Arg::new("paths").value_name("PATH").num_args(1..))
    }

    #[test]
    fn a_german_help_page_has_german_headings_placeholders_and_values() {
        let mut command = in_language(sample(), Lang::De);
        let page = command.render_help().to_string();
        let page = page.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
        for german in [
            "Aufruf:",
            "Argumente:",
            "Optionen:",
            "<ORDNER>",
            "[Standard: teamlint-out]",
            "[mögliche Werte: error, warning]",
            "[OPTIONEN]",
            "[PFAD]...",
        ] {
            assert!(page.contains(german), "{german} in {page}");
        }
        for english in ["Usage", "Options:", "[default", "possible values", "<DIR>"] {
            assert!(!page.contains(english), "{english} in {page}");
        }
    }
}
