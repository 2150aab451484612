# Le parole della riga di comando: ciò che `briefdesk` stampa per le persone
# (l’output `--json` è un formato per le macchine e non si traduce), il suo
# aiuto e gli errori d’uso di clap. Convenzioni: vedi locales/en/cli.ftl.
# Gli identificativi che si digitano (C2-08, semiconductors, dpc-2024,
# in-progress, --sector) restano come si digitano.

## Cornice

cli-error = errore: { $message }
cli-warning = attenzione: { $message }
cli-not-confirmed = la modifica è stata salvata, ma non è stato possibile stamparne la conferma: { $cause }
cli-error-output = impossibile scrivere l’output (standard output): { $cause }
cli-error-lang = --lang: `{ $value }` non è una lingua di Briefdesk: usa en, it o ja
cli-no-home = nessuna cartella home in cui tenere lo spazio di lavoro; indica --workspace PERCORSO
cli-none = nessuno

## Conteggi

cli-count-sectors = { $count ->
    [one] { $number } settore
   *[other] { $number } settori
}
cli-count-context-items = { $count ->
    [one] { $number } elemento di contesto
   *[other] { $number } elementi di contesto
}
cli-count-actors = { $count ->
    [one] { $number } attore
   *[other] { $number } attori
}
cli-count-conflicts = { $count ->
    [one] { $number } contrasto tra fonti
   *[other] { $number } contrasti tra fonti
}
cli-count-problems = { $count ->
    [one] { $number } problema nei dati
   *[other] { $number } problemi nei dati
}
cli-count-already-here = { $count ->
    [one] { $number } già presente
   *[other] { $number } già presenti
}
cli-count-results = { $count ->
    [one] { $number } risultato
   *[other] { $number } risultati
}
cli-count-characters = { $count ->
    [one] { $number } carattere
   *[other] { $number } caratteri
}

## validate

cli-validate-built-in = dati integrati
cli-validate-ok = ok: { $origin }: validi — versione { $version } (formato { $format }, aggiornati al { $date }): { $counts }
cli-validate-problems = { $problems }: { $origin }

## Tabelle (sectors, meetings, list)

cli-col-sector = SETTORE
cli-col-commitments = IMPEGNI
cli-col-name = NOME
cli-col-meeting = RIUNIONE
cli-col-date = DATA
cli-col-place = LUOGO
cli-col-status = STATO
cli-col-title = TITOLO
cli-col-id = ID
cli-col-kind = TIPO
cli-col-verification = VERIFICA
cli-meeting-state = { $status ->
    [held] Tenuta
    [planned] Prevista
   *[reported] Annunciata
}{ $verification ->
    [confirmed] {""}
    [partial] {" "}(confermata in parte)
    [seed-only] {" "}(solo dal testo di partenza)
   *[unverified] {" "}(non verificata)
}
cli-list-none = Nessun impegno corrisponde.

## show

cli-no-record = nessun impegno né elemento di contesto con id `{ $id }` (vedi `briefdesk list`)
cli-show-meeting = Riunione
cli-show-meeting-line = { $title } — { $place }, { $date } ({ $id })
cli-show-record = Registro
cli-show-context = Contesto (non un esito di una riunione)
cli-show-date = Data
cli-show-sectors = Settori
cli-show-kind = Tipo
cli-show-status = Stato
cli-show-status-as-of = { $status } (al { $date })
cli-show-verification = Verifica
cli-show-summary = Sintesi
cli-show-actors = Attori
cli-show-actor-native = { $name } ({ $native })
cli-show-actor-role = { $actor } — { $role }
cli-show-actor-note = { $actor } [{ $note }]
cli-show-sources = Fonti
cli-show-source = { $title } — { $publisher }, { $date }
cli-show-undated = senza data
cli-show-no-url = (nessun URL) { $note }
cli-show-lineage = Continuità
cli-show-no-lineage = Nessun impegno precedente o successivo è collegato a questo.
cli-show-this-one = (questo)
cli-show-context-short = contesto
cli-show-see-also = Vedi anche
cli-show-conflicts = Fonti in contrasto
cli-show-conflict = { $field } ({ $id }): { $summary }
cli-show-claim = «{ $value }» — { $sources }
cli-show-claim-used = «{ $value }» [usato] — { $sources }
cli-show-assessment = Valutazione: { $assessment }

