#!/usr/bin/env python3
"""make-synthetic.py OUT AGENCIES YEARS — distinct reports for corpus benchmarks, made from the five samples.

Each sample's place is renamed per agency (临夏市 → 临夏三七市: Chinese numerals, so no digit enters the name) and its
years shifted (YEARS: comma-separated, e.g. 2021,2022,2023), so the folder holds AGENCIES x 5 agencies over
consecutive years, cross-year pairs included, every file with its own content. The C# test fixture
tests/Nianbao.Tests/Corpus/SyntheticCorpus.cs makes the same files.
"""
import os, re, sys

SEEDS = [("linxia-city-2023.txt", ["临夏市"], 2023), ("lhasa-city-2021.txt", ["拉萨市", "拉薩市"], 2021),
         ("erkou-township-2023.txt", ["耳口乡"], 2023), ("maiji-service-bureau-2022.txt", ["麦积区"], 2022),
         ("sifangtai-district-2023.txt", ["四方台区"], 2023)]
NUMERALS = "零一二三四五六七八九"

def main(out, agencies, years):
    samples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
    os.makedirs(out, exist_ok=True)
    n = 0
    for name, places, year in SEEDS:
        text = open(os.path.join(samples, name), encoding="utf-8").read()
        for k in range(agencies):
            tag = "".join(NUMERALS[int(d)] for d in str(k))
            renamed = text
            for p in places:
                renamed = renamed.replace(p, p[:-1] + tag + p[-1:])
            for y in years:
                shifted = re.sub("20[12][0-9]", lambda m: str(int(m.group()) - year + y) if year - 2 <= int(m.group()) <= year + 1 else m.group(), renamed)
                with open(os.path.join(out, f"{name[:-4]}-{k}-{y}.txt"), "w", encoding="utf-8") as f:
                    f.write(shifted)
                n += 1
    print(f"{n} files in {out}")

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), [int(y) for y in sys.argv[3].split(",")])
