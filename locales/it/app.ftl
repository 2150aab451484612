# Le schermate dell'app. Etichette del registro, date e conteggi: record.ftl.

app-name = Briefdesk
loading-record = Caricamento del registro…
record-failed = Non è stato possibile caricare il registro.
retry = Riprova
dismiss = Chiudi
dataset-line = { $partnership } · dati { $version } · aggiornati al { $date }

## Intestazione

nav-label = Schermate
nav-overview = Panoramica
nav-commitments = Impegni
nav-notes = Le mie note
nav-followups = Promemoria
nav-briefs = Note informative
nav-about = Informazioni
nav-followups-due = { $count ->
    [one] { $number } in scadenza
   *[other] { $number } in scadenza
}
history-label = Annulla e ripeti
undo-button = ↶ Annulla
    .title = Annulla l’ultima modifica a note o note informative (Ctrl+Z fuori da un campo di testo)
redo-button = ↷ Ripeti
    .title = Ripeti (Ctrl+Maiusc+Z fuori da un campo di testo)
detail-label = Dettaglio dell’impegno

## Annulla e ripeti

undo-not-saved = Non è stato { $which ->
    [undo] annullato
   *[redo] ripetuto
} nulla: l’ultima modifica non è ancora salvata.
undo-nothing = { $which ->
    [undo] Niente da annullare.
   *[redo] Niente da ripetere.
}
undo-brief = { $which ->
    [undo] Annullato
   *[redo] Ripetuto
}: una modifica alla nota informativa «{ $title }»
undo-brief-deleted = { $which ->
    [undo] Annullato
   *[redo] Ripetuto
}: la nota informativa ora è eliminata
undo-record = { $which ->
    [undo] Annullata
   *[redo] Ripristinata
}: una modifica ai tuoi record o alle tue correzioni
undo-annotation = { $which ->
    [undo] Annullato
   *[redo] Ripetuto
}: { $what } su { $id }
field-note = nota
field-status = stato
field-tags = etichette
field-follow-up = promemoria
field-annotation = annotazione

## Ciò che non si può salvare

unsaved-note = La tua nota su { $id }
unsaved-brief = La nota informativa «{ $title }»
unsaved-leave-message = { $what }: non salvata{ $reason ->
    [none] {""}
   *[other] {" "}({ $reason })
}. Resta dove l’hai scritta; Briefdesk non la lascia finché non è salvata o non la scarti.
unsaved-quit-message = { $what }: non salvata{ $reason ->
    [none] {""}
   *[other] {" "}({ $reason })
}. Briefdesk resta aperto perché nulla vada perso.
concurrent-overridden = { $what } è stata modificata altrove nel frattempo ({ $fields }): vale la tua versione, l’altra resta nella sua Cronologia.
concurrent-kept = { $what } è stata modificata altrove nel frattempo: quella modifica ({ $fields }) è conservata insieme alla tua.
unsaved-show = Mostrala
unsaved-quit = Esci senza salvare
unsaved-discard = Scarta le modifiche
discarded-note = Modifiche non salvate alla tua nota su { $id } scartate.
discarded-brief = Modifiche non salvate alla nota informativa «{ $title }» scartate.

## Lo spazio di lavoro

workspace-off = La modifica di note e note informative è disattivata: { $problem }
workspace-refused-title = Non è stato possibile aprire lo spazio di lavoro delle note
workspace-refused-help = Puoi ancora consultare il registro, ma scrivere note resta disattivato finché non avvii un nuovo spazio di lavoro. Il vecchio file viene rinominato e conservato, mai eliminato: nulla di ciò che contiene va perso.
workspace-reset = Avvia un nuovo spazio di lavoro
workspace-fresh = È aperto un nuovo spazio di lavoro; puoi di nuovo scrivere note.
workspace-kept-as = Il vecchio file è stato conservato come { $path }.

## Aprire collegamenti e file

open-failed = { $what ->
    [link] Questo computer non ha aperto il collegamento: nessun browser è configurato per aprirlo. Puoi copiarlo da qui:
   *[file] Questo computer non ha aperto il file: nessun programma è configurato per aprirlo. Puoi copiarne il percorso da qui:
}
open-failed-address = { $what ->
    [link] Il collegamento, da copiare
   *[file] Il percorso del file, da copiare
}

