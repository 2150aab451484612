//! Hostile files, as a tester puts them where Briefdesk reads and writes:
//! export targets that are devices, FIFOs, folders, read-only or foreign
//! files and symlinks; FIFOs, devices and huge files as dataset files,
//! bundles and workspaces; crafted bundles; HTML in Markdown; a full disk;
//! output that cannot be written; a workspace held by another process.
//! Each is refused (or handled) at once with the file named, through the
//! CLI as a user runs it.

use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

mod common;
use common::{command, fail, ok, ok_json, run};

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Run `briefdesk ARGS` and wait at most `limit`: a command that hangs (on
/// a FIFO) is killed and fails the test. Returns the output and the time.
fn within(ws: &Path, args: &[&str], limit: Duration) -> (Output, Duration) {
    let started = Instant::now();
    let mut child = command(ws, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{args:?} hung for more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    (child.wait_with_output().unwrap(), started.elapsed())
}

fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn a_brief(ws: &Path) {
    ok(ws, &["brief", "new", "--title", "Exports"]);
}

/// The tester: `-o` replaced a read-only file, a file of another user, a
/// symlink, and copies of /dev/null and /dev/full (exit 0); exports were
/// 0600 whatever the umask. Now: each refused with exit 3 and the file
/// named, nothing changed; a symlink's target is written (the documented
/// rule); new files follow the umask.
#[test]
fn exports_replace_only_regular_files_the_user_could_write() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ws = d.join("ws.sqlite");
    a_brief(&ws);
    let export = |target: &Path| {
        run(
            &ws,
            &[
                "export",
                "1",
                "--format",
                "md",
                "-o",
                target.to_str().unwrap(),
            ],
        )
    };

    let ro = d.join("read-only.md");
    std::fs::write(&ro, "keep me").unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::create_dir(d.join("folder.md")).unwrap();
    mkfifo(&d.join("fifo.md"));
    std::os::unix::fs::symlink(d.join("nowhere.md"), d.join("dangling.md")).unwrap();
    let mut cases: Vec<(PathBuf, &str)> = vec![
        (ro.clone(), "is read-only"),
        (d.join("folder.md"), "is a folder"),
        (d.join("fifo.md"), "is a FIFO"),
        (
            d.join("dangling.md"),
            "symbolic link to a file that does not exist",
        ),
    ];
    let mut devices = false;
    if is_root() {
        let foreign = d.join("foreign.md");
        std::fs::write(&foreign, "theirs").unwrap();
        match std::os::unix::fs::chown(&foreign, Some(65534), Some(65534)) {
            Ok(()) => cases.push((foreign, "belongs to another user")),
            Err(e) => eprintln!("skipped: a file of another user ({e})"),
        }
        for (name, minor) in [("null.md", "3"), ("full.md", "7")] {
            let node = d.join(name);
            let made = Command::new("mknod")
                .args([node.to_str().unwrap(), "c", "1", minor])
                .status()
                .is_ok_and(|s| s.success());
            if made {
                devices = true;
                cases.push((node, "is a character device"));
            } else {
                eprintln!("skipped: device nodes (mknod is not allowed here)");
            }
        }
    } else {
        eprintln!("skipped: a file of another user and device nodes need root");
    }
    for (target, says) in &cases {
        let before = std::fs::symlink_metadata(target).unwrap();
        let out = export(target);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(3), "{target:?}: {err}");
        assert!(err.contains(says), "{target:?}: {err}");
        assert!(
            err.contains(target.file_name().unwrap().to_str().unwrap()),
            "names the target: {err}"
        );
        assert!(!err.contains(".partial"), "never the temporary file: {err}");
        let after = std::fs::symlink_metadata(target).unwrap();
        assert_eq!(
            (before.ino(), before.file_type(), before.len()),
            (after.ino(), after.file_type(), after.len()),
            "{target:?} unchanged"
        );
    }
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), "keep me");
    if devices {
        assert!(std::fs::metadata(d.join("null.md"))
            .unwrap()
            .file_type()
            .is_char_device());
    }
    // The same rules for a bundle.
    let out = run(
        &ws,
        &[
            "export-annotations",
            "-o",
            d.join("fifo.md").to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));

    // A symlink is followed: its target is replaced, the link stays.
    let real = d.join("real.md");
    std::fs::write(&real, "old").unwrap();
    let link = d.join("link.md");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    assert!(export(&link).status.success());
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&real)
        .unwrap()
        .starts_with("# Exports"));

    // New files follow the umask.
    for (umask, mode) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let target = d.join(format!("umask-{umask}.md"));
        let status = Command::new("sh")
            .args([
                "-c",
                &format!("umask {umask}; exec \"$0\" \"$@\""),
                common::bin().to_str().unwrap(),
            ])
            .args([
                "export",
                "1",
                "-o",
                target.to_str().unwrap(),
                "--workspace",
                ws.to_str().unwrap(),
            ])
            .status()
            .unwrap();
        assert!(status.success());
        let got = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(got, mode, "umask {umask}");
    }
}

