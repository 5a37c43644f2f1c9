import { describe, expect, it } from 'vitest';
import { layoutSheet, mapFrame, pageSize, scaleBar, wrap } from '../../src/print/sheet';

describe('print sheet', () => {
  it('knows A4 and A3 in both orientations', () => {
    expect(pageSize('A4', 'portrait')).toEqual({ width: 210, height: 297 });
    expect(pageSize('A3', 'landscape')).toEqual({ width: 420, height: 297 });
  });

  it('picks a round scale bar no longer than allowed', () => {
    expect(scaleBar(200, 60)).toEqual({ metres: 10000, mm: 50, label: '10 km' });
    expect(scaleBar(200, 40)).toEqual({ metres: 5000, mm: 25, label: '5 km' });
    expect(scaleBar(10, 30)).toMatchObject({ metres: 200, label: '200 m' });
    expect(scaleBar(1000, 30).label).toBe('20 km');
  });

  it('wraps long text at word boundaries', () => {
    const lines = wrap('Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2018', 10, 40);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2018');
  });

  it('keeps every primitive on the paper and the map inside the margins', () => {
    for (const paper of ['A4', 'A3'] as const)
      for (const orientation of ['portrait', 'landscape'] as const) {
        const options = { paper, orientation, title: 'Titel', subtitle: 'Untertitel', note: 'Anmerkung' };
        const { width, height } = pageSize(paper, orientation);
        const frame = mapFrame(options);
        expect(frame.x + frame.w).toBeLessThanOrEqual(width - 12);
        expect(frame.y + frame.h).toBeLessThanOrEqual(height - 12);
        const sheet = layoutSheet(options, {
          legendTitle: 'Anteil (%)',
          legend: [{ label: '1: 1 bis unter 2', count: '3 Gebiete', fill: '#fff', hatched: false }],
          legendNotes: ['Beispieldaten'],
          credits: ['Quelle: X'],
          kreisName: 'Rhein-Sieg-Kreis',
          created: '25.11.2026',
          metresPerMm: 250,
        });
        for (const p of sheet) {
          if (p.kind === 'text') {
            expect(p.x).toBeGreaterThanOrEqual(0);
            expect(p.x).toBeLessThanOrEqual(width);
            expect(p.y).toBeLessThanOrEqual(height);
          }
        }
        const texts = sheet.flatMap((p) => (p.kind === 'text' ? [p.text] : []));
        expect(texts).toEqual(expect.arrayContaining(['Titel', 'N', 'Rhein-Sieg-Kreis', 'Erstellt am 25.11.2026', 'Beispieldaten']));
      }
  });
});
