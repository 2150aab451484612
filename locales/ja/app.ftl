# アプリの画面。記録のラベル、日付、件数は record.ftl。

app-name = Briefdesk
loading-record = 記録を読み込んでいます…
record-failed = 記録を読み込めませんでした。
retry = 再試行
dismiss = 閉じる
dataset-line = { $partnership } · データ { $version } · { $date }時点

## ヘッダー

nav-label = 画面
nav-overview = 概要
nav-commitments = コミットメント
nav-notes = マイノート
nav-followups = フォローアップ
nav-briefs = ブリーフ
nav-about = このアプリについて
nav-followups-due = { $count ->
   *[other] 期限 { $number }件
}
history-label = 元に戻す・やり直す
undo-button = ↶ 元に戻す
    .title = ノートやブリーフへの最後の変更を元に戻す（テキスト欄の外で Ctrl+Z）
redo-button = ↷ やり直す
    .title = やり直す（テキスト欄の外で Ctrl+Shift+Z）
detail-label = コミットメントの詳細

## 元に戻す・やり直す

undo-not-saved = 最新の変更がまだ保存されていないため、{ $which ->
    [undo] 元に戻していません。
   *[redo] やり直していません。
}
undo-nothing = { $which ->
    [undo] 元に戻す操作はありません。
   *[redo] やり直す操作はありません。
}
undo-brief = { $which ->
    [undo] 元に戻しました
   *[redo] やり直しました
}：ブリーフ「{ $title }」の変更
undo-brief-deleted = { $which ->
    [undo] 元に戻しました
   *[redo] やり直しました
}：ブリーフは削除された状態です
undo-record = { $which ->
    [undo] 元に戻しました
   *[redo] やり直しました
}：独自の記録または訂正の変更
undo-annotation = { $which ->
    [undo] 元に戻しました
   *[redo] やり直しました
}：{ $id }の{ $what }
field-note = ノート
field-status = 状況
field-tags = タグ
field-follow-up = フォローアップ日
field-annotation = 注記

## 保存できないもの

unsaved-note = { $id }へのノート
unsaved-brief = ブリーフ「{ $title }」
unsaved-leave-message = { $what }は保存されていません{ $reason ->
    [none] {""}
   *[other] （{ $reason }）
}。入力した場所にそのまま残し、保存するか破棄するまでこの画面を離れません。
unsaved-quit-message = { $what }は保存されていません{ $reason ->
    [none] {""}
   *[other] （{ $reason }）
}。何も失われないよう、Briefdesk は開いたままにします。
concurrent-overridden = { $what }は、その間に別の場所で変更されました（{ $fields }）。あなたの版が現在の版で、もう一方の版は履歴に残っています。
concurrent-kept = { $what }は、その間に別の場所で変更されました。その変更（{ $fields }）はあなたの変更と合わせて保存しました。
unsaved-show = 表示する
unsaved-quit = 保存せずに終了
unsaved-discard = 変更を破棄
discarded-note = { $id }へのノートの未保存の変更を破棄しました。
discarded-brief = ブリーフ「{ $title }」の未保存の変更を破棄しました。

## ワークスペース

workspace-off = ノートとブリーフの編集はできません：{ $problem }
workspace-refused-title = ノートのワークスペースを開けませんでした
workspace-refused-help = 記録の閲覧はできますが、新しいワークスペースを始めるまでノートは書けません。古いファイルは名前を変えて保管し、削除しないので、中身は失われません。
workspace-reset = 新しいワークスペースを始める
workspace-fresh = 新しいワークスペースを開きました。ノートをまた書けます。
workspace-kept-as = 古いファイルは { $path } として保管しました。

## リンクとファイルを開く

open-failed = { $what ->
    [link] このコンピューターではリンクを開けませんでした。開くためのブラウザーが設定されていません。ここからコピーできます：
   *[file] このコンピューターではファイルを開けませんでした。開くためのプログラムが設定されていません。パスはここからコピーできます：
}
open-failed-address = { $what ->
    [link] コピー用のリンク
   *[file] コピー用のファイルのパス
}