## Aggiungere a una nota informativa

added-to-brief = { $id } aggiunto a «{ $title }», nella sezione { $section }{ $created ->
    [yes] {" "}(nuova)
   *[no] {""}
}. Annulla lo toglie di nuovo.
added-to-brief-open = Apri la nota informativa

## Il pannello delle annotazioni

annotation-label = La tua annotazione
annotation-title = Le tue note
annotation-note = Nota
annotation-note-placeholder = La tua nota (testo semplice; **grassetto**, elenchi con - e collegamenti vanno bene)
annotation-status = Il tuo stato
annotation-status-none = Nessuno
annotation-follow-up = Promemoria il
annotation-tags = Etichette
annotation-tags-hint = (separate da virgole)
annotation-tags-placeholder = es. chip, METI
annotation-date-invalid = la data del promemoria «{ $text }» non è una data ({ $error })
history = Cronologia
history-empty = Ancora nessuna revisione.
history-empty-note = (nota vuota)
history-current = Attuale
history-restore = Ripristina
origin-local = Modificata qui
origin-restore = Ripristinata
origin-import = Importata da { $from }
origin-team = Da { $who }

## Salvataggio durante la scrittura (note e note informative)

save-state-loading = Caricamento…
save-state-saving = Salvataggio…
save-state-unsaved = Modifiche non salvate
save-state-saved = Salvato
save-state-saved-from = Salvato · da { $who }
save-state-error = Non salvato: { $error }. Il tuo testo resta qui; viene salvato appena possibile.
save-state-unknown-error = errore sconosciuto
save-state-disabled = La modifica non è disponibile.

## L’editor della nota informativa

brief-back = ← Tutte le note informative
brief-untitled = Senza titolo
brief-title = Titolo
brief-meeting = Riunione
brief-meeting-none = Nessuna
brief-meeting-other = Un’altra riunione…
brief-meeting-other-placeholder = Quale riunione?
brief-date = Data
brief-date-invalid = la data «{ $text }» non è una data ({ $error })
brief-author = Autore
brief-audience = Destinatari
brief-marking = Classificazione
brief-marking-placeholder = es. Bozza, Uso limitato
brief-revision = { $title } · { $sections }, { $commitments }
brief-revision-deleted = Eliminata
brief-origin-local = Modificata
brief-restored = Ripristinata una versione precedente (Annulla torna indietro).
preview = Anteprima
preview-jump = Anteprima ↓
preview-back = ↑ Torna alla modifica
export-group = Esporta
export-draft = Bozza
export-draft-title = Una filigrana BOZZA su ogni pagina
export-notes = Includi le mie note
export-notes-title = Le tue note sugli impegni, dove la nota informativa le prevede; escluse se la casella non è spuntata
export-lang = Lingua
export-lang-title = La lingua di etichette, date e numeri di pagina dell’esportazione; il testo del registro resta com’è
brief-sections-label = Sezioni
export-markdown = Markdown…
export-word = Esporta Word…
export-pdf = Esporta PDF…
export-notes-in = { $count ->
    [one] La tua nota su { $number } impegno va nell’esportazione; la copertina riporta «Comprende le note dell’autore».
   *[other] Le tue note su { $number } impegni vanno nell’esportazione; la copertina riporta «Comprende le note dell’autore».
}
export-notes-out = Le tue note restano fuori dall’esportazione; la copertina lo dice.
export-notes-none = In questa nota informativa non compare nessuna tua nota.
brief-quick-notes = con le mie note
    .title = Mostra nella nota rapida le tue note sugli impegni del settore
export-not-saved = La nota informativa non è ancora salvata, quindi non è stata esportata.
exported = Esportata in { $path } ({ $notes ->
    [yes] con le tue note
   *[no] senza le tue note
}).
exported-open = Apri
since-last-council = Dall’ultimo Consiglio
since-last-council-help = Compilata dal registro quando la nota informativa viene letta: ciò che l’ultimo Consiglio ha aggiunto in ogni settore e ciò che prosegue.
section-background = Contesto
section-background-placeholder = Contesto: ciò che il lettore deve sapere.
section-handle-label = Sezione { $position } di { $total }: { $heading }. Alt+Su o Alt+Giù la sposta.
section-removed = Sezione «{ $heading }» rimossa (Annulla la ripristina).
section-add = + Aggiungi sezione
section-add-label = Sezione da aggiungere
section-add-none = Ogni settore ha già una sezione.
sections-empty = Ancora nessuna sezione: aggiungine una qui sotto.
remove = Rimuovi
drag-title = Trascina per riordinare, oppure Alt+↑/↓
move-up = Sposta su
    .title = Sposta su (Alt+↑)
