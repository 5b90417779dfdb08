"""Lines repeated within one catalog run: for each market and each input file (one run), how many hooks and voice
lines repeat one another. Usage: python benchmarks/variety_runs.py OUTDIR 'catalog/*.csv' (after ctk render of each file
to OUTDIR). Compare two builds by rendering the same files with each."""
import json,sys,pathlib,csv,glob
# per run (one currency file) distinctness, summed
root=pathlib.Path(sys.argv[1]); files=sorted(glob.glob(sys.argv[2]))
runs=[]
for f in files:
    ids=set()
    for r in csv.DictReader(open(f,encoding='utf-8')):
        ids.add(r.get('Handle') or r.get('ID') or ('woo-'+r.get('SKU','').replace('woo-','')) )
    runs.append(ids)
tot=[0,0,0,0]
for m in sorted(p.name for p in root.iterdir() if p.is_dir()):
    for ids in runs:
        sc=[json.loads((root/m/i/'script.json').read_text())['scenes'] for i in ids if (root/m/i/'script.json').exists()]
        if len(sc)<2: continue
        hs=[s[0]['voice'] for s in sc]; v=[x['voice'] for s in sc for x in s]
        tot[0]+=len(hs)-len(set(hs)); tot[1]+=len(hs); tot[2]+=len(v)-len(set(v)); tot[3]+=len(v)
print(f"repeated hooks {tot[0]}/{tot[1]}, repeated voice lines {tot[2]}/{tot[3]} within runs")
