# 記録のラベル、日付、序数、件数：アプリの画面、エクスポート（PDF・Markdown・DOCX）、
# コマンドラインで共通に使う。約束事は locales/en/record.ftl を参照。

## 日付

date-day = { $year }年{ $month }月{ $day }日
date-month = { $year }年{ $month }月
date-year = { $year }年
date-time = { $date } { $time }

## 序数と会合

ordinal = 第{ $number }回
meeting-short = { $kind ->
    [summit] { $ordinal }首脳協議
   *[council] { $ordinal }協議会
}
meeting-title = { $kind ->
    [summit] { $ordinal }日EU定期首脳協議
   *[council] { $ordinal }日EUデジタルパートナーシップ協議会
}
meeting-option = { $year }年 · { $meeting }（{ $place }）

## 状況・確認・種類

status-delivered = 実現
status-in-progress = 進行中
status-announced = 表明
status-planned = 予定
status-recorded = 記録

verification-confirmed = 確認済み
verification-partial = 一部確認
verification-seed-only = 元資料のみ
verification-unverified = 未確認

kind-agreement-signed = 合意文書の署名
kind-initiative = 取組
kind-research-call = 共同研究公募
kind-dialogue = 対話
kind-working-group = 作業部会
kind-statement = 声明
kind-next-step = 次の段階


user-status-on-track = 順調
user-status-at-risk = 懸念あり
user-status-delayed = 遅延
user-status-delivered = 実現
user-status-not-pursued = 見送り
user-status-unknown = 不明

## 件数

count-commitments = { $number }件のコミットメント
count-meetings = { $number }回の会合
count-sources = { $number }件の出典
count-sections = { $number }セクション
count-revisions = { $number }版
count-new-revisions = 新しい版 { $number }件

## 列挙

list-and = { $head }、{ $last }
list-separator = 、
list-strong-separator = ；
sentence = { $text }。
aside = （{ $text }）
label-head = { $label }：
