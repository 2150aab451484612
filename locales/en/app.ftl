# The app's screens. Record labels, dates and counts are in record.ftl.

app-name = Briefdesk
loading-record = Loading the record…
record-failed = The record could not be loaded.
retry = Try again
dismiss = Dismiss
dataset-line = { $partnership } · dataset { $version } · as of { $date }

## Header

nav-label = Screens
nav-overview = Overview
nav-commitments = Commitments
nav-notes = My notes
nav-followups = Follow-ups
nav-briefs = Briefs
nav-about = About
nav-followups-due = { $count ->
   *[other] { $number } due
}
history-label = Undo and redo
undo-button = ↶ Undo
    .title = Undo your last change to notes or briefs (Ctrl+Z outside a text field)
redo-button = ↷ Redo
    .title = Redo (Ctrl+Shift+Z outside a text field)
detail-label = Commitment detail

## Undo and redo

undo-not-saved = Nothing was { $which ->
    [undo] undone
   *[redo] redone
}: your latest change is not saved yet.
undo-nothing = { $which ->
    [undo] Nothing to undo.
   *[redo] Nothing to redo.
}
undo-brief = { $which ->
    [undo] Undone
   *[redo] Redone
}: a change to the brief “{ $title }”
undo-brief-deleted = { $which ->
    [undo] Undone
   *[redo] Redone
}: the brief is deleted now
undo-record = { $which ->
    [undo] Undone
   *[redo] Redone
}: a change to your own records or corrections
undo-annotation = { $which ->
    [undo] Undone
   *[redo] Redone
}: { $what } on { $id }
field-note = note
field-status = status
field-tags = tags
field-follow-up = follow-up
field-annotation = annotation

## What cannot be saved

unsaved-note = Your note on { $id }
unsaved-brief = The brief “{ $title }”
unsaved-leave-message = { $what } is not saved{ $reason ->
    [none] {""}
   *[other] : { $reason }
}. It stays where you typed it; Briefdesk does not leave it until it is saved or you discard it.
unsaved-quit-message = { $what } is not saved{ $reason ->
    [none] {""}
   *[other] : { $reason }
}. Briefdesk stays open so that nothing is lost.
concurrent-overridden = { $what } was changed elsewhere meanwhile ({ $fields }): yours is current, the other version is kept in its History.
concurrent-kept = { $what } was changed elsewhere meanwhile: that change ({ $fields }) is kept with yours.
unsaved-show = Show it
unsaved-quit = Quit without saving
unsaved-discard = Discard my changes
discarded-note = Discarded the unsaved changes to your note on { $id }.
discarded-brief = Discarded the unsaved changes to the brief “{ $title }”.

## The workspace

workspace-off = Editing notes and briefs is off: { $problem }
workspace-refused-title = Your notes workspace could not be opened
workspace-refused-help = You can still browse the record, but writing notes is turned off until you start a fresh workspace. The old file is renamed and kept, never deleted, so nothing in it is lost.
workspace-reset = Start a fresh workspace
workspace-fresh = A fresh workspace is open; you can write notes again.
workspace-kept-as = Your old file was kept as { $path }.

## Opening links and files

open-failed = { $what ->
    [link] This computer did not open the link: no web browser is set up to open it. You can copy it from here:
   *[file] This computer did not open the file: no program is set up to open it. You can copy its path from here:
}
open-failed-address = { $what ->
    [link] The link, to copy
   *[file] The file's path, to copy
}

## Adding to a brief

added-to-brief = Added { $id } to “{ $title }”, in the section { $section }{ $created ->
    [yes] {" "}(new)
   *[no] {""}
}. Undo takes it out again.
added-to-brief-open = Open the brief

## The annotation panel

