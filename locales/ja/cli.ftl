# コマンドラインの文言：`briefdesk` が人に向けて表示するもの（`--json` の出力は
# 機械向けの形式なので翻訳しない）、ヘルプ、clap の使い方エラー。約束事は
# locales/en/cli.ftl を参照。入力する識別子（C2-08、semiconductors、dpc-2024、
# in-progress、--sector）は入力する形のまま示す。

## 枠の言葉

cli-error = エラー：{ $message }
cli-warning = 警告：{ $message }
cli-not-confirmed = 変更は保存しましたが、確認の表示に失敗しました：{ $cause }
cli-error-output = 出力（標準出力）に書き込めません：{ $cause }
cli-error-lang = --lang：「{ $value }」は Briefdesk の言語ではありません。en、it、ja のいずれかを指定してください
cli-no-home = ワークスペースを置くホームフォルダーがありません。--workspace PATH を指定してください
cli-none = なし

## 件数

cli-count-sectors = { $number }分野
cli-count-context-items = { $number }件の関連情報
cli-count-actors = { $number }件の関係者
cli-count-conflicts = { $number }件の出典の食い違い
cli-count-problems = データの問題{ $number }件
cli-count-already-here = 既存 { $number }件
cli-count-results = { $number }件
cli-count-characters = { $number }字

## validate

cli-validate-built-in = 組み込みのデータ
cli-validate-ok = OK：{ $origin }は有効です — データ { $version }（形式 { $format }、{ $date }時点）：{ $counts }
cli-validate-problems = { $problems }：{ $origin }

## 表（sectors・meetings・list）

cli-col-sector = 分野
cli-col-commitments = 件数
cli-col-name = 名称
cli-col-meeting = 会合
cli-col-date = 日付
cli-col-place = 場所
cli-col-status = 状況
cli-col-title = 表題
cli-col-id = ID
cli-col-kind = 種類
cli-col-verification = 確認
cli-meeting-state = { $status ->
    [held] 開催済み
    [planned] 予定
   *[reported] 報道のみ
}{ $verification ->
    [confirmed] {""}
    [partial] （一部確認）
    [seed-only] （元資料のみ）
   *[unverified] （未確認）
}
cli-list-none = 条件に合うコミットメントはありません。

## show

cli-no-record = ID「{ $id }」のコミットメントも関連情報もありません（`briefdesk list` を参照）
cli-show-meeting = 会合
cli-show-meeting-line = { $title } — { $place }、{ $date }（{ $id }）
cli-show-record = 記録
cli-show-context = 関連情報（会合の成果ではない）
cli-show-date = 日付
cli-show-sectors = 分野
cli-show-kind = 種類
cli-show-status = 状況
cli-show-status-as-of = { $status }（{ $date }時点）
cli-show-verification = 確認
cli-show-summary = 概要
cli-show-actors = 関係者
cli-show-actor-native = { $name }（{ $native }）
cli-show-actor-role = { $actor } — { $role }
cli-show-actor-note = { $actor }［{ $note }］
cli-show-sources = 出典
cli-show-source = { $title } — { $publisher }、{ $date }
cli-show-undated = 日付なし
cli-show-no-url = （URL なし）{ $note }
cli-show-lineage = 経緯
cli-show-no-lineage = この項目につながる前後のコミットメントはありません。
cli-show-this-one = （この項目）
cli-show-context-short = 関連情報
cli-show-see-also = 関連項目
cli-show-conflicts = 出典の食い違い
cli-show-conflict = { $field }（{ $id }）：{ $summary }
cli-show-claim = 「{ $value }」 — { $sources }
cli-show-claim-used = 「{ $value }」［採用］ — { $sources }
cli-show-assessment = 評価：{ $assessment }

## 注記

