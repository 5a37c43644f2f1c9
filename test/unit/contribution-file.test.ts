// Contributions written as GeoJSON and CSV and read back: the same contributions byte for byte
// (umlauts, quotes, semicolons, line breaks, HTML), and for every kind of bad input a located problem
// that says what happens with the contribution, while the valid ones of the file are all loaded.
import { describe, expect, it } from 'vitest';
import type { Contribution, Workshop } from '../../src/domain/contribution';
import type { Problem } from '../../src/domain/types';
import { contributionsFileName, contributionsToCSV, contributionsToGeoJSON, contributionsToGeoJSONText } from '../../src/data/contribution-file';
import { readContributionsFile, type ContributionFileContext } from '../../src/data/contribution-file-read';

const KNOWN = new Set(['05382056', '05382056-003', '05382']);
const context: ContributionFileContext = {
  knownArea: (key) => KNOWN.has(key),
  // the Kreis's bounding box is enough for these points
  inKreis: ([lng, lat]) => lng > 6.9 && lng < 7.7 && lat > 50.6 && lat < 50.95,
  now: () => new Date('2026-12-07T12:00:00.000Z'),
};

const workshops: Workshop[] = [
  { id: 'w1', title: 'Sozialraum Nord; "Auftakt"', question: 'Was brauchen Familien in Siegburg-Nord?\nUnd wo?', date: '2026-12-07' },
  { id: 'w2', title: 'Jugendhilfeausschuss', question: '', date: '2026-12-10' },
];

const base = { votes: 0, created: '2026-12-07T09:00:00.000Z', changed: '2026-12-07T09:00:00.000Z', organisation: null };
const list: Contribution[] = [
  { ...base, id: 'a1', workshop: 'w1', category: 'bedarf', text: 'Spielplatz fehlt; „dringend“ – sagt der Elternrat "Süd"', place: { kind: 'area', key: '05382056-003' }, votes: 3 },
  { ...base, id: 'a2', workshop: 'w1', category: 'angebot', text: 'Familienzentrum\r\nmit Beratung\nmontags', organisation: 'Caritas; Rhein-Sieg', place: { kind: 'point', lngLat: [7.2049870123, 50.7931234567] } },
  { ...base, id: 'a3', workshop: 'w2', category: 'idee', text: '<script>alert("x")</script><b>fett</b> & &amp;', place: { kind: 'point', lngLat: [7.1, 50.8] }, changed: '2026-12-08T10:00:00.000Z' },
  { ...base, id: 'a4', workshop: 'w2', category: 'frage', text: '=HYPERLINK("http://example.org";"klick")', organisation: '-Verein', place: { kind: 'area', key: '05382056' } },
  { ...base, id: 'a5', workshop: 'w2', category: 'frage', text: "'=schon mit Apostroph 👩🏽‍🚀", place: { kind: 'area', key: '05382056' } },
];

const codes = (problems: Problem[]) => problems.map((p) => p.code);