annotation-label = Your annotation
annotation-title = Your notes
annotation-note = Note
annotation-note-placeholder = Your note (plain text; **bold**, - lists and links are fine)
annotation-status = Your status
annotation-status-none = None
annotation-follow-up = Follow up on
annotation-tags = Tags
annotation-tags-hint = (separated by commas)
annotation-tags-placeholder = e.g. chips, ask METI
annotation-date-invalid = the follow-up date “{ $text }” is not a date ({ $error })
history = History
history-empty = No revisions yet.
history-empty-note = (empty note)
history-current = Current
history-restore = Restore
origin-local = Edited here
origin-restore = Restored
origin-import = Imported from { $from }
origin-team = From { $who }

## Saving as you type (notes and briefs)

save-state-loading = Loading…
save-state-saving = Saving…
save-state-unsaved = Unsaved changes
save-state-saved = Saved
save-state-saved-from = Saved · from { $who }
save-state-error = Not saved: { $error }. Your text is kept here; it is saved as soon as it can be.
save-state-unknown-error = unknown error
save-state-disabled = Editing is not available.

## The brief editor

brief-back = ← All briefs
brief-untitled = Untitled
brief-title = Title
brief-meeting = Meeting
brief-meeting-none = None
brief-meeting-other = Another meeting…
brief-meeting-other-placeholder = Which meeting?
brief-date = Date
brief-date-invalid = the date “{ $text }” is not a date ({ $error })
brief-author = Author
brief-audience = Audience
brief-marking = Handling
brief-marking-placeholder = e.g. Draft, Limited
brief-revision = { $title } · { $sections }, { $commitments }
brief-revision-deleted = Deleted
brief-origin-local = Edited
brief-restored = Restored an earlier version (Undo goes back).
preview = Preview
preview-jump = Preview ↓
preview-back = ↑ Back to editing
export-group = Export
export-draft = Draft
export-draft-title = A DRAFT watermark on every page
export-notes = Include my notes
export-notes-title = Your notes on the commitments, where the brief asks for them; left out when unticked
export-lang = Language
export-lang-title = The language of the export’s labels, dates and page numbers; the record’s own text stays as it is
brief-sections-label = Sections
export-markdown = Markdown…
export-word = Export Word…
export-pdf = Export PDF…
export-notes-in = { $count ->
    [one] Your note on { $number } commitment goes into the export; its cover says “Includes the author’s notes.”
   *[other] Your notes on { $number } commitments go into the export; its cover says “Includes the author’s notes.”
}
export-notes-out = Your notes are left out of the export; its cover says so.
export-notes-none = No note of yours is shown in this brief.
brief-quick-notes = with my notes
    .title = Show your notes on the sector’s commitments in the quick brief
export-not-saved = The brief is not saved yet, so it was not exported.
exported = Exported to { $path } ({ $notes ->
    [yes] with your notes
   *[no] without your notes
}).
exported-open = Open
since-last-council = Since the last council
since-last-council-help = Filled from the record when the brief is read: what the last council added in each sector and what it continues.
section-background = Background
section-background-placeholder = Background: what the reader needs to know.
section-handle-label = Section { $position } of { $total }: { $heading }. Alt+Up or Alt+Down moves it.
section-removed = Removed the section “{ $heading }” (Undo brings it back).
section-add = + Add section
section-add-label = Section to add
section-add-none = Every sector has a section.
sections-empty = No sections yet: add one below.
remove = Remove
drag-title = Drag to reorder, or Alt+↑/↓
move-up = Move up
    .title = Move up (Alt+↑)
move-down = Move down
    .title = Move down (Alt+↓)
talking-points = Talking points
talking-point-placeholder = A point to make
talking-point-remove = Remove this point
talking-point-add = + Talking point
items = Commitments
items-empty = No commitments yet: pick them below.
item-handle-label = { $id }, { $position } of { $total }. Alt+Up or Alt+Down moves it.
item-missing = No longer in the dataset (kept)
item-note = your note
item-note-title = Show your note on this commitment in the brief
item-remove = Remove { $id }
picker-placeholder = Search commitments and your notes to add…
picker-label = Search commitments to add
picker-any-meeting = Any meeting
picker-only = only { $sector }
picker-hint = Type to search every sector, or pick a meeting.
picker-nothing-more = Nothing more to add here.
picker-add = Add