## ブリーフへの追加

added-to-brief = { $id }を「{ $title }」のセクション「{ $section }」に追加しました{ $created ->
    [yes] （新規セクション）
   *[no] {""}
}。「元に戻す」で取り消せます。
added-to-brief-open = ブリーフを開く

## 注記パネル

annotation-label = あなたの注記
annotation-title = あなたのノート
annotation-note = ノート
annotation-note-placeholder = ノート（プレーンテキスト。**太字**、- による箇条書き、リンクも使えます）
annotation-status = あなたの評価
annotation-status-none = なし
annotation-follow-up = フォローアップ日
annotation-tags = タグ
annotation-tags-hint = （カンマ区切り）
annotation-tags-placeholder = 例：半導体, 経産省
annotation-date-invalid = フォローアップ日「{ $text }」は日付ではありません（{ $error }）
history = 履歴
history-empty = まだ版はありません。
history-empty-note = （空のノート）
history-current = 現在の版
history-restore = 復元
origin-local = この端末で編集
origin-restore = 復元
origin-import = { $from }から取り込み
origin-team = { $who } から

## 入力中の保存（ノートとブリーフ）

save-state-loading = 読み込み中…
save-state-saving = 保存中…
save-state-unsaved = 未保存の変更あり
save-state-saved = 保存済み
save-state-saved-from = 保存済み・{ $who } から
save-state-error = 保存されていません：{ $error }。入力した文章はここに残り、保存できしだい保存します。
save-state-unknown-error = 不明なエラー
save-state-disabled = 編集できません。

## ブリーフの編集

brief-back = ← ブリーフ一覧
brief-untitled = 無題
brief-title = 表題
brief-meeting = 会合
brief-meeting-none = なし
brief-meeting-other = その他の会合…
brief-meeting-other-placeholder = どの会合ですか？
brief-date = 日付
brief-date-invalid = 日付「{ $text }」は日付ではありません（{ $error }）
brief-author = 作成者
brief-audience = 対象
brief-marking = 取扱区分
brief-marking-placeholder = 例：案、取扱注意
brief-revision = { $title } · { $sections }、{ $commitments }
brief-revision-deleted = 削除済み
brief-origin-local = 編集
brief-restored = 以前の版を復元しました（「元に戻す」で戻せます）。
preview = プレビュー
preview-jump = プレビュー ↓
preview-back = ↑ 編集に戻る
export-group = エクスポート
export-draft = 案
export-draft-title = 全ページに「案」の透かし
export-notes = 自分のノートを含める
export-notes-title = ブリーフで指定したコミットメントへのあなたのノート。チェックを外すと含めません
export-lang = 言語
export-lang-title = 書き出す資料の見出し・日付・ページ番号の言語（記録の本文はそのまま）
brief-sections-label = セクション
export-markdown = Markdown…
export-word = Word をエクスポート…
export-pdf = PDF をエクスポート…
export-notes-in = { $number }件のコミットメントへのあなたのノートをエクスポートに含めます。表紙に「作成者のノートを含む」と記載されます。
export-notes-out = あなたのノートはエクスポートに含めません。表紙にその旨が記載されます。
export-notes-none = このブリーフにはあなたのノートは表示されていません。
brief-quick-notes = 自分のノートを含める
    .title = クイックブリーフに、その分野のコミットメントへのあなたのノートを表示します
