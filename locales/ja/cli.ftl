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

cli-export-format-unknown = { $path }：--format md か --format pdf を指定してください（または .md か .pdf のファイル名）
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
