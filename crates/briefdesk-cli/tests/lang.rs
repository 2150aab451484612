//! The CLI in Italian and Japanese (`--lang`, `BRIEFDESK_LANG`), as a user
//! runs it: tables with translated heads and the record's labels, dates as
//! each language writes them, Japanese columns lined up by display width,
//! detail views, annotations, briefs, search, validation, the help and
//! clap's usage errors in the catalogue's words; `--json` the same bytes in
//! every language; the core's own messages English inside translated frames.

use std::path::Path;
use std::process::Output;

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

mod common;
use common::command;

/// `briefdesk ARGS` in `lang` (`None`: English, nothing set) on workspace
/// `ws`, 100 columns wide.
fn run_in(lang: Option<&str>, ws: &Path, args: &[&str]) -> Output {
    let mut all: Vec<&str> = Vec::new();
    if let Some(l) = lang {
        all.extend(["--lang", l]);
    }
    all.extend_from_slice(args);
    command(ws, &all).env("COLUMNS", "100").output().unwrap()
}

/// Standard output of a command that must succeed.
fn ok_in(lang: &str, ws: &Path, args: &[&str]) -> String {
    let out = run_in(Some(lang), ws, args);
    assert!(
        out.status.success(),
        "{lang} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Exit code and standard error of a command that must fail.
fn fail_in(lang: &str, ws: &Path, args: &[&str]) -> (i32, String) {
    let out = run_in(Some(lang), ws, args);
    assert!(!out.status.success(), "{lang} {args:?} should fail");
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn has(text: &str, parts: &[&str]) {
    for p in parts {
        assert!(text.contains(p), "no {p:?} in:\n{text}");
    }
}

/// The display columns at which a table row's cells start (cells are two
/// spaces or more apart; a cell may hold one space).
fn cell_starts(line: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut spaces = 0;
    let mut col = 0;
    for c in line.chars() {
        if c == ' ' {
            spaces += 1;
        } else {
            if spaces >= 2 {
                starts.push(col);
            }
            spaces = 0;
        }
        col += UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str);
    }
    starts
}

/// Every row of a table starts its cells at the same display columns as
/// its head (the last column may hold spaces, so only those before it).
fn lined_up(table: &str, columns: usize) {
    let rows: Vec<&str> = table.lines().filter(|l| !l.is_empty()).collect();
    let head = cell_starts(rows[0]);
    assert_eq!(head.len(), columns, "{}", rows[0]);
    for row in &rows[1..] {
        let starts = cell_starts(row);
        assert_eq!(
            starts[..columns - 1],
            head[..columns - 1],
            "not lined up by display width:\n{}\n{row}",
            rows[0]
        );
    }
}

#[test]
fn tables_of_sectors_meetings_and_commitments_in_japanese_and_italian() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");

    let ja = ok_in("ja", &ws, &["sectors"]);
    assert!(ja.starts_with("分野  "), "{ja}");
    has(
        &ja,
        &["件数", "名称", "semiconductors", "半導体", "人工知能（AI）"],
    );
    lined_up(&ja, 3);
    let it = ok_in("it", &ws, &["sectors"]);
    assert!(it.starts_with("SETTORE  "), "{it}");
    has(&it, &["IMPEGNI", "Semiconduttori"]);

    let ja = ok_in("ja", &ws, &["meetings"]);
    has(
        &ja,
        &[
            "会合",
            "日付",
            "状況",
            "2025年5月12日",
            "第3回日EUデジタルパートナーシップ協議会",
            "第28回日EU定期首脳協議",
            "開催済み",
            "報道のみ（未確認）",
        ],
    );
    lined_up(&ja, 6);
    let it = ok_in("it", &ws, &["meetings"]);
    has(
        &it,
        &[
            "RIUNIONE",
            "12 maggio 2025",
            "3° Consiglio del partenariato digitale UE-Giappone",
            "Annunciata (non verificata)",
        ],
    );
    lined_up(&it, 6);

    let ja = ok_in("ja", &ws, &["list", "--sector", "semiconductors"]);
    let c2_08 = ja.lines().find(|l| l.starts_with("C2-08 ")).unwrap();
    for part in [
        "2024年4月30日",
        "dpc-2024",
        "作業部会",
        "進行中",
        "確認済み",
    ] {
        assert!(c2_08.contains(part), "{part} not in {c2_08}");
    }
    assert_eq!(ja.lines().last(), Some("8件のコミットメント"), "{ja}");
    let table: Vec<&str> = ja
        .lines()
        .take_while(|l| !l.ends_with("件のコミットメント"))
        .collect();
    lined_up(&table.join("\n"), 7);
    let it = ok_in("it", &ws, &["list", "--sector", "semiconductors"]);
    let c2_08 = it.lines().find(|l| l.starts_with("C2-08 ")).unwrap();
    for part in [
        "30 aprile 2024",
        "Gruppo di lavoro",
        "In corso",
        "Confermato",
    ] {
        assert!(c2_08.contains(part), "{part} not in {c2_08}");
    }
    assert_eq!(it.lines().last(), Some("8 impegni"));
    // The ids to type stay as they are typed.
    assert!(ok_in(
        "ja",
        &ws,
        &["list", "--sector", "quantum", "--status", "in-progress"]
    )
    .contains("進行中"));
    assert_eq!(
        ok_in("ja", &ws, &["list", "--text", "no such words at all"]),
        "条件に合うコミットメントはありません。\n"
    );
}

#[test]
fn a_commitment_in_full_in_japanese_and_italian() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    let ja = ok_in("ja", &ws, &["show", "C2-08"]);
    assert!(ja.starts_with("C2-08  Expert team"), "{ja}");
    has(
        &ja,
        &[
            "\n会合          第2回日EUデジタルパートナーシップ協議会 — Brussels、2024年4月30日（dpc-2024）\n",
            "\n日付          2024年4月30日\n",
            "\n分野          半導体\n",
            "\n種類          作業部会\n",
            "\n状況          進行中（",
            "時点）\n",
            "\n確認          確認済み\n",
            "\n概要\n",
            "\n出典\n",
            "\n経緯\n",
            "（この項目）",
            "\n出典の食い違い\n",
            "評価：",
        ],
    );
    // The lineage's ids line up though the dates differ in width.
    let lineage: Vec<&str> = ja
        .split("\n経緯\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| !l.is_empty())
        .collect();
    let id_column: Vec<usize> = lineage
        .iter()
        .map(|l| UnicodeWidthStr::width(&l[..l.find(['L', 'C']).unwrap()]))
        .collect();
    assert!(id_column.windows(2).all(|w| w[0] == w[1]), "{lineage:#?}");
    assert!(lineage.iter().any(|l| l.starts_with("▶ 2024年4月30日")));

    let it = ok_in("it", &ws, &["show", "C3-10"]);
    has(
        &it,
        &[
            "\nRiunione      3° Consiglio del partenariato digitale UE-Giappone — Tokyo, 12 maggio 2025 (dpc-2025)\n",
            "\nData          13 maggio 2025\n",
            "\nTipo          Accordo firmato\n",
            "\nStato         Realizzato (al ",
            "\nSintesi\n",
            "\nAttori\n",
            "Kiuchi Minoru (木内稔) — ",
            "\nFonti\n",
            "\nContinuità\n",
            "\nFonti in contrasto\n",
            "Valutazione: ",
        ],
    );
    // A context item, with no meeting.
    let ja = ok_in("ja", &ws, &["show", "R-04"]);
    has(&ja, &["\n記録          関連情報（会合の成果ではない）\n"]);
}

#[test]
fn annotations_undo_and_bundles_in_japanese_and_italian() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    assert_eq!(
        ok_in("ja", &ws, &["history", "C2-08"]),
        "C2-08：まだ注記はありません\n"
    );
    let ja = ok_in(
        "ja",
        &ws,
        &[
            "annotate",
            "C2-08",
            "--note",
            "経産省に確認する",
            "--status",
            "at-risk",
            "--tag",
            "watch",
            "--tag",
            "半導体",
            "--follow-up",
            "2026-05-01",
        ],
    );
    let lines: Vec<&str> = ja.lines().collect();
    assert_eq!(lines[0], "C2-08：注記を保存しました（第1版）");
    assert_eq!(lines[1], "  状況              懸念あり");
    assert_eq!(lines[2], "  タグ              watch、半導体");
    assert_eq!(lines[3], "  フォローアップ日  2026年5月1日");
    assert!(lines[4].starts_with("  更新              20"), "{ja}");
    assert!(lines[4].contains('年') && lines[4].contains(':'), "{ja}");
    assert_eq!(lines[5], "  │ 経産省に確認する");

    let it = ok_in(
        "it",
        &ws,
        &["annotate", "C2-08", "--note", "Chiedere al METI"],
    );
    has(
        &it,
        &[
            "C2-08: annotazione salvata (revisione 2)\n",
            "  Stato       A rischio\n",
            "  Promemoria  1 maggio 2026\n",
            "  Aggiornata  ",
            ", ore ",
        ],
    );
    assert!(ok_in("ja", &ws, &["undo"]).starts_with("C2-08：元に戻しました（現在は第1版）\n"));
    assert!(ok_in("it", &ws, &["redo"])
        .starts_with("C2-08: modifica ripetuta; la revisione 2 è quella attuale\n"));
    let it = ok_in("it", &ws, &["annotations"]);
    assert!(it.starts_with("C2-08  Expert team"), "{it}");

    let bundle = dir.path().join("bundle.json");
    let b = bundle.to_str().unwrap();
    assert_eq!(
        ok_in("ja", &ws, &["export-annotations", "-o", b]),
        format!("2版を {b} にエクスポートしました\n")
    );
    let ja = ok_in("ja", &ws, &["import-annotations", b]);
    has(
        &ja,
        &[
            &format!("{b} を取り込みました：新しい版 0件（既存 2件）\n"),
            "  新たに注記：                         なし\n",
        ],
    );
    let it = ok_in("it", &ws, &["import-annotations", b]);
    has(
        &it,
        &[
            &format!("importato {b}: 0 nuove revisioni (2 già presenti)\n"),
            "  annotati ora:                       nessuno\n",
        ],
    );
}

