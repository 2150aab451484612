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

cli-export-format-unknown = { $path }: give --format md, pdf or docx (or a .md, .pdf or .docx file name)
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

## clap's usage errors (in English, clap's own)

cli-clap-quote = '{ $text }'
cli-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-clap-value-required = a value is required for '{ $arg }' but none was supplied
cli-clap-unknown-argument = unexpected argument '{ $arg }' found
cli-clap-unknown-command = unrecognized subcommand '{ $command }'
cli-clap-missing-arguments = the following required arguments were not provided:
cli-clap-missing-command = '{ $command }' requires a subcommand but one was not provided
cli-clap-commands = [subcommands: { $commands }]
cli-clap-repeated = the argument '{ $arg }' cannot be used multiple times
cli-clap-conflict = the argument '{ $arg }' cannot be used with { $others }
cli-clap-conflict-any = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-clap-unexpected-value = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
# $what: command, argument or value.
cli-clap-similar = tip: { $count ->
    [one] a similar { $what ->
        [command] subcommand
        [argument] argument
       *[value] value
    } exists: { $names }
   *[other] some similar { $what ->
        [command] subcommands
        [argument] arguments
       *[value] values
    } exist: { $names }
}
cli-clap-tip = tip: { $tip }
cli-clap-more = For more information, try '--help'.

## Help: headings and clap's own texts

cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-default = [default: { $value }]
cli-help-possible-values = [possible values: { $values }]
cli-help-possible-values-head = Possible values:
cli-help-builtin-help = Print help
cli-help-builtin-help-more = Print help (see more with '--help')
    .long = Print help (see a summary with '-h')
cli-help-builtin-version = Print version
cli-help-builtin-help-command = Print this message or the help of the given subcommand(s)

## Help of the commands and their arguments

# The ids: see crates/briefdesk-cli/src/help.rs. The English must say what
# the doc comments in the code say (a test compares them).

cli-help = The EU–Japan Digital Partnership record, from the command line
    .long =
        The EU–Japan Digital Partnership record, from the command line.

        Reads the dataset built into this program, or the one in --data DIR.
