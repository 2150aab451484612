# The command line's words: what `briefdesk` prints for people (its `--json`
# output is a machine format and never translated), its help and clap's
# usage errors. Conventions: see record.ftl. Ids a user types (C2-08,
# semiconductors, dpc-2024, in-progress, --sector) stay as they are typed.
# The messages of the core's errors and of the dataset's validation stay
# English (see ARCHITECTURE.md); these words frame them.

## Framing

# Before any error the command reports.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-not-confirmed = the change was saved, but its confirmation could not be printed: { $cause }
cli-error-output = cannot write the output (standard output): { $cause }
cli-error-lang = --lang: `{ $value }` is not a language of Briefdesk: use en, it or ja
cli-no-home = no home folder to keep the workspace in; give --workspace PATH
cli-none = none

## Counts

cli-count-sectors = { $count ->
    [one] { $number } sector
   *[other] { $number } sectors
}
cli-count-context-items = { $count ->
    [one] { $number } context item
   *[other] { $number } context items
}
cli-count-actors = { $count ->
    [one] { $number } actor
   *[other] { $number } actors
}
cli-count-conflicts = { $count ->
    [one] { $number } conflict between sources
   *[other] { $number } conflicts between sources
}
cli-count-problems = { $count ->
    [one] { $number } problem in the dataset
   *[other] { $number } problems in the dataset
}
cli-count-already-here = { $count ->
    [one] { $number } already here
   *[other] { $number } already here
}
cli-count-results = { $count ->
    [one] { $number } result
   *[other] { $number } results
}
cli-count-characters = { $count ->
    [one] { $number } character
   *[other] { $number } characters
}

## validate

cli-validate-built-in = the built-in dataset
# $counts: "5 meetings, 12 sectors, 64 commitments, …".
cli-validate-ok = ok: { $origin } is valid — dataset { $version } (format { $format }, as of { $date }): { $counts }
cli-validate-problems = { $problems }: { $origin }

## Tables (sectors, meetings, list)

cli-col-sector = SECTOR
cli-col-commitments = COMMITMENTS
cli-col-name = NAME
cli-col-meeting = MEETING
cli-col-date = DATE
cli-col-place = PLACE
cli-col-status = STATUS
cli-col-title = TITLE
cli-col-id = ID
cli-col-kind = KIND
cli-col-verification = VERIFICATION
# A meeting's status, and its verification when it is not confirmed.
cli-meeting-state = { $status ->
    [held] Held
    [planned] Planned
   *[reported] Reported
}{ $verification ->
    [confirmed] {""}
    [partial] {" "}(partly confirmed)
    [seed-only] {" "}(seed text only)
   *[unverified] {" "}(unverified)
}
cli-list-none = No commitments match.

## show

cli-no-record = no commitment or context item with id `{ $id }` (see `briefdesk list`)
cli-show-meeting = Meeting
cli-show-meeting-line = { $title } — { $place }, { $date } ({ $id })
cli-show-record = Record
cli-show-context = Context (not a meeting outcome)
cli-show-date = Date
cli-show-sectors = Sectors
cli-show-kind = Kind
cli-show-status = Status
cli-show-status-as-of = { $status } (as of { $date })
cli-show-verification = Verification
cli-show-summary = Summary
cli-show-actors = Actors
cli-show-actor-native = { $name } ({ $native })
cli-show-actor-role = { $actor } — { $role }
cli-show-actor-note = { $actor } [{ $note }]
cli-show-sources = Sources
cli-show-source = { $title } — { $publisher }, { $date }
cli-show-undated = undated
cli-show-no-url = (no URL) { $note }
cli-show-lineage = Lineage
cli-show-no-lineage = No earlier or later commitments are linked to this one.
cli-show-this-one = (this one)
# In a list of records, for one that is not a meeting's outcome.
cli-show-context-short = context
cli-show-see-also = See also
cli-show-conflicts = Conflicts between sources
cli-show-conflict = { $field } ({ $id }): { $summary }
cli-show-claim = “{ $value }” — { $sources }
# The claim the dataset uses.
cli-show-claim-used = “{ $value }” [used] — { $sources }
cli-show-assessment = Assessment: { $assessment }