cli-no-commitment = ID「{ $id }」のコミットメントはありません（`briefdesk list` を参照）
cli-not-a-date = { $option } の「{ $value }」は日付（YYYY-MM-DD）ではありません
cli-not-a-date-or-none = { $option } の「{ $value }」は日付（YYYY-MM-DD）でも `none` でもありません
cli-annotation-saved = { $id }：注記を保存しました（第{ $revision }版）
cli-annotation-unchanged = { $id }：変更はありません（現在は第{ $revision }版）
cli-annotation-restored = { $id }：第{ $revision }版を第{ $current }版として復元しました
cli-annotation-status = 状況
cli-annotation-tags = タグ
cli-annotation-follow-up = フォローアップ日
cli-annotation-updated = 更新
cli-history-none = { $id }：まだ注記はありません
cli-annotations-none = まだ注記はありません（`briefdesk annotate --help` を参照）。
cli-annotations-orphaned = （対象なし：このコミットメントはデータから削除済み）
cli-annotations-exported = { $revisions }を { $path } にエクスポートしました
cli-imported = { $path } を取り込みました：{ $added }（{ $present }）
cli-imported-other-dataset = データ版 { $version } で作成されたもの（--accept-other-dataset で確認済み）
cli-imported-added = 新たに注記：
cli-imported-updated = 更新（相手の版が新しい）：
cli-imported-kept = 自分の版を保持（自分の版が新しい）：
cli-step-annotation = { $id }：{ $step ->
    [undo] 元に戻しました
   *[redo] やり直しました
}（現在は第{ $revision }版）
cli-step-annotation-gone = { $id }：{ $step ->
    [undo] 元に戻しました
   *[redo] やり直しました
}（注記はなくなりました）
cli-step-brief = ブリーフ { $id }：{ $step ->
    [undo] 元に戻しました
   *[redo] やり直しました
}（現在は第{ $revision }版：{ $title }）
cli-step-brief-gone = ブリーフ { $id }：{ $step ->
    [undo] 元に戻しました
   *[redo] やり直しました
}（ブリーフは削除された状態です）

## ブリーフ

cli-brief-done = ブリーフ { $id }：{ $done ->
    [created] 作成しました
    [saved] 保存しました
    [template] テンプレートとして保存しました
   *[restored] 復元しました
}（第{ $revision }版）：{ $title }
cli-brief-deleted = ブリーフ { $id }：削除しました（`briefdesk undo` で戻せます）
cli-brief-deleted-mark = （削除済み）
cli-briefs-none = まだブリーフはありません（`briefdesk brief new` で作成できます）
cli-brief-template = { $title }［テンプレート］
cli-brief-facts = （{ $sections }、{ $commitments }、{ $saved } 保存）
cli-counts-from-one = { $option } は 1 から数えます
cli-include-or-exclude = --include か --exclude を指定してください
cli-not-in-section = 「{ $commitment }」はセクション「{ $section }」にありません
cli-outline-title = ブリーフ { $id }：{ $title }
cli-outline-meeting = 会合
cli-outline-date = 日付
cli-outline-author = 作成者
cli-outline-audience = 対象
cli-outline-marking = 取扱区分
cli-outline-sector-missing = { $heading }（この分野はデータから削除済み）
cli-outline-since = { $meeting }が加えたもの：{ $sectors }に{ $commitments }
cli-outline-since-none = 記録にはこれより前の協議会がありません
cli-outline-background = 背景：{ $characters }
cli-outline-item-missing = （データから削除済み）
cli-outline-item-note = { $title } ［+ あなたのノート］

## export

cli-export-format-unknown = { $path }：--format md、pdf、docx のいずれかを指定してください（または .md、.pdf、.docx のファイル名）
cli-export-notes-quick-only = --notes はクイックブリーフ（--sector）用です。保存したブリーフでは、ブリーフで指定した箇所にノートが入ります
cli-export-id-or-sector = ブリーフの ID か --sector を指定してください
cli-export-brief = ブリーフ { $id }
cli-export-quick = { $sector }のクイックブリーフ
cli-export-written = { $what }：{ $path } に書き出しました

## search

cli-search-empty = 検索語が空です。検索する語を 1 つ以上指定してください
cli-search-none = 「{ $query }」に一致するコミットメント、注記、ブリーフはありません。
cli-search-orphaned = （対象のない注記：データから削除済み）
cli-search-brief = ブリーフ { $id }
cli-search-results = 「{ $query }」の検索結果 { $results }（関連度順）

## clap の使い方エラー