## Annotazioni

cli-no-commitment = nessun impegno con id `{ $id }` (vedi `briefdesk list`)
cli-not-a-date = { $option } `{ $value }` non è una data (AAAA-MM-GG)
cli-not-a-date-or-none = { $option } `{ $value }` non è una data (AAAA-MM-GG) né `none`
cli-annotation-saved = { $id }: annotazione salvata (revisione { $revision })
cli-annotation-unchanged = { $id }: nessuna modifica (la revisione { $revision } è quella attuale)
cli-annotation-restored = { $id }: revisione { $revision } ripristinata come revisione { $current }
cli-annotation-status = Stato
cli-annotation-tags = Etichette
cli-annotation-follow-up = Promemoria
cli-annotation-updated = Aggiornata
cli-history-none = { $id }: ancora nessuna annotazione
cli-annotations-none = Ancora nessuna annotazione (vedi `briefdesk annotate --help`).
cli-annotations-orphaned = (orfana: questo impegno non è più nei dati)
cli-annotations-exported = esportate { $revisions } in { $path }
cli-imported = importato { $path }: { $added } ({ $present })
cli-imported-other-dataset = creato con la versione { $version } dei dati (confermato con --accept-other-dataset)
cli-imported-added = annotati ora:
cli-imported-updated = aggiornati (i loro più recenti):
cli-imported-kept = tenuti i tuoi (i tuoi più recenti):
cli-step-annotation = { $id }: { $step ->
    [undo] modifica annullata
   *[redo] modifica ripetuta
}; la revisione { $revision } è quella attuale
cli-step-annotation-gone = { $id }: { $step ->
    [undo] modifica annullata
   *[redo] modifica ripetuta
}; ora nessuna annotazione
cli-step-brief = nota informativa { $id }: { $step ->
    [undo] modifica annullata
   *[redo] modifica ripetuta
}; la revisione { $revision } è quella attuale: { $title }
cli-step-brief-gone = nota informativa { $id }: { $step ->
    [undo] modifica annullata
   *[redo] modifica ripetuta
}; ora la nota informativa è eliminata

## Note informative

cli-brief-done = nota informativa { $id }: { $done ->
    [created] creata
    [saved] salvata
    [template] salvata come modello
   *[restored] ripristinata
} (revisione { $revision }): { $title }
cli-brief-deleted = nota informativa { $id }: eliminata (`briefdesk undo` la ripristina)
cli-brief-deleted-mark = (eliminata)
cli-briefs-none = ancora nessuna nota informativa (iniziane una con `briefdesk brief new`)
cli-brief-template = { $title } [modello]
cli-brief-facts = ({ $sections }, { $commitments }; salvata il { $saved })
cli-counts-from-one = { $option } conta da 1
cli-include-or-exclude = indica --include o --exclude
cli-not-in-section = `{ $commitment }` non è nella sezione `{ $section }`
cli-outline-title = Nota informativa { $id }: { $title }
cli-outline-meeting = Riunione
cli-outline-date = Data
cli-outline-author = Autore
cli-outline-audience = Destinatari
cli-outline-marking = Classificazione
cli-outline-sector-missing = { $heading } (settore non più nei dati)
cli-outline-since = ciò che il { $meeting } ha aggiunto: { $commitments } in { $sectors }
cli-outline-since-none = nessun Consiglio precedente nel registro
cli-outline-background = contesto: { $characters }
cli-outline-item-missing = (non più nei dati)
cli-outline-item-note = { $title }  [+ la tua nota]

## export