export-not-saved = ブリーフがまだ保存されていないため、エクスポートしていません。
exported = { $path } にエクスポートしました（{ $notes ->
    [yes] ノートを含む
   *[no] ノートを含まない
}）。
exported-open = 開く
since-last-council = 前回の協議会以降
since-last-council-help = ブリーフを読むときに記録から作成します：前回の協議会が各分野で何を加え、何を引き継いだか。
section-background = 背景
section-background-placeholder = 背景：読み手が知っておくべきこと。
section-handle-label = セクション { $position }/{ $total }：{ $heading }。Alt+↑ または Alt+↓ で移動します。
section-removed = セクション「{ $heading }」を削除しました（「元に戻す」で戻せます）。
section-add = ＋ セクションを追加
section-add-label = 追加するセクション
section-add-none = すべての分野にセクションがあります。
sections-empty = セクションはまだありません。下で追加してください。
remove = 削除
drag-title = ドラッグで並べ替え、または Alt+↑/↓
move-up = 上へ
    .title = 上へ（Alt+↑）
move-down = 下へ
    .title = 下へ（Alt+↓）
talking-points = 発言要領
talking-point-placeholder = 伝える要点
talking-point-remove = この要点を削除
talking-point-add = ＋ 要点を追加
items = コミットメント
items-empty = コミットメントはまだありません。下で選んでください。
item-handle-label = { $id }、{ $position }/{ $total }。Alt+↑ または Alt+↓ で移動します。
item-missing = データから削除済み（保持しています）
item-note = 自分のノート
item-note-title = このコミットメントへのノートをブリーフに表示
item-remove = { $id }を削除
picker-placeholder = 追加するコミットメントやノートを検索…
picker-label = 追加するコミットメントを検索
picker-any-meeting = すべての会合
picker-only = { $sector }のみ
picker-hint = 入力するとすべての分野を検索します。会合を選ぶこともできます。
picker-nothing-more = ここで追加できるものはもうありません。
picker-add = 追加

## ブリーフ一覧

briefs-title = ブリーフ
briefs-list-label = あなたのブリーフ
briefs-empty = ブリーフはまだありません。上から作成してください。
brief-new-from = 新しいブリーフのもと
brief-new-title-placeholder = 表題（任意）
brief-create = 作成
brief-quick-for = 分野別クイックブリーフ
brief-quick = クイックブリーフ
    .title = その分野のすべてのコミットメントを会合順に
brief-blank = 白紙
template-builtin = { $title }（組み込み）
template-yours = { $title }（あなたのテンプレート）
templates-yours = あなたのテンプレート：{ $titles }。
brief-card-meta = { $sections } · { $commitments } · { $saved }保存
brief-duplicate = 複製
brief-save-template = テンプレートとして保存
brief-delete = 削除
brief-saved-template = 「{ $title }」をテンプレートとして保存しました。
brief-duplicated = 「{ $title }」を作成しました。
brief-deleted = 「{ $title }」を削除しました。「元に戻す」（Ctrl+Z）で戻せます。

## コミットメント一覧

filter-placeholder = 絞り込み…（ / ）
filter-label = コミットメントを文字で絞り込む
filter-sector = 分野
filter-sector-all = すべての分野
filter-meeting = 会合
filter-meeting-all = すべての会合
filter-status = 状況
filter-status-all = すべての状況
filter-verification = 確認
filter-verification-all = すべての確認状況
filter-user-status = あなたの評価
filter-user-status-all = すべて（あなたの評価）
filter-tag = あなたのタグ
filter-tag-all = すべてのタグ
filter-clear = 絞り込みを解除
list-label = コミットメント
list-empty = 条件に合うコミットメントはありません。
list-count-of = { $total }中 { $shown }件
note-marker = 注記あり
user-status-yours = あなた：{ $status }

## 概要

overview-facts = { $launched }発足 · { $meetings } · { $commitments } · { $sources }。
overview-meetings = 会合
overview-sectors = 分野・状況別のコミットメント
overview-legend = 状況の色分け
meeting-warning = { $status ->
    [reported] 報道のみ
    [planned] 予定
   *[held] 開催済み
} · { $verification ->
    [confirmed] 確認済み
    [partial] 一部確認
    [seed-only] 元資料のみ
   *[unverified] 未確認
}
meeting-card = この会合のコミットメントを表示
meeting-card-note = { $note } クリックするとこの会合のコミットメントを表示します。
sector-empty = コミットメントなし
sector-count = { $status ->
    [delivered] 実現
    [in-progress] 進行中
    [announced] 表明
    [planned] 予定
   *[recorded] 記録
} { $number }件
sector-row = { $description } クリックすると一覧を表示します。

