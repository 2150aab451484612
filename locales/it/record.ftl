# Etichette del registro, date, ordinali e conteggi: condivise dalle schermate
# dell'app, dalle esportazioni (PDF, Markdown, DOCX) e dalla riga di comando.
# Convenzioni: vedi locales/en/record.ftl.

## Date

date-day = { $day } { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
} { $year }
date-month = { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
} { $year }
date-year = { $year }
date-time = { $date }, ore { $time }

## Ordinali e riunioni

ordinal = { $number }°
meeting-short = { $kind ->
    [summit] { $ordinal } vertice
   *[council] { $ordinal } Consiglio
}
meeting-title = { $kind ->
    [summit] { $ordinal } vertice UE-Giappone
   *[council] { $ordinal } Consiglio del partenariato digitale UE-Giappone
}
meeting-option = { $year } · { $meeting }, { $place }

## Stati, verifica, tipi

status-delivered = Realizzato
status-in-progress = In corso
status-announced = Annunciato
status-planned = Previsto
status-recorded = Registrato

verification-confirmed = Confermato
verification-partial = Confermato in parte
verification-seed-only = Solo dal testo di partenza
verification-unverified = Non verificato

kind-agreement-signed = Accordo firmato
kind-initiative = Iniziativa
kind-research-call = Bando di ricerca
kind-dialogue = Dialogo
kind-working-group = Gruppo di lavoro
kind-statement = Dichiarazione
kind-next-step = Passo successivo


user-status-on-track = In linea
user-status-at-risk = A rischio
user-status-delayed = In ritardo
user-status-delivered = Realizzato
user-status-not-pursued = Non perseguito
user-status-unknown = Non noto

## Conteggi

count-commitments = { $count ->
    [one] { $number } impegno
   *[other] { $number } impegni
}
count-meetings = { $count ->
    [one] { $number } riunione
   *[other] { $number } riunioni
}
count-sources = { $count ->
    [one] { $number } fonte
   *[other] { $number } fonti
}
count-sections = { $count ->
    [one] { $number } sezione
   *[other] { $number } sezioni
}
count-revisions = { $count ->
    [one] { $number } revisione
   *[other] { $number } revisioni
}
count-new-revisions = { $count ->
    [one] { $number } nuova revisione
   *[other] { $number } nuove revisioni
}

## Elenchi

list-and = { $head } e { $last }
list-separator = {", "}
list-strong-separator = {"; "}
sentence = { $text }.
aside = ({ $text })
label-head = { $label }{": "}