move-down = Sposta giù
    .title = Sposta giù (Alt+↓)
talking-points = Punti da sottolineare
talking-point-placeholder = Un punto da sottolineare
talking-point-remove = Rimuovi questo punto
talking-point-add = + Punto da sottolineare
items = Impegni
items-empty = Ancora nessun impegno: sceglili qui sotto.
item-handle-label = { $id }, { $position } di { $total }. Alt+Su o Alt+Giù lo sposta.
item-missing = Non più nei dati (conservato)
item-note = la tua nota
item-note-title = Mostra la tua nota su questo impegno nella nota informativa
item-remove = Rimuovi { $id }
picker-placeholder = Cerca impegni e le tue note da aggiungere…
picker-label = Cerca impegni da aggiungere
picker-any-meeting = Qualsiasi riunione
picker-only = solo { $sector }
picker-hint = Scrivi per cercare in tutti i settori, oppure scegli una riunione.
picker-nothing-more = Non c’è altro da aggiungere qui.
picker-add = Aggiungi

## L’elenco delle note informative

briefs-title = Note informative
briefs-list-label = Le tue note informative
briefs-empty = Ancora nessuna nota informativa. Iniziane una qui sopra.
brief-new-from = Nuova nota informativa da
brief-new-title-placeholder = Titolo (facoltativo)
brief-create = Crea
brief-quick-for = Nota rapida per
brief-quick = Nota rapida
    .title = Tutti gli impegni del settore, in ordine di riunione
brief-blank = Vuota
template-builtin = { $title } (predefinito)
template-yours = { $title } (tuo modello)
templates-yours = I tuoi modelli: { $titles }.
brief-card-meta = { $sections } · { $commitments } · salvata il { $saved }
brief-duplicate = Duplica
brief-save-template = Salva come modello
brief-delete = Elimina
brief-saved-template = «{ $title }» salvata come modello.
brief-duplicated = Creata «{ $title }».
brief-deleted = «{ $title }» eliminata. Annulla (Ctrl+Z) la ripristina.

## L’elenco degli impegni

filter-placeholder = Filtra… ( / )
filter-label = Filtra gli impegni per testo
filter-sector = Settore
filter-sector-all = Tutti i settori
filter-meeting = Riunione
filter-meeting-all = Tutte le riunioni
filter-status = Stato
filter-status-all = Tutti gli stati
filter-verification = Verifica
filter-verification-all = Qualsiasi verifica
filter-user-status = Il tuo stato
filter-user-status-all = Qualsiasi (tuo)
filter-tag = La tua etichetta
filter-tag-all = Qualsiasi etichetta
filter-clear = Azzera i filtri
list-label = Impegni
list-empty = Nessun impegno corrisponde a questi filtri.
list-count-of = { $shown } di { $total }
note-marker = Hai annotato questo impegno
user-status-yours = Tu: { $status }

## La panoramica

overview-facts = Avviato il { $launched } · { $meetings } · { $commitments } · { $sources }.
overview-meetings = Riunioni
overview-sectors = Impegni per settore e stato
overview-legend = Colori degli stati
meeting-warning = { $status ->
    [reported] Annunciata
    [planned] Prevista
   *[held] Tenuta
} · { $verification ->
    [confirmed] confermata
    [partial] confermata in parte
    [seed-only] solo dal testo di partenza
   *[unverified] non verificata
}
meeting-card = Elenca i suoi impegni
meeting-card-note = { $note } Fai clic per elencarne gli impegni.
sector-empty = Nessun impegno
sector-count = { $number } { $status ->
    [delivered] realizzati
    [in-progress] in corso
    [announced] annunciati
    [planned] previsti
   *[recorded] registrati
}
sector-row = { $description } Fai clic per elencarli.

