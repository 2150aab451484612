# Labels of the record, dates, ordinals and counts: shared by the app's
# screens and the exports (PDF, Markdown, DOCX) and the CLI.
#
# Conventions (both Fluent runtimes behave the same with them): years, days
# and ids are passed as strings; $count is a number, for plurals only, and
# $number is the count as printed; $month is a number (1–12) for selectors.

## Dates

date-day = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-year = { $year }
date-time = { $date }, { $time }

## Ordinals and meetings

# $category is the number's ordinal plural category in the language
# (Unicode CLDR: one, two, few, other), computed by the caller.
ordinal = { $category ->
    [one] { $number }st
    [two] { $number }nd
    [few] { $number }rd
   *[other] { $number }th
}
# "2nd Council", "28th Summit".
meeting-short = { $kind ->
    [summit] { $ordinal } Summit
   *[council] { $ordinal } Council
}
# A meeting's title made from its fixed parts (English shows the record's own).
meeting-title = { $kind ->
    [summit] { $ordinal } EU–Japan Summit
   *[council] { $ordinal } EU–Japan Digital Partnership Council
}
# For the meeting filter: "2024 · 2nd Council, Brussels".
meeting-option = { $year } · { $meeting }, { $place }

## Statuses, verification, kinds

status-delivered = Delivered
status-in-progress = In progress
status-announced = Announced
status-planned = Planned
status-recorded = Recorded

verification-confirmed = Confirmed
verification-partial = Partly confirmed
verification-seed-only = Seed text only
verification-unverified = Unverified

kind-agreement-signed = Agreement signed
kind-initiative = Initiative
kind-research-call = Research call
kind-dialogue = Dialogue
kind-working-group = Working group
kind-statement = Statement
kind-next-step = Next step


user-status-on-track = On track
user-status-at-risk = At risk
user-status-delayed = Delayed
user-status-delivered = Delivered
user-status-not-pursued = Not pursued
user-status-unknown = Unknown

## Counts

count-commitments = { $count ->
    [one] { $number } commitment
   *[other] { $number } commitments
}
count-meetings = { $count ->
    [one] { $number } meeting
   *[other] { $number } meetings
}
count-sources = { $count ->
    [one] { $number } source
   *[other] { $number } sources
}
count-sections = { $count ->
    [one] { $number } section
   *[other] { $number } sections
}
count-revisions = { $count ->
    [one] { $number } revision
   *[other] { $number } revisions
}
count-new-revisions = { $count ->
    [one] { $number } new revision
   *[other] { $number } new revisions
}

## Lists

# "a, b and c": $head is the list but the last, joined by list-separator.
list-and = { $head } and { $last }
list-separator = {", "}
# Between items that hold commas themselves.
list-strong-separator = {"; "}
# A value that ends a labelled line: "Actors: Jane, DG CNECT."
sentence = { $text }.
# An aside in brackets.
aside = ({ $text })
# A label before its value: "Author: ".
label-head = { $label }{": "}
