//! Full-text search over commitments and annotations (store/search.rs).

use briefdesk_core::dataset::EMBEDDED;
use briefdesk_core::model::{Commitment, CommitmentStatus, UserStatus};
use briefdesk_core::query::Filter;
use briefdesk_core::store::{
    AnnotationFields, SearchField, SearchHit, Workspace, HIT_END, HIT_START,
};
use briefdesk_core::Dataset;

fn ws() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
    (dir, ws)
}

/// The shipped dataset with its commitments changed by `edit`.
fn dataset_with(mut edit: impl FnMut(&mut Vec<Commitment>)) -> Dataset {
    let files: Vec<(&str, String)> = EMBEDDED
        .iter()
        .map(|(name, text)| {
            if *name == "commitments.json" {
                let mut cs: Vec<Commitment> = serde_json::from_str(text).unwrap();
                edit(&mut cs);
                (*name, serde_json::to_string(&cs).unwrap())
            } else {
                (*name, (*text).to_owned())
            }
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Dataset::from_texts(&borrowed).unwrap()
}

fn indexed(ds: &Dataset) -> (tempfile::TempDir, Workspace) {
    let (dir, mut ws) = ws();
    assert!(
        ws.index_dataset(ds).unwrap(),
        "a new workspace builds its index"
    );
    (dir, ws)
}

fn search(ws: &Workspace, ds: &Dataset, q: &str) -> Vec<SearchHit> {
    ws.search(ds, q, &Filter::default(), 50).unwrap()
}

fn ids(hits: &[SearchHit]) -> Vec<&str> {
    hits.iter().map(|h| h.commitment.as_str()).collect()
}

fn note(text: &str) -> AnnotationFields {
    AnnotationFields {
        note: text.into(),
        ..Default::default()
    }
}

#[test]
fn a_title_match_ranks_above_a_summary_match() {
    let ds = dataset_with(|cs| {
        cs[3].summary = format!("{} Zebrafish were mentioned here.", cs[3].summary);
        cs[7].title = format!("{} for zebrafish", cs[7].title);
    });
    let (a, b) = (ds.commitments[7].id.clone(), ds.commitments[3].id.clone());
    let (_d, ws) = indexed(&ds);
    let hits = search(&ws, &ds, "zebrafish");
    assert_eq!(ids(&hits), [a.as_str(), b.as_str()]);
    assert!(hits[0].score > hits[1].score);
    assert_eq!(hits[0].fields, [SearchField::Title]);
    assert_eq!(hits[1].fields, [SearchField::Summary]);
    assert_eq!(
        hits[0].title.as_deref(),
        Some(ds.commitments[7].title.as_str())
    );
    assert!(!hits[0].orphaned);
}

#[test]
fn snippets_mark_every_match() {
    let ds = Dataset::embedded().unwrap();
    let (_d, ws) = indexed(&ds);
    let hits = search(&ws, &ds, "Kiuchi quantum");
    let hit = hits.iter().find(|h| h.commitment == "C3-10").unwrap();
    let s = &hit.snippet;
    assert!(s.contains(&format!("{HIT_START}Kiuchi{HIT_END}")), "{s}");
    assert!(!s.contains('\n'), "{s}");
    assert!(hit.fields.contains(&SearchField::Title), "{:?}", hit.fields);
    assert_eq!(s.matches(HIT_START).count(), s.matches(HIT_END).count());
    assert!(
        hit.fields.contains(&SearchField::Summary),
        "{:?}",
        hit.fields
    );
    assert!(
        hit.fields.contains(&SearchField::Actors),
        "{:?}",
        hit.fields
    );
    // Every hit has every word somewhere.
    assert!(!hits.is_empty() && hits.len() < 10, "{:?}", ids(&hits));
}

#[test]
fn notes_and_tags_are_searched_and_follow_undo_redo_and_restore() {
    let ds = Dataset::embedded().unwrap();
    let (_d, mut ws) = indexed(&ds);
    ws.save("C2-08", note("Ask METI whether the taskforce met"))
        .unwrap();
    let hits = search(&ws, &ds, "taskforce");
    assert_eq!(ids(&hits), ["C2-08"]);
    assert_eq!(hits[0].fields, [SearchField::Note]);
    assert!(hits[0]
        .snippet
        .contains(&format!("{HIT_START}taskforce{HIT_END}")));

    // A word of the note and a word of the commitment together.
    let title_word = ds
        .commitment("C2-08")
        .unwrap()
        .title
        .split_whitespace()
        .next()
        .unwrap();
    let both = search(&ws, &ds, &format!("taskforce {title_word}"));
    assert_eq!(ids(&both), ["C2-08"]);

    ws.save(
        "C2-08",
        AnnotationFields {
            note: "rewritten".into(),
            tags: vec!["Chips-Watch".into(), "council".into()],
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        search(&ws, &ds, "taskforce").is_empty(),
        "the old note is gone"
    );
    let hits = search(&ws, &ds, "chips-watch");
    assert_eq!(ids(&hits), ["C2-08"]);
    assert_eq!(hits[0].fields, [SearchField::Tags]);

    ws.undo().unwrap();
    assert_eq!(ids(&search(&ws, &ds, "taskforce")), ["C2-08"]);
    assert!(search(&ws, &ds, "rewritten").is_empty());
    ws.undo().unwrap();
    assert!(search(&ws, &ds, "taskforce").is_empty(), "undo removed it");
    ws.redo().unwrap();
    assert_eq!(ids(&search(&ws, &ds, "taskforce")), ["C2-08"]);
    ws.redo().unwrap();
    let first = ws.history("C2-08").unwrap().last().unwrap().id;
    ws.restore("C2-08", first).unwrap();
    assert_eq!(ids(&search(&ws, &ds, "taskforce")), ["C2-08"]);
}

#[test]
fn annotations_written_before_indexing_and_orphans_are_found() {
    let ds = Dataset::embedded().unwrap();
    let (_d, mut ws) = ws();
    ws.save("C3-10", note("pinguino")).unwrap();
    ws.save("GONE-1", note("pinguino orphan")).unwrap();
    // Found before the dataset is indexed…
    assert_eq!(search(&ws, &ds, "pinguino").len(), 2);
    assert!(ws.index_dataset(&ds).unwrap());
    // …and after.
    let hits = search(&ws, &ds, "pinguino");
    assert_eq!(hits.len(), 2);
    let orphan = hits.iter().find(|h| h.commitment == "GONE-1").unwrap();
    assert!(orphan.orphaned && orphan.title.is_none());
    let kept = hits.iter().find(|h| h.commitment == "C3-10").unwrap();
    assert!(!kept.orphaned);
    // The orphan's id is searchable too; a filter on the commitment's own
    // fields leaves orphans out.
    assert_eq!(ids(&search(&ws, &ds, "GONE-1")), ["GONE-1"]);
    let filter = Filter {
        status: Some(CommitmentStatus::Delivered),
        ..Default::default()
    };
    assert_eq!(
        ids(&ws.search(&ds, "pinguino", &filter, 10).unwrap()),
        ["C3-10"]
    );
    // Undoing the orphan's only annotation removes it from the index.
    ws.undo().unwrap();
    assert_eq!(ids(&search(&ws, &ds, "pinguino")), ["C3-10"]);
}

#[test]
fn accents_and_case_are_ignored() {
    let ds = dataset_with(|cs| {
        let c = cs.iter_mut().find(|c| c.id == "C3-10").unwrap();
        c.summary = c
            .summary
            .replace("quantum cooperation", "quantum coopération");
    });
    let (_d, mut ws) = indexed(&ds);
    assert!(ids(&search(&ws, &ds, "cooperation")).contains(&"C3-10"));
    assert!(ids(&search(&ws, &ds, "COOPÉRATION")).contains(&"C3-10"));
    ws.save(
        "C1-05",
        note("Verificare la disponibilità dell'università di Kyōto"),
    )
    .unwrap();
    for q in ["disponibilita", "università", "UNIVERSITA", "kyoto"] {
        assert_eq!(ids(&search(&ws, &ds, q)), ["C1-05"], "{q}");
    }
}

#[test]
fn japanese_names_are_found_whole_and_in_part() {
    let ds = Dataset::embedded().unwrap();
    let (_d, mut ws) = indexed(&ds);
    for q in ["木内稔", "木内"] {
        let hits = search(&ws, &ds, q);
        assert!(ids(&hits).contains(&"C3-10"), "{q}: {:?}", ids(&hits));
        let hit = hits.iter().find(|h| h.commitment == "C3-10").unwrap();
        assert!(hit.fields.contains(&SearchField::Actors));
        assert!(
            hit.snippet.contains(&format!("{HIT_START}{q}{HIT_END}")),
            "{q}: {}",
            hit.snippet
        );
        assert!(!hit.snippet.contains('\u{2063}'));
    }
    // Characters in another order are not the name.
    assert!(!ids(&search(&ws, &ds, "稔木内")).contains(&"C3-10"));
    // Japanese in a note, without spaces between words.
    ws.save("C2-08", note("経済産業省に確認する")).unwrap();
    assert_eq!(ids(&search(&ws, &ds, "経済産業省")), ["C2-08"]);
    assert_eq!(ids(&search(&ws, &ds, "確認")), ["C2-08"]);
}

#[test]
fn filters_combine_with_the_query() {
    let ds = Dataset::embedded().unwrap();
    let (_d, mut ws) = indexed(&ds);
    let all = search(&ws, &ds, "quantum");
    assert!(all.len() > 3);
    let filter = Filter {
        sector: Some("quantum".into()),
        status: Some(CommitmentStatus::Delivered),
        ..Default::default()
    };
    let some = ws.search(&ds, "quantum", &filter, 50).unwrap();
    assert!(!some.is_empty() && some.len() < all.len());
    for h in &some {
        let c = ds.commitment(&h.commitment).unwrap();
        assert!(c.sectors.iter().any(|s| s == "quantum"));
        assert_eq!(c.status, CommitmentStatus::Delivered);
    }
    // Results keep their order under a filter.
    let order: Vec<&str> = ids(&all)
        .into_iter()
        .filter(|id| ids(&some).contains(id))
        .collect();
    assert_eq!(order, ids(&some));
    // Sector by name; unknown names are errors.
    let by_name = Filter {
        sector: Some(ds.sector("quantum").unwrap().name.clone()),
        ..Default::default()
    };
    assert!(!ws.search(&ds, "quantum", &by_name, 50).unwrap().is_empty());
    let unknown = Filter {
        sector: Some("no-such-sector".into()),
        ..Default::default()
    };
    assert!(ws.search(&ds, "quantum", &unknown, 50).is_err());
    // Tag and user status filters read the annotation.
    ws.save(
        "C3-10",
        AnnotationFields {
            status: Some(UserStatus::AtRisk),
            tags: vec!["watch".into()],
            ..Default::default()
        },
    )
    .unwrap();
    let tagged = Filter {
        tag: Some("WATCH".into()),
        user_status: Some(UserStatus::AtRisk),
        ..Default::default()
    };
    assert_eq!(
        ids(&ws.search(&ds, "quantum", &tagged, 50).unwrap()),
        ["C3-10"]
    );
    // The limit.
    assert_eq!(
        ws.search(&ds, "quantum", &Filter::default(), 2)
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        ids(&ws.search(&ds, "quantum", &Filter::default(), 2).unwrap()),
        ids(&all[..2])
    );
}

/// Every list filter gives the same commitments in a search as in the list
/// (`query::list`), alone and combined, and the annotation filters follow
/// saves and undo.
#[test]
fn every_filter_agrees_with_the_list() {
    use briefdesk_core::model::{CommitmentKind, Verification};
    let ds = Dataset::embedded().unwrap();
    let (_d, mut ws) = indexed(&ds);
    // "japan" is in nearly every commitment, so the search finds what the list does.
    let everything = ws.search(&ds, "japan", &Filter::default(), 500).unwrap();
    assert!(everything.len() > 50);
    let filters = [
        Filter {
            sector: Some("semiconductors".into()),
            ..Default::default()
        },
        Filter {
            meeting: Some("dpc-2024".into()),
            ..Default::default()
        },
        Filter {
            status: Some(CommitmentStatus::Delivered),
            ..Default::default()
        },
        Filter {
            verification: Some(Verification::Partial),
            ..Default::default()
        },
        Filter {
            kind: Some(CommitmentKind::AgreementSigned),
            ..Default::default()
        },
        Filter {
            meeting: Some("2025".into()),
            sector: Some("quantum".into()),
            ..Default::default()
        },
    ];
    for f in &filters {
        let mut want: Vec<&str> = ids(&everything)
            .into_iter()
            .filter(|id| {
                briefdesk_core::query::list(&ds, &f.resolved(&ds).unwrap())
                    .iter()
                    .any(|c| c.id == *id)
            })
            .collect();
        let hits = ws.search(&ds, "japan", f, 100).unwrap();
        let mut got = ids(&hits);
        want.sort();
        got.sort();
        assert_eq!(got, want, "{f:?}");
    }
    // The filter tokens are never found by the user's words.
    let digits: String = "quantum".bytes().map(|b| format!("{b:03}")).collect();
    for token in [format!("zs{digits}"), format!("\u{E002}zs{digits}")] {
        assert!(search(&ws, &ds, &token).is_empty(), "{token}");
    }
    // Tag and status filters follow the current annotation.
    let tagged = Filter {
        tag: Some(" Watch ".into()),
        ..Default::default()
    };
    ws.save(
        "C2-08",
        AnnotationFields {
            tags: vec!["watch".into()],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        ids(&ws.search(&ds, "japan", &tagged, 10).unwrap()),
        ["C2-08"]
    );
    ws.save("C2-08", note("no tags now")).unwrap();
    assert!(ws.search(&ds, "japan", &tagged, 10).unwrap().is_empty());
    ws.undo().unwrap();
    assert_eq!(
        ids(&ws.search(&ds, "japan", &tagged, 10).unwrap()),
        ["C2-08"]
    );
}

#[test]
fn query_syntax_is_never_interpreted() {
    let ds = Dataset::embedded().unwrap();
    let (_d, mut ws) = indexed(&ds);
    ws.save("C1-05", note("the NEAR term: a OR b - \"quoted\" star*"))
        .unwrap();
    let nasty = [
        "\"",
        "\"\"",
        "*",
        "NEAR(",
        "NEAR(quantum japan)",
        "OR",
        "quantum OR",
        "AND",
        "NOT",
        "-",
        "-quantum",
        ":",
        "title:quantum",
        "{title summary}: quantum",
        "quantum*",
        "^quantum",
        "(",
        ")",
        "'; DROP TABLE revisions; --",
        "\u{E000}",
        "\u{0}",
        "a\u{2063}b",
    ];
    for q in nasty {
        let hits = ws.search(&ds, q, &Filter::default(), 20);
        assert!(hits.is_ok(), "{q:?}: {hits:?}");
    }
    // Searched literally: the words, not the operators.
    // (English words are stemmed: other records with "near…" may match too.)
    assert!(ids(&search(&ws, &ds, "NEAR")).contains(&"C1-05"));
    assert!(ids(&search(&ws, &ds, "OR b")).contains(&"C1-05"));
    assert!(ids(&search(&ws, &ds, "\"quoted\"")).contains(&"C1-05"));
    assert!(ids(&search(&ws, &ds, "term:")).contains(&"C1-05"));
    assert!(ids(&search(&ws, &ds, "star*")).contains(&"C1-05"));
    // `title:quantum` is the words "title quantum", not a column filter.
    assert!(search(&ws, &ds, "title:quantum").is_empty());
    // Punctuation alone finds nothing; blank is an error with a reason.
    assert!(search(&ws, &ds, "* - :").is_empty());
    let err = ws.search(&ds, "  \t", &Filter::default(), 20).unwrap_err();
    assert!(err.to_string().contains("empty"), "{err}");
    assert!(ws.integrity_check().unwrap() == "ok");
}

#[test]
fn the_index_is_rebuilt_only_when_the_dataset_changes() {
    let ds = Dataset::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.sqlite");
    let mut ws = Workspace::open(&path).unwrap();
    assert!(ws.index_dataset(&ds).unwrap());
    assert!(!ws.index_dataset(&ds).unwrap());
    ws.save("C3-10", note("kept across rebuilds")).unwrap();
    drop(ws);
    let mut ws = Workspace::open(&path).unwrap();
    assert!(!ws.index_dataset(&Dataset::embedded().unwrap()).unwrap());

    // A changed summary, same version and count: rebuilt.
    let changed = dataset_with(|cs| cs[0].summary.push_str(" Platypus."));
    assert!(search(&ws, &changed, "platypus").is_empty());
    assert!(ws.index_dataset(&changed).unwrap());
    assert!(!ws.index_dataset(&changed).unwrap());
    assert_eq!(search(&ws, &changed, "platypus").len(), 1);
    assert_eq!(ids(&search(&ws, &changed, "rebuilds")), ["C3-10"]);

    // A commitment removed: its annotation is an orphan.
    let more = dataset_with(|cs| {
        let mut c = cs[0].clone();
        c.id = "X-NEW".into();
        c.related.clear();
        cs.push(c);
    });
    assert!(ws.index_dataset(&more).unwrap());
    ws.save("X-NEW", note("platypus keeper")).unwrap();
    let hits = search(&ws, &more, "keeper");
    assert!(!hits[0].orphaned);
    assert!(ws.index_dataset(&changed).unwrap());
    let hits = search(&ws, &changed, "keeper");
    assert_eq!(ids(&hits), ["X-NEW"]);
    assert!(hits[0].orphaned && hits[0].fields == [SearchField::Note]);
}

#[test]
fn brief_texts_are_searched_and_follow_undo_delete_and_restore() {
    use briefdesk_core::brief::{BriefDoc, Section};
    let ds = Dataset::embedded().unwrap();
    let (_d, mut ws) = indexed(&ds);
    let mut doc = BriefDoc {
        title: "Brussels coopération 2026".into(),
        ..Default::default()
    };
    let mut s = Section::sector("quantum");
    s.background = "Minister Kiuchi (木内稔) signed the letter.".into();
    s.talking_points = vec!["Press for synchronised calls".into()];
    doc.sections.push(s);
    let b = ws.create_brief(doc.clone(), false, "local").unwrap();
    let find = |ws: &Workspace, q: &str| -> Vec<i64> {
        ws.search_briefs(q, 10)
            .unwrap()
            .iter()
            .map(|h| h.brief)
            .collect()
    };
    assert_eq!(find(&ws, "cooperation"), [b.id], "accents ignored");
    assert_eq!(find(&ws, "木内"), [b.id], "Japanese in part");
    assert_eq!(find(&ws, "synchronised call"), [b.id], "stemmed");
    let hit = &ws.search_briefs("signed", 10).unwrap()[0];
    assert_eq!(hit.title, "Brussels coopération 2026");
    assert!(
        hit.snippet.contains(&format!("{HIT_START}signed{HIT_END}")),
        "{}",
        hit.snippet
    );
    // An edit replaces what is found; undo brings the old text back.
    let mut edited = doc.clone();
    edited.sections[0].background = "Nothing about that any more.".into();
    ws.save_brief(b.id, edited).unwrap();
    assert!(find(&ws, "木内").is_empty());
    ws.undo().unwrap();
    assert_eq!(find(&ws, "木内"), [b.id]);
    // Deleted briefs and templates are not found.
    ws.delete_brief(b.id).unwrap();
    assert!(find(&ws, "signed").is_empty());
    ws.undo().unwrap();
    assert_eq!(find(&ws, "signed"), [b.id]);
    ws.duplicate_brief(b.id, Some("Template"), true).unwrap();
    assert_eq!(find(&ws, "signed"), [b.id]);
    // Query syntax is never interpreted here either.
    assert!(find(&ws, "\" OR *").is_empty());
}
