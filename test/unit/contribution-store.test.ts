// The contributions' Yjs store in Node (no IndexedDB: persist false): what the pane relies on (add,
// edit, delete, votes once per device), what a live session relies on (two documents exchanging
// updates converge, votes of two devices add up), and what loading a file relies on (merge by id,
// the newer `changed` wins, conflicts listed).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContributionStore, DEFAULT_WORKSHOP_ID, type YjsContributionStore } from '../../src/data/contribution-store';
import { ContributionError } from '../../src/data/contribution-check';
import { authorOf, contributionsMap, workshopsMap } from '../../src/data/contribution-doc';
import { CONTRIBUTION_TEXT_MAX, type Contribution, type ContributionDraft } from '../../src/domain/contribution';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

/** A clock that moves one second per reading, from 2026-12-07 09:00 UTC. */
function clock(start = Date.parse('2026-12-07T09:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

function store(extra: Parameters<typeof createContributionStore>[0] = {}): YjsContributionStore {
  return createContributionStore({ persist: false, storage: memory(), now: clock(), ...extra });
}

const need: ContributionDraft = { category: 'bedarf', text: 'Spielplatz fehlt', organisation: null, place: { kind: 'area', key: '05382056' } };
const idea: ContributionDraft = { category: 'idee', text: 'Treff für Jugendliche', organisation: 'Jugendamt', place: { kind: 'point', lngLat: [7.2, 50.8] } };

/** Two stores whose documents send each other every update, as a live session's provider would. */
function linked(): [YjsContributionStore, YjsContributionStore] {
  const a = store({ voter: 'device-a' });
  const b = store({ voter: 'device-b' });
  a.doc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(b.doc, u, 'peer'));
  b.doc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(a.doc, u, 'peer'));
  return [a, b];
}