cli-clap-quote = 「{ $text }」
cli-clap-invalid-value = 「{ $arg }」の値「{ $value }」は無効です
cli-clap-value-required = 「{ $arg }」には値が必要ですが、指定されていません
cli-clap-unknown-argument = 想定外の引数「{ $arg }」があります
cli-clap-unknown-command = サブコマンド「{ $command }」はありません
cli-clap-missing-arguments = 次の必須の引数が指定されていません：
cli-clap-missing-command = 「{ $command }」にはサブコマンドが必要ですが、指定されていません
cli-clap-commands = [サブコマンド：{ $commands }]
cli-clap-repeated = 引数「{ $arg }」は 2 回以上指定できません
cli-clap-conflict = 引数「{ $arg }」は{ $others }と一緒に使えません
cli-clap-conflict-any = 引数「{ $arg }」は、指定したほかの引数と一緒に使えません
cli-clap-unexpected-value = 「{ $arg }」の値「{ $value }」は余分です（これ以上の値は不要です）
cli-clap-similar = ヒント：似た{ $what ->
    [command] サブコマンド
    [argument] 引数
   *[value] 値
}があります：{ $names }
cli-clap-tip = ヒント：{ $tip }
cli-clap-more = 詳しくは「--help」を参照してください。

## ヘルプ：見出しと clap の文言

cli-help-usage = 使い方
cli-help-commands = コマンド
cli-help-arguments = 引数
cli-help-options = オプション
cli-help-default = [既定値：{ $value }]
cli-help-possible-values = [指定できる値：{ $values }]
cli-help-possible-values-head = 指定できる値：
cli-help-builtin-help = ヘルプを表示
cli-help-builtin-help-more = ヘルプを表示（詳しくは「--help」）
    .long = ヘルプを表示（要約は「-h」）
cli-help-builtin-version = バージョンを表示
cli-help-builtin-help-command = このメッセージ、または指定したサブコマンドのヘルプを表示

## コマンドと引数のヘルプ

cli-help = 日EUデジタルパートナーシップの記録をコマンドラインで
    .long =
        日EUデジタルパートナーシップの記録をコマンドラインで扱います。

        このプログラムに組み込まれたデータ、または --data DIR のデータを読み込みます。
cli-help--data = 組み込みのデータの代わりに、このフォルダーのデータを読み込む
cli-help--workspace = 注記を保存するワークスペースのファイル（既定：デスクトップアプリのもの。コマンドラインとアプリで共有する）
cli-help--session = 変更を記録する作成者セッション。`undo` と `redo` はこのセッションの変更をたどる（既定：$BRIEFDESK_SESSION、なければ端末のセッションごとに 1 つ）
cli-help--lang = 表示とエクスポートの言語：en、it、ja（既定：BRIEFDESK_LANG、なければ英語）

cli-help-validate = データを検査し、見つかった問題をすべて表示する（問題があれば終了コード 1）
cli-help--json = 結果を JSON で出力する
cli-help--id = コミットメントの ID（例：C2-08）

cli-help-sectors = 分野の一覧とそれぞれのコミットメント数

cli-help-meetings = 会合の一覧（発足から最新の協議会まで）

cli-help-list = コミットメントを協議会の順に一覧表示する（絞り込みもできる）
cli-help-filter-args--sector = 分野の ID または名称（`briefdesk sectors` を参照）
cli-help-filter-args--meeting = 会合の ID または年（`briefdesk meetings` を参照）
cli-help-filter-args--status = データの基準日時点の状況
cli-help-filter-args--verification = 確認の状況
cli-help-filter-args--kind = コミットメントの種類
cli-help-filter-args--tag = 注記のタグ（ワークスペースを読む）
cli-help-filter-args--user-status = 注記に付けたあなたの評価（ワークスペースを読む）
cli-help-list--text = ID、表題、概要、関係者、分野、会合のいずれかにすべて含まれるべき語（大文字・小文字は区別しない）

cli-help-annotate = コミットメントの注記を書く、または変える（新しい版になる。元に戻せる）
cli-help-annotate--note = ノート（プレーンテキスト、簡単な Markdown）。今のノートを置き換える
cli-help-annotate--status = あなたの評価：on-track、at-risk、delayed、delivered、not-pursued、unknown。消すときは `none`
cli-help-annotate--tag = タグを付ける（複数なら繰り返す）
cli-help-annotate--untag = タグを外す（複数なら繰り返す）
cli-help-annotate--follow-up = フォローアップ日（YYYY-MM-DD）。消すときは `none`

cli-help-history = コミットメントの注記のすべての版（新しい順）

cli-help-restore = 注記の以前の版を再び現在の版にする（元に戻せる）
cli-help-restore--revision = 版の番号（`briefdesk history ID` を参照）

cli-help-undo = 自分の最後の変更を元に戻す（この端末のセッション、または --session のもの）。他人の変更は戻さない