cli-help--data = Read the dataset from this folder instead of the one built in
cli-help--workspace = The workspace file holding your annotations (default: the desktop app's own, so the CLI and the app share it)
cli-help--session = The author session your changes are recorded as, whose changes `undo` and `redo` walk (default: $BRIEFDESK_SESSION, else one per terminal session)
cli-help--lang = The language of what is printed and of exports: en, it or ja (default: BRIEFDESK_LANG, else English)

cli-help-validate = Check the dataset; list every problem found (exit 1 if any)
cli-help--json = Print the result as JSON
cli-help--id = Commitment id, e.g. C2-08

cli-help-sectors = List the sectors with their number of commitments

cli-help-meetings = List the meetings, launch to the latest council

cli-help-list = List commitments in council order, optionally filtered
cli-help-filter-args--sector = Sector id or name (see `briefdesk sectors`)
cli-help-filter-args--meeting = Meeting id or year (see `briefdesk meetings`)
cli-help-filter-args--status = Status as of the dataset date
cli-help-filter-args--verification = Verification status
cli-help-filter-args--kind = Kind of commitment
cli-help-filter-args--tag = A tag of your annotation (reads the workspace)
cli-help-filter-args--user-status = Your own status in your annotation (reads the workspace)
cli-help-list--text = Words that must all appear (any case) in the id, title, summary, actors, sectors or meeting

cli-help-annotate = Write or change your annotation of a commitment (a new revision; undoable)
cli-help-annotate--note = The note (plain text, light Markdown); replaces the current note
cli-help-annotate--status = Your status: on-track, at-risk, delayed, delivered, not-pursued, unknown, or `none` to clear it
cli-help-annotate--tag = Add a tag (repeat for several)
cli-help-annotate--untag = Remove a tag (repeat for several)
cli-help-annotate--follow-up = Follow-up date (YYYY-MM-DD), or `none` to clear it

cli-help-history = Every version of a commitment's annotation, newest first

cli-help-restore = Make an earlier version of an annotation current again (undoable)
cli-help-restore--revision = Revision number (see `briefdesk history ID`)

cli-help-undo = Undo your last change (of this terminal session, or --session): never someone else's

cli-help-redo = Redo the change undone last

cli-help-export-annotations = Export every annotation with its full history to a JSON bundle
cli-help-export-annotations--output = The bundle to write (replaced atomically)

cli-help-import-annotations = Merge a colleague's bundle: both sides' versions are kept, the newest becomes current; prints what changed
cli-help-import-annotations--file = The bundle to read
cli-help-import-annotations--accept-other-dataset = Import a bundle made against another dataset version (refused without this flag)

cli-help-annotations = List your annotations; flags those whose commitment left the dataset

cli-help-show = Show one commitment or context item in full: sources, lineage, conflicts

cli-help-brief = Assemble briefing notes: new, quick, list, show, sections, commitments…

cli-help-brief-new = Start a brief: blank, or from a template (`council-preparation`, or the id of a template you saved)
cli-help-brief-new--template = The template: `council-preparation`, or the id of one you saved
cli-help-cover--title = The title
cli-help-cover--meeting = The meeting it prepares: a meeting id or year from the dataset (e.g. dpc-2026), any other text, or `none`
cli-help-cover--date = The date the brief is for (YYYY-MM-DD), or `none`
cli-help-cover--author = Who wrote it, as the cover shows it
cli-help-cover--audience = Who it is for
cli-help-cover--marking = Handling marking, e.g. "Draft" or "Limited"

cli-help-brief-quick = A brief for one sector with all its commitments in meeting order
cli-help-brief-quick--sector = Sector id or name
cli-help-brief-quick--notes = Show your notes on its commitments (without: left out)

cli-help-brief-list = Your briefs and saved templates

cli-help-brief-show = A brief's cover, sections and commitments in order
cli-help-brief--id = Brief id (see `briefdesk brief list`)

cli-help-brief-edit = Change the cover: title, meeting, date, author, audience, marking

cli-help-brief-add-section = Add a section: a sector (id or name) or `since-last-council`
cli-help-brief--section = The section: its sector (id or name), or `since-last-council`
cli-help-brief-add-section--at = Position (1 = first; default: last)

cli-help-brief-remove-section = Remove a section and what it holds (undoable)

cli-help-brief-move-section = Move a section to position N (1 = first)
cli-help-brief--to = The new position (1 = first)

cli-help-brief-add = Add commitments to a section, in the order given
cli-help-brief-add--commitments = Commitment ids, e.g. C2-08 C3-04
cli-help-brief-add--at = Position of the first one (1 = first; default: last)
cli-help-brief-add--no-annotation = Leave your annotations of them out of the brief

cli-help-brief-remove = Take a commitment out of a section
cli-help-brief--commitment = Commitment id, e.g. C2-08

cli-help-brief-move = Move a commitment to position N (1 = first) of its section, or of another with --into
cli-help-brief-move--into = Into this section of the brief instead

cli-help-brief-text = Set a section's background and talking points
cli-help-brief-text--background = The background text (replaces it)
cli-help-brief-text--point = Talking points, in order (replace the current ones)
cli-help-brief-text--no-points = Remove every talking point

cli-help-brief-annotation = Whether the brief shows your annotation of a commitment
cli-help-brief-annotation--include = Show it
cli-help-brief-annotation--exclude = Leave it out

cli-help-brief-duplicate = Copy a brief
cli-help-brief-duplicate--title = The copy's title (default: "Copy of" and the brief's)

cli-help-brief-save-template = Save a copy of a brief as a template for new briefs
cli-help-brief-save-template--title = The template's title (default: the brief's)

cli-help-brief-delete = Delete a brief (undo brings it back)

cli-help-brief-history = Every version of a brief, newest first

cli-help-brief-restore = Make an earlier version of a brief current again (undoable)
cli-help-brief-restore--revision = Revision number (see `briefdesk brief history ID`)