## Annotations

cli-no-commitment = no commitment with id `{ $id }` (see `briefdesk list`)
# $option is the option as typed: --date, --follow-up.
cli-not-a-date = { $option } `{ $value }` is not a date (YYYY-MM-DD)
cli-not-a-date-or-none = { $option } `{ $value }` is not a date (YYYY-MM-DD) or `none`
cli-annotation-saved = { $id }: annotation saved (revision { $revision })
cli-annotation-unchanged = { $id }: no change (revision { $revision } is current)
cli-annotation-restored = { $id }: revision { $revision } restored as revision { $current }
cli-annotation-status = Status
cli-annotation-tags = Tags
cli-annotation-follow-up = Follow-up
cli-annotation-updated = Updated
cli-history-none = { $id }: no annotation yet
cli-annotations-none = No annotations yet (see `briefdesk annotate --help`).
cli-annotations-orphaned = (orphaned: this commitment is no longer in the dataset)
cli-annotations-exported = exported { $revisions } to { $path }
# $added: "3 new revisions"; $present: "2 already here".
cli-imported = imported { $path }: { $added } ({ $present })
cli-imported-other-dataset = made against dataset version { $version } (confirmed with --accept-other-dataset)
cli-imported-added = newly annotated:
cli-imported-updated = updated (theirs newer):
cli-imported-kept = kept yours (yours newer):
# $step is undo or redo.
cli-step-annotation = { $id }: { $step ->
    [undo] undone
   *[redo] redone
}; revision { $revision } is current
cli-step-annotation-gone = { $id }: { $step ->
    [undo] undone
   *[redo] redone
}; no annotation now
cli-step-brief = brief { $id }: { $step ->
    [undo] undone
   *[redo] redone
}; revision { $revision } is current: { $title }
cli-step-brief-gone = brief { $id }: { $step ->
    [undo] undone
   *[redo] redone
}; the brief is deleted now

## Briefs

cli-brief-done = brief { $id }: { $done ->
    [created] created
    [saved] saved
    [template] saved as a template
   *[restored] restored
} (revision { $revision }): { $title }
cli-brief-deleted = brief { $id }: deleted (`briefdesk undo` brings it back)
cli-brief-deleted-mark = (deleted)
cli-briefs-none = no briefs yet (start one with `briefdesk brief new`)
cli-brief-template = { $title } [template]
# $sections, $commitments: "3 sections", "4 commitments"; $saved: a date and time.
cli-brief-facts = ({ $sections }, { $commitments }; saved { $saved })
cli-counts-from-one = { $option } counts from 1
cli-include-or-exclude = give --include or --exclude
cli-not-in-section = `{ $commitment }` is not in section `{ $section }`
cli-outline-title = Brief { $id }: { $title }
cli-outline-meeting = Meeting
cli-outline-date = Date
cli-outline-author = Author
cli-outline-audience = Audience
cli-outline-marking = Marking
cli-outline-sector-missing = { $heading } (sector no longer in the dataset)
# $commitments: "12 commitments"; $sectors: "5 sectors".
cli-outline-since = what the { $meeting } added: { $commitments } in { $sectors }
cli-outline-since-none = no earlier council in the record
cli-outline-background = background: { $characters }
cli-outline-item-missing = (no longer in the dataset)
cli-outline-item-note = { $title }  [+ your note]

## export

cli-export-format-unknown = { $path }: give --format md or --format pdf (or a .md or .pdf file name)
cli-export-notes-quick-only = --notes is for a quick brief (--sector); a saved brief shows your notes where it says so
cli-export-id-or-sector = give a brief id or --sector
cli-export-brief = brief { $id }
cli-export-quick = quick brief of { $sector }
cli-export-written = { $what }: written to { $path }

## search

cli-search-empty = the search is empty: give at least one word to search for
cli-search-none = No commitment, annotation or brief matches “{ $query }”.
cli-search-orphaned = (orphaned annotation: no longer in the dataset)
# Before a brief's id among the hits: "brief 1".
cli-search-brief = brief { $id }
cli-search-results = { $results } for “{ $query }”, best first.