describe('contribution store', () => {
  it('is ready at once without IndexedDB, in memory, with the default workshop', async () => {
    const s = store();
    await s.ready;
    expect(s.persistent).toBe(false);
    expect(s.workshops()).toHaveLength(1);
    expect(s.current()).toMatchObject({ id: DEFAULT_WORKSHOP_ID, title: 'Workshop', question: '', date: '2026-12-07' });
    expect(s.contributions()).toEqual([]);
  });

  it('adds with id, dates and no votes; trims the text; lists oldest first', () => {
    const s = store();
    const a = s.add({ ...need, text: '  Spielplatz fehlt \n' });
    const b = s.add(idea);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).toMatchObject({ category: 'bedarf', text: 'Spielplatz fehlt', votes: 0, workshop: DEFAULT_WORKSHOP_ID, organisation: null });
    expect(a.created).toBe(a.changed);
    expect(s.contributions().map((c) => c.id)).toEqual([a.id, b.id]);
    expect(s.get(b.id)?.place).toEqual({ kind: 'point', lngLat: [7.2, 50.8] });
  });

  it('writes the adding device as the author; a live participant’s store leaves the workshop frames alone', () => {
    const s = store({ voter: 'device-a', framesWritable: false });
    const a = s.add(need);
    expect(authorOf(contributionsMap(s.doc).get(a.id)!)).toBe('device-a');
    expect(workshopsMap(s.doc).size).toBe(0);
    expect(s.contributions().map((c) => c.id)).toEqual([a.id]);
    const own = store({ voter: 'device-b' });
    own.add(need);
    expect(workshopsMap(own.doc).size).toBe(1);
  });

  it('refuses an unknown category, an empty or over-long text, a long organisation, a broken point, with German messages', () => {
    const s = store();
    const refusal = (f: () => unknown): unknown[] | null => {
      try {
        f();
      } catch (e) {
        return e instanceof ContributionError ? [e.code, e.field, e.message] : [e];
      }
      return null;
    };
    expect(refusal(() => s.add({ ...need, category: 'wunsch' as never }))).toEqual(['category', 'category', expect.stringContaining('„wunsch“')]);
    expect(refusal(() => s.add({ ...need, text: '   ' }))).toEqual(['textEmpty', 'text', 'Der Beitrag hat keinen Text.']);
    expect(refusal(() => s.add({ ...need, text: 'x'.repeat(CONTRIBUTION_TEXT_MAX + 1) }))).toEqual([
      'textLong',
      'text',
      'Der Text ist 1.001 Zeichen lang; erlaubt sind höchstens 1.000.',
    ]);
    expect(refusal(() => s.add({ ...need, organisation: 'o'.repeat(201) }))?.[0]).toBe('organisationLong');
    expect(refusal(() => s.add({ ...need, place: { kind: 'point', lngLat: [Number.NaN, 50] } }))?.[0]).toBe('point');
    expect(refusal(() => s.add({ ...need, place: { kind: 'point', lngLat: [7, Infinity] } }))?.[0]).toBe('point');
    // 1,000 letters with accents written as two code points each are 1,000 characters as seen
    expect(s.add({ ...need, text: 'e\u0301'.repeat(CONTRIBUTION_TEXT_MAX) }).text).toHaveLength(2 * CONTRIBUTION_TEXT_MAX);
    expect(s.contributions()).toHaveLength(1);
  });

  it('updates only what changed, with a newer `changed`; removes', () => {
    const s = store();
    const a = s.add(need);
    s.update(a.id, { text: 'Spielplatz fehlt am Markt', organisation: ' Kita Sonnenschein ' });
    const edited = s.get(a.id)!;
    expect(edited).toMatchObject({ text: 'Spielplatz fehlt am Markt', organisation: 'Kita Sonnenschein', created: a.created });
    expect(edited.changed > a.changed).toBe(true);
    s.update(a.id, { text: 'Spielplatz fehlt am Markt' });
    expect(s.get(a.id)!.changed).toBe(edited.changed);
    expect(() => s.update(a.id, { text: '' })).toThrow(ContributionError);
    s.remove(a.id);
    expect(s.get(a.id)).toBeNull();
    expect(s.contributions()).toEqual([]);
  });

  it('counts one vote per device, and takes it back', () => {
    const s = store({ voter: 'me' });
    const a = s.add(need);
    s.vote(a.id);
    s.vote(a.id);
    expect(s.get(a.id)!.votes).toBe(1);
    expect(s.hasVoted(a.id)).toBe(true);
    s.unvote(a.id);
    expect(s.get(a.id)!.votes).toBe(0);
    expect(s.hasVoted(a.id)).toBe(false);
  });

  it('tells subscribers of every change, local or remote, and of the workshop switched', () => {
    const [a, b] = linked();
    let calls = 0;
    const off = b.subscribe(() => calls++);
    a.add(need);
    expect(calls).toBeGreaterThan(0);
    const seen = calls;
    const w = b.addWorkshop({ title: 'Sozialraum Nord', question: 'Was fehlt?', date: '2026-12-08' });
    b.setCurrent(w.id);
    expect(calls).toBeGreaterThan(seen + 1);
    off();
    const after = calls;
    a.add(idea);
    expect(calls).toBe(after);
  });

  it('keeps several workshops side by side; the current one per device; contributions per workshop', () => {
    const s = store();
    const first = s.add(need);
    const w = s.addWorkshop({ title: ' Sozialraum Nord ', question: 'Was fehlt Familien?', date: '2026-12-08' });
    expect(s.workshops().map((x) => x.title)).toEqual(['Workshop', 'Sozialraum Nord']);
    s.setCurrent(w.id);
    const second = s.add(idea);
    expect(s.contributions().map((c) => c.id)).toEqual([second.id]);
    expect(s.contributions(DEFAULT_WORKSHOP_ID).map((c) => c.id)).toEqual([first.id]);
    s.updateWorkshop(DEFAULT_WORKSHOP_ID, { title: 'Auftakt', question: 'Wo ist Bedarf?' });
    expect(s.workshops()[0]).toMatchObject({ title: 'Auftakt', question: 'Wo ist Bedarf?' });
    expect(() => s.updateWorkshop(w.id, { date: '2026-02-30' })).toThrow(/kein Datum/);
    expect(() => s.setCurrent('nope')).toThrow(ContributionError);
  });

  it('keeps the voter id and the current workshop in the device storage', () => {
    const storage = memory();
    const doc = new Y.Doc();
    const one = createContributionStore({ persist: false, storage, doc });
    const a = one.add(need);
    one.vote(a.id);
    const w = one.addWorkshop({ title: 'Zwei', question: '', date: '2026-12-09' });
    one.setCurrent(w.id);
    const again = createContributionStore({ persist: false, storage, doc });
    expect(again.hasVoted(a.id)).toBe(true);
    expect(again.current().id).toBe(w.id);
    const otherDevice = createContributionStore({ persist: false, storage: memory(), doc });
    expect(otherDevice.hasVoted(a.id)).toBe(false);
    expect(otherDevice.current().id).toBe(DEFAULT_WORKSHOP_ID);
  });

  it('two devices exchanging updates converge; their votes add up, also when cast at once', () => {
    const [a, b] = linked();
    const c = a.add(need);
    expect(b.get(c.id)).toEqual(a.get(c.id));
    a.vote(c.id);
    b.vote(c.id);
    expect(a.get(c.id)!.votes).toBe(2);
    expect(b.get(c.id)!.votes).toBe(2);

    // offline at the same time: both vote and edit different fields, then sync
    const x = store({ voter: 'x' });
    const y = store({ voter: 'y' });
    const made = x.add(need);
    Y.applyUpdate(y.doc, Y.encodeStateAsUpdate(x.doc));
    x.vote(made.id);
    y.vote(made.id);
    x.update(made.id, { text: 'Spielplatz fehlt, dringend' });
    y.update(made.id, { organisation: 'Elternrat' });
    Y.applyUpdate(y.doc, Y.encodeStateAsUpdate(x.doc));
    Y.applyUpdate(x.doc, Y.encodeStateAsUpdate(y.doc));
    expect(x.get(made.id)).toEqual(y.get(made.id));
    expect(x.get(made.id)).toMatchObject({ votes: 2, text: 'Spielplatz fehlt, dringend', organisation: 'Elternrat' });
    expect(x.contributions()).toEqual(y.contributions());
  });

  it('two fresh devices share the default workshop instead of making two', () => {
    const [a, b] = linked();
    a.add(need);
    b.add(idea);
    expect(a.workshops()).toEqual(b.workshops());
    expect(a.workshops()).toHaveLength(1);
    expect(b.contributions()).toHaveLength(2);
  });
});