cli-export-format-unknown = { $path }: indica --format md, pdf o docx (o un nome di file .md, .pdf o .docx)
cli-export-notes-quick-only = --notes vale per una nota rapida (--sector); una nota informativa salvata mostra le tue note dove lo prevede
cli-export-id-or-sector = indica l’id di una nota informativa o --sector
cli-export-brief = nota informativa { $id }
cli-export-quick = nota rapida su { $sector }
cli-export-written = { $what }: scritta in { $path }

## search

cli-search-empty = la ricerca è vuota: indica almeno una parola da cercare
cli-search-none = Nessun impegno, annotazione o nota informativa corrisponde a «{ $query }».
cli-search-orphaned = (annotazione orfana: non più nei dati)
cli-search-brief = nota { $id }
cli-search-results = { $results } per «{ $query }», dal più pertinente.

## Errori d’uso di clap

cli-clap-quote = «{ $text }»
cli-clap-invalid-value = valore «{ $value }» non valido per «{ $arg }»
cli-clap-value-required = «{ $arg }» richiede un valore, ma non ne è stato dato nessuno
cli-clap-unknown-argument = argomento inatteso «{ $arg }»
cli-clap-unknown-command = sottocomando sconosciuto «{ $command }»
cli-clap-missing-arguments = mancano questi argomenti obbligatori:
cli-clap-missing-command = «{ $command }» richiede un sottocomando, ma non ne è stato dato nessuno
cli-clap-commands = [sottocomandi: { $commands }]
cli-clap-repeated = l’argomento «{ $arg }» non si può usare più di una volta
cli-clap-conflict = l’argomento «{ $arg }» non si può usare con { $others }
cli-clap-conflict-any = l’argomento «{ $arg }» non si può usare con uno o più degli altri argomenti dati
cli-clap-unexpected-value = valore inatteso «{ $value }» per «{ $arg }»: non ne servono altri
cli-clap-similar = suggerimento: { $count ->
    [one] esiste { $what ->
        [command] un sottocomando simile
        [argument] un argomento simile
       *[value] un valore simile
    }: { $names }
   *[other] esistono { $what ->
        [command] sottocomandi simili
        [argument] argomenti simili
       *[value] valori simili
    }: { $names }
}
cli-clap-tip = suggerimento: { $tip }
cli-clap-more = Per saperne di più, prova «--help».

## Aiuto: intestazioni e testi di clap

cli-help-usage = Uso
cli-help-commands = Comandi
cli-help-arguments = Argomenti
cli-help-options = Opzioni
cli-help-default = [predefinito: { $value }]
cli-help-possible-values = [valori possibili: { $values }]
cli-help-possible-values-head = Valori possibili:
cli-help-builtin-help = Mostra l’aiuto
cli-help-builtin-help-more = Mostra l’aiuto (di più con «--help»)
    .long = Mostra l’aiuto (una sintesi con «-h»)
cli-help-builtin-version = Mostra la versione
cli-help-builtin-help-command = Mostra questo messaggio o l’aiuto dei sottocomandi indicati

## Aiuto dei comandi e dei loro argomenti

cli-help = Il registro del partenariato digitale UE-Giappone, dalla riga di comando
    .long =
        Il registro del partenariato digitale UE-Giappone, dalla riga di comando.

        Legge i dati integrati in questo programma, o quelli in --data CARTELLA.
cli-help--data = Leggi i dati da questa cartella invece di quelli integrati
cli-help--workspace = Il file dello spazio di lavoro con le tue annotazioni (predefinito: quello dell’app desktop, così la riga di comando e l’app lo condividono)
cli-help--session = La sessione d’autore con cui sono registrate le tue modifiche, quelle che `undo` e `redo` percorrono (predefinito: $BRIEFDESK_SESSION, altrimenti una per sessione del terminale)
cli-help--lang = La lingua di ciò che viene stampato e delle esportazioni: en, it o ja (predefinito: BRIEFDESK_LANG, altrimenti l’inglese)

cli-help-validate = Verifica i dati; elenca ogni problema trovato (esce con 1 se ce ne sono)
cli-help--json = Stampa il risultato in JSON
cli-help--id = Id dell’impegno, ad es. C2-08

cli-help-sectors = Elenca i settori con il loro numero di impegni

