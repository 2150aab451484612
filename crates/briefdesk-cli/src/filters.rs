//! The list filters as command-line options, shared by `list` and `search`.

use briefdesk_core::model::{CommitmentKind, CommitmentStatus, Keyword, UserStatus, Verification};
use briefdesk_core::query::Filter;
use briefdesk_core::Dataset;

use crate::{keyword_parser, Failure};

#[derive(clap::Args)]
pub struct FilterArgs {
    /// Sector id or name (see `briefdesk sectors`).
    #[arg(long, value_name = "SECTOR")]
    sector: Option<String>,
    /// Meeting id or year (see `briefdesk meetings`).
    #[arg(long, value_name = "MEETING")]
    meeting: Option<String>,
    /// Status as of the dataset date.
    #[arg(long, value_parser = keyword_parser::<CommitmentStatus>())]
    status: Option<String>,
    /// Verification status.
    #[arg(long, value_parser = keyword_parser::<Verification>())]
    verification: Option<String>,
    /// Kind of commitment.
    #[arg(long, value_parser = keyword_parser::<CommitmentKind>())]
    kind: Option<String>,
    /// A tag of your annotation (reads the workspace).
    #[arg(long)]
    tag: Option<String>,
    /// Your own status in your annotation (reads the workspace).
    #[arg(long, value_parser = keyword_parser::<UserStatus>())]
    user_status: Option<String>,
}

impl FilterArgs {
    /// The filter, with names resolved against `ds` (unknown ones are usage errors).
    pub fn filter(self, ds: &Dataset, text: Option<String>) -> Result<Filter, Failure> {
        Filter {
            sector: self.sector,
            meeting: self.meeting,
            status: self.status.and_then(|s| CommitmentStatus::from_keyword(&s)),
            verification: self
                .verification
                .and_then(|s| Verification::from_keyword(&s)),
            kind: self.kind.and_then(|s| CommitmentKind::from_keyword(&s)),
            text,
            tag: self.tag,
            user_status: self.user_status.and_then(|s| UserStatus::from_keyword(&s)),
        }
        .resolved(ds)
        .map_err(|e| Failure::Usage(e.to_string()))
    }
}