cli-help-redo = 最後に元に戻した変更をやり直す

cli-help-export-annotations = すべての注記を、すべての版とともに JSON のバンドルにエクスポートする
cli-help-export-annotations--output = 書き出すバンドル（アトミックに置き換える）

cli-help-import-annotations = 同僚のバンドルを統合する：双方の版を残し、最も新しい版を現在の版にする。変わった内容を表示する
cli-help-import-annotations--file = 読み込むバンドル
cli-help-import-annotations--accept-other-dataset = 別のデータ版で作られたバンドルも取り込む（このフラグがなければ拒否する）

cli-help-annotations = 注記の一覧。対象のコミットメントがデータから消えたものには印を付ける

cli-help-show = コミットメントまたは関連情報の全体を表示する：出典、経緯、出典の食い違い

cli-help-brief = ブリーフを組み立てる：new、quick、list、show、セクション、コミットメント…

cli-help-brief-new = ブリーフを始める：白紙から、またはテンプレート（`council-preparation`、または保存したテンプレートの ID）から
cli-help-brief-new--template = テンプレート：`council-preparation`、または保存したテンプレートの ID
cli-help-cover--title = 表題
cli-help-cover--meeting = 準備する会合：データにある会合の ID または年（例：dpc-2026）、ほかのテキスト、または `none`
cli-help-cover--date = ブリーフの対象日（YYYY-MM-DD）、または `none`
cli-help-cover--author = 作成者（表紙に載る形で）
cli-help-cover--audience = 対象とする読み手
cli-help-cover--marking = 取扱区分（例："Draft"、"Limited"）

cli-help-brief-quick = 1 つの分野のブリーフ。その分野のコミットメントをすべて会合の順に収める
cli-help-brief-quick--sector = 分野の ID または名称
cli-help-brief-quick--notes = コミットメントへのノートを入れる（指定しなければ入れない）

cli-help-brief-list = あなたのブリーフと保存したテンプレート

cli-help-brief-show = ブリーフの表紙、セクション、コミットメントを順に表示する
cli-help-brief--id = ブリーフの ID（`briefdesk brief list` を参照）

cli-help-brief-edit = 表紙を変える：表題、会合、日付、作成者、対象、取扱区分

cli-help-brief-add-section = セクションを加える：分野（ID または名称）、または `since-last-council`
cli-help-brief--section = セクション：その分野（ID または名称）、または `since-last-council`
cli-help-brief-add-section--at = 位置（1 = 先頭。既定：末尾）

cli-help-brief-remove-section = セクションを中身ごと外す（元に戻せる）

cli-help-brief-move-section = セクションを N 番目に移す（1 = 先頭）
cli-help-brief--to = 新しい位置（1 = 先頭）

cli-help-brief-add = セクションにコミットメントを指定した順に加える
cli-help-brief-add--commitments = コミットメントの ID（例：C2-08 C3-04）
cli-help-brief-add--at = 最初のものの位置（1 = 先頭。既定：末尾）
cli-help-brief-add--no-annotation = それらへのあなたの注記をブリーフに入れない

cli-help-brief-remove = セクションからコミットメントを外す
cli-help-brief--commitment = コミットメントの ID（例：C2-08）

cli-help-brief-move = コミットメントをセクション内の N 番目（1 = 先頭）に移す。--into で別のセクションへ
cli-help-brief-move--into = 代わりにブリーフのこのセクションへ

cli-help-brief-text = セクションの背景と発言要領を設定する
cli-help-brief-text--background = 背景の文章（今のものを置き換える）
cli-help-brief-text--point = 発言要領（順に。今のものを置き換える）
cli-help-brief-text--no-points = 発言要領をすべて消す

cli-help-brief-annotation = コミットメントへのあなたの注記をブリーフに入れるかどうか
cli-help-brief-annotation--include = 入れる
cli-help-brief-annotation--exclude = 入れない

cli-help-brief-duplicate = ブリーフを複製する
cli-help-brief-duplicate--title = 複製の表題（既定："Copy of" とブリーフの表題）

cli-help-brief-save-template = ブリーフの写しを、新しいブリーフのテンプレートとして保存する
cli-help-brief-save-template--title = テンプレートの表題（既定：ブリーフの表題）

cli-help-brief-delete = ブリーフを削除する（undo で戻せる）

cli-help-brief-history = ブリーフのすべての版（新しい順）