cli-help-meetings = Elenca le riunioni, dal lancio all’ultimo Consiglio

cli-help-list = Elenca gli impegni nell’ordine dei Consigli, filtrati se vuoi
cli-help-filter-args--sector = Id o nome del settore (vedi `briefdesk sectors`)
cli-help-filter-args--meeting = Id o anno della riunione (vedi `briefdesk meetings`)
cli-help-filter-args--status = Stato alla data dei dati
cli-help-filter-args--verification = Stato della verifica
cli-help-filter-args--kind = Tipo di impegno
cli-help-filter-args--tag = Un’etichetta della tua annotazione (legge lo spazio di lavoro)
cli-help-filter-args--user-status = Il tuo stato nella tua annotazione (legge lo spazio di lavoro)
cli-help-list--text = Parole che devono comparire tutte (maiuscole o minuscole) nell’id, nel titolo, nella sintesi, negli attori, nei settori o nella riunione

cli-help-annotate = Scrivi o modifica la tua annotazione di un impegno (una nuova revisione; annullabile)
cli-help-annotate--note = La nota (testo semplice, Markdown leggero); sostituisce la nota attuale
cli-help-annotate--status = Il tuo stato: on-track, at-risk, delayed, delivered, not-pursued, unknown, oppure `none` per toglierlo
cli-help-annotate--tag = Aggiungi un’etichetta (ripeti per aggiungerne più d’una)
cli-help-annotate--untag = Togli un’etichetta (ripeti per toglierne più d’una)
cli-help-annotate--follow-up = Data del promemoria (AAAA-MM-GG), oppure `none` per toglierla

cli-help-history = Ogni versione dell’annotazione di un impegno, dalla più recente

cli-help-restore = Rendi di nuovo attuale una versione precedente di un’annotazione (annullabile)
cli-help-restore--revision = Numero della revisione (vedi `briefdesk history ID`)

cli-help-undo = Annulla la tua ultima modifica (di questa sessione del terminale, o di --session): mai quella di un altro

cli-help-redo = Ripeti la modifica annullata per ultima

cli-help-export-annotations = Esporta ogni annotazione con tutta la sua cronologia in un pacchetto JSON
cli-help-export-annotations--output = Il pacchetto da scrivere (sostituito in modo atomico)

cli-help-import-annotations = Unisci il pacchetto di un collega: le versioni di entrambi restano, la più recente diventa attuale; stampa ciò che è cambiato
cli-help-import-annotations--file = Il pacchetto da leggere
cli-help-import-annotations--accept-other-dataset = Importa un pacchetto creato con un’altra versione dei dati (rifiutato senza questa opzione)

cli-help-annotations = Elenca le tue annotazioni; segnala quelle il cui impegno non è più nei dati

cli-help-show = Mostra per intero un impegno o un elemento di contesto: fonti, continuità, contrasti

cli-help-brief = Componi note informative: new, quick, list, show, sezioni, impegni…

cli-help-brief-new = Inizia una nota informativa: vuota, o da un modello (`council-preparation`, o l’id di un modello che hai salvato)
cli-help-brief-new--template = Il modello: `council-preparation`, o l’id di uno che hai salvato
cli-help-cover--title = Il titolo
cli-help-cover--meeting = La riunione che prepara: un id o un anno di riunione dai dati (ad es. dpc-2026), un altro testo, oppure `none`
cli-help-cover--date = La data a cui si riferisce la nota informativa (AAAA-MM-GG), oppure `none`
cli-help-cover--author = Chi l’ha scritta, come lo mostra la copertina
cli-help-cover--audience = A chi è destinata
cli-help-cover--marking = Classificazione, ad es. "Draft" o "Limited"

cli-help-brief-quick = Una nota informativa su un settore con tutti i suoi impegni nell’ordine delle riunioni
cli-help-brief-quick--sector = Id o nome del settore
cli-help-brief-quick--notes = Mostra le tue note sui suoi impegni (senza: escluse)

cli-help-brief-list = Le tue note informative e i modelli salvati

