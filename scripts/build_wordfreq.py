"""Word frequencies of normalized Arabic words in SaudiNewsNet (all 31,030 articles).

Used by the tokenizer to split words glued by typos. Usage: python scripts/build_wordfreq.py [CORPUS.jsonl.gz]
"""
import gzip, json, re, collections, sys
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[1]))
from kg.text.normalize import normalize
tok = re.compile(r"[\u0621-\u064a]+")
c = collections.Counter()
with gzip.open((sys.argv[1] if len(sys.argv) > 1 else '../shared/data/corpus/saudinewsnet-all.jsonl.gz'),'rt') as f:
    for line in f:
        r = json.loads(line)
        c.update(tok.findall(normalize(r['title'] + ' ' + r['text'])))
items = [(w, n) for w, n in c.most_common() if n >= 10]
print(len(c), len(items), file=sys.stderr)
with open(str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'kg/lexicon/data/wordfreq_ar.tsv'), 'w') as out:
    out.write('word\tcount\n')
    for w, n in items:
        out.write(f'{w}\t{n}\n')
