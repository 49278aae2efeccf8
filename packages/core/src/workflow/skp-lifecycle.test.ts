import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../issues/result';
import type { SkpRecord, SkpStatus } from './records';
import {
  approveSkp,
  editSkp,
  isSkpEditable,
  newSkpDraft,
  rejectSkp,
  returnSkpForRevision,
  reviseApprovedSkp,
  setSkpByPengelola,
  submitSkp,
} from './skp-lifecycle';
import { INSTANSI, skpFixture, skpRecord } from './test-fixtures';
import { parseWorkflowConfig } from './workflow-config';

const STATUSES: readonly SkpStatus[] = ['DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DITOLAK', 'REVISI'];

function notAllowed(r: Result<SkpRecord>, from: SkpStatus, action: string) {
  expect(r).toEqual({
    ok: false,
    issues: [{ code: 'transition_not_allowed', path: [], params: { entity: 'skp', from, action } }],
  });
}

const transitions: readonly {
  readonly name: string;
  readonly action: string;
  readonly from: readonly SkpStatus[];
  readonly to: SkpStatus;
  readonly run: (r: SkpRecord) => Result<SkpRecord>;
}[] = [
  { name: 'submitSkp', action: 'skp.submit', from: ['DRAFT', 'REVISI'], to: 'DIAJUKAN', run: submitSkp },
  { name: 'approveSkp', action: 'skp.approve', from: ['DIAJUKAN'], to: 'DISETUJUI', run: approveSkp },
  {
    name: 'rejectSkp',
    action: 'skp.reject',
    from: ['DIAJUKAN'],
    to: 'DITOLAK',
    run: (r) => rejectSkp(r, 'Alasan'),
  },
  {
    name: 'returnSkpForRevision',
    action: 'skp.return',
    from: ['DIAJUKAN'],
    to: 'REVISI',
    run: (r) => returnSkpForRevision(r, 'Catatan'),
  },
  {
    name: 'reviseApprovedSkp',
    action: 'skp.revise',
    from: ['DISETUJUI'],
    to: 'REVISI',
    run: (r) => reviseApprovedSkp(r, 'Perubahan Renstra'),
  },
];

describe('SKP lifecycle', () => {
  for (const t of transitions) {
    describe(t.name, () => {
      it.each(STATUSES)('from %s', (from) => {
        const r = t.run(skpRecord(from));
        if (t.from.includes(from)) {
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(r.value.status).toBe(t.to);
            expect(r.value.version).toBe(3); // the store increments it
            expect(r.value.skp).toEqual(skpRecord(from).skp);
          }
        } else {
          notAllowed(r, from, t.action);
        }
      });
    });
  }

  it('approval marks the pejabat penilai and drops the last note', () => {
    const r = approveSkp(skpRecord('DIAJUKAN', { catatan: 'lama' }));
    expect(r.ok && r.value).toMatchObject({ status: 'DISETUJUI', ditetapkanOleh: 'PEJABAT_PENILAI' });
    expect(r.ok && 'catatan' in r.value).toBe(false);
  });

  it('rejection and return keep the reason, trimmed', () => {
    expect(rejectSkp(skpRecord('DIAJUKAN'), '  RHK belum terukur ')).toMatchObject({
      ok: true,
      value: { status: 'DITOLAK', catatan: 'RHK belum terukur' },
    });
    expect(returnSkpForRevision(skpRecord('DIAJUKAN'), 'Naikkan target')).toMatchObject({
      ok: true,
      value: { status: 'REVISI', catatan: 'Naikkan target' },
    });
  });

  it.each([
    ['rejectSkp', (r: SkpRecord) => rejectSkp(r, '  '), 'alasan'],
    ['returnSkpForRevision', (r: SkpRecord) => returnSkpForRevision(r, ''), 'catatan'],
  ] as const)('%s needs a reason', (_name, run, field) => {
    expect(run(skpRecord('DIAJUKAN'))).toEqual({
      ok: false,
      issues: [{ code: 'required', path: [field], params: {} }],
    });
  });

  it('a recorded revision of an approved SKP counts revisi and unlocks it', () => {
    const approved = skpRecord('DISETUJUI', { ditetapkanOleh: 'PEJABAT_PENILAI', revisi: 1 });
    const r = reviseApprovedSkp(approved, 'Perubahan target PBB');
    expect(r.ok && r.value).toMatchObject({ status: 'REVISI', revisi: 2, catatan: 'Perubahan target PBB' });
    expect(r.ok && 'ditetapkanOleh' in r.value).toBe(false);
    expect(reviseApprovedSkp(approved, '')).toMatchObject({ ok: false, issues: [{ code: 'required' }] });
  });

  describe('editSkp', () => {
    const content = skpFixture({ lampiran: { konsekuensi: ['Teguran'] } });
    it.each(STATUSES)('from %s', (from) => {
      const r = editSkp(skpRecord(from), content);
      if (isSkpEditable(from)) {
        expect(r.ok && r.value.status).toBe(from === 'DITOLAK' ? 'DRAFT' : from);
        expect(r.ok && r.value.skp.lampiran.konsekuensi).toEqual(['Teguran']);
      } else {
        notAllowed(r, from, 'skp.edit');
      }
    });

    it('cannot change the id, the pegawai or the year', () => {
      const r = editSkp(
        skpRecord('DRAFT'),
        skpFixture({
          pegawaiId: 'p-lain',
          tahun: 2027,
          periodeAwal: '2027-01-01',
          periodeAkhir: '2027-12-31',
        }),
      );
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues.map((i) => i.path)).toEqual([
          ['skp', 'pegawaiId'],
          ['skp', 'tahun'],
        ]);
    });
  });

  it('is a closed state machine: from any status, any sequence of steps stays within the statuses', () => {
    const steps = fc.array(fc.integer({ min: 0, max: transitions.length }), { maxLength: 20 });
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), steps, (start, seq) => {
        let r = skpRecord(start);
        let approvedRevisions = 0;
        for (const i of seq) {
          const next = i === transitions.length ? editSkp(r, r.skp) : transitions[i]!.run(r);
          if (next.ok) {
            if (r.status === 'DISETUJUI') approvedRevisions++;
            // Only a recorded revision leaves DISETUJUI, and it counts.
            if (r.status === 'DISETUJUI') expect(next.value.revisi).toBe(r.revisi + 1);
            r = next.value;
          }
          expect(STATUSES).toContain(r.status);
        }
        expect(r.revisi).toBe(approvedRevisions);
      }),
    );
  });

  it('newSkpDraft starts a draft', () => {
    expect(newSkpDraft(INSTANSI, skpFixture(), 2)).toEqual({
      instansiId: INSTANSI,
      skp: skpFixture(),
      segmen: 2,
      status: 'DRAFT',
      revisi: 0,
      version: 0,
    });
  });
});