## Le mie note

notes-export = Esporta…
notes-import = Importa…
notes-help = Condividi le tue note con un collega come file; l’importazione unisce le sue alle tue e non elimina mai nulla.
notes-exported = Esportate { $revisions } in { $path }.
notes-follow-up = Promemoria il { $date }
orphaned = Non più nei dati
    .title = L’annotazione è conservata
import-summary = Importato { $path }: { $added }, { $present } già presenti.
import-group = { $title } ({ $count })
import-added = Aggiunte
import-added-hint = annotati per la prima volta
import-updated = Aggiornate
import-updated-hint = ora vale la versione più recente del collega
import-kept = Mantenute
import-kept-hint = resta valida la tua versione più recente
import-anyway = Importa comunque
import-cancel = Annulla
import-nothing = Nessun cambiamento.

## Il dettaglio dell’impegno

detail-context = Contesto
detail-context-kind = Contesto · { $kind }
detail-meeting = Riunione
detail-no-meeting = Nessuna (elemento di contesto)
detail-date = Data
detail-kind = Tipo
detail-sectors = Settori
detail-status = Stato
detail-as-of = al { $date }
detail-verification = Verifica
detail-actors = Attori
detail-see-also = Vedi anche
detail-sources = Fonti
detail-no-sources = Nessuna fonte registrata.
detail-lineage = Continuità tra i Consigli
detail-close = Chiudi il dettaglio (Esc)
    .title = Chiudi (Esc)
lineage-this = (questo)
conflicts-title = { $count ->
    [one] Fonti in contrasto
   *[other] Fonti in contrasto ({ $number })
}
conflict-sources = Fonti:
conflict-assessment = Valutazione:
claim-used = ✓ Usato
    .title = Il valore usato dai dati
source-open = Apri ↗
source-open-label = Apri la fonte { $number } nel browser

## Campi data

date-placeholder = { $order ->
    [ymd] aaaa/mm/gg
   *[dmy] gg/mm/aaaa
}
date-not-yet = Non è ancora una data: { $error }.
date-error-year = scrivi l’anno per intero, { $where ->
    [first] all’inizio
   *[last] alla fine
}: { $hint }
date-error-form = «{ $text }» non è una data; scrivila come { $hint }
date-error-range = l’anno { $year } è fuori dall’intervallo { $min }–{ $max }
date-error-month = non esiste il mese { $month }
date-error-day = { $month } non ha il giorno { $day }

## La casella di ricerca

search-placeholder = Cerca impegni e note… (Ctrl+K)
search-label = Cerca negli impegni e nelle tue note
    .title = Cerca negli impegni e nelle tue note (Ctrl+K)
search-results = Risultati della ricerca
search-empty = Nessun risultato
search-orphaned = Nota orfana
search-brief = Nota informativa
search-field-title = titolo
search-field-summary = sintesi
search-field-note = la tua nota
search-field-tags = le tue etichette
search-field-actors = attori
search-field-sectors = settori
search-field-meeting = riunione
search-field-id = codice

## Promemoria

followups-help = Gli impegni per cui hai fissato un promemoria, prima quelli scaduti. Fissa o cambia una data nelle note di un impegno («Promemoria il»).
followups-empty = Ancora nessun promemoria.
followups-group = { $group ->
    [overdue] Scaduti
    [soon] In scadenza nei prossimi { $days } giorni
   *[later] Più avanti
} ({ $count })
due-overdue = { $count ->
    [one] scaduto da { $number } giorno
   *[other] scaduto da { $number } giorni
}
due-today = scade oggi
due-tomorrow = scade domani
due-in = { $count ->
    [one] tra { $number } giorno
   *[other] tra { $number } giorni
}

## Informazioni

about-title = Informazioni su Briefdesk
about-intro = Briefdesk conserva su questo computer il registro del partenariato digitale UE-Giappone, le tue note e le tue note informative; non ha bisogno della rete.
about-version = Versione dell’app
about-dataset = Dati
about-dataset-version = { $title }, versione { $version }
about-as-of = Registro aggiornato al
about-workspace = File dello spazio di lavoro
about-no-workspace = Nessuno spazio di lavoro aperto.
about-licence = Licenza
about-licence-text = Codice: MIT OR Apache-2.0. I dati sintetizzano fonti pubbliche, ciascuna citata con il suo indirizzo.
about-fonts = Caratteri
about-licence-show = Testo della { $licence }

