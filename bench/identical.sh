#!/bin/bash
# bench/identical.sh BASE_TREE NEW_TREE [PERF_CORPUS]: are two trees' outputs byte-identical?
#
# For a change meant to alter no finding (speed work). Each tree is a checkout with its own
# .venv (pip install -e ".[test]"); run both at the same merge point. Audits bench/corpus/dev,
# fresh, fresh3, seeds/ and PERF_CORPUS (e.g. 1,000 articles of bench/perf_corpus.py) with
# --format json, SARIF and Markdown scorecards, the text format, and one --cross-document run,
# then diffs everything; the seeds' scorecards are also compared with reports/. Exit 0: identical.
set -u
base=$(cd "$1" && pwd); new=$(cd "$2" && pwd); perf=${3:-}
out=$(mktemp -d)
run() {
  tree=$1; o=$out/$2; mkdir -p "$o"
  ( cd "$tree"; . .venv/bin/activate
    for c in bench/corpus/dev bench/corpus/fresh bench/corpus/fresh3 seeds $perf; do
      n=$(basename "$c")
      auditor check "$c" --format json --format sarif="$o/$n.sarif" --as-of 2026-12-03 --report-dir "$o/$n-reports" \
        --output "$o/$n.json" --no-step-summary >/dev/null 2>"$o/$n.err"; echo "rc $?" >> "$o/$n.err"
      sed -i "s#file://$tree/#file://TREE/#" "$o/$n.sarif"  # the repository root differs
    done
    auditor check bench/corpus/dev seeds --as-of 2026-12-03 --no-step-summary > "$o/text.txt" 2>&1
    auditor check bench/corpus/dev bench/corpus/fresh bench/corpus/fresh3 --cross-document --format json \
      --as-of 2026-12-03 --output "$o/cross.json" --no-step-summary >/dev/null 2>"$o/cross.err"
    auditor check seeds --report-dir "$o/seedreports" --no-step-summary >/dev/null 2>&1
    diff -r reports "$o/seedreports" > "$o/seedreports.diff" 2>&1 && echo "seeds' reports/ identical" > "$o/seedreports.diff"
  )
}
run "$base" base & run "$new" new & wait
if diff -r "$out/base" "$out/new" > "$out/diff.txt"; then
  echo "IDENTICAL ($(ls "$out/new" | wc -l) outputs; $(cat "$out/new/seedreports.diff")); outputs in $out"
else
  echo "DIFFERENT (see $out/diff.txt)"; head -40 "$out/diff.txt"; exit 1
fi