## The briefs list

briefs-title = Briefs
briefs-list-label = Your briefs
briefs-empty = No briefs yet. Start one above.
brief-new-from = New brief from
brief-new-title-placeholder = Title (optional)
brief-create = Create
brief-quick-for = Quick brief for
brief-quick = Quick brief
    .title = Every commitment of the sector, in meeting order
brief-blank = Blank
template-builtin = { $title } (built in)
template-yours = { $title } (your template)
templates-yours = Your templates: { $titles }.
brief-card-meta = { $sections } · { $commitments } · saved { $saved }
brief-duplicate = Duplicate
brief-save-template = Save as template
brief-delete = Delete
brief-saved-template = Saved “{ $title }” as a template.
brief-duplicated = Created “{ $title }”.
brief-deleted = Deleted “{ $title }”. Undo (Ctrl+Z) brings it back.

## The commitment list

filter-placeholder = Filter… ( / )
filter-label = Filter commitments by text
filter-sector = Sector
filter-sector-all = All sectors
filter-meeting = Meeting
filter-meeting-all = All meetings
filter-status = Status
filter-status-all = All statuses
filter-verification = Verification
filter-verification-all = Any verification
filter-user-status = Your status
filter-user-status-all = Any (yours)
filter-tag = Your tag
filter-tag-all = Any tag
filter-clear = Clear filters
list-label = Commitments
list-empty = No commitments match these filters.
list-count-of = { $shown } of { $total }
note-marker = You annotated this
user-status-yours = You: { $status }

## The overview

overview-facts = Launched { $launched } · { $meetings } · { $commitments } · { $sources }.
overview-meetings = Meetings
overview-sectors = Commitments by sector and status
overview-legend = Status colours
# The badge of a meeting that is not confirmed: "Reported · unverified".
meeting-warning = { $status ->
    [reported] Reported
    [planned] Planned
   *[held] Held
} · { $verification ->
    [confirmed] confirmed
    [partial] partly confirmed
    [seed-only] seed text only
   *[unverified] unverified
}
meeting-card = List its commitments
meeting-card-note = { $note } Click to list its commitments.
sector-empty = No commitments
sector-count = { $number } { $status ->
    [delivered] delivered
    [in-progress] in progress
    [announced] announced
    [planned] planned
   *[recorded] recorded
}
sector-row = { $description } Click to list them.

## My notes

notes-export = Export…
notes-import = Import…
notes-help = Share your notes with a colleague as a file; importing merges theirs with yours and never deletes anything.
notes-exported = Exported { $revisions } to { $path }.
notes-follow-up = Follow up { $date }
orphaned = No longer in the dataset
    .title = The annotation is kept
import-summary = Imported { $path }: { $added }, { $present } already here.
import-group = { $title } ({ $count })
import-added = Added
import-added-hint = annotated for the first time
import-updated = Updated
import-updated-hint = the colleague’s newer version is now current
import-kept = Kept
import-kept-hint = your newer version stays current
import-anyway = Import anyway
import-cancel = Cancel
import-nothing = Nothing changed.

## The commitment detail

detail-context = Context
detail-context-kind = Context · { $kind }
detail-meeting = Meeting
detail-no-meeting = None (context item)
detail-date = Date
detail-kind = Kind
detail-sectors = Sectors
detail-status = Status
detail-as-of = as of { $date }
detail-verification = Verification
detail-actors = Actors
detail-see-also = See also
detail-sources = Sources
detail-no-sources = No sources recorded.
detail-lineage = Lineage across councils
detail-close = Close detail (Esc)
    .title = Close (Esc)
lineage-this = (this)
conflicts-title = { $count ->
    [one] Sources conflict
   *[other] Sources conflict ({ $number })
}
conflict-sources = Sources:
conflict-assessment = Assessment:
claim-used = ✓ Used
    .title = The value the dataset uses
source-open = Open ↗
source-open-label = Open source { $number } in your browser

## Date fields