## マイノート

notes-export = エクスポート…
notes-import = 取り込み…
notes-help = ノートをファイルで同僚と共有できます。取り込むと相手のノートとあなたのノートを統合し、何も削除しません。
notes-exported = { $revisions }を { $path } にエクスポートしました。
notes-follow-up = フォローアップ { $date }
orphaned = データから削除済み
    .title = 注記は保持しています
import-summary = { $path } を取り込みました：{ $added }、既存 { $present }件。
import-group = { $title }（{ $count }）
import-added = 追加
import-added-hint = 初めての注記
import-updated = 更新
import-updated-hint = 同僚の新しい版が現在の版になりました
import-kept = 維持
import-kept-hint = あなたの新しい版を現在の版のままにしました
import-anyway = それでも取り込む
import-cancel = キャンセル
import-nothing = 変更はありません。

## コミットメントの詳細

detail-context = 関連情報
detail-context-kind = 関連情報 · { $kind }
detail-meeting = 会合
detail-no-meeting = なし（関連情報）
detail-date = 日付
detail-kind = 種類
detail-sectors = 分野
detail-status = 状況
detail-as-of = { $date }時点
detail-verification = 確認
detail-actors = 関係者
detail-see-also = 関連項目
detail-sources = 出典
detail-no-sources = 出典の記録はありません。
detail-lineage = 協議会をまたぐ経緯
detail-close = 詳細を閉じる（Esc）
    .title = 閉じる（Esc）
lineage-this = （この項目）
conflicts-title = { $count ->
    [one] 出典の食い違い
   *[other] 出典の食い違い（{ $number }件）
}
conflict-sources = 出典：
conflict-assessment = 評価：
claim-used = ✓ 採用
    .title = データが採用している値
source-open = 開く ↗
source-open-label = 出典 { $number } をブラウザーで開く

## 日付欄

date-placeholder = { $order ->
   *[ymd] yyyy/mm/dd
    [dmy] dd/mm/yyyy
}
date-not-yet = まだ日付ではありません：{ $error }。
date-error-year = 年は4桁で{ $where ->
    [first] 先頭に
   *[last] 末尾に
}書いてください：{ $hint }
date-error-form = 「{ $text }」は日付ではありません。{ $hint } の形で書いてください
date-error-range = { $year }年は { $min }～{ $max }年の範囲外です
date-error-month = { $month }月はありません
date-error-day = { $month }に{ $day }日はありません

## 検索欄

search-placeholder = 記録とノートを検索…（Ctrl+K）
search-label = コミットメントとノートを検索
    .title = コミットメントとノートを検索（Ctrl+K）
search-results = 検索結果
search-empty = 一致するものはありません
search-orphaned = 対象のないノート
search-brief = ブリーフ
search-field-title = 表題
search-field-summary = 概要
search-field-note = あなたのノート
search-field-tags = あなたのタグ
search-field-actors = 関係者
search-field-sectors = 分野
search-field-meeting = 会合
search-field-id = 番号

## フォローアップ

followups-help = フォローアップ日を設定したコミットメントを、期限切れのものから表示します。日付はコミットメントのノート（「フォローアップ日」）で設定・変更できます。
followups-empty = フォローアップ日はまだありません。
followups-group = { $group ->
    [overdue] 期限切れ
    [soon] { $days }日以内
   *[later] それ以降
}（{ $count }）
due-overdue = { $number }日超過
due-today = 今日が期限
due-tomorrow = 明日が期限
due-in = あと{ $number }日

## このアプリについて