#[test]
fn briefs_in_japanese_and_italian() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    assert_eq!(
        ok_in("ja", &ws, &["brief", "list"]),
        "まだブリーフはありません（`briefdesk brief new` で作成できます）\n"
    );
    // A new brief follows the language: its title is the catalogue's.
    assert_eq!(
        ok_in("ja", &ws, &["brief", "new"]),
        "ブリーフ 1：作成しました（第1版）：無題のブリーフ\n"
    );
    assert_eq!(
        ok_in(
            "it",
            &ws,
            &[
                "brief",
                "edit",
                "1",
                "--meeting",
                "dpc-2026",
                "--date",
                "2026-04-20",
                "--author",
                "Unità F4",
            ],
        ),
        "nota informativa 1: salvata (revisione 2): 無題のブリーフ\n"
    );
    for section in ["since-last-council", "semiconductors"] {
        ok_in("ja", &ws, &["brief", "add-section", "1", section]);
    }
    ok_in("ja", &ws, &["brief", "add", "1", "semiconductors", "C2-08"]);
    ok_in(
        "ja",
        &ws,
        &[
            "brief",
            "text",
            "1",
            "semiconductors",
            "--background",
            "経緯の説明。",
        ],
    );
    let ja = ok_in("ja", &ws, &["brief", "show", "1"]);
    has(
        &ja,
        &[
            "ブリーフ 1：無題のブリーフ\n",
            "会合：第4回日EUデジタルパートナーシップ協議会、Brussels、2026年5月5日\n",
            "日付：2026年4月20日\n",
            "作成者：Unità F4\n",
            "1. 前回の協議会以降\n",
            "第3回日EUデジタルパートナーシップ協議会が加えたもの：",
            "2. 半導体\n",
            "   背景：6字\n",
            "    1. C2-08    Expert team to design chip research programme\n",
        ],
    );
    let it = ok_in("it", &ws, &["brief", "show", "1"]);
    has(
        &it,
        &[
            "Riunione: 4° Consiglio del partenariato digitale UE-Giappone, Brussels, 5 maggio 2026\n",
            "Data: 20 aprile 2026\n",
            "Autore: Unità F4\n",
            "1. Dall’ultimo Consiglio\n",
            "2. Semiconduttori\n",
            "   contesto: 6 caratteri\n",
        ],
    );
    let ja = ok_in("ja", &ws, &["brief", "list"]);
    assert!(
        ja.starts_with("   1  無題のブリーフ  （2セクション、1件のコミットメント、"),
        "{ja}"
    );
    let md = dir.path().join("ja.md");
    assert_eq!(
        ok_in("ja", &ws, &["export", "1", "-o", md.to_str().unwrap()]),
        format!("ブリーフ 1：{} に書き出しました\n", md.display())
    );
    // A quick brief is named by its sector as the record names it in the
    // run's language, whatever the user typed.
    assert_eq!(
        ok_in(
            "ja",
            &ws,
            &[
                "export",
                "--sector",
                "cybersecurity",
                "-o",
                md.to_str().unwrap()
            ]
        ),
        format!(
            "サイバーセキュリティのクイックブリーフ：{} に書き出しました\n",
            md.display()
        )
    );
    assert_eq!(
        ok_in(
            "it",
            &ws,
            &[
                "export",
                "--sector",
                "CYBERSECURITY",
                "-o",
                md.to_str().unwrap()
            ]
        ),
        format!(
            "nota rapida su Cibersicurezza: scritta in {}\n",
            md.display()
        )
    );
    assert_eq!(
        ok_in("it", &ws, &["brief", "delete", "1"]),
        "nota informativa 1: eliminata (`briefdesk undo` la ripristina)\n"
    );
    assert!(ok_in("ja", &ws, &["undo"]).starts_with("ブリーフ 1：元に戻しました（現在は第"));
}