cli-help-brief-restore = ブリーフの以前の版を再び現在の版にする（元に戻せる）
cli-help-brief-restore--revision = 版の番号（`briefdesk brief history ID` を参照）

cli-help-export = ブリーフ（または分野のクイックブリーフ）を Markdown、PDF、Word（DOCX）のいずれかにエクスポートする
cli-help-export--id = ブリーフの ID（`briefdesk brief list` を参照）。クイックブリーフなら --sector を指定
cli-help-export--sector = 保存したブリーフの代わりに、この分野（ID または名称）のクイックブリーフをエクスポートする
cli-help-export--format = md、pdf、docx のいずれか（既定：ファイルの拡張子から判断）
    .md = Markdown（CommonMark）
    .pdf = 配布できる PDF
    .docx = Word（DOCX）。ブリーフを編集する同僚向け
cli-help-export--output = 書き出すファイル（一時ファイルに書いてから名前を変えて置き換える）
cli-help-export--date = エクスポートの日付（YYYY-MM-DD。既定：今日）：フッター、メタデータ、ブリーフに日付がなければ表紙にも使う
cli-help-export--draft = 全ページに「案」の透かしを入れる（PDF、DOCX。Markdown では「案」の行）
cli-help-export--no-annotations = ブリーフがノートを入れる箇所でも、ノートを入れない
cli-help-export--notes = --sector とともに：ノートを入れる（クイックブリーフは指定しなければ入れない）。保存したブリーフは、ブリーフで指定した箇所にノートを入れる

cli-help-search = コミットメントとあなたの注記（ノート、タグ）を検索する（関連度順）
cli-help-search--query = すべて含まれるべき語。大文字・小文字とアクセントは区別しない
cli-help-search--limit = 表示する件数の上限

## コマンドライン：独自の記録と訂正

cli-record-added = { $kind } { $id } を追加しました（リビジョン { $revision }）：{ $title }
cli-record-unchanged = 変更はありません。記録はすでに指定どおりです。
cli-record-corrected = { $id } の { $field } を訂正しました（リビジョン { $revision }）：{ $value }（配布時の値：{ $shipped }）
cli-record-nothing = なし
cli-record-list-empty = 独自の記録や訂正はまだありません（`briefdesk record add --help` を参照）。
cli-record-correction-line = { $id } の訂正：{ $field } = { $value }
cli-record-state = { $state ->
    [applied] 表示中
    [covered] リリースに含まれています（取り下げ可能）
   *[not-applied] 非表示：リリースと整合しません
}
cli-record-by = { $author }、{ $date }
cli-record-own = 独自の記録：{ $author } が追加、{ $date }
cli-record-correction = { $author } が { $field } を「{ $value }」に訂正、{ $date }、出典：{ $source }、配布時の値：{ $shipped }
cli-record-removed = { $key } を削除しました（元に戻せます）
cli-record-no-history = { $id } に関する独自の記録や訂正はありません。
cli-record-restored = { $key } のリビジョン { $revision } を復元しました
cli-record-not-shown = 注：{ $key } は保存されていますが表示されていません：{ $problem }
cli-undo-record = { $which ->
    [undo] 元に戻しました
   *[redo] やり直しました
}：{ $key }{ $present ->
    [yes] {""}
   *[no] （現在は記録にありません）
}

## コマンドライン：記録のリリース

cli-release-built-in = Briefdesk に組み込み
cli-release-signed = 鍵 { $key }（{ $name }）で署名済み
cli-release-accepted = 信頼できる鍵で署名されていません（あなたが承認）
cli-release-folder = データフォルダー { $path }
cli-release-applied = 記録はリリース { $version } になりました。以前のリリースはインストールされたままです（`briefdesk dataset use VERSION` で戻せます）。
cli-release-dry-run = 何も適用していません（--dry-run）。
cli-release-in-use = 記録は { $date } のリリース { $version } になりました（{ $trust }）。
cli-release-built = リリース { $version } を { $file } に書き出し、{ $signature } に署名しました。
cli-release-trusted = 今後、鍵 { $key }（{ $name }）で署名されたリリースを信頼します。
cli-keygen-done = 鍵ペアを書き出しました：{ $secret }（秘密鍵：他人に渡さないこと）と { $public }（公開鍵：同僚に渡すもの）。
cli-report-head = リリース { $from } から { $date } のリリース { $to }（発行者：{ $publisher }、{ $trust }）への変更：
cli-report-added = { $count ->
   *[other] { $number } 件の記録を追加
}
cli-report-removed = { $count ->
   *[other] { $number } 件の記録を削除
}
cli-report-changed = { $count ->
   *[other] { $number } 件の記録を変更
}
cli-report-more = …ほか { $number } 件
cli-report-covered = { $count ->
   *[other] 独自の記録・訂正のうち { $number } 件がリリースに含まれるようになりました（取り下げ可能：--retire-covered）：
}
cli-report-unfit = { $count ->
   *[other] 独自の記録・訂正のうち { $number } 件がリリースと整合しません（保存したまま、修正するまで非表示）：
}
cli-report-orphaned-notes = メモは保存し、印を付けました：リリースにはもう { $ids } がありません
cli-report-orphaned-item = ブリーフ { $brief }（「{ $title }」）に残し、印を付けました：{ $id } はもう記録にありません