cli-help-brief-show = La copertina, le sezioni e gli impegni di una nota informativa, in ordine
cli-help-brief--id = Id della nota informativa (vedi `briefdesk brief list`)

cli-help-brief-edit = Modifica la copertina: titolo, riunione, data, autore, destinatari, classificazione

cli-help-brief-add-section = Aggiungi una sezione: un settore (id o nome) o `since-last-council`
cli-help-brief--section = La sezione: il suo settore (id o nome), o `since-last-council`
cli-help-brief-add-section--at = Posizione (1 = la prima; predefinita: l’ultima)

cli-help-brief-remove-section = Togli una sezione e ciò che contiene (annullabile)

cli-help-brief-move-section = Sposta una sezione alla posizione N (1 = la prima)
cli-help-brief--to = La nuova posizione (1 = la prima)

cli-help-brief-add = Aggiungi impegni a una sezione, nell’ordine dato
cli-help-brief-add--commitments = Id degli impegni, ad es. C2-08 C3-04
cli-help-brief-add--at = Posizione del primo (1 = il primo; predefinita: l’ultima)
cli-help-brief-add--no-annotation = Escludi dalla nota informativa le tue annotazioni su di essi

cli-help-brief-remove = Togli un impegno da una sezione
cli-help-brief--commitment = Id dell’impegno, ad es. C2-08

cli-help-brief-move = Sposta un impegno alla posizione N (1 = la prima) della sua sezione, o di un’altra con --into
cli-help-brief-move--into = In questa sezione della nota informativa, invece

cli-help-brief-text = Imposta il contesto e i punti da sottolineare di una sezione
cli-help-brief-text--background = Il testo di contesto (lo sostituisce)
cli-help-brief-text--point = Punti da sottolineare, in ordine (sostituiscono quelli attuali)
cli-help-brief-text--no-points = Togli tutti i punti da sottolineare

cli-help-brief-annotation = Se la nota informativa mostra la tua annotazione di un impegno
cli-help-brief-annotation--include = Mostrala
cli-help-brief-annotation--exclude = Escludila

cli-help-brief-duplicate = Copia una nota informativa
cli-help-brief-duplicate--title = Il titolo della copia (predefinito: "Copy of" e quello della nota informativa)

cli-help-brief-save-template = Salva una copia di una nota informativa come modello per nuove note
cli-help-brief-save-template--title = Il titolo del modello (predefinito: quello della nota informativa)

cli-help-brief-delete = Elimina una nota informativa (annulla la ripristina)

cli-help-brief-history = Ogni versione di una nota informativa, dalla più recente

cli-help-brief-restore = Rendi di nuovo attuale una versione precedente di una nota informativa (annullabile)
cli-help-brief-restore--revision = Numero della revisione (vedi `briefdesk brief history ID`)

cli-help-export = Esporta una nota informativa (o una nota rapida su un settore) in Markdown, PDF o Word (DOCX)
cli-help-export--id = Id della nota informativa (vedi `briefdesk brief list`); oppure indica --sector per una nota rapida
cli-help-export--sector = Esporta una nota rapida su questo settore (id o nome) invece di una nota informativa salvata
cli-help-export--format = md, pdf o docx (predefinito: dall’estensione del file)
    .md = Markdown (CommonMark)
    .pdf = PDF, pronto da distribuire
    .docx = Word (DOCX), per i colleghi che modificano la nota informativa
cli-help-export--output = Il file da scrivere (tramite un file temporaneo rinominato al suo posto)
cli-help-export--date = La data dell’esportazione (AAAA-MM-GG; predefinita: oggi): piè di pagina, metadati e, se la nota informativa non ha una data propria, copertina
cli-help-export--draft = Una filigrana BOZZA su ogni pagina (PDF, DOCX; una riga BOZZA in Markdown)
cli-help-export--no-annotations = Escludi le tue note, anche dove la nota informativa le comprende
cli-help-export--notes = Con --sector: comprendi le tue note (una nota rapida le esclude se non lo chiedi). Una nota informativa salvata le mostra dove lo prevede

