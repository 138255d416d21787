#!/usr/bin/env python3
"""The most any honest reader can decide in the 2019 layout's table 二 items rows of crawler dumps (docs/run-together.md §4).

Usage: ./nianbao synth --count 300 --seed 20261126 --errors 0.3 --out DIR --renderings crawler
       python3 tools/dump-ceiling.py DIR

For each 2019-layout report, each row 上一年项目数量 | 本年增/减 | 处理决定数量 (and 行政事业性收费's two cells) is run
together as a dump prints it, and its splits are counted under every certain fact: the cells' kinds (counts without
leading zeros, a sign only starting 本年增/减), a decrease never below zero items, the narrative's stated 处理决定 and,
with the neighbours, XY-2019 with the year before (a constant) and after (a + b). A row is decidable when one split is
left. Prints the decidable cells alone / with the neighbours, and the undecidable ones by row.
"""
import collections, glob, json, os, sys

def splits(s, kinds):
    if not kinds:
        return [[]] if s == '' else []
    k, out = kinds[0], []
    for i in range(1, len(s) + 1):
        p, rest = s[:i], s[i:]
        q = p[1:] if k == 's' and p[0] in '+-' else p
        if not q.isdigit() or (len(q) > 1 and q[0] == '0'):
            continue
        out += [[p] + r for r in splits(rest, kinds[1:])]
    return out

d = sys.argv[1]
truths = {os.path.basename(f)[:-len('.truth.json')]: json.load(open(f)) for f in glob.glob(os.path.join(d, '*.truth.json'))}
following = {t['previous']: n for n, t in truths.items() if t.get('previous')}
decided, undecided, total = collections.Counter(), collections.Counter(), 0
for name, t in truths.items():
    if t['format'] != '2019':
        continue
    table, text = t['tables']['active_disclosure'], t['sections']['overview']['text']
    stated = '处理决定' in text
    before, after = truths.get(t.get('previous') or ''), truths.get(following.get(name, ''))
    for row in ['licensing', 'other_services', 'penalty', 'coercion', 'fees']:
        v = table.get(row)
        cols = ['items_last_year', 'items_change'] + ([] if row == 'fees' else ['decisions'])
        if not v or any(v.get(c) is None for c in cols):
            continue
        vals = [v[c] for c in cols]
        total += len(vals)
        for neighbours in (False, True):
            c = [x for x in splits(''.join(map(str, vals)), 'cs' if row == 'fees' else 'csc') if int(x[0]) + int(x[1]) >= 0]
            if stated and row != 'fees':
                c = [x for x in c if int(x[2]) == vals[2]]
            if neighbours and before and before['format'] == '2019' and before['tables']['active_disclosure'].get(row):
                p = before['tables']['active_disclosure'][row]
                c = [x for x in c if int(x[0]) == p['items_last_year'] + p['items_change']]
            if neighbours and after and after['format'] == '2019' and after['tables']['active_disclosure'].get(row):
                c = [x for x in c if int(x[0]) + int(x[1]) == after['tables']['active_disclosure'][row]['items_last_year']]
            if len(c) == 1:
                decided[neighbours] += len(vals)
            else:
                undecided[(neighbours, row, 'stated' if stated and row != 'fees' else 'unstated')] += len(vals)
print(f'items and fees cells: {total}; decidable alone {decided[False]}, with the neighbours {decided[True]}')
for (neighbours, row, stated), n in sorted(undecided.items()):
    print(f'  undecidable {"with the neighbours" if neighbours else "alone"}: {row} ({stated} 处理决定) {n}')
