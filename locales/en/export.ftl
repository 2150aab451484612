# The words of the exports (PDF, Markdown, DOCX) and of the command line.
# Conventions: see record.ftl. "export-" ids are the exports' (and the CLI's
# export messages); the record's labels (status-…, verification-…) are in
# record.ftl.

## Cover and contents

export-briefing-note = Briefing note
export-handling = Handling
export-meeting = Meeting
export-date = Date
export-author = Author
export-audience = Audience
export-includes-notes = Includes the author’s notes.
export-leaves-out-notes = This edition leaves out the author’s own notes.
export-missing-note = { $count ->
    [one] Note: one commitment of this brief is no longer in the dataset: { $ids }.
   *[other] Note: some commitments of this brief are no longer in the dataset: { $ids }.
}
export-prepared-with = Prepared with Briefdesk from the record of the EU–Japan Digital Partnership. Exported { $date }.
export-contents = Contents
export-left-out = Not yet written, so left out of this draft: { $sections }.
export-watermark = DRAFT
# "Briefing note for the 4th EU–Japan Digital Partnership Council" (the PDF's subject).
export-subject-meeting = Briefing note for the { $meeting }
export-subject = Briefing note on the EU–Japan Digital Partnership

## Sections

export-since-last-council = Since the last council
export-since-intro = What the { $meeting } ({ $place }, { $date }) added, by sector, and what it continues.
export-since-none = The record holds no council before this brief’s meeting.
export-since-unchanged = Nothing new in: { $sectors }.
export-new = new
export-continues = continues { $ids }
export-continued-by = continued by { $ids }
# After a commitment's id and title in "Since the last council".
export-since-entry = ({ $status }); { $continuation }.
# A record a brief refers to, with the year of its meeting: "C1-05 (2023)".
export-record-ref = { $id } ({ $year })
# Two clauses of one sentence: "continues …; continued by …".
export-clauses = { $first }; { $second }
export-sector-missing = This sector is no longer in the dataset.
export-talking-points = Talking points
export-commitments = Commitments
export-context = Context
export-context-help = Related developments in the record; not Council outcomes.
export-context-not-outcome = Context, not a Council outcome
export-status = Status: { $status }
export-verification = Verification: { $verification }
export-actors = Actors: { $actors }.
export-lineage = Lineage: { $lineage }.
export-your-note = Your note
export-your-status = your status: { $status }
export-tags = tags: { $tags }
export-follow-up = follow up by { $date }
export-missing-heading = { $id } (no longer in the dataset)
export-missing-item = A dataset update removed this commitment; the brief keeps the reference.
export-meeting-line = { $meeting }, { $place }, { $date }

## Sources, pages

export-sources = Sources
export-no-url = No URL.
export-page-front = Page { $page }
export-page-of = Page { $page } of { $pages }
export-actors-label = Actors
export-lineage-label = Lineage

## New briefs

template-council-preparation = Council preparation
template-untitled = Untitled brief
template-quick-brief = { $sector }: quick brief
template-background = Where cooperation on { $sector } stands: what was agreed, what has happened since, what is open.
template-talking-points = What to say on { $sector }: what to welcome, what to press for, what to avoid.

## The Word (DOCX) export

# The first keyword of a DOCX’s properties (the sectors follow).
docx-keyword = EU–Japan Digital Partnership

## Provenance: your own records and corrections in exports

export-prov-added = Added by { $author } on { $date }; source: { $sources }.
export-prov-corrected = { $field ->
    [status] Status
    [verification] Verification
    [date] Date
    [place] Place
   *[participants] Participants
} corrected by { $author } on { $date }: { $value }{ $as_of ->
    [none] {""}
   *[other] {" "}(as of { $as_of })
}, source { $source }; shipped value: { $shipped }.
export-prov-added-link = { $field ->
    [source] A source
    [builds-on] A lineage link
   *[see-also] A related record
} added by { $author } on { $date }: { $value }, source { $source }.
export-prov-none = none
export-source-added = added by { $author } on { $date }
export-participants = Participants: { $participants }.
export-meeting-status = { $status ->
    [held] held
    [planned] planned
   *[reported] reported, unconfirmed
}
