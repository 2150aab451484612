//! Synthetic datasets of any size, made from the shipped one, for benchmarks
//! and scale tests. Every generated dataset is valid.

use crate::model::{Commitment, Related, Relation};

use super::{COMMITMENTS, EMBEDDED};

/// The shipped dataset's files with `commitments.json` grown to `n`
/// commitments: the real ones, then copies of them under new ids
/// (`S0000000`, …), each copy building on the previous copy of its original.
pub fn with_commitments(n: usize) -> Vec<(&'static str, String)> {
    let real: Vec<Commitment> = EMBEDDED
        .iter()
        .find(|(name, _)| *name == COMMITMENTS)
        .and_then(|(_, text)| serde_json::from_str(text).ok())
        .unwrap_or_default();
    let mut generated = real.clone();
    let copies = n.saturating_sub(real.len());
    generated.reserve(copies);
    if !real.is_empty() {
        for k in 0..copies {
            let mut c = real[k % real.len()].clone();
            let previous = if k >= real.len() {
                format!("S{:07}", k - real.len())
            } else {
                c.id.clone()
            };
            c.id = format!("S{k:07}");
            c.title = format!("{} (copy {})", c.title, k / real.len() + 1);
            c.related = vec![Related {
                id: previous,
                relation: Relation::BuildsOn,
                note: None,
            }];
            generated.push(c);
        }
    }
    let commitments = serde_json::to_string_pretty(&generated).unwrap_or_default();
    EMBEDDED
        .iter()
        .map(|(name, text)| {
            if *name == COMMITMENTS {
                (*name, commitments.clone())
            } else {
                (*name, (*text).to_owned())
            }
        })
        .collect()
}