cli-help-search = Cerca negli impegni e nelle tue annotazioni (note, etichette), dal più pertinente
cli-help-search--query = Parole che devono comparire tutte; senza distinguere maiuscole e accenti
cli-help-search--limit = Mostra al massimo questo numero di risultati

## La riga di comando: record e correzioni propri

cli-record-added = Aggiunto { $kind } { $id } (revisione { $revision }): { $title }
cli-record-unchanged = Nessuna modifica: i tuoi record sono già come indicato.
cli-record-corrected = Corretto il campo { $field } di { $id } (revisione { $revision }): { $value } (valore distribuito: { $shipped })
cli-record-nothing = nessuno
cli-record-list-empty = Non hai ancora record o correzioni tuoi (vedi `briefdesk record add --help`).
cli-record-correction-line = correzione di { $id }: { $field } = { $value }
cli-record-state = { $state ->
    [applied] mostrato
    [covered] già presente nella versione: si può ritirare
   *[not-applied] non mostrato: non è compatibile con la versione
}
cli-record-by = di { $author }, { $date }
cli-record-own = Record tuo: aggiunto da { $author }, { $date }
cli-record-correction = { $field } corretto in «{ $value }» da { $author }, { $date }, fonte: { $source }; valore distribuito: { $shipped }
cli-record-removed = Rimosso { $key } (si può annullare)
cli-record-no-history = Nessun record o correzione tuoi su { $id }.
cli-record-restored = Ripristinata la revisione { $revision } di { $key }
cli-record-not-shown = nota: { $key } è conservato ma non mostrato: { $problem }
cli-undo-record = { $which ->
    [undo] Annullato
   *[redo] Ripristinato
}: { $key }{ $present ->
    [yes] {""}
   *[no] {" "}(ora non è nel record)
}

## La riga di comando: versioni del record

cli-release-built-in = inclusa in Briefdesk
cli-release-signed = firmata con la chiave { $key } ({ $name })
cli-release-accepted = non firmata con una chiave attendibile; accettata da te
cli-release-folder = la cartella di dati { $path }
cli-release-applied = Il record ora usa la versione { $version }; la versione precedente resta installata (`briefdesk dataset use VERSIONE` per tornare indietro).
cli-release-dry-run = Non è stato applicato nulla (--dry-run).
cli-release-in-use = Il record ora usa la versione { $version } del { $date }, { $trust }.
cli-release-built = Versione { $version } scritta in { $file }, firmata in { $signature }.
cli-release-trusted = D'ora in poi le versioni firmate con la chiave { $key } ({ $name }) sono attendibili.
cli-keygen-done = Coppia di chiavi scritta: { $secret } (la chiave segreta: tienila per te) e { $public } (la chiave pubblica: da dare ai colleghi).
cli-report-head = Dalla versione { $from } alla { $to } del { $date }, pubblicata da { $publisher }, { $trust }:
cli-report-added = { $count ->
    [one] 1 record aggiunto
   *[other] { $number } record aggiunti
}
cli-report-removed = { $count ->
    [one] 1 record rimosso
   *[other] { $number } record rimossi
}
cli-report-changed = { $count ->
    [one] 1 record modificato
   *[other] { $number } record modificati
}
cli-report-more = … e altri { $number }
cli-report-covered = { $count ->
    [one] 1 tuo record o correzione è ora presente nella versione (si può ritirare: --retire-covered):
   *[other] { $number } tuoi record e correzioni sono ora presenti nella versione (si possono ritirare: --retire-covered):
}
cli-report-unfit = { $count ->
    [one] 1 tuo record o correzione non è compatibile con la versione (conservato, non mostrato finché non lo correggi):
   *[other] { $number } tuoi record e correzioni non sono compatibili con la versione (conservati, non mostrati finché non li correggi):
}
cli-report-orphaned-notes = Note conservate e segnalate: la versione non contiene più { $ids }
cli-report-orphaned-item = Conservato nel brief { $brief } («{ $title }») e segnalato: { $id } non è più nel record

