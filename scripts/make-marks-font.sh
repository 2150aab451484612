#!/usr/bin/env bash
# Makes the two tiny faces the UI bundles (ui/src/fonts/; ui/src/style.css
# declares them as "Briefdesk Marks" and, for "日本語" in the language menu
# only, "Briefdesk Language Names", with a unicode-range each):
# the only characters of the English and Italian screens that the bundled
# Noto Sans faces lack — the arrows, the check mark, and "日本語", the
# language menu's name of Japanese. Without them WebKit falls back to the
# system's Noto Sans CJK (a 19 MB collection, 1.9 MiB mapped) and searches
# fontconfig for the rest on every start, in English too (issue 17). The
# Japanese UI still draws everything else in the system's Noto Sans CJK JP.
#
# Both sources are SIL Open Font License 1.1 (crates/briefdesk-core/fonts/
# OFL.txt) from Debian's packages: fonts-noto-cjk (NotoSansCJK-Regular.ttc,
# face 0: Noto Sans CJK JP) and fonts-noto-core (NotoSansMath-Regular.ttf,
# for ↶ ↷, which the CJK face lacks). Needs fonttools and brotli (pip).
#
# Usage: scripts/make-marks-font.sh [PYFTSUBSET]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
subset=${1:-pyftsubset}
out=ui/src/fonts
# ← ↑ → ↓ ↗ ✓ 日 本 語
"$subset" /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=0 \
  --unicodes=U+2190-2193,U+2197,U+2713,U+65E5,U+672C,U+8A9E \
  --layout-features= --name-IDs="*" --no-hinting --desubroutinize --flavor=woff2 \
  --output-file="$out/marks-cjk.woff2"
# ↶ ↷
"$subset" /usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf \
  --unicodes=U+21B6-21B7 \
  --layout-features= --name-IDs="*" --no-hinting --flavor=woff2 \
  --output-file="$out/marks-math.woff2"
ls -l "$out"/marks-*.woff2