date-placeholder = { $order ->
    [ymd] yyyy/mm/dd
   *[dmy] dd/mm/yyyy
}
date-not-yet = Not a date yet: { $error }.
date-error-year = write the year in full, { $where ->
    [first] first
   *[last] last
}: { $hint }
date-error-form = “{ $text }” is not a date; write it as { $hint }
date-error-range = the year { $year } is outside { $min }–{ $max }
date-error-month = there is no month { $month }
date-error-day = { $month } has no day { $day }

## The search box

search-placeholder = Search commitments and your notes… (Ctrl+K)
search-label = Search commitments and your notes
    .title = Search commitments and your notes (Ctrl+K)
search-results = Search results
search-empty = No matches
search-orphaned = Orphaned note
search-brief = Brief
search-field-title = title
search-field-summary = summary
search-field-note = your note
search-field-tags = your tags
search-field-actors = actors
search-field-sectors = sectors
search-field-meeting = meeting
search-field-id = id

## Follow-ups

followups-help = The commitments you set a follow-up date on, overdue first. Set or change a date in a commitment’s notes (“Follow up on”).
followups-empty = No follow-up dates yet.
followups-group = { $group ->
    [overdue] Overdue
    [soon] Due in the next { $days } days
   *[later] Later
} ({ $count })
due-overdue = { $count ->
    [one] { $number } day overdue
   *[other] { $number } days overdue
}
due-today = due today
due-tomorrow = due tomorrow
due-in = { $count ->
    [one] in { $number } day
   *[other] in { $number } days
}

## About

about-title = About Briefdesk
about-intro = Briefdesk keeps the record of the EU–Japan Digital Partnership and your notes and briefs on this computer; it needs no network.
about-version = App version
about-dataset = Dataset
about-dataset-version = { $title }, version { $version }
about-as-of = Record as of
about-workspace = Workspace file
about-no-workspace = No workspace is open.
about-licence = Licence
about-licence-text = Code: MIT OR Apache-2.0. The dataset summarises public sources, each cited with its address.
about-fonts = Fonts
about-licence-show = The { $licence }

## Add to a brief

add-to-brief = Add to a brief
add-to-brief-none = You have no brief yet.
add-to-brief-start = Start a brief…
add-to-brief-brief = Brief

## Notices

notice-dismiss = Dismiss this message
    .title = Dismiss (Esc)
language = Language
notes-list-label = Your notes
about-font-role = { $role ->
    [ui-and-pdf] the app’s text (bundled) and the text of exported PDFs (embedded).
    [ui-marks] the app’s arrows, check mark and the name 日本語 in the language menu (bundled subsets, so that no other font has to be loaded for them).
    [pdf-symbols] emoji and symbols in exported PDFs (from the system’s fonts-symbola).
   *[pdf-japanese] Japanese text in exported PDFs (from the system’s fonts-noto-cjk).
}

## The brief's preview

preview-empty = Nothing in this section yet: the export leaves it out.

## Errors: a headline by the error's code, before the core's own words (English)
error-dataset-invalid = The record could not be read.
error-not-found = Not found.
error-invalid-input = This cannot be saved as it is.
error-workspace-unavailable = Your workspace cannot be used.
error-busy = The workspace is busy.
error-file = The file could not be used.
error-conflict = Someone else changed this too.
error-needs-confirmation = Please confirm first.
error-release-refused = This release of the record was refused.
error-internal = Something went wrong.
error-offline = The team’s server could not be reached; your work is kept and waits for the next sync.
error-password-needed = The team’s server asks for your password.
error-server-refused = The team’s server refused.

## The record: your own records and corrections, releases

nav-record = Record
    .title = The release of the record, updating it, and your own records and corrections