/// The folder is checked before the brief is rendered: a brief that
/// cannot be rendered (a character no font has) exported into a folder
/// that does not exist fails for the folder, at once.
#[test]
fn the_folder_is_checked_before_rendering() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    ok(&ws, &["brief", "new", "--title", "Parrots 🦜"]);
    let target = dir.path().join("no/such/folder/x.pdf");
    let (code, err) = fail(&ws, &["export", "1", "-o", target.to_str().unwrap()]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("x.pdf") && err.contains("no/such/folder"),
        "{err}"
    );
    assert!(!err.contains("font"), "not rendered first: {err}");
}

/// The tester: a FIFO as `commitments.json` or as a bundle hangs; a bundle
/// symlinked to /dev/zero reads until memory runs out; a 1 GB dataset file
/// is read whole before it is rejected. Now each is refused at once.
#[test]
fn special_and_huge_files_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ws = d.join("ws.sqlite");
    ok(&ws, &["annotate", "C2-08", "--note", "mine"]);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let dataset_with = |name: &str, make: &dyn Fn(&Path)| {
        let dir = d.join(format!("data-{name}"));
        std::fs::create_dir(&dir).unwrap();
        for entry in std::fs::read_dir(&data).unwrap().flatten() {
            if entry.path().extension().is_some_and(|e| e == "json") {
                std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
            }
        }
        let file = dir.join("commitments.json");
        std::fs::remove_file(&file).unwrap();
        make(&file);
        dir
    };
    let fifo_data = dataset_with("fifo", &|f| mkfifo(f));
    let huge_data = dataset_with("huge", &|f| {
        std::fs::File::create(f).unwrap().set_len(1 << 30).unwrap();
    });
    let zero_data = dataset_with("zero", &|f| {
        std::os::unix::fs::symlink("/dev/zero", f).unwrap()
    });
    let fifo_bundle = d.join("fifo.json");
    mkfifo(&fifo_bundle);
    let zero_bundle = d.join("zero.json");
    std::os::unix::fs::symlink("/dev/zero", &zero_bundle).unwrap();
    let huge_bundle = d.join("huge.json");
    std::fs::File::create(&huge_bundle)
        .unwrap()
        .set_len(65 << 20)
        .unwrap();
    let fifo_ws = d.join("fifo.sqlite");
    mkfifo(&fifo_ws);
    let s = |p: &Path| p.to_str().unwrap().to_owned();
    let cases: Vec<(PathBuf, Vec<String>, i32, &str)> = vec![
        (
            ws.clone(),
            vec!["validate".into(), "--data".into(), s(&fifo_data)],
            1,
            "is a FIFO (named pipe), not a regular file",
        ),
        (
            ws.clone(),
            vec!["validate".into(), "--data".into(), s(&zero_data)],
            1,
            "is a character device",
        ),
        (
            ws.clone(),
            vec!["validate".into(), "--data".into(), s(&huge_data)],
            1,
            "is 1.0 GiB; the limit is 256.0 MiB; refused before reading",
        ),
        (
            ws.clone(),
            vec!["import-annotations".into(), s(&fifo_bundle)],
            3,
            "fifo.json: is a FIFO",
        ),
        (
            ws.clone(),
            vec!["import-annotations".into(), s(&zero_bundle)],
            3,
            "zero.json: is a character device",
        ),
        (
            ws.clone(),
            vec!["import-annotations".into(), s(&huge_bundle)],
            3,
            "is 65.0 MiB; the limit is 64.0 MiB",
        ),
        (
            fifo_ws.clone(),
            vec!["annotations".into()],
            3,
            "fifo.sqlite: not a Briefdesk workspace (it is a FIFO",
        ),
        (
            fifo_ws.clone(),
            vec![
                "annotate".into(),
                "C2-08".into(),
                "--note".into(),
                "x".into(),
            ],
            3,
            "it is a FIFO",
        ),
    ];
    for (ws, args, code, says) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (out, took) = within(ws, &args, Duration::from_secs(10));
        let err = format!("{}{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
        eprintln!("{args:?}: refused in {} ms", took.as_millis());
        assert_eq!(out.status.code(), Some(*code), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert!(
        std::fs::metadata(&fifo_ws).unwrap().file_type().is_fifo(),
        "left as it was"
    );
    assert_eq!(
        ok_json(&ws, &["annotations"])["annotations"][0]["annotation"]["fields"]["note"],
        "mine"
    );
}

/// The tester's crafted bundle attached C2-08's note to C3-01: afterwards
/// `annotations` listed C2-08 twice and `history C3-01` had nothing. Now
/// the bundle is refused whole and the workspace is byte for byte as it
/// was.
#[test]
fn a_crafted_bundle_is_refused_whole_and_the_workspace_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    ok(&ws, &["annotate", "C2-08", "--note", "chips: ask METI"]);
    let own = dir.path().join("own.json");
    ok(&ws, &["export-annotations", "-o", own.to_str().unwrap()]);
    let text = std::fs::read_to_string(&own).unwrap();
    // Our own revision (same uid) listed, and made current, under C3-01.
    let crafted = dir.path().join("crafted.json");
    std::fs::write(&crafted, text.replace("\"C2-08\"", "\"C3-01\"")).unwrap();
    // The same uid with other content.
    let altered = dir.path().join("altered.json");
    std::fs::write(&altered, text.replace("chips: ask METI", "something else")).unwrap();
    let before = std::fs::read(&ws).unwrap();
    for bundle in [&crafted, &altered] {
        let (code, err) = fail(&ws, &["import-annotations", bundle.to_str().unwrap()]);
        assert_eq!(code, 3, "{err}");
        assert!(
            err.contains("refused") && err.contains("nothing was imported"),
            "{err}"
        );
        assert_eq!(
            std::fs::read(&ws).unwrap(),
            before,
            "byte for byte unchanged"
        );
    }
    let all = ok_json(&ws, &["annotations"]);
    let ids: Vec<&str> = all["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["annotation"]["commitment"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["C2-08"]);
    assert!(ok(&ws, &["history", "C3-01"]).contains("no annotation yet"));
}

/// The tester: a revision dated 9999 was accepted and outranked every
/// later local edit; `version: 0` was accepted; a bundle of another dataset
/// version imported without a word. Now each is refused (the last unless
/// confirmed with --accept-other-dataset), and nothing is imported.
#[test]
fn bundles_are_checked_whole_dates_versions_and_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ws = d.join("ws.sqlite");
    let colleague = d.join("colleague.sqlite");
    ok(&colleague, &["annotate", "C3-10", "--note", "theirs"]);
    let good = d.join("good.json");
    ok(
        &colleague,
        &["export-annotations", "-o", good.to_str().unwrap()],
    );
    let text = std::fs::read_to_string(&good).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let at = v["annotations"][0]["revisions"][0]["updated_at"]
        .as_str()
        .unwrap()
        .to_owned();
    let version = format!("\"version\": {}", briefdesk_core::store::BUNDLE_VERSION);
    let mut cases = vec![
        (
            "future",
            text.replace(&at, "9999-12-31T00:00:00.000Z"),
            "lies in the future",
        ),
        (
            "past",
            text.replace(&at, "1999-12-31T00:00:00.000Z"),
            "is before 2020",
        ),
        (
            "version-0",
            text.replace(&version, "\"version\": 0"),
            "version 0",
        ),
        (
            "version-9",
            text.replace(&version, "\"version\": 9"),
            "newer than this build reads",
        ),
    ];
    cases.push((
        "no-dataset",
        text.replace(
            &format!("\"dataset_version\": {}", v["dataset_version"]),
            "\"x\": 1",
        ),
        "unknown field",
    ));
    ok(&ws, &["annotate", "C3-10", "--note", "mine, later"]);
    for (name, body, says) in &cases {
        let path = d.join(format!("{name}.json"));
        std::fs::write(&path, body).unwrap();
        let (code, err) = fail(&ws, &["import-annotations", path.to_str().unwrap()]);
        assert_eq!(code, 3, "{name}: {err}");
        assert!(
            err.contains(says) && err.contains("nothing was imported"),
            "{name}: {err}"
        );
    }
    // Another dataset version: reported, imported only when confirmed.
    let other = d.join("other-data");
    std::fs::create_dir(&other).unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    for entry in std::fs::read_dir(&data).unwrap().flatten() {
        if entry.path().extension().is_some_and(|e| e == "json") {
            std::fs::copy(entry.path(), other.join(entry.file_name())).unwrap();
        }
    }
    let manifest = other.join("manifest.json");
    let m = std::fs::read_to_string(&manifest).unwrap();
    let version = serde_json::from_str::<Value>(&m).unwrap()["dataset_version"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::write(&manifest, m.replace(&version, "2025.1.0")).unwrap();
    let old = d.join("old-dataset.json");
    let out = run(
        &colleague,
        &[
            "export-annotations",
            "-o",
            old.to_str().unwrap(),
            "--data",
            other.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let (code, err) = fail(&ws, &["import-annotations", old.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("2025.1.0") && err.contains(&version) && err.contains("nothing was imported"),
        "{err}"
    );
    assert_eq!(
        ok_json(&ws, &["history", "C3-10"])["revisions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let v = ok_json(
        &ws,
        &[
            "import-annotations",
            old.to_str().unwrap(),
            "--accept-other-dataset",
        ],
    );
    assert_eq!(v["import"]["other_dataset"], true);
    assert_eq!(v["import"]["dataset_version"], "2025.1.0");
    assert_eq!(
        v["import"]["kept"],
        serde_json::json!(["C3-10"]),
        "mine is newer"
    );
}

/// The tester: `<script>`, `<img onerror>`, `<iframe>` and `javascript:`
/// links from notes and talking points came out live in the `.md`. Now the
/// Markdown, rendered as a viewer renders it, has none of them, and the
/// user's own formatting is still formatting.
#[test]
fn html_in_user_text_is_escaped_in_the_markdown_export() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    ok(
        &ws,
        &[
            "brief",
            "new",
            "--title",
            "<b onmouseover=alert(1)>Briefing</b>",
            "--author",
            "<script>steal()</script>",
        ],
    );
    ok(&ws, &["brief", "add-section", "1", "semiconductors"]);
    ok(&ws, &["brief", "add", "1", "semiconductors", "C2-08"]);
    ok(
        &ws,
        &[
            "brief", "text", "1", "semiconductors",
            "--background", "**Keep this bold.** <script>alert('background')</script>\n\n<iframe src=\"https://evil.example\"></iframe>",
            "--point", "<img src=x onerror=alert(1)> see [the release](https://digital-strategy.ec.europa.eu)",
            "--point", "[click me](javascript:alert(document.cookie)) and [too](JaVaScRiPt&#58;alert(1))",
            "--point", "`<code>` stays code; <javascript:alert(2)>",
        ],
    );
    ok(
        &ws,
        &[
            "annotate",
            "C2-08",
            "--note",
            "Ask METI <svg onload=alert(3)>\n\n<script>alert('note')</script>",
            "--tag",
            "<u>tag</u>",
        ],
    );
    let md = dir.path().join("brief.md");
    ok(&ws, &["export", "1", "-o", md.to_str().unwrap()]);
    let text = std::fs::read_to_string(&md).unwrap();
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&text));
    for live in [
        "<script",
        "<img",
        "<iframe",
        "<svg",
        "<b ",
        "<u>",
        "href=\"javascript",
        "src=\"javascript",
    ] {
        assert!(
            !html.to_lowercase().contains(live),
            "`{live}` is live in the rendered export:\n{html}"
        );
    }
    assert!(html.contains("<strong>Keep this bold.</strong>"), "{html}");
    assert!(
        html.contains("<a href=\"https://digital-strategy.ec.europa.eu\">the release</a>"),
        "{html}"
    );
    assert!(html.contains("<code>&lt;code&gt;</code>"), "{html}");
    assert!(text.contains("&lt;script>alert('note')"), "{text}");
    assert!(text.contains("click me and too"), "{text}");
}

/// The tester: with the disk 100 % full even reading notes, or exporting
/// them to another disk, failed with "disk I/O error". Runs on a 2 MiB
/// tmpfs mounted by the test (root only; skipped with a message otherwise).
#[test]
fn reading_and_exporting_work_on_a_full_disk() {
    if !is_root() {
        eprintln!("skipped: mounting a tmpfs to fill needs root");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("full");
    std::fs::create_dir(&mnt).unwrap();
    let mounted = Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            "size=2m",
            "tmpfs",
            mnt.to_str().unwrap(),
        ])
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs here (no CAP_SYS_ADMIN?)");
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(mnt.clone());
    let ws = mnt.join("ws.sqlite");
    ok(
        &ws,
        &[
            "annotate",
            "C2-08",
            "--note",
            "written before the disk filled",
        ],
    );
    ok(&ws, &["brief", "new", "--title", "Full disk"]);
    // Fill the disk to the last byte.
    let mut filler = std::fs::File::create(mnt.join("filler")).unwrap();
    let block = vec![0u8; 64 << 10];
    use std::io::Write;
    while filler.write_all(&block).is_ok() {}
    let mut small = [0u8; 512];
    while filler.write_all(&small[..1]).is_ok() {
        small[0] = 1;
    }
    drop(filler);
    let out = Command::new("df").arg(&mnt).output().unwrap();
    eprintln!("{}", String::from_utf8_lossy(&out.stdout));
    let before = std::fs::read(&ws).unwrap();
    let elsewhere = dir.path().join("export.md");
    for args in [
        vec!["annotations"],
        vec!["history", "C2-08"],
        vec!["brief", "list"],
        vec!["brief", "show", "1"],
        vec!["list", "--tag", "x"],
        vec!["export", "1", "-o", elsewhere.to_str().unwrap()],
        vec![
            "export-annotations",
            "-o",
            dir.path().join("bundle.json").to_str().unwrap(),
        ],
    ] {
        let out = run(&ws, &args);
        assert!(
            out.status.success(),
            "{args:?} on a full disk: {}",
            stderr(&out)
        );
    }
    assert!(std::fs::read_to_string(&elsewhere)
        .unwrap()
        .starts_with("# Full disk"));
    assert!(ok(&ws, &["annotations"]).contains("written before the disk filled"));
    // A write fails, names the file, exits 3; nothing is lost.
    let (code, err) = fail(&ws, &["annotate", "C2-08", "--note", "x"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("ws.sqlite"), "{err}");
    assert_eq!(std::fs::read(&ws).unwrap(), before);
}

/// The tester: an annotation saved but whose output could not be written
/// (`> /dev/full`, `| head`) exited 1; write failures exited 1, the code for
/// dataset problems; a lock wait named no file. Now: a committed write
/// exits 0 (with a warning), output that cannot be written is exit 3, and
/// a wait names the workspace and who holds it.
#[test]
fn exit_codes_and_messages_name_the_file_and_the_cause() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    ok(&ws, &["annotate", "C2-08", "--note", "first"]);
    // A committed write whose confirmation cannot be printed: exit 0.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = command(&ws, &["annotate", "C2-08", "--note", "saved anyway"])
        .stdout(full)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the change was saved, but its confirmation could not be printed")
    );
    // A closed pipe (`| head`): exit 0, saved.
    let mut child = command(&ws, &["annotate", "C2-08", "--note", "piped", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(ok(&ws, &["annotations"]).contains("piped"));
    // A read whose output cannot be written: exit 3, saying what.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = command(&ws, &["annotations"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("cannot write the output (standard output): No space left on device"),
        "{}",
        stderr(&out)
    );
    // A carriage return in a note never reaches the terminal (it would
    // overwrite what the line shows).
    ok(&ws, &["annotate", "C3-10", "--note", "shown\rhidden"]);
    for args in [&["annotations"][..], &["history", "C3-10"]] {
        let text = ok(&ws, args);
        assert!(
            text.contains("shownhidden") && !text.contains('\r'),
            "{args:?}: {text:?}"
        );
    }
    // Usage 2, unknown record 1, file 3.
    assert_eq!(fail(&ws, &["annotate", "C2-08", "--status", "fine"]).0, 2);
    assert_eq!(fail(&ws, &["show", "C9-99"]).0, 1);
    assert_eq!(
        fail(&ws, &["import-annotations", "/nonexistent/bundle.json"]).0,
        3
    );
    // Another process holds the workspace: after the wait, the message
    // names the file and the holder.
    let holder = rusqlite::Connection::open(&ws).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = Instant::now();
    let (code, err) = fail(&ws, &["annotate", "C2-08", "--note", "blocked"]);
    eprintln!(
        "lock wait: gave up after {:.1} s: {err}",
        started.elapsed().as_secs_f64()
    );
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("ws.sqlite") && err.contains("in use"), "{err}");
    assert!(
        err.contains(&format!("pid {}", std::process::id())),
        "names the holder: {err}"
    );
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert!(ok(&ws, &["annotations"]).contains("piped"), "nothing lost");
}