#[test]
fn search_and_validate_in_japanese_and_italian() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    let ja = ok_in("ja", &ws, &["search", "Kiuchi"]);
    assert!(ja.contains("«Kiuchi»"), "{ja}");
    let last = ja.lines().last().unwrap();
    assert!(
        last.starts_with("「Kiuchi」の検索結果 ") && last.ends_with("件（関連度順）"),
        "{last}"
    );
    assert_eq!(
        ok_in("it", &ws, &["search", "zzzqqq"]),
        "Nessun impegno, annotazione o nota informativa corrisponde a «zzzqqq».\n"
    );

    let ja = ok_in("ja", &ws, &["validate"]);
    assert_eq!(ja.lines().count(), 1, "{ja}");
    has(
        &ja,
        &[
            "OK：組み込みのデータは有効です",
            "64件のコミットメント",
            "12分野",
            "時点）：",
        ],
    );
    let it = ok_in("it", &ws, &["validate"]);
    has(
        &it,
        &[
            "ok: dati integrati: validi",
            "64 impegni",
            "12 settori",
            "aggiornati al ",
        ],
    );

    // The dataset's problems are the core's, in English (they name files,
    // fields and lines); the words around them are translated.
    let empty = tempfile::tempdir().unwrap();
    let data = empty.path().to_str().unwrap();
    let out = run_in(Some("ja"), &ws, &["validate", "--data", data]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    has(
        &text,
        &[
            "manifest.json: $: missing file",
            &format!("データの問題9件：{data}"),
        ],
    );
    let (code, err) = fail_in("it", &ws, &["list", "--data", data]);
    assert_eq!(code, 1);
    has(
        &err,
        &[
            "manifest.json: $: missing file",
            "errore: 9 problemi nei dati",
        ],
    );
}