## コマンドライン：record・dataset コマンドの拒否

cli-record-bad-participants = --value：参加者の JSON 配列ではありません：{ $cause }
cli-record-bad-field = --field「{ $field }」はフィールドではありません（status, verification, date, place, participants, source, builds-on, see-also）
cli-record-no-record = ID「{ $id }」の記録はありません（`briefdesk list` を参照）
cli-record-not-own = 「{ $id }」はリリースの記録で、独自の記録ではありません。その訂正を取り下げるには --field を指定してください
cli-record-no-own = ID「{ $id }」の独自の記録はありません（`briefdesk record list` を参照）
cli-record-no-correction = 「{ $id }」の「{ $field }」の訂正はありません（`briefdesk record list` を参照）
cli-record-no-revision = 「{ $id }」にリビジョン { $revision } はありません（`briefdesk record history { $id }` を参照）
cli-dataset-no-workspace = このコマンドにはワークスペースが必要です（--workspace）
cli-dataset-import-data = --data は記録をフォルダーとして指定します。リリースは --data なしでワークスペースのリリースに取り込みます
cli-dataset-bad-date = --date「{ $value }」は日付ではありません（YYYY-MM-DD）

## record・dataset コマンドのヘルプ

cli-help--author = 独自の記録と訂正を記録する名前（既定：$BRIEFDESK_AUTHOR、なければアカウントの氏名）
cli-help-record = 記録への独自の記録と訂正：add、correct、list、show、remove、history、restore
cli-help-record--id = 記録の ID（例：C4-03、dpc-2026）
cli-help-record-add = JSON ファイルから独自の記録を追加します：1 件または配列で、データセットの形式に "type"（meeting、commitment、source、actor、conflict）を付けます。記録全体と照合して検証し、種類と ID が同じ独自の記録は置き換えます（元に戻せます）
cli-help-record-add--file = JSON ファイル
cli-help-record-correct = リリースの会合・コミットメント・背景項目のフィールドを、それを裏付ける出典とともに訂正します（配布時の値は保持）
cli-help-record-correct--field = status、verification、date、place、participants、source、builds-on、see-also のいずれか
cli-help-record-correct--value = 新しい値：キーワード、日付（YYYY-MM-DD）、開催地、ID。参加者はカンマ区切りのアクター ID か {"{"}"actor", "role"{"}"} の JSON 配列
cli-help-record-correct--source = 裏付けとなる出典の ID（記録のもの、または独自のもの）
cli-help-record-correct--as-of = 訂正した状況が有効な日（--field status では必須）
cli-help-record-list = 独自の記録と訂正の一覧と、それぞれが表示されているかどうか
cli-help-record-show = 1 件の記録：配布時の値、訂正、表示される値
cli-help-record-remove = 独自の記録を削除するか、（--field で）フィールドの訂正を取り下げます（元に戻せます）
cli-help-record-remove--field = 代わりにこのフィールドの訂正を取り下げる
cli-help-record-history = ID に関する独自の記録と訂正のすべての版（新しい順）
cli-help-record-restore = 以前の版を再び現在の版にします（`record history` を参照。元に戻せます）
cli-help-record-restore--revision = リビジョン番号（`briefdesk record history ID` を参照）
cli-help-dataset = 記録のリリース：import、use、releases、build、trust、keygen
cli-help-dataset-import = 記録のリリースを取り込みます：署名とすべての規則を検証し、変更報告を表示してから一度に適用します（使用中のリリースはインストールされたまま。`dataset use` で戻せます）
cli-help-dataset-import--file = リリースファイル（署名は FILE.minisig）
cli-help-dataset-import--accept-unverified = 信頼する鍵で署名されていないリリースを取り込む（未署名、別の鍵による署名、署名の不一致）
cli-help-dataset-import--retire-covered = リリースに含まれるようになった独自の記録と訂正を取り下げる
cli-help-dataset-import--dry-run = 変更報告だけを表示し、何も適用しない
cli-help-dataset-use = インストール済みのリリース（または組み込みのリリース）を今後使います
cli-help-dataset-use--version = リリースのデータセット版（`briefdesk dataset releases` を参照）
cli-help-dataset-releases = インストール済みのリリースの一覧。使用中のものに印を付けます
cli-help-dataset-build = 手元の記録（使用中のリリースに独自の記録と訂正を組み込んだもの）からリリースを作り、KEYFILE で署名します
cli-help-dataset-build--output = 書き出すリリースファイル。署名は FILE.minisig に書き出します
cli-help-dataset-build--key = minisign の秘密鍵（パスワードがあれば BRIEFDESK_KEY_PASSWORD に）
cli-help-dataset-build--dataset-version = リリースのデータセット版（既定：使用中の版 + `.` + 日付）
cli-help-dataset-build--publisher = 発行者（既定：あなたの名前）
cli-help-dataset-build--date = リリースの日付（YYYY-MM-DD、既定：今日）
cli-help-dataset-trust = 発行者の公開鍵（minisign の .pub ファイル）をリリースの署名用に信頼します
cli-help-dataset-trust--key = 公開鍵ファイル
cli-help-dataset-trust--name = 鍵の持ち主（既定：ファイル名）
cli-help-dataset-keygen = リリース署名用の鍵ペアを作ります：FILE（秘密鍵。大切に保管）と FILE.pub
cli-help-dataset-keygen--output = 書き出す秘密鍵ファイル。公開鍵は FILE.pub に書き出します