describe('setSkpByPengelola', () => {
  const input = { instansiId: INSTANSI, skp: skpFixture() };

  it('is refused on or before the deadline (31 January by default)', () => {
    expect(setSkpByPengelola(null, input, '2026-01-31')).toEqual({
      ok: false,
      issues: [{ code: 'deadline_not_passed', path: [], params: { batas: '2026-01-31' } }],
    });
  });

  it('sets a never-drafted SKP after the deadline', () => {
    expect(setSkpByPengelola(null, input, '2026-02-01')).toEqual({
      ok: true,
      value: {
        instansiId: INSTANSI,
        skp: input.skp,
        segmen: 1,
        status: 'DISETUJUI',
        revisi: 0,
        ditetapkanOleh: 'PENGELOLA_KINERJA',
        version: 0,
      },
    });
  });

  it.each(['DRAFT', 'DIAJUKAN', 'DITOLAK', 'REVISI'] as const)('sets an SKP left %s', (from) => {
    const r = setSkpByPengelola(skpRecord(from, { catatan: 'x' }), input, '2026-02-01');
    expect(r.ok && r.value).toMatchObject({
      status: 'DISETUJUI',
      ditetapkanOleh: 'PENGELOLA_KINERJA',
      version: 3,
    });
    expect(r.ok && 'catatan' in r.value).toBe(false);
  });

  it('never replaces an approved SKP', () => {
    notAllowed(
      setSkpByPengelola(skpRecord('DISETUJUI'), input, '2026-03-01'),
      'DISETUJUI',
      'skp.set_by_pengelola',
    );
  });

  it('follows the configured deadline', () => {
    const config = parseWorkflowConfig({ batasSkp: { bulan: 2, hari: 14 } });
    if (!config.ok) throw new Error('config');
    expect(setSkpByPengelola(null, input, '2026-02-14', config.value).ok).toBe(false);
    expect(setSkpByPengelola(null, input, '2026-02-15', config.value).ok).toBe(true);
  });

  it('cannot set another SKP over the stored one', () => {
    const r = setSkpByPengelola(
      skpRecord('DRAFT'),
      { ...input, skp: skpFixture({ id: 'skp-lain' }) },
      '2026-02-01',
    );
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'invalid_value' }] });
  });
});