describe('merge by id', () => {
  const base = (s: YjsContributionStore): Contribution => s.add(need);

  it('adds what is new, with the file votes and the file workshop', () => {
    const s = store();
    const w = { id: 'w-file', title: 'Aus der Datei', question: 'Was tun?', date: '2026-11-30' };
    const c: Contribution = { id: 'c1', workshop: 'w-file', ...idea, place: { kind: 'point', lngLat: [7.2, 50.8] }, votes: 3, created: '2026-11-30T10:00:00.000Z', changed: '2026-11-30T10:05:00.000Z' };
    const report = s.merge([c], [w]);
    expect(report).toMatchObject({ added: 1, updated: 0, unchanged: 0, conflicts: [], workshopsAdded: [w] });
    expect(s.get('c1')).toEqual(c);
    expect(s.workshops().map((x) => x.id)).toContain('w-file');
    s.vote('c1');
    expect(s.get('c1')!.votes).toBe(4);
  });

  it('the same version again changes nothing and is no conflict; votes are never counted twice', () => {
    const s = store();
    const c = base(s);
    s.vote(c.id);
    const exported = s.get(c.id)!;
    const report = s.merge([exported], s.workshops());
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 1, conflicts: [] });
    expect(s.get(c.id)!.votes).toBe(1);
    // a file from a device that saw more votes raises the count to its figure, not by it
    s.merge([{ ...exported, votes: 3 }], []);
    expect(s.get(c.id)!.votes).toBe(3);
  });

  it('the newer `changed` wins; each differing version is listed as a conflict', () => {
    const s = store();
    const c = base(s);
    const newer = { ...c, text: 'Spielplatz fehlt (neu)', changed: '2030-01-01T00:00:00.000Z' };
    const older = { ...c, id: c.id, text: 'Spielplatz (alt)', changed: '2020-01-01T00:00:00.000Z' };
    const r1 = s.merge([newer], []);
    expect(r1).toMatchObject({ updated: 1, added: 0, unchanged: 0 });
    expect(r1.conflicts).toEqual([{ id: c.id, kept: newer, replaced: c }]);
    expect(s.get(c.id)).toEqual(newer);
    const r2 = s.merge([older], []);
    expect(r2).toMatchObject({ updated: 0, unchanged: 1 });
    expect(r2.conflicts).toEqual([{ id: c.id, kept: newer, replaced: older }]);
    expect(s.get(c.id)!.text).toBe('Spielplatz fehlt (neu)');
  });

  it('refuses a file with an invalid contribution as a whole, leaving nothing half merged', () => {
    const s = store();
    const good = { ...base(s), id: 'other' };
    s.remove(good.id);
    expect(() => s.merge([good, { ...good, id: 'bad', text: '' }], [])).toThrow(ContributionError);
    expect(s.get('other')).toBeNull();
  });

  it('puts a contribution whose workshop is unknown into the current workshop', () => {
    const s = store();
    const c: Contribution = { id: 'lost', workshop: 'nowhere', ...need, place: { kind: 'area', key: '05382056' }, votes: 0, created: '2026-12-01T00:00:00Z', changed: '2026-12-01T00:00:00Z' };
    s.merge([c], []);
    expect(s.get('lost')!.workshop).toBe(DEFAULT_WORKSHOP_ID);
  });
});