#[test]
fn errors_are_framed_in_the_language_and_the_core_s_messages_stay_english() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    let (code, err) = fail_in("ja", &ws, &["show", "C9-99"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "エラー：ID「C9-99」のコミットメントも関連情報もありません（`briefdesk list` を参照）\n"
    );
    let (code, err) = fail_in("ja", &ws, &["list", "--sector", "semiconductor"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("エラー：unknown sector `semiconductor`"),
        "{err}"
    );
    let (code, err) = fail_in("it", &ws, &["annotate", "C2-08", "--follow-up", "soon"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "errore: --follow-up `soon` non è una data (AAAA-MM-GG) né `none`\n"
    );
    // An unknown --lang is refused in the language BRIEFDESK_LANG names.
    let out = command(&ws, &["--lang", "fr", "sectors"])
        .env("BRIEFDESK_LANG", "ja")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "エラー：--lang：「fr」は Briefdesk の言語ではありません。en、it、ja のいずれかを指定してください\n"
    );
    // A change saved whose confirmation could not be printed: a warning.
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let out = command(&ws, &["--lang", "ja", "annotate", "C2-08", "--note", "x"])
            .stdout(full)
            .output()
            .unwrap();
        assert!(out.status.success());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with("警告：変更は保存しましたが、確認の表示に失敗しました："),
            "{err}"
        );
    }
}

