# Le parole delle esportazioni (PDF, Markdown, DOCX) e della riga di comando.
# Convenzioni: vedi locales/en/export.ftl.

## Copertina e indice

export-briefing-note = Nota informativa
export-handling = Classificazione
export-meeting = Riunione
export-date = Data
export-author = Autore
export-audience = Destinatari
export-includes-notes = Comprende le note dell’autore.
export-leaves-out-notes = Questa edizione non comprende le note personali dell’autore.
export-missing-note = { $count ->
    [one] Nota: un impegno di questa nota informativa non è più nei dati: { $ids }.
   *[other] Nota: alcuni impegni di questa nota informativa non sono più nei dati: { $ids }.
}
export-prepared-with = Preparata con Briefdesk dal registro del partenariato digitale UE-Giappone. Esportata il { $date }.
export-contents = Indice
export-left-out = Non ancora scritte, quindi escluse da questa bozza: { $sections }.
export-watermark = BOZZA
export-subject-meeting = Nota informativa per il { $meeting }
export-subject = Nota informativa sul partenariato digitale UE-Giappone

## Sezioni

export-since-last-council = Dall’ultimo Consiglio
export-since-intro = Ciò che il { $meeting } ({ $place }, { $date }) ha aggiunto, per settore, e ciò che prosegue.
export-since-none = Il registro non contiene alcun Consiglio prima della riunione di questa nota informativa.
export-since-unchanged = Nulla di nuovo in: { $sectors }.
export-new = nuovo
export-continues = prosegue { $ids }
export-continued-by = proseguito da { $ids }
export-since-entry = ({ $status }); { $continuation }.
export-record-ref = { $id } ({ $year })
export-clauses = { $first }; { $second }
export-sector-missing = Questo settore non è più nei dati.
export-talking-points = Punti da sottolineare
export-commitments = Impegni
export-context = Contesto
export-context-help = Sviluppi collegati presenti nel registro; non sono esiti dei Consigli.
export-context-not-outcome = Contesto, non un esito del Consiglio
export-status = Stato: { $status }
export-verification = Verifica: { $verification }
export-actors = Attori: { $actors }.
export-lineage = Continuità: { $lineage }.
export-your-note = La tua nota
export-your-status = il tuo stato: { $status }
export-tags = etichette: { $tags }
export-follow-up = promemoria entro il { $date }
export-missing-heading = { $id } (non più nei dati)
export-missing-item = Un aggiornamento dei dati ha rimosso questo impegno; la nota informativa ne conserva il riferimento.
export-meeting-line = { $meeting }, { $place }, { $date }

## Fonti, pagine

export-sources = Fonti
export-no-url = Nessun URL.
export-page-front = Pagina { $page }
export-page-of = Pagina { $page } di { $pages }
export-actors-label = Attori
export-lineage-label = Continuità

## Nuove note informative

template-council-preparation = Preparazione del Consiglio
template-untitled = Nota informativa senza titolo
template-quick-brief = { $sector }: nota rapida
template-background = A che punto è la cooperazione su { $sector }: cosa è stato concordato, cosa è successo da allora, cosa resta aperto.
template-talking-points = Cosa dire su { $sector }: cosa accogliere con favore, su cosa insistere, cosa evitare.

## L’esportazione Word (DOCX)

# La prima parola chiave delle proprietà di un DOCX (seguono i settori).
docx-keyword = Partenariato digitale UE-Giappone

## Provenienza: i tuoi record e le tue correzioni nelle esportazioni

export-prov-added = Aggiunto da { $author } il { $date }; fonte: { $sources }.
export-prov-corrected = { $field ->
    [status] Stato corretto
    [verification] Verifica corretta
    [date] Data corretta
    [place] Luogo corretto
   *[participants] Partecipanti corretti
} da { $author } il { $date }: { $value }{ $as_of ->
    [none] {""}
   *[other] {" "}(al { $as_of })
}, fonte { $source }; valore distribuito: { $shipped }.
export-prov-added-link = { $field ->
    [source] Una fonte aggiunta
    [builds-on] Un collegamento di continuità aggiunto
   *[see-also] Un record correlato aggiunto
} da { $author } il { $date }: { $value }, fonte { $source }.
export-prov-none = nessuno
export-source-added = aggiunta da { $author } il { $date }
export-participants = Partecipanti: { $participants }.
export-meeting-status = { $status ->
    [held] tenuta
    [planned] prevista
   *[reported] segnalata, non confermata
}
