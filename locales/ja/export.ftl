# エクスポート（PDF・Markdown・DOCX）とコマンドラインの文言。約束事は locales/en/export.ftl を参照。

## 表紙と目次

export-briefing-note = ブリーフィング資料
export-handling = 取扱区分
export-meeting = 会合
export-date = 日付
export-author = 作成者
export-audience = 対象
export-includes-notes = 作成者のノートを含む。
export-leaves-out-notes = この版には作成者個人のノートを含まない。
export-missing-note = 注：このブリーフのコミットメントのうち、データから削除されたもの：{ $ids }。
export-prepared-with = Briefdesk により日EUデジタルパートナーシップの記録から作成。{ $date }エクスポート。
export-contents = 目次
export-left-out = 未記入のため、この案から除いたセクション：{ $sections }。
export-watermark = 案
export-subject-meeting = { $meeting }のためのブリーフィング資料
export-subject = 日EUデジタルパートナーシップに関するブリーフィング資料

## セクション

export-since-last-council = 前回の協議会以降
export-since-intro = { $meeting }（{ $place }、{ $date }）が分野ごとに加えたもの、引き継いだもの。
export-since-none = このブリーフの会合より前の協議会は記録にありません。
export-since-unchanged = 新しいものがない分野：{ $sectors }。
export-new = 新規
export-continues = { $ids }を引き継ぐ
export-continued-by = { $ids }に引き継がれる
export-since-entry = （{ $status }）。{ $continuation }。
export-record-ref = { $id }（{ $year }年）
export-clauses = { $first }。{ $second }
export-sector-missing = この分野はデータにありません。
export-talking-points = 発言要領
export-commitments = コミットメント
export-context = 関連情報
export-context-help = 記録にある関連の動き。協議会の成果ではありません。
export-context-not-outcome = 関連情報（協議会の成果ではない）
export-status = 状況：{ $status }
export-verification = 確認：{ $verification }
export-actors = 関係者：{ $actors }。
export-lineage = 経緯：{ $lineage }。
export-your-note = あなたのノート
export-your-status = あなたの評価：{ $status }
export-tags = タグ：{ $tags }
export-follow-up = フォローアップ期限 { $date }
export-missing-heading = { $id }（データから削除済み）
export-missing-item = データの更新でこのコミットメントは削除されました。ブリーフは参照を保持しています。
export-meeting-line = { $meeting }、{ $place }、{ $date }

## 出典・ページ

export-sources = 出典
export-no-url = URL なし。
export-page-front = { $page } ページ
export-page-of = { $page } / { $pages } ページ
export-actors-label = 関係者
export-lineage-label = 経緯

## 新しいブリーフ

template-council-preparation = 協議会の準備
template-untitled = 無題のブリーフ
template-quick-brief = { $sector }：クイックブリーフ
template-background = { $sector }の協力の現状：合意したこと、その後の動き、残る課題。
template-talking-points = { $sector }について伝えること：歓迎すること、求めること、避けること。

## Word（DOCX）エクスポート

# DOCX のプロパティの最初のキーワード（分野が続く）。
docx-keyword = 日EUデジタルパートナーシップ

## 出所：エクスポートにおける独自の記録と訂正

export-prov-added = { $author } が { $date } に追加。出典：{ $sources }。
export-prov-corrected = { $field ->
    [status] 状況
    [verification] 検証
    [date] 日付
    [place] 開催地
   *[participants] 参加者
}は { $author } が { $date } に訂正：{ $value }{ $as_of ->
    [none] {""}
   *[other] （{ $as_of }時点）
}、出典 { $source }。配布時の値：{ $shipped }。
export-prov-added-link = { $field ->
    [source] 出典
    [builds-on] 系譜
   *[see-also] 関連する記録
}を { $author } が { $date } に追加：{ $value }、出典 { $source }。
export-prov-none = なし
export-source-added = { $author } が { $date } に追加
export-participants = 参加者：{ $participants }。
export-meeting-status = { $status ->
    [held] 開催済み
    [planned] 予定
   *[reported] 報道のみ（未確認）
}