about-title = Briefdesk について
about-intro = Briefdesk は、日EUデジタルパートナーシップの記録と、あなたのノートやブリーフをこのコンピューターに保存します。ネットワークは必要ありません。
about-version = アプリのバージョン
about-dataset = データ
about-dataset-version = { $title }、バージョン { $version }
about-as-of = 記録の時点
about-workspace = ワークスペースのファイル
about-no-workspace = ワークスペースは開いていません。
about-licence = ライセンス
about-licence-text = コード：MIT OR Apache-2.0。データは公開された出典を要約しており、各出典をアドレス付きで示しています。
about-fonts = フォント
about-licence-show = { $licence }の全文

## ブリーフへの追加

add-to-brief = ブリーフに追加
add-to-brief-none = ブリーフはまだありません。
add-to-brief-start = ブリーフを作成…
add-to-brief-brief = ブリーフ

## お知らせ

notice-dismiss = このメッセージを閉じる
    .title = 閉じる（Esc）
language = 言語
notes-list-label = あなたのノート
about-font-role = { $role ->
    [ui-and-pdf] アプリの文字（同梱）とエクスポートした PDF の文字（埋め込み）。
    [ui-marks] アプリの矢印、チェックマーク、言語メニューの「日本語」（同梱のサブセット。ほかのフォントを読み込まずに済むように）。
    [pdf-symbols] エクスポートした PDF の絵文字と記号（システムの fonts-symbola から）。
   *[pdf-japanese] エクスポートした PDF の日本語（システムの fonts-noto-cjk から）。
}

## ブリーフのプレビュー

preview-empty = このセクションはまだ空です。エクスポートには含めません。

## エラー：コードごとの見出し（続くコアのメッセージは英語）
error-dataset-invalid = 記録を読み込めませんでした。
error-not-found = 見つかりません。
error-invalid-input = このままでは保存できません。
error-workspace-unavailable = ワークスペースを使用できません。
error-busy = ワークスペースは使用中です。
error-file = ファイルを使用できませんでした。
error-conflict = ほかの人もこれを変更しています。
error-needs-confirmation = 先に確認が必要です。
error-release-refused = この記録のリリースは拒否されました。
error-internal = 問題が発生しました。
error-offline = チームのサーバーに接続できません。作業内容はこのまま保持され、次回の同期を待ちます。
error-password-needed = チームのサーバーがパスワードを求めています。
error-server-refused = チームのサーバーに拒否されました。

## 記録：独自の記録と訂正、リリース

nav-record = 記録
    .title = 記録のリリースとその更新、独自の記録と訂正
nav-news = { $count ->
   *[other] 新着 { $number }件
}
record-title = 記録
record-release = 使用中のリリース
record-update = 記録を更新…
record-yours = 独自の記録と訂正
record-add-commitment = コミットメントを追加
record-add-meeting = 会合を追加
record-on-release = { $date } のリリース { $version }、発行者：
record-none = まだ何も追加・訂正していません。ここでコミットメントや会合を追加するか、詳細画面や会合の年表から記録を訂正してください。
record-kind = { $kind ->
    [meeting] 会合
    [commitment] コミットメント
    [context] 関連事項
    [source] 出典
    [actor] 関係者
    [conflict] 出典の食い違い
    [sector] 分野
   *[about] 記録の情報：
}
record-mark = { $mark ->
    [own] 独自
   *[corrected] 訂正済み
}
record-removed = { $id } を削除しました（元に戻せます）。
record-remove-refused = 削除しませんでした。ほかの記録が参照しています（{ $problems }）。
release-built-in = Briefdesk に組み込み
release-signed = 鍵 { $key }（{ $name }）で署名済み
release-accepted = 信頼できる鍵で署名されていません（確認のうえ取り込み）
release-folder = データフォルダー
release-in-use = 使用中
release-use = このリリースを使う
release-now = 記録はリリース { $version } になりました。
release-applied = 記録はリリース { $version } になりました。以前のリリースはインストールされたままです。
release-refused-title = このリリースは取り込まれませんでした
release-accept = それでも取り込む
news-count = { $count ->
   *[other] 前回確認してから { $number } 件の記録が新規または変更されています。
}
news-mark-seen = すべて確認済みにする
news-seen = 新着はすべて確認済みになりました。
news-mark = { $change ->
    [added] 新規
   *[changed] 変更
}
entry-own = { $kind ->
    [meeting] 独自の会合
    [commitment] 独自のコミットメント
    [source] 独自の出典
    [actor] 独自の関係者
   *[other] 独自の記録
}
entry-correction = { $field ->
    [status] 状況の訂正
    [verification] 検証の訂正
    [date] 日付の訂正
    [place] 開催地の訂正
    [participants] 参加者の訂正
    [source] 出典の追加
    [builds-on] 系譜の追加
   *[see-also] 関連する記録の追加
}
entry-by = { $author }、{ $date }
entry-state = { $state ->
    [applied] 表示中
    [covered] リリースに含まれています（取り下げ可能）
   *[not-applied] 非表示：リリースと整合しません
}
entry-remove = 削除
entry-retire = 取り下げ