#[test]
fn json_is_the_same_bytes_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    common::ok(
        &ws,
        &["annotate", "C2-08", "--note", "n", "--status", "at-risk"],
    );
    common::ok(
        &ws,
        &["brief", "new", "--title", "T", "--meeting", "dpc-2026"],
    );
    for args in [
        vec!["validate"],
        vec!["sectors"],
        vec!["meetings"],
        vec!["list", "--sector", "semiconductors"],
        vec!["show", "C2-08"],
        vec!["show", "R-04"],
        vec!["search", "Kiuchi"],
        vec!["annotations"],
        vec!["history", "C2-08"],
        vec!["brief", "list"],
        vec!["brief", "history", "1"],
    ] {
        let mut args = args.clone();
        args.push("--json");
        let english = run_in(None, &ws, &args);
        assert!(english.status.success());
        for lang in ["en", "it", "ja"] {
            let other = run_in(Some(lang), &ws, &args);
            assert!(other.status.success());
            assert!(
                english.stdout == other.stdout,
                "{args:?} --json differs in {lang}"
            );
        }
        let env = command(&ws, &args)
            .env("BRIEFDESK_LANG", "ja")
            .output()
            .unwrap();
        assert!(
            english.stdout == env.stdout,
            "{args:?} under BRIEFDESK_LANG"
        );
    }
    // A brief's view is the brief as it reads in one language, and says
    // which: what is stored is the same.
    let en: Value =
        serde_json::from_slice(&run_in(None, &ws, &["brief", "show", "1", "--json"]).stdout)
            .unwrap();
    let ja: Value =
        serde_json::from_slice(&run_in(Some("ja"), &ws, &["brief", "show", "1", "--json"]).stdout)
            .unwrap();
    assert_eq!(en["brief"], ja["brief"]);
    assert_eq!(
        (en["view"]["lang"].as_str(), ja["view"]["lang"].as_str()),
        (Some("en"), Some("ja"))
    );
}

