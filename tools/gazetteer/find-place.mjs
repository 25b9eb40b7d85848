#!/usr/bin/env node
// Looks names up in the generated world gazetteer, the way a reviewer checks that a town is in:
//   node find-place.mjs <repo>/ingest/src/main/resources/gazetteer/world "Debre Markos" "al-Fashir" ...
// A name matches a row when it equals, after folding (no accents, no apostrophes, lower case, and "al-" or
// "el-" dropped), the row's name, ASCII name or one of its variants.

import fs from 'node:fs';
import path from 'node:path';

const [dir, ...names] = process.argv.slice(2);
if (!dir || names.length === 0) {
  console.error('usage: node find-place.mjs <world gazetteer folder> <name>...');
  process.exit(2);
}

function fold(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼʻ`´']/g, '')
    .toLowerCase()
    .replace(/^(al|el|as|ash|ad|an|ar|at|az)[- ]/, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

function readTsv(file) {
  const [header, ...lines] = fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean);
  const columns = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v])));
}

const admin1 = readTsv('admin1.tsv');
const admin2 = readTsv('admin2.tsv');
const places = readTsv('places.tsv');
const admin1Name = new Map(admin1.map((r) => [`${r.country}.${r.admin1}`, r.name]));
const admin2Name = new Map(admin2.map((r) => [`${r.country}.${r.admin1}.${r.admin2}`, r.name]));
const spellings = (r) => [r.name, r.ascii_name, ...(r.variants ? r.variants.split('|') : [])].map(fold);

for (const name of names) {
  const key = fold(name);
  const hits = [];
  for (const r of places.filter((p) => spellings(p).includes(key))) {
    hits.push(`place ${r.geonameid} ${r.name} [${r.feature_code}, pop ${r.population}] ${r.country}.${r.admin1}`
      + ` ${admin1Name.get(`${r.country}.${r.admin1}`) ?? '?'}`
      + (r.admin2 ? ` / ${r.admin2} ${admin2Name.get(`${r.country}.${r.admin1}.${r.admin2}`) ?? '?'}` : ''));
  }
  for (const r of admin1.filter((a) => spellings(a).includes(key))) {
    hits.push(`admin1 ${r.country}.${r.admin1} ${r.name} (${r.iso3166_2}; variants: ${r.variants})`);
  }
  for (const r of admin2.filter((a) => spellings(a).includes(key))) {
    hits.push(`admin2 ${r.country}.${r.admin1}.${r.admin2} ${r.name} in ${admin1Name.get(`${r.country}.${r.admin1}`) ?? '?'}`);
  }
  console.log(`${name}: ${hits.length === 0 ? 'NOT FOUND' : ''}`);
  for (const hit of hits) console.log(`  ${hit}`);
}