## リリースの変更レポート

report-title = リリース { $version } への更新
report-head = リリース { $from } から { $date } のリリース { $to } へ、発行者：
report-added = { $count ->
   *[other] 追加 { $number }件
}
report-removed = { $count ->
   *[other] 削除 { $number }件
}
report-changed = { $count ->
   *[other] 変更 { $number }件
}
report-more = { $count ->
   *[other] …ほか { $number }件
}
report-added-title = 追加
report-removed-title = 削除
report-changed-title = 変更（項目ごと）
report-covered-title = リリースに含まれるようになった独自の記録と訂正（取り下げ可能）
report-unfit-title = リリースと整合しない独自の記録と訂正（保存したまま、修正するまで非表示）
report-orphans-title = 保存して印を付けるもの：リリースで削除される記録を参照しているもの
report-orphan-note = { $id } へのノート
report-orphan-item = ブリーフ内の { $id }
report-retire = リリースに含まれるようになった記録と訂正を取り下げる
report-apply = このリリースを適用
report-cancel = 今はしない

## 詳細画面での出所

prov-label = この記録の出所
prov-added = { $author } が { $date } に追加。
prov-sources = 出典：
prov-corrected = { $field ->
    [status] 状況
    [verification] 検証
    [date] 日付
    [place] 開催地
    [participants] 参加者
    [source] 出典の追加
    [builds-on] 系譜の追加
   *[see-also] 関連する記録の追加
}：{ $author } が { $date } に訂正：
prov-as-of = （{ $date }時点）
prov-show-shipped = 配布時の値
prov-hide-shipped = 配布時の値を隠す
prov-source-added = { $author } が { $date } に追加
meeting-status = { $status ->
    [held] 開催済み
    [planned] 予定
   *[reported] 報道のみ（未確認）
}
detail-correct = 訂正…
detail-add-commitment = コミットメントを追加
timeline-add-meeting = 会合を追加
timeline-add-commitment = コミットメントを追加
timeline-add-commitment-label = { $meeting }にコミットメントを追加
timeline-correct = 訂正…
timeline-correct-label = { $meeting }を訂正

## 独自の記録のフォーム

