//! The progress bar of batch commands: on a terminal only. None when stderr is piped or a
//! file, when `CI` is set (GitHub Actions, GitLab, most CI services set it), or with
//! `--quiet`; plain (no colour) when `NO_COLOR` is set (<https://no-color.org>).

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{MessageArgs, MessageFormat};
use crate::batch::BriefOutcome;

/// A progress bar, or nothing.
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A spinner with a count of briefs done and the last brief's name, when wanted.
    pub fn new(messages: &MessageArgs, verb: &str) -> Self {
        let env = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
        let wanted = !messages.quiet
            && messages.message_format == MessageFormat::Text
            && !env("CI")
            && std::io::stderr().is_terminal();
        if !wanted {
            return Progress { bar: None };
        }
        let template = if env("NO_COLOR") {
            "{spinner} {prefix} {pos} briefs ({per_sec}, {elapsed}) {wide_msg}"
        } else {
            "{spinner:.green} {prefix:.bold} {pos} briefs ({per_sec}, {elapsed}) {wide_msg:.dim}"
        };
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(10));
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.set_prefix(verb.to_owned());
        bar.enable_steady_tick(std::time::Duration::from_millis(100));
        Progress { bar: Some(bar) }
    }

    /// One brief done.
    pub fn brief(&self, outcome: &BriefOutcome) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            bar.set_message(format!("{} {}", outcome.status.as_str(), outcome.name));
        }
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