## La riga di comando: rifiuti dei comandi record e dataset

cli-record-bad-participants = --value: non è un array JSON di partecipanti: { $cause }
cli-record-bad-field = --field `{ $field }` non è un campo (status, verification, date, place, participants, source, builds-on, see-also)
cli-record-no-record = nessun record con id `{ $id }` (vedi `briefdesk list`)
cli-record-not-own = `{ $id }` è un record della versione, non uno tuo; per ritirarne una correzione indica --field
cli-record-no-own = nessun record tuo con id `{ $id }` (vedi `briefdesk record list`)
cli-record-no-correction = nessuna correzione di `{ $field }` di `{ $id }` (vedi `briefdesk record list`)
cli-record-no-revision = `{ $id }` non ha la revisione { $revision } (vedi `briefdesk record history { $id }`)
cli-dataset-no-workspace = questo comando richiede uno spazio di lavoro (--workspace)
cli-dataset-import-data = --data indica il record come cartella: una versione si importa tra le versioni di uno spazio di lavoro, senza --data
cli-dataset-bad-date = --date `{ $value }` non è una data (AAAA-MM-GG)

## Aiuto dei comandi record e dataset

cli-help--author = Il nome con cui sono registrati i tuoi record e le tue correzioni (predefinito: $BRIEFDESK_AUTHOR, altrimenti il nome completo del tuo account)
cli-help-record = I tuoi record e le tue correzioni del record: add, correct, list, show, remove, history, restore
cli-help-record--id = L’id del record, ad es. C4-03 o dpc-2026
cli-help-record-add = Aggiunge record tuoi da un file JSON: un record o un array, nelle forme del dataset con un "type" (meeting, commitment, source, actor, conflict). Verificati con il record nel suo insieme; un tuo record con lo stesso tipo e id viene sostituito (annullabile)
cli-help-record-add--file = Il file JSON
cli-help-record-correct = Corregge un campo di una riunione, di un impegno o di un elemento di contesto della versione, con la fonte che lo stabilisce (il valore distribuito è conservato)
cli-help-record-correct--field = status, verification, date, place, participants, source, builds-on o see-also
cli-help-record-correct--value = Il nuovo valore: una parola chiave, una data (AAAA-MM-GG), un luogo, un id; per i partecipanti, id di attori separati da virgole o un array JSON di {"{"}"actor", "role"{"}"}
cli-help-record-correct--source = L’id della fonte che lo stabilisce (una del record o una tua)
cli-help-record-correct--as-of = Il giorno a cui vale lo stato corretto (obbligatorio con --field status)
cli-help-record-list = Elenca i tuoi record e le tue correzioni, e se ciascuno è mostrato
cli-help-record-show = Un record: come distribuito, le tue correzioni, come mostrato
cli-help-record-remove = Rimuove un tuo record o (con --field) ritira le tue correzioni di un campo (annullabile)
cli-help-record-remove--field = Ritira invece le correzioni di questo campo
cli-help-record-history = Tutte le versioni dei tuoi record e delle tue correzioni su ID, dalla più recente
cli-help-record-restore = Rende di nuovo attuale una versione precedente (vedi `record history`; annullabile)
cli-help-record-restore--revision = Numero di revisione (vedi `briefdesk record history ID`)
cli-help-dataset = Versioni del record: import, use, releases, build, trust, keygen
cli-help-dataset-import = Importa una versione del record: ne verifica la firma e ogni regola, stampa il resoconto delle modifiche, poi la applica in un solo passo (la versione in uso resta installata; `dataset use` torna indietro)
cli-help-dataset-import--file = Il file della versione (la sua firma è FILE.minisig)
cli-help-dataset-import--accept-unverified = Importa una versione non firmata con una chiave di cui ti fidi (senza firma, firmata con un’altra chiave o con una firma che non corrisponde)
cli-help-dataset-import--retire-covered = Ritira i tuoi record e le tue correzioni che la versione già contiene
cli-help-dataset-import--dry-run = Stampa solo il resoconto delle modifiche; non applica nulla
cli-help-dataset-use = Usa d’ora in poi una versione installata (o quella inclusa)
cli-help-dataset-use--version = La versione del dataset (vedi `briefdesk dataset releases`)
cli-help-dataset-releases = Elenca le versioni installate; segna quella in uso
cli-help-dataset-build = Crea una versione del record come lo hai tu (la versione in uso con i tuoi record e le tue correzioni incorporati), firmata con KEYFILE
cli-help-dataset-build--output = Il file della versione da scrivere; la sua firma va in FILE.minisig
cli-help-dataset-build--key = Una chiave segreta minisign (password in BRIEFDESK_KEY_PASSWORD se ne ha una)
cli-help-dataset-build--dataset-version = La versione del dataset (predefinita: quella in uso + `.` la data)
cli-help-dataset-build--publisher = Chi la pubblica (predefinito: il tuo nome)
cli-help-dataset-build--date = La data della versione (AAAA-MM-GG, predefinita: oggi)
cli-help-dataset-trust = Considera attendibile la chiave pubblica di un editore (un file .pub di minisign) per firmare le versioni
cli-help-dataset-trust--key = Il file della chiave pubblica
cli-help-dataset-trust--name = Di chi è la chiave (predefinito: il nome del file)
cli-help-dataset-keygen = Crea una coppia di chiavi per firmare le versioni: FILE (segreta, da custodire) e FILE.pub
cli-help-dataset-keygen--output = Il file della chiave segreta da scrivere; la chiave pubblica va in FILE.pub