describe('writing contributions', () => {
  it('GeoJSON: one Feature per contribution, Point or null geometry with gebiet, the documented properties', () => {
    const fc = contributionsToGeoJSON(list, workshops);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(5);
    expect(fc.features[0]).toEqual({
      type: 'Feature',
      id: 'a1',
      geometry: null,
      properties: {
        id: 'a1',
        kategorie: 'bedarf',
        text: list[0]!.text,
        organisation: null,
        stimmen: 3,
        gebiet: '05382056-003',
        workshop: 'Sozialraum Nord; "Auftakt"',
        frage: 'Was brauchen Familien in Siegburg-Nord?\nUnd wo?',
        workshop_id: 'w1',
        workshop_datum: '2026-12-07',
        erstellt: '2026-12-07T09:00:00.000Z',
        geaendert: '2026-12-07T09:00:00.000Z',
      },
    });
    expect(fc.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [7.2049870123, 50.7931234567] });
    expect(fc.features[1]!.properties.gebiet).toBeNull();
  });

  it('CSV: BOM, `;`, every field quoted, a header, decimal comma, formulas defused', () => {
    const csv = contributionsToCSV(list, workshops, { areaName: (k) => (k === '05382056' ? 'Siegburg' : undefined) });
    expect(csv.startsWith('\uFEFF"id";"kategorie";"text";"organisation";"stimmen";"gebiet";"gebietsname";"laengengrad";"breitengrad";"workshop";"frage";"workshop_id";"workshop_datum";"erstellt";"geaendert"\r\n')).toBe(true);
    expect(csv).toContain('"a2";"angebot";"Familienzentrum\r\nmit Beratung\nmontags";"Caritas; Rhein-Sieg";"0";"";"";"7,2049870123";"50,7931234567"');
    expect(csv).toContain('"Spielplatz fehlt; „dringend“ – sagt der Elternrat ""Süd"""');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.org"";""klick"")";"'-Verein";"0";"05382056";"Siegburg"`);
    expect(csv).toContain(`"''=schon mit Apostroph`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('names the file after the workshop', () => {
    expect(contributionsFileName(workshops[0]!, 'geojson')).toBe('beitraege-sozialraum-nord-auftakt-2026-12-07.geojson');
    expect(contributionsFileName({ title: 'Größe & Übergänge', date: '2026-01-02' }, 'csv')).toBe('beitraege-groesse-uebergaenge-2026-01-02.csv');
  });
});

describe('round trip', () => {
  it.each([
    ['beitraege.geojson', () => contributionsToGeoJSONText(list, workshops)],
    ['beitraege.csv', () => contributionsToCSV(list, workshops, { areaName: () => 'Name' })],
  ])('%s: written and read back, the same contributions and workshops, texts byte for byte', (file, write) => {
    const back = readContributionsFile(file, write(), context);
    expect(back.problems).toEqual([]);
    expect(back.contributions).toEqual(list);
    expect(back.workshops).toEqual(workshops);
    const bytes = (s: string) => [...new TextEncoder().encode(s)];
    expect(back.contributions.map((c) => bytes(c.text))).toEqual(list.map((c) => bytes(c.text)));
  });
});

describe('reading bad input', () => {
  const feature = (props: Record<string, unknown>, geometry: unknown = null) => ({ type: 'Feature', geometry, properties: { id: 'x1', kategorie: 'bedarf', text: 'Text', gebiet: '05382056', erstellt: '2026-12-07T09:00:00.000Z', geaendert: '2026-12-07T09:00:00.000Z', ...props } });
  const file = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const read = (text: string, name = 'b.geojson') => readContributionsFile(name, text, context);

  it('refuses what is no file of contributions, with one problem and nothing loaded', () => {
    expect(read('{"type": "FeatureCollection", "features": [').problems[0]).toMatchObject({ code: 'beitraege.notJson', file: 'b.geojson', severity: 'error' });
    expect(read('{"type": "Feature"}').problems.map((p) => p.code)).toEqual(['beitraege.notCollection']);
    const areas = read(file({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { ags: '05382056', name: 'Siegburg' } }));
    expect(areas).toMatchObject({ contributions: [], workshops: [] });
    expect(areas.problems[0]!.message).toMatch(/keine Beiträge des Sozialatlas.*nichts wird geladen/);
    expect(codes(read('ags;wert\n05382056;3', 'tabelle.csv').problems)).toEqual(['beitraege.foreign']);
    expect(codes(read('', 'leer.csv').problems)).toEqual(['file.empty']);
    expect(read(file()).problems).toMatchObject([{ code: 'beitraege.none', severity: 'warning' }]);
  });

  it('skips an unknown category, a missing text and a missing place, and keeps the valid ones', () => {
    const r = read(file(feature({ id: 'k', kategorie: 'wunsch', text: 'Mehr Bänke' }), feature({ id: 'ok' }), feature({ id: 't', text: '  ' }), feature({ id: 'p', gebiet: null }), 'kaputt'));
    expect(r.contributions.map((c) => c.id)).toEqual(['ok']);
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'beitraege.category', feature: 1, key: 'k', column: 'kategorie', severity: 'error', message: expect.stringContaining('„wunsch“ (erwartet bedarf, angebot, idee oder frage); der Beitrag („Mehr Bänke“) wird nicht geladen') }),
      expect.objectContaining({ code: 'beitraege.textMissing', feature: 3, key: 't', column: 'text' }),
      expect.objectContaining({ code: 'beitraege.noPlace', feature: 4, key: 'p', message: expect.stringContaining('(„Text“)') }),
      expect.objectContaining({ code: 'beitraege.notFeature', feature: 5 }),
    ]);
  });

  it('accepts the German category names, in any case', () => {
    const r = read(file(feature({ id: '1', kategorie: 'Idee / Maßnahme' }), feature({ id: '2', kategorie: 'FRAGE' })));
    expect(r.contributions.map((c) => c.category)).toEqual(['idee', 'frage']);
    expect(r.problems).toEqual([]);
  });

  it('cuts an over-long text or organisation to the limit, keeps it and says so', () => {
    const long = 'ä'.repeat(1200);
    const r = read(file(feature({ text: long, organisation: 'O'.repeat(250) })));
    expect(r.contributions[0]!.text).toBe('ä'.repeat(1000));
    expect(r.contributions[0]!.organisation).toHaveLength(200);
    expect(r.problems.map((p) => [p.code, p.severity, p.column])).toEqual([
      ['beitraege.textLong', 'warning', 'text'],
      ['beitraege.organisationLong', 'warning', 'organisation'],
    ]);
    expect(r.problems[0]!.message).toBe('Der Text ist 1.200 Zeichen lang; geladen werden die ersten 1.000, der Rest ist abgeschnitten.');
  });

  it('keeps an unknown area key with a warning (own Sozialräume may come later)', () => {
    const r = read(file(feature({ gebiet: '05382999-001' })));
    expect(r.contributions[0]!.place).toEqual({ kind: 'area', key: '05382999-001' });
    expect(r.problems).toMatchObject([{ code: 'beitraege.areaUnknown', severity: 'warning', column: 'gebiet', key: 'x1', feature: 1 }]);
  });

  it('keeps a point outside the Kreis where it is, and swaps back longitude and latitude written the wrong way round', () => {
    const r = read(file(feature({ gebiet: null }, { type: 'Point', coordinates: [13.4, 52.5] }), feature({ id: 'x2', gebiet: null }, { type: 'Point', coordinates: [50.8, 7.2] })));
    expect(r.contributions.map((c) => c.place)).toEqual([
      { kind: 'point', lngLat: [13.4, 52.5] },
      { kind: 'point', lngLat: [7.2, 50.8] },
    ]);
    expect(r.problems.map((p) => [p.code, p.feature, p.severity])).toEqual([
      ['beitraege.outside', 1, 'warning'],
      ['beitraege.swapped', 2, 'warning'],
    ]);
  });

  it('uses the area where the geometry is no valid point, and skips it where there is no area either', () => {
    const r = read(file(feature({}, { type: 'Polygon', coordinates: [] }), feature({ id: 'x2', gebiet: '' }, { type: 'Point', coordinates: [Number.NaN, 1] })));
    expect(r.contributions.map((c) => c.place)).toEqual([{ kind: 'area', key: '05382056' }]);
    expect(codes(r.problems)).toEqual(['beitraege.geometryIgnored', 'beitraege.noPlace']);
  });

  it('gives a new id where there is none, and to a different entry with an id met before; a repeated entry is loaded once', () => {
    const r = read(file(feature({ id: '' }), feature({ id: 'd' }), feature({ id: 'd', stimmen: 2 }), feature({ id: 'd', text: 'anders' })));
    expect(r.contributions).toHaveLength(3);
    expect(r.contributions[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.contributions[1]!.id).toBe('d');
    expect(r.contributions[2]).toMatchObject({ text: 'anders' });
    expect(r.contributions[2]!.id).not.toBe('d');
    expect(r.problems.map((p) => [p.code, p.feature])).toEqual([
      ['beitraege.idMissing', 1],
      ['beitraege.idDuplicate', 3],
      ['beitraege.idDuplicateOther', 4],
    ]);
    expect(r.problems[1]!.message).toContain('Eintrag 2');
  });

  it('replaces bad dates by the other one, or by now, and says which', () => {
    const r = read(file(feature({ erstellt: 'gestern' }), feature({ id: 'y', geaendert: '07.12.2026' }), feature({ id: 'z', erstellt: '', geaendert: 'bald' })));
    expect(r.contributions.map((c) => [c.created, c.changed])).toEqual([
      ['2026-12-07T09:00:00.000Z', '2026-12-07T09:00:00.000Z'],
      ['2026-12-07T09:00:00.000Z', '2026-12-07T09:00:00.000Z'],
      ['2026-12-07T12:00:00.000Z', '2026-12-07T12:00:00.000Z'],
    ]);
    expect(r.problems.map((p) => [p.code, p.feature, p.column])).toEqual([
      ['beitraege.date', 1, 'erstellt'],
      ['beitraege.date', 2, 'geaendert'],
      ['beitraege.date', 3, 'erstellt'],
      ['beitraege.date', 3, 'geaendert'],
    ]);
    expect(r.problems[2]!.message).toContain('jetzt');
  });

  it('reads votes as a whole number, else 0 with a warning; dates with offsets as UTC', () => {
    const r = read(file(feature({ stimmen: '-2' }), feature({ id: 'v', stimmen: 4, geaendert: '2026-12-07T10:00:00+01:00' })));
    expect(r.contributions.map((c) => c.votes)).toEqual([0, 4]);
    expect(r.contributions[1]!.changed).toBe('2026-12-07T09:00:00.000Z');
    expect(codes(r.problems)).toEqual(['beitraege.votes']);
  });

  it('rebuilds workshops: by id, else by title and date (the same id every time), else the default workshop', () => {
    const r = read(file(feature({ workshop: 'Nord', frage: 'Was fehlt?', workshop_datum: '2026-12-01' }), feature({ id: 'o' }), feature({ id: 'n', workshop: 'Nord', frage: 'Was fehlt?', workshop_datum: '2026-12-01' })));
    const again = read(file(feature({ workshop: 'Nord', frage: 'Was fehlt?', workshop_datum: '2026-12-01' })));
    expect(r.workshops).toEqual([
      { id: again.workshops[0]!.id, title: 'Nord', question: 'Was fehlt?', date: '2026-12-01' },
      { id: 'workshop', title: 'Workshop', question: '', date: '2026-12-07' },
    ]);
    expect(r.contributions.map((c) => c.workshop)).toEqual([again.workshops[0]!.id, 'workshop', again.workshops[0]!.id]);
    const bad = read(file(feature({ workshop_id: 'w', workshop: 'A', workshop_datum: '1.12.' }), feature({ id: 'b', workshop_id: 'w', workshop: 'B' })));
    expect(bad.workshops).toEqual([{ id: 'w', title: 'A', question: '', date: '2026-12-07' }]);
    expect(bad.problems.map((p) => [p.code, p.feature])).toEqual([
      ['beitraege.workshopDate', 1],
      ['beitraege.workshopDiffers', 2],
    ]);
  });

  it('CSV: problems name the line (line breaks inside quotes counted), the column and the id; comma files too', () => {
    const csv = '\uFEFFid;kategorie;text;gebiet\r\n"c1";"bedarf";"zwei\nZeilen";"05382056"\r\n"c2";"wunsch";"x";"05382056"\r\n\r\n';
    const r = read(csv, 'b.csv');
    expect(r.contributions.map((c) => [c.id, c.text])).toEqual([['c1', 'zwei\nZeilen']]);
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'beitraege.category', line: 4, column: 'kategorie', key: 'c2' }));
    const comma = read('id,kategorie,text,laengengrad,breitengrad\nc3,frage,"Wo, bitte?",7.2,50.8\n', 'b.csv');
    expect(comma.contributions[0]).toMatchObject({ text: 'Wo, bitte?', place: { kind: 'point', lngLat: [7.2, 50.8] } });
    const bad = read('id;kategorie;text;laengengrad;breitengrad;gebiet\nc4;frage;"offen;7;x;05382056\n', 'b.csv');
    expect(codes(bad.problems)[0]).toBe('table.unclosedQuote');
  });
});