## Aggiungere a una nota informativa

add-to-brief = Aggiungi a una nota informativa
add-to-brief-none = Non hai ancora nessuna nota informativa.
add-to-brief-start = Inizia una nota informativa…
add-to-brief-brief = Nota informativa

## Avvisi

notice-dismiss = Chiudi questo messaggio
    .title = Chiudi (Esc)
language = Lingua
notes-list-label = Le tue note
about-font-role = { $role ->
    [ui-and-pdf] il testo dell’app (incluso) e quello dei PDF esportati (incorporato).
    [ui-marks] le frecce, il segno di spunta e il nome 日本語 nel menu della lingua dell’app (sottoinsiemi inclusi, perché non serva caricare un altro font).
    [pdf-symbols] emoji e simboli nei PDF esportati (dal pacchetto di sistema fonts-symbola).
   *[pdf-japanese] il testo giapponese dei PDF esportati (dal pacchetto di sistema fonts-noto-cjk).
}

## L’anteprima della nota informativa

preview-empty = Ancora nulla in questa sezione: l’esportazione la tralascia.

## Errori: un titolo secondo il codice, prima del messaggio del nucleo (in inglese)
error-dataset-invalid = Non è stato possibile leggere il registro.
error-not-found = Non trovato.
error-invalid-input = Così non si può salvare.
error-workspace-unavailable = Il tuo spazio di lavoro non è utilizzabile.
error-busy = Lo spazio di lavoro è occupato.
error-file = Non è stato possibile usare il file.
error-conflict = Anche qualcun altro l’ha modificato.
error-needs-confirmation = Serve prima una conferma.
error-release-refused = Questa versione del registro è stata rifiutata.
error-internal = Qualcosa è andato storto.
error-offline = Impossibile raggiungere il server del team; il tuo lavoro resta qui e attende la prossima sincronizzazione.
error-password-needed = Il server del team chiede la tua password.
error-server-refused = Il server del team ha rifiutato.

## Il registro: i tuoi record e le tue correzioni, le versioni

nav-record = Registro
    .title = La versione del registro, il suo aggiornamento, i tuoi record e le tue correzioni
nav-news = { $count ->
    [one] { $number } novità
   *[other] { $number } novità
}
record-title = Il registro
record-release = La versione in uso
record-update = Aggiorna il registro…
record-yours = I tuoi record e le tue correzioni
record-add-commitment = Aggiungi un impegno
record-add-meeting = Aggiungi una riunione
record-on-release = Versione { $version } del { $date }, pubblicata da
record-none = Non hai ancora aggiunto né corretto nulla. Aggiungi qui un impegno o una riunione, oppure correggi un record dal suo dettaglio o dalla cronologia delle riunioni.
record-kind = { $kind ->
    [meeting] riunione
    [commitment] impegno
    [context] elemento di contesto
    [source] fonte
    [actor] attore
    [conflict] discordanza
    [sector] settore
   *[about] dati del registro:
}
record-mark = { $mark ->
    [own] Tuo
   *[corrected] Corretto
}
record-removed = Rimosso: { $id } (si può annullare).
record-remove-refused = Non rimosso: altri record dipendono da esso ({ $problems }).
release-built-in = inclusa in Briefdesk
release-signed = firmata con la chiave { $key } ({ $name })
release-accepted = non firmata con una chiave attendibile; importata perché l’hai confermata
release-folder = una cartella di dati
release-in-use = In uso
release-use = Usa questa versione
release-now = Il registro ora usa la versione { $version }.
release-applied = Il registro ora usa la versione { $version }; la versione precedente resta installata.
release-refused-title = Questa versione non è stata importata
release-accept = Importala comunque
news-count = { $count ->
    [one] Un record è nuovo o modificato dall’ultima volta che hai guardato.
   *[other] { $number } record sono nuovi o modificati dall’ultima volta che hai guardato.
}
news-mark-seen = Segna tutto come visto
news-seen = Tutte le novità sono segnate come viste.
news-mark = { $change ->
    [added] Nuovo
   *[changed] Modificato
}
entry-own = { $kind ->
    [meeting] tua riunione
    [commitment] tuo impegno
    [source] tua fonte
    [actor] tuo attore
   *[other] tuo record
}
entry-correction = { $field ->
    [status] correzione dello stato
    [verification] correzione della verifica
    [date] correzione della data
    [place] correzione del luogo
    [participants] correzione dei partecipanti
    [source] una fonte in più
    [builds-on] un collegamento di continuità in più
   *[see-also] un record correlato in più
}
entry-by = di { $author }, { $date }
entry-state = { $state ->
    [applied] mostrato
    [covered] già nella versione: si può ritirare
   *[not-applied] non mostrato: non è compatibile con la versione
}
entry-remove = Rimuovi
entry-retire = Ritira