#[test]
fn help_in_japanese_and_italian() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    let ja = ok_in("ja", &ws, &["--help"]);
    has(
        &ja,
        &[
            "日EUデジタルパートナーシップの記録をコマンドラインで扱います。",
            "\n使い方: briefdesk [OPTIONS] <COMMAND>\n",
            "\nコマンド:\n",
            "\nオプション:\n",
            "データを検査し、見つかった問題をすべて表示する",
            "表示とエクスポートの言語：en、it、ja",
            "ヘルプを表示",
            "バージョンを表示",
            "このメッセージ、または指定したサブコマンドのヘルプを表示",
        ],
    );
    for english in [
        "Usage:",
        "Commands:",
        "Options:",
        "Print help",
        "Print version",
        "Check the dataset",
    ] {
        assert!(!ja.contains(english), "{english} in:\n{ja}");
    }
    let ja = ok_in("ja", &ws, &["export", "--help"]);
    has(
        &ja,
        &[
            "\n引数:\n",
            "ブリーフの ID（`briefdesk brief list` を参照）",
            "指定できる値：\n",
            "- pdf：配布できる PDF",
            "ヘルプを表示（要約は「-h」）",
        ],
    );
    assert!(!ja.contains("Possible values"), "{ja}");
    let out = command(&ws, &["list", "-h"])
        .env("BRIEFDESK_LANG", "it")
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    let it = String::from_utf8(out.stdout).unwrap();
    has(
        &it,
        &[
            "Elenca gli impegni nell’ordine dei Consigli",
            "\nUso: briefdesk list [OPTIONS]\n",
            "\nOpzioni:\n",
            "Id o nome del settore (vedi `briefdesk sectors`)",
            "[valori possibili: delivered,",
            "Mostra l’aiuto",
        ],
    );
    let it = ok_in("it", &ws, &["search", "-h"]);
    has(&it, &["\nArgomenti:\n", "[predefinito: 20]"]);
    // Japanese has no spaces for clap to break lines at: they are broken
    // here, between characters, to the terminal's width.
    for args in [
        vec!["--help"],
        vec!["search", "-h"],
        vec!["annotate", "--help"],
    ] {
        let mut all = vec!["--lang", "ja"];
        all.extend(args.iter());
        let out = command(&ws, &all).env("COLUMNS", "60").output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        for line in text.lines() {
            assert!(
                UnicodeWidthStr::width(line) <= 60,
                "{args:?}: {line:?} is wider than 60"
            );
        }
    }
    // English is clap's own help, from the doc comments.
    let en = String::from_utf8(run_in(None, &ws, &["--help"]).stdout).unwrap();
    has(
        &en,
        &[
            "\nUsage: briefdesk [OPTIONS] <COMMAND>\n",
            "Print help",
            "Check the dataset",
        ],
    );
    assert_eq!(
        en,
        String::from_utf8(run_in(Some("en"), &ws, &["--help"]).stdout).unwrap()
    );
}

#[test]
fn usage_errors_in_japanese_and_italian() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    let (code, err) = fail_in("ja", &ws, &["list", "--status", "ongoing"]);
    assert_eq!(code, 2);
    has(
        &err,
        &[
            "エラー：「--status <STATUS>」の値「ongoing」は無効です\n",
            "[指定できる値：delivered, in-progress, announced, planned, recorded]",
            "詳しくは「--help」を参照してください。",
        ],
    );
    let (code, err) = fail_in("it", &ws, &["lst"]);
    assert_eq!(code, 2);
    has(
        &err,
        &[
            "errore: sottocomando sconosciuto «lst»\n",
            "suggerimento: esiste un sottocomando simile: «list»",
            "\nUso: briefdesk [OPTIONS] <COMMAND>\n",
            "Per saperne di più, prova «--help».",
        ],
    );
    let (code, err) = fail_in("ja", &ws, &["annotate"]);
    assert_eq!(code, 2);
    has(
        &err,
        &[
            "エラー：次の必須の引数が指定されていません：\n  <ID>\n",
            "\n使い方: briefdesk annotate ",
        ],
    );
    let (_, err) = fail_in(
        "ja",
        &ws,
        &["brief", "text", "1", "s", "--point", "x", "--no-points"],
    );
    has(
        &err,
        &["エラー：引数「--point <TEXT>」は「--no-points」と一緒に使えません"],
    );
    // English stays clap's.
    let out = run_in(None, &ws, &["list", "--status", "ongoing"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .starts_with("error: invalid value 'ongoing' for '--status <STATUS>'"));
}