nav-news = { $count ->
    [one] { $number } new
   *[other] { $number } new
}
record-title = The record
record-release = The release in use
record-update = Update the record…
record-yours = Your own records and corrections
record-add-commitment = Add commitment
record-add-meeting = Add meeting
record-on-release = On release { $version } of { $date }, published by
record-none = You have added or corrected nothing yet. Add a commitment or a meeting here, or correct a record from its detail or from the meeting timeline.
record-kind = { $kind ->
    [meeting] meeting
    [commitment] commitment
    [context] context item
    [source] source
    [actor] actor
    [conflict] conflict
    [sector] sector
   *[about] about the record:
}
record-mark = { $mark ->
    [own] Yours
   *[corrected] Corrected
}
record-removed = Removed: { $id } (Undo brings it back).
record-remove-refused = Not removed: other records rely on it ({ $problems }).
release-built-in = built into Briefdesk
release-signed = signed by key { $key } ({ $name })
release-accepted = not signed by a key you trust; imported because you confirmed it
release-folder = a dataset folder
release-in-use = In use
release-use = Use this release
release-now = The record is now on release { $version }.
release-applied = The record is now on release { $version }; the previous release stays installed.
release-refused-title = This release was not imported
release-accept = Import it anyway
news-count = { $count ->
    [one] One record is new or changed since you last looked.
   *[other] { $number } records are new or changed since you last looked.
}
news-mark-seen = Mark all as seen
news-seen = Everything new is marked as seen.
news-mark = { $change ->
    [added] New
   *[changed] Changed
}
entry-own = { $kind ->
    [meeting] your meeting
    [commitment] your commitment
    [source] your source
    [actor] your actor
   *[other] your record
}
entry-correction = { $field ->
    [status] correction of the status
    [verification] correction of the verification
    [date] correction of the date
    [place] correction of the place
    [participants] correction of the participants
    [source] a further source
    [builds-on] a further lineage link
   *[see-also] a further related record
}
entry-by = by { $author }, { $date }
entry-state = { $state ->
    [applied] shown
    [covered] the release has it: it can be retired
   *[not-applied] not shown: it does not fit the release
}
entry-remove = Remove
entry-retire = Retire

## The change report of a release

report-title = Update to release { $version }
report-head = From release { $from } to release { $to } of { $date }, published by
report-added = { $count ->
    [one] { $number } record added
   *[other] { $number } records added
}
report-removed = { $count ->
    [one] { $number } record removed
   *[other] { $number } records removed
}
report-changed = { $count ->
    [one] { $number } record changed
   *[other] { $number } records changed
}
report-more = { $count ->
    [one] … and { $number } more
   *[other] … and { $number } more
}
report-added-title = Added
report-removed-title = Removed
report-changed-title = Changed, field by field
report-covered-title = Your records and corrections the release now has (they can be retired)
report-unfit-title = Your records and corrections that do not fit the release (kept, not shown until fixed)
report-orphans-title = Kept and flagged: what refers to records the release removes
report-orphan-note = Your note on { $id }
report-orphan-item = { $id } in the brief
report-retire = Retire the records and corrections the release now has
report-apply = Apply this release
report-cancel = Not now

## Provenance in the detail

prov-label = Where this record comes from
prov-added = Added by { $author } on { $date }.
prov-sources = Source:
prov-corrected = { $field ->
    [status] Status
    [verification] Verification
    [date] Date
    [place] Place
    [participants] Participants
    [source] Source added
    [builds-on] Lineage link added
   *[see-also] Related record added
} corrected by { $author } on { $date }:
prov-as-of = (as of { $date })
prov-show-shipped = Shipped value
prov-hide-shipped = Hide the shipped value
prov-source-added = Added by { $author } on { $date }
meeting-status = { $status ->
    [held] Held
    [planned] Planned
   *[reported] Reported, unconfirmed
}
detail-correct = Correct…
detail-add-commitment = Add commitment
timeline-add-meeting = Add meeting
timeline-add-commitment = Add commitment
timeline-add-commitment-label = Add commitment to the { $meeting }
timeline-correct = Correct…
timeline-correct-label = Correct the { $meeting }

## The forms of your own record