## Il rapporto delle modifiche di una versione

report-title = Aggiornamento alla versione { $version }
report-head = Dalla versione { $from } alla versione { $to } del { $date }, pubblicata da
report-added = { $count ->
    [one] { $number } record aggiunto
   *[other] { $number } record aggiunti
}
report-removed = { $count ->
    [one] { $number } record rimosso
   *[other] { $number } record rimossi
}
report-changed = { $count ->
    [one] { $number } record modificato
   *[other] { $number } record modificati
}
report-more = { $count ->
    [one] … e un altro
   *[other] … e altri { $number }
}
report-added-title = Aggiunti
report-removed-title = Rimossi
report-changed-title = Modificati, campo per campo
report-covered-title = I tuoi record e correzioni che la versione ora contiene (si possono ritirare)
report-unfit-title = I tuoi record e correzioni non compatibili con la versione (conservati, non mostrati finché non li correggi)
report-orphans-title = Conservato e segnalato: ciò che rimanda a record rimossi dalla versione
report-orphan-note = La tua nota su { $id }
report-orphan-item = { $id } nella nota informativa
report-retire = Ritira i record e le correzioni che la versione ora contiene
report-apply = Applica questa versione
report-cancel = Non ora

## Provenienza nel dettaglio

prov-label = Da dove viene questo record
prov-added = Aggiunto da { $author } il { $date }.
prov-sources = Fonte:
prov-corrected = { $field ->
    [status] Stato
    [verification] Verifica
    [date] Data
    [place] Luogo
    [participants] Partecipanti
    [source] Fonte aggiunta
    [builds-on] Collegamento di continuità aggiunto
   *[see-also] Record correlato aggiunto
} corretto da { $author } il { $date }:
prov-as-of = (al { $date })
prov-show-shipped = Valore distribuito
prov-hide-shipped = Nascondi il valore distribuito
prov-source-added = Aggiunta da { $author } il { $date }
meeting-status = { $status ->
    [held] Tenuta
    [planned] Prevista
   *[reported] Segnalata, non confermata
}
detail-correct = Correggi…
detail-add-commitment = Aggiungi un impegno
timeline-add-meeting = Aggiungi una riunione
timeline-add-commitment = Aggiungi un impegno
timeline-add-commitment-label = Aggiungi un impegno a: { $meeting }
timeline-correct = Correggi…
timeline-correct-label = Correggi: { $meeting }

## I moduli dei tuoi record