cli-help-export = Export a brief (or a quick brief of a sector) to Markdown, PDF or Word (DOCX)
cli-help-export--id = Brief id (see `briefdesk brief list`); or give --sector for a quick brief
cli-help-export--sector = Export a quick brief of this sector (id or name) instead of a saved brief
cli-help-export--format = md, pdf or docx (default: from the file's extension)
    .md = Markdown (CommonMark)
    .pdf = PDF, ready to distribute
    .docx = Word (DOCX), for colleagues who edit the brief
cli-help-export--output = The file to write (through a temporary file renamed into place)
cli-help-export--date = The export date (YYYY-MM-DD; default: today): footer, metadata and, when the brief has no date of its own, the cover
cli-help-export--draft = A DRAFT watermark on every page (PDF, DOCX; a DRAFT line in Markdown)
cli-help-export--no-annotations = Leave your notes out, even where the brief includes them
cli-help-export--notes = With --sector: include your notes (a quick brief leaves them out unless asked). A saved brief shows them where it says so

cli-help-search = Search commitments and your annotations (notes, tags), best first
cli-help-search--query = Words that must all appear; matched ignoring case and accents
cli-help-search--limit = Show at most this many hits

## The command line: your own records and corrections

cli-record-added = Added { $kind } { $id } (revision { $revision }): { $title }
cli-record-unchanged = No change: your records are already as given.
cli-record-corrected = Corrected the { $field } of { $id } (revision { $revision }): { $value } (shipped value: { $shipped })
cli-record-nothing = none
cli-record-list-empty = No records or corrections of your own yet (see `briefdesk record add --help`).
cli-record-correction-line = correction of { $id }: { $field } = { $value }
cli-record-state = { $state ->
    [applied] shown
    [covered] covered by the release: it can be retired
   *[not-applied] not shown: it does not fit the release
}
cli-record-by = by { $author }, { $date }
cli-record-own = Your own record: added by { $author }, { $date }
cli-record-correction = Corrected { $field } to “{ $value }” by { $author }, { $date }, source: { $source }; shipped value: { $shipped }
cli-record-removed = Removed { $key } (undo brings it back)
cli-record-no-history = No records or corrections of yours about { $id }.
cli-record-restored = Restored revision { $revision } of { $key }
cli-record-not-shown = note: { $key } is kept but not shown: { $problem }
cli-undo-record = { $which ->
    [undo] Undone
   *[redo] Redone
}: { $key }{ $present ->
    [yes] {""}
   *[no] {" "}(not in the record now)
}

## The command line: releases of the record

cli-release-built-in = built into Briefdesk
cli-release-signed = signed by key { $key } ({ $name })
cli-release-accepted = not signed by a trusted key; accepted by you
cli-release-folder = the dataset folder { $path }
cli-release-applied = The record is now on release { $version }; the previous release stays installed (`briefdesk dataset use VERSION` goes back).
cli-release-dry-run = Nothing was applied (--dry-run).
cli-release-in-use = The record is now on release { $version } of { $date }, { $trust }.
cli-release-built = Release { $version } written to { $file }, signed in { $signature }.
cli-release-trusted = Releases signed by key { $key } ({ $name }) are trusted from now on.
cli-keygen-done = Key pair written: { $secret } (the secret key: keep it to yourself) and { $public } (the public key: give it to your colleagues).
cli-report-head = From release { $from } to { $to } of { $date }, published by { $publisher }, { $trust }:
cli-report-added = { $count ->
    [one] 1 record added
   *[other] { $number } records added
}
cli-report-removed = { $count ->
    [one] 1 record removed
   *[other] { $number } records removed
}
cli-report-changed = { $count ->
    [one] 1 record changed
   *[other] { $number } records changed
}
cli-report-more = … and { $number } more
cli-report-covered = { $count ->
    [one] 1 of your records or corrections is now covered by the release (it can be retired: --retire-covered):
   *[other] { $number } of your records and corrections are now covered by the release (they can be retired: --retire-covered):
}
cli-report-unfit = { $count ->
    [one] 1 of your records or corrections does not fit the release (kept, not shown until you fix it):
   *[other] { $number } of your records and corrections do not fit the release (kept, not shown until you fix them):
}
cli-report-orphaned-notes = Notes kept, flagged: the release no longer has { $ids }
cli-report-orphaned-item = Kept in brief { $brief } (“{ $title }”), flagged: { $id } is no longer in the record

## The command line: refusals of record and dataset commands

cli-record-bad-participants = --value: not a JSON array of participants: { $cause }
cli-record-bad-field = --field `{ $field }` is not a field (status, verification, date, place, participants, source, builds-on, see-also)
cli-record-no-record = no record with id `{ $id }` (see `briefdesk list`)
cli-record-not-own = `{ $id }` is a record of the release, not one of your own; to retire a correction of it give --field
cli-record-no-own = no record of your own with id `{ $id }` (see `briefdesk record list`)
cli-record-no-correction = no correction of `{ $field }` of `{ $id }` (see `briefdesk record list`)
cli-record-no-revision = `{ $id }` has no revision { $revision } (see `briefdesk record history { $id }`)
cli-dataset-no-workspace = this command needs a workspace (--workspace)
cli-dataset-import-data = --data gives the record as a folder: a release is imported into a workspace's own releases, without --data
cli-dataset-bad-date = --date `{ $value }` is not a date (YYYY-MM-DD)

## Help of the record and dataset commands

cli-help--author = The name your own records and corrections are recorded under (default: $BRIEFDESK_AUTHOR, else your account's full name)
cli-help-record = Your own records and corrections of the record: add, correct, list, show, remove, history, restore
cli-help-record--id = The record's id, e.g. C4-03 or dpc-2026
cli-help-record-add = Add records of your own from a JSON file: one record or an array, in the dataset's shapes with a "type" (meeting, commitment, source, actor, conflict). Checked with the record as a whole; a record of yours with the same type and id is replaced (undoable)
cli-help-record-add--file = The JSON file
cli-help-record-correct = Correct a field of a meeting, commitment or context item of the release, with the source that settles it (the shipped value is kept)
cli-help-record-correct--field = status, verification, date, place, participants, source, builds-on or see-also
cli-help-record-correct--value = The new value: a keyword, a date (YYYY-MM-DD), a place, an id; for participants, actor ids separated by commas or a JSON array of {"{"}"actor", "role"{"}"}
cli-help-record-correct--source = The id of the source that settles it (one of the record's, or one of your own)
cli-help-record-correct--as-of = The day a corrected status holds (required with --field status)
cli-help-record-list = List your own records and corrections, and whether each is shown
cli-help-record-show = One record: as shipped, your corrections, as shown
cli-help-record-remove = Remove a record of your own, or (with --field) retire your corrections of a field (undoable)
cli-help-record-remove--field = Retire the corrections of this field instead
cli-help-record-history = Every version of your records and corrections about ID, newest first
cli-help-record-restore = Make an earlier version current again (see `record history`; undoable)
cli-help-record-restore--revision = Revision number (see `briefdesk record history ID`)
cli-help-dataset = Releases of the record: import, use, releases, build, trust, keygen
cli-help-dataset-import = Import a release of the record: checks its signature and every rule, prints the change report, then applies it in one step (the release in use stays installed; `dataset use` goes back)
cli-help-dataset-import--file = The release file (its signature is FILE.minisig)
cli-help-dataset-import--accept-unverified = Import a release that is not signed by a key you trust (unsigned, signed by another key, or whose signature does not match)
cli-help-dataset-import--retire-covered = Retire your own records and corrections the release covers
cli-help-dataset-import--dry-run = Print the change report only; apply nothing
cli-help-dataset-use = Use an installed release (or the built-in one) from now on
cli-help-dataset-use--version = The release's dataset version (see `briefdesk dataset releases`)
cli-help-dataset-releases = List the installed releases; marks the one in use
cli-help-dataset-build = Make a release of the record as you have it (the release in use with your own records and corrections folded in), signed with KEYFILE
cli-help-dataset-build--output = The release file to write; its signature goes to FILE.minisig
cli-help-dataset-build--key = A minisign secret key (password in BRIEFDESK_KEY_PASSWORD if it has one)
cli-help-dataset-build--dataset-version = The release's dataset version (default: the one in use + `.` the date)
cli-help-dataset-build--publisher = Who publishes it (default: your name)
cli-help-dataset-build--date = The release date (YYYY-MM-DD, default: today)
cli-help-dataset-trust = Trust a publisher's public key (a minisign .pub file) to sign releases
cli-help-dataset-trust--key = The public key file
cli-help-dataset-trust--name = Whose key it is (default: its file name)
cli-help-dataset-keygen = Make a key pair to sign releases: FILE (secret, keep it safe) and FILE.pub
cli-help-dataset-keygen--output = The secret key file to write; the public key goes to FILE.pub

## The command line: team sync

cli-count-revisions = { $count ->
    [one] { $number } revision
   *[other] { $number } revisions
}
cli-team-password-prompt = Password for { $server } (used for this run only, never stored):
cli-team-init-done = { $server }: Briefdesk team schema version { $version }; team “{ $team }”; members added: { $members }
cli-team-joined = Joined team “{ $team }” as { $member }.
cli-team-synced = Sent { $pushed }, received { $pulled }; { $pending } still to send.
cli-team-changed = Now current from colleagues: { $records }
cli-team-refused-push = Refused by the server: { $uid }: { $reason }
cli-team-refused-pull = Refused by this workspace: { $uid }: { $reason }
cli-team-status-none = This workspace is in no team. Join one with `briefdesk team join URL`.
cli-team-never = never
cli-team-label-server = Server
cli-team-label-team = Team
cli-team-label-member = Member
cli-team-label-last-sync = Last sync
cli-team-label-pending = To send
cli-team-label-last-error = Last error
cli-team-label-refused = Refused
cli-team-left = Left team “{ $team }” at { $server }; every revision stays in this workspace.

## Help of the team commands

cli-help-team = Sync with your team through its PostgreSQL server: init, join, sync, status, leave
cli-help-team-init = Create or upgrade the team schema on a PostgreSQL server, create a team and add members (for the administrator; idempotent)
cli-help-team-init--url = The server as a libpq URL: postgres://user@host:5432/database?sslmode=verify-full
cli-help-team-init--team = The team to create (a server can hold several)
cli-help-team-init--member = A server role to add to the team (it must exist); repeat for several
cli-help-team-join = Join a team on its server, then sync once
cli-help-team-join--url = The server as a libpq URL (no password in it)
cli-help-team-join--team = Which team, when you are a member of several there
cli-help-team-sync = Send what the server lacks and take in what colleagues wrote
cli-help-team-status = The team, the server, the last sync, what is still to send
cli-help-team-leave = Stop syncing this workspace (everything stays in it)
