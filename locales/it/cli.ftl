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

cli-export-format-unknown = { $path }: indica --format md o --format pdf (o un nome di file .md o .pdf)
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