rf-commitment-title = 独自のコミットメントを追加
rf-meeting-title = 独自の会合を追加
rf-correct-title = 訂正
rf-add-help = 配布データと同じく、記録全体と合わせて検証されます。参照する記録はすべて存在し、出典を少なくとも一つ挙げる必要があります。
rf-correct-help = リリースの値はあなたの値と並べて保存され、ワンクリックで確認できます。根拠となる出典を指定してください。
rf-id = ID
rf-id-hint = （英字、数字、. _ -）
rf-meeting = 会合
rf-own-date = 固有の日付
rf-sectors = 分野（最初にチェックしたものが主分野）
rf-kind = 種類
rf-title = 題名
rf-summary = 概要
rf-actors = 関係者
rf-status = 状況
rf-verification = 検証
rf-verification-note = 出典が裏付ける内容
rf-sources = 挙げる出典
rf-builds-on = 継承元（系譜）
rf-new-source = 新しい出典
rf-new-source-help = まだ記録にない出典（手元のプレスリリースなど）。この記録と一緒に追加され、この記録から参照されます。
rf-source-id = 出典の ID
rf-source-title = 出典の題名
rf-source-publisher = 発行者
rf-source-date = 出典の日付
rf-source-url = アドレス（https://…）
rf-source-language = 出典の言語
rf-language = { $lang ->
    [en] 英語
    [ja] 日本語
    [it] イタリア語
    [de] ドイツ語
   *[fr] フランス語
}
rf-meeting-kind-label = 会合の種類
rf-meeting-kind = { $kind ->
    [council] 協議会
   *[summit] 首脳会議
}
rf-number = 回
rf-meeting-date = 会合の日付
rf-place = 開催地
rf-venue = 会場
rf-optional = （任意）
rf-participants = 参加者
rf-field-label = 訂正する項目
rf-field = { $field ->
    [status] 状況
    [verification] 検証
    [date] 日付
    [place] 開催地
    [participants] 参加者
    [source] 出典の追加
    [builds-on] 系譜（継承元）の追加
   *[see-also] 関連する記録の追加
}
rf-new-value = 新しい値
rf-as-of = 時点
rf-settling-source = 根拠となる出典
rf-settling-source-hint = （または下で新しい出典を指定）
rf-pick-source = 出典を選択…
rf-add-commitment = コミットメントを追加
rf-add-meeting = 会合を追加
rf-save-correction = 訂正を保存
rf-cancel = キャンセル
rf-saved-commitment = 独自のコミットメント { $id } を追加しました。
rf-saved-meeting = 独自の会合 { $id } を追加しました。
rf-saved-correction = { $id } の訂正（{ $field }）を保存しました。
unsaved-record-form = 「記録」画面のフォーム
discarded-record-form = フォームに入力した内容を破棄しました。

## チーム：組織のサーバーを通じた同僚との同期
team-indicator-none = チーム
team-indicator-title = チーム：同僚との同期
team-indicator-synced = 同期済み
team-indicator-pending = { $count ->
   *[other] 未送信 { $number }件
}
team-indicator-offline = オフライン
team-indicator-error = 同期エラー
team-indicator-with = { $state }：{ $message }
team-title = チーム
team-intro = 組織の PostgreSQL サーバーを通じて、メモやブリーフを所属ユニットと共有します。オフラインでも作業を続けられ、変更はアプリが同期したとき（数分ごと、または今すぐ）に送受信されます。
team-url = サーバー URL
team-url-hint = 情報システム部門から伝えられたとおりの形式（libpq 形式）で、パスワードは含めません。
team-url-missing = 先にサーバーの URL を入力してください。
team-name = チーム
team-name-hint = 任意：このサーバーで複数のチームに所属している場合のみ。
team-password = パスワード
team-password-hint = このセッションでのみ使用し、保存しません。パスワードファイル（~/.pgpass）または PGPASSWORD に設定済みの場合は空欄のままにしてください。
team-join = 参加
team-joining = 参加しています…
team-joined = { $team } に参加しました。
team-sync-result = 送信 { $sent }件、受信 { $received }件。
team-server = サーバー
team-member = メンバー
team-last-sync = 最終同期
team-never = 未同期
team-pending = 未送信
team-pending-none = なし
team-last-error = 直近のエラー
team-no-error = なし
team-refused = 拒否
team-refused-none = なし
team-refused-count = { $count ->
   *[other] { $number }件の版（この端末に保持）
}
team-sync-now = 今すぐ同期
team-syncing = 同期しています…
team-leave = チームを離れる
team-left = チームを離れました。あなたと同僚が書いた内容はすべてこのワークスペースに残ります。
team-background = アプリを開いている間は、5分ごとに自動でも同期します。
team-received = { $count ->
   *[other] 同僚による変更 { $number }件を表示しています。
}