## The command line: team sync

cli-count-revisions = { $count ->
    [one] { $number } revisione
   *[other] { $number } revisioni
}
cli-team-password-prompt = Password per { $server } (usata solo per questa esecuzione, mai salvata):
cli-team-init-done = { $server }: schema del team Briefdesk versione { $version }; team “{ $team }”; membri aggiunti: { $members }
cli-team-joined = Entrato nel team “{ $team }” come { $member }.
cli-team-synced = Inviate { $pushed }, ricevute { $pulled }; { $pending } ancora da inviare.
cli-team-changed = Ora in vigore dai colleghi: { $records }
cli-team-refused-push = Rifiutata dal server: { $uid }: { $reason }
cli-team-refused-pull = Rifiutata da questo spazio di lavoro: { $uid }: { $reason }
cli-team-status-none = Questo spazio di lavoro non fa parte di alcun team. Entra in uno con `briefdesk team join URL`.
cli-team-never = mai
cli-team-label-server = Server
cli-team-label-team = Team
cli-team-label-member = Membro
cli-team-label-last-sync = Ultima sincronizzazione
cli-team-label-pending = Da inviare
cli-team-label-last-error = Ultimo errore
cli-team-label-refused = Rifiutate
cli-team-left = Uscito dal team “{ $team }” su { $server }; ogni revisione resta in questo spazio di lavoro.

## Help of the team commands

cli-help-team = Sincronizza con il tuo team tramite il suo server PostgreSQL: init, join, sync, status, leave
cli-help-team-init = Crea o aggiorna lo schema del team su un server PostgreSQL, crea un team e aggiunge i membri (per l’amministratore; ripetibile)
cli-help-team-init--url = Il server come URL libpq: postgres://utente@host:5432/database?sslmode=verify-full
cli-help-team-init--team = Il team da creare (un server può ospitarne diversi)
cli-help-team-init--member = Un ruolo del server da aggiungere al team (deve esistere); ripeti per più ruoli
cli-help-team-join = Entra in un team sul suo server, poi sincronizza una volta
cli-help-team-join--url = Il server come URL libpq (senza password)
cli-help-team-join--team = Quale team, se lì sei membro di più team
cli-help-team-sync = Invia ciò che manca al server e ricevi ciò che hanno scritto i colleghi
cli-help-team-status = Il team, il server, l’ultima sincronizzazione, ciò che resta da inviare
cli-help-team-leave = Smetti di sincronizzare questo spazio di lavoro (tutto resta qui)