rf-commitment-title = Aggiungi un tuo impegno
rf-meeting-title = Aggiungi una tua riunione
rf-correct-title = Correggi
rf-add-help = Viene verificato con tutto il registro, come i dati distribuiti: ogni record che nomina deve esistere e deve citare almeno una fonte.
rf-correct-help = Il valore della versione resta accanto al tuo, a un clic di distanza. Indica la fonte che lo stabilisce.
rf-id = Identificativo
rf-id-hint = (lettere, cifre, . _ -)
rf-meeting = Riunione
rf-own-date = Data propria
rf-sectors = Settori (il primo spuntato è il principale)
rf-kind = Tipo
rf-title = Titolo
rf-summary = Sintesi
rf-actors = Attori
rf-status = Stato
rf-verification = Verifica
rf-verification-note = Che cosa confermano le fonti
rf-sources = Fonti citate
rf-builds-on = Dà seguito a (continuità)
rf-new-source = Una nuova fonte
rf-new-source-help = Una fonte che non è ancora nel registro (un comunicato stampa sulla tua scrivania): viene aggiunta con questo record, che la cita.
rf-source-id = Identificativo della fonte
rf-source-title = Titolo della fonte
rf-source-publisher = Editore
rf-source-date = Data della fonte
rf-source-url = Indirizzo (https://…)
rf-source-language = Lingua della fonte
rf-language = { $lang ->
    [en] Inglese
    [ja] Giapponese
    [it] Italiano
    [de] Tedesco
   *[fr] Francese
}
rf-meeting-kind-label = Tipo di riunione
rf-meeting-kind = { $kind ->
    [council] Consiglio
   *[summit] Vertice
}
rf-number = Numero
rf-meeting-date = Data della riunione
rf-place = Luogo
rf-venue = Sede
rf-optional = (facoltativo)
rf-participants = Partecipanti
rf-field-label = Che cosa correggere
rf-field = { $field ->
    [status] Stato
    [verification] Verifica
    [date] Data
    [place] Luogo
    [participants] Partecipanti
    [source] Una fonte in più
    [builds-on] Un collegamento di continuità (dà seguito a…)
   *[see-also] Un record correlato
}
rf-new-value = Nuovo valore
rf-as-of = Alla data del
rf-settling-source = La fonte che lo stabilisce
rf-settling-source-hint = (oppure indica sotto una nuova fonte)
rf-pick-source = Scegli una fonte…
rf-add-commitment = Aggiungi l’impegno
rf-add-meeting = Aggiungi la riunione
rf-save-correction = Salva la correzione
rf-cancel = Annulla
rf-saved-commitment = Aggiunto il tuo impegno { $id }.
rf-saved-meeting = Aggiunta la tua riunione { $id }.
rf-saved-correction = Salvata la tua correzione di { $id } ({ $field }).
unsaved-record-form = Il modulo della schermata Registro
discarded-record-form = Ciò che avevi scritto nel modulo è stato scartato.

## Team: sincronizzazione con i colleghi tramite il server dell'organizzazione
team-indicator-none = Team
team-indicator-title = Team: sincronizzazione con i colleghi
team-indicator-synced = Sincronizzato
team-indicator-pending = { $count ->
    [one] { $number } da inviare
   *[other] { $number } da inviare
}
team-indicator-offline = Non in linea
team-indicator-error = Errore di sincronizzazione
team-indicator-with = { $state }: { $message }
team-title = Team
team-intro = Condividi note e brief con la tua unità tramite il server PostgreSQL della tua organizzazione. Continui a lavorare anche senza rete; le modifiche partono quando l’app si sincronizza (ogni pochi minuti, o subito).
team-url = URL del server
team-url-hint = Come te l’ha fornito il reparto informatico (formato libpq), senza password.
team-url-missing = Inserisci prima l’URL del server.
team-name = Team
team-name-hint = Facoltativo: solo se fai parte di più team su questo server.
team-password = Password
team-password-hint = Usata solo per questa sessione, mai salvata. Lasciala vuota se è già nel file delle password (~/.pgpass) o in PGPASSWORD.
team-join = Unisciti
team-joining = Connessione in corso…
team-joined = Ora fai parte di { $team }.
team-sync-result = Inviate { $sent }, ricevute { $received }.
team-server = Server
team-member = Membro
team-last-sync = Ultima sincronizzazione
team-never = Mai
team-pending = Da inviare
team-pending-none = Niente
team-last-error = Ultimo errore
team-no-error = Nessuno
team-refused = Rifiutate
team-refused-none = Nessuna
team-refused-count = { $count ->
    [one] { $number } revisione (conservata qui)
   *[other] { $number } revisioni (conservate qui)
}
team-sync-now = Sincronizza ora
team-syncing = Sincronizzazione…
team-leave = Lascia il team
team-left = Hai lasciato il team. Tutto ciò che tu e i tuoi colleghi avete scritto resta in questo spazio di lavoro.
team-background = Mentre è aperta, l’app si sincronizza anche da sola ogni 5 minuti.
team-received = { $count ->
    [one] È visibile { $number } modifica dei colleghi.
   *[other] Sono visibili { $number } modifiche dei colleghi.
}