## The command line: team sync

cli-count-revisions = { $number }件のリビジョン
cli-team-password-prompt = { $server } のパスワード（この実行にのみ使用し、保存しません）：
cli-team-init-done = { $server }：Briefdesk チームスキーマ バージョン { $version }、チーム「{ $team }」、追加したメンバー：{ $members }
cli-team-joined = チーム「{ $team }」に { $member } として参加しました。
cli-team-synced = 送信 { $pushed }、受信 { $pulled }。未送信 { $pending }。
cli-team-changed = 同僚の版が最新になったもの：{ $records }
cli-team-refused-push = サーバーが拒否：{ $uid }：{ $reason }
cli-team-refused-pull = このワークスペースが拒否：{ $uid }：{ $reason }
cli-team-status-none = このワークスペースはどのチームにも属していません。`briefdesk team join URL` で参加してください。
cli-team-never = なし
cli-team-label-server = サーバー
cli-team-label-team = チーム
cli-team-label-member = メンバー
cli-team-label-last-sync = 最終同期
cli-team-label-pending = 未送信
cli-team-label-last-error = 最後のエラー
cli-team-label-refused = 拒否
cli-team-left = { $server } のチーム「{ $team }」から退出しました。すべてのリビジョンはこのワークスペースに残ります。

## Help of the team commands

cli-help-team = チームの PostgreSQL サーバーを通じて同期します：init、join、sync、status、leave
cli-help-team-init = PostgreSQL サーバーにチームスキーマを作成または更新し、チームを作ってメンバーを追加します（管理者向け。何度実行しても同じ結果）
cli-help-team-init--url = libpq 形式のサーバー URL：postgres://user@host:5432/database?sslmode=verify-full
cli-help-team-init--team = 作成するチーム（1 台のサーバーに複数置けます）
cli-help-team-init--member = チームに追加するサーバーのロール（既存のもの）。複数なら繰り返し指定
cli-help-team-join = サーバー上のチームに参加し、1 回同期します
cli-help-team-join--url = libpq 形式のサーバー URL（パスワードは含めない）
cli-help-team-join--team = そのサーバーで複数のチームに属する場合、どのチームか
cli-help-team-sync = サーバーにないものを送り、同僚が書いたものを受け取ります
cli-help-team-status = チーム、サーバー、最終同期、未送信の件数
cli-help-team-leave = このワークスペースの同期をやめます（内容はすべて残ります）