rf-commitment-title = Add a commitment of your own
rf-meeting-title = Add a meeting of your own
rf-correct-title = Correct
rf-add-help = It is checked with the whole record, as the shipped data is: every record it names must exist, and it must cite at least one source.
rf-correct-help = The value the release has is kept beside yours, one click away. Give the source that settles it.
rf-id = Id
rf-id-hint = (letters, digits, . _ -)
rf-meeting = Meeting
rf-own-date = Its own date
rf-sectors = Sectors (the first ticked is the main one)
rf-kind = Kind
rf-title = Title
rf-summary = Summary
rf-actors = Actors
rf-status = Status
rf-verification = Verification
rf-verification-note = What the sources confirm
rf-sources = Sources it cites
rf-builds-on = It continues (lineage)
rf-new-source = A new source
rf-new-source-help = A source that is not in the record yet (a press release on your desk): it is added with this record and cited by it.
rf-source-id = Source id
rf-source-title = Title of the source
rf-source-publisher = Publisher
rf-source-date = Date of the source
rf-source-url = Address (https://…)
rf-source-language = Language of the source
rf-language = { $lang ->
    [en] English
    [ja] Japanese
    [it] Italian
    [de] German
   *[fr] French
}
rf-meeting-kind-label = Kind of meeting
rf-meeting-kind = { $kind ->
    [council] Council
   *[summit] Summit
}
rf-number = Number
rf-meeting-date = Date of the meeting
rf-place = Place
rf-venue = Venue
rf-optional = (optional)
rf-participants = Participants
rf-field-label = What to correct
rf-field = { $field ->
    [status] Status
    [verification] Verification
    [date] Date
    [place] Place
    [participants] Participants
    [source] A further source
    [builds-on] A lineage link (it continues…)
   *[see-also] A related record
}
rf-new-value = New value
rf-as-of = As of
rf-settling-source = The source that settles it
rf-settling-source-hint = (or give a new source below)
rf-pick-source = Choose a source…
rf-add-commitment = Add commitment
rf-add-meeting = Add meeting
rf-save-correction = Save correction
rf-cancel = Cancel
rf-saved-commitment = Added your commitment { $id }.
rf-saved-meeting = Added your meeting { $id }.
rf-saved-correction = Saved your correction of { $id } ({ $field }).
unsaved-record-form = The form on the Record screen
discarded-record-form = Discarded what you typed in the form.

## Team: sync with colleagues through the organisation's server
team-indicator-none = Team
team-indicator-title = Team: sync with colleagues
team-indicator-synced = Synced
team-indicator-pending = { $count ->
    [one] { $number } to send
   *[other] { $number } to send
}
team-indicator-offline = Offline
team-indicator-error = Sync error
team-indicator-with = { $state }: { $message }
team-title = Team
team-intro = Share notes and briefs with your unit through your organisation’s PostgreSQL server. You keep working offline; changes travel when the app syncs (every few minutes, or now).
team-url = Server URL
team-url-hint = As your IT department gave it (libpq form), without a password.
team-url-missing = Enter the server’s URL first.
team-name = Team
team-name-hint = Optional: only when you are a member of several teams on this server.
team-password = Password
team-password-hint = Used for this session only, never stored. Leave it empty when your password file (~/.pgpass) or PGPASSWORD holds it.
team-join = Join
team-joining = Joining…
team-joined = You joined { $team }.
team-sync-result = Sent { $sent }, received { $received }.
team-server = Server
team-member = Member
team-last-sync = Last sync
team-never = Never
team-pending = To send
team-pending-none = Nothing
team-last-error = Last error
team-no-error = None
team-refused = Refused
team-refused-none = None
team-refused-count = { $count ->
    [one] { $number } revision (kept here)
   *[other] { $number } revisions (kept here)
}
team-sync-now = Sync now
team-syncing = Syncing…
team-leave = Leave team
team-left = You left the team. Everything you and your colleagues wrote stays in this workspace.
team-background = The app also syncs by itself every 5 minutes while it is open.
team-received = { $count ->
    [one] { $number } change from colleagues is shown.
   *[other] { $number } changes from colleagues are shown.
}
