import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import {
  type Action,
  authorize,
  type PolicyContext,
  type PolicyTarget,
  type Principal,
  ROLES,
  type Role,
  type SkpLink,
} from './policy';
import type { PenugasanRecord } from './records';

const I = 'pemko-pekanbaru';

// Kecamatan → Sekretariat, Kelurahan Sago, Kelurahan Lain.
const unitKerja = [
  { id: 'kec', indukId: null },
  { id: 'kec.sekretariat', indukId: 'kec' },
  { id: 'kel-sago', indukId: 'kec' },
  { id: 'kel-lain', indukId: 'kec' },
];
const jabatan = [
  { id: 'jab-camat', unitKerjaId: 'kec', pimpinanUnit: true },
  { id: 'jab-sekcam', unitKerjaId: 'kec.sekretariat', pimpinanUnit: false },
  { id: 'jab-analis', unitKerjaId: 'kec', pimpinanUnit: false },
  { id: 'jab-lurah', unitKerjaId: 'kel-sago', pimpinanUnit: true },
  { id: 'jab-kasi', unitKerjaId: 'kel-sago', pimpinanUnit: false },
  { id: 'jab-staf', unitKerjaId: 'kel-sago', pimpinanUnit: false },
  { id: 'jab-lurah-lain', unitKerjaId: 'kel-lain', pimpinanUnit: true },
  { id: 'jab-staf-lain', unitKerjaId: 'kel-lain', pimpinanUnit: false },
];
const pegawai = [
  { id: 'p-camat', jabatanId: 'jab-camat' },
  { id: 'p-sekcam', jabatanId: 'jab-sekcam' },
  { id: 'p-bkpsdm', jabatanId: 'jab-analis' },
  { id: 'p-lurah', jabatanId: 'jab-lurah' },
  { id: 'p-kasi', jabatanId: 'jab-kasi' },
  { id: 'p-staf', jabatanId: 'jab-staf' },
  { id: 'p-staf2', jabatanId: 'jab-staf' },
  { id: 'p-lurah-lain', jabatanId: 'jab-lurah-lain' },
  { id: 'p-staf-lain', jabatanId: 'jab-staf-lain' },
];
const link = (
  pegawaiId: string,
  pejabatPenilaiId: string | null,
  atasanPejabatPenilaiId: string | null,
): SkpLink => ({
  pegawaiId,
  pejabatPenilaiId,
  atasanPejabatPenilaiId,
});
const LINKS: Record<string, SkpLink> = {
  'p-camat': link('p-camat', null, null),
  'p-sekcam': link('p-sekcam', 'p-camat', null),
  'p-bkpsdm': link('p-bkpsdm', 'p-sekcam', 'p-camat'),
  'p-lurah': link('p-lurah', 'p-camat', null),
  'p-kasi': link('p-kasi', 'p-lurah', 'p-camat'),
  'p-staf': link('p-staf', 'p-kasi', 'p-lurah'),
  'p-staf2': link('p-staf2', 'p-kasi', 'p-lurah'),
  'p-lurah-lain': link('p-lurah-lain', 'p-camat', null),
  'p-staf-lain': link('p-staf-lain', 'p-lurah-lain', 'p-camat'),
};
const PEGAWAI_IDS = Object.keys(LINKS);

function ctx(penugasan: PenugasanRecord[] = [], tanggal = '2026-04-01'): PolicyContext {
  return { tanggal, unitKerja, jabatan, pegawai, skpLinks: Object.values(LINKS), penugasan };
}
const who = (pegawaiId: string | null, ...roles: Role[]): Principal => ({
  pegawaiId,
  roles: roles.length > 0 ? roles : ['PEGAWAI'],
  instansiId: I,
});
const skpOf = (pegawaiId: string): PolicyTarget => ({ kind: 'skp', instansiId: I, skp: LINKS[pegawaiId]! });
const unit = (unitKerjaId: string): PolicyTarget => ({ kind: 'unit', instansiId: I, unitKerjaId });
const plt = (
  pegawaiId: string,
  jabatanId: string,
  mulai = '2026-03-01',
  selesai = '2026-05-31',
): PenugasanRecord => ({
  instansiId: I,
  id: `plt-${pegawaiId}-${jabatanId}`,
  pegawaiId,
  jabatanId,
  jenis: 'PLT',
  mulai,
  selesai,
});

function reason(p: Principal, action: Action, target: PolicyTarget, c = ctx()): string | null {
  const r = authorize(p, action, target, c);
  if (r.ok) return null;
  expect(r.issues).toHaveLength(1);
  expect(r.issues[0]).toMatchObject({ code: 'forbidden', path: [], params: { action } });
  return (r.issues[0]!.params as { reason: string }).reason;
}

const JUDGEMENT: readonly Action[] = [
  'skp.approve',
  'skp.reject',
  'skp.return',
  'umpan_balik.give',
  'evaluasi.rate',
  'keberatan.explain',
  'keberatan.decide',
];

describe('authorize — the rules on the staf’s SKP (penilai kasi, atasan lurah, chain camat)', () => {
  it.each<[string, Principal, Action, string | null]>([
    ['owner reads', who('p-staf'), 'skp.read', null],
    ['penilai reads', who('p-kasi'), 'skp.read', null],
    ['atasan reads', who('p-lurah'), 'skp.read', null],
    ['camat (higher in the chain) reads', who('p-camat'), 'skp.read', null],
    ['a colleague with the same jabatan cannot read', who('p-staf2'), 'skp.read', 'outside_chain'],
    ['another kelurahan’s lurah cannot read', who('p-lurah-lain'), 'skp.read', 'outside_chain'],
    ['the sekcam (outside the chain) cannot read', who('p-sekcam'), 'skp.read', 'outside_chain'],
    ['pengelola kinerja reads', who(null, 'PENGELOLA_KINERJA'), 'skp.read', null],
    ['admin reads', who(null, 'ADMIN'), 'skp.read', null],
    ['owner drafts', who('p-staf'), 'skp.draft', null],
    ['penilai cannot draft for the owner', who('p-kasi'), 'skp.draft', 'not_owner'],
    ['owner edits and submits', who('p-staf'), 'skp.submit', null],
    ['penilai cannot submit', who('p-kasi'), 'skp.submit', 'not_owner'],
    ['penilai approves', who('p-kasi'), 'skp.approve', null],
    ['atasan cannot approve', who('p-lurah'), 'skp.approve', 'not_penilai'],
    ['owner cannot approve', who('p-staf'), 'skp.approve', 'self'],
    [
      'pengelola cannot approve',
      who('p-bkpsdm', 'PEGAWAI', 'PENGELOLA_KINERJA'),
      'skp.approve',
      'not_penilai',
    ],
    ['penilai rates', who('p-kasi'), 'evaluasi.rate', null],
    ['owner cannot rate', who('p-staf'), 'evaluasi.rate', 'self'],
    ['admin cannot rate', who('p-kasi', 'ADMIN'), 'evaluasi.rate', 'not_penilai'],
    ['owner and penilai may open a revision', who('p-kasi'), 'skp.revise', null],
    ['owner revises', who('p-staf'), 'skp.revise', null],
    ['atasan cannot open a revision', who('p-lurah'), 'skp.revise', 'not_owner'],
    ['owner records realisasi', who('p-staf'), 'realisasi.write', null],
    ['penilai cannot record realisasi', who('p-kasi'), 'realisasi.write', 'not_owner'],
    ['penilai gives feedback', who('p-kasi'), 'umpan_balik.give', null],
    ['owner files a keberatan', who('p-staf'), 'keberatan.file', null],
    ['penilai explains', who('p-kasi'), 'keberatan.explain', null],
    ['atasan decides', who('p-lurah'), 'keberatan.decide', null],
    ['penilai cannot decide', who('p-kasi'), 'keberatan.decide', 'penilai_cannot_decide'],
    ['camat cannot decide', who('p-camat'), 'keberatan.decide', 'not_atasan_penilai'],
    [
      'pengelola sets after deadline',
      who('p-bkpsdm', 'PEGAWAI', 'PENGELOLA_KINERJA'),
      'skp.set_by_pengelola',
      null,
    ],
    ['admin cannot set an SKP', who(null, 'ADMIN'), 'skp.set_by_pengelola', 'role_required'],
    ['pengelola reopens', who(null, 'PENGELOLA_KINERJA'), 'periode.reopen', null],
    ['admin reopens', who(null, 'ADMIN'), 'periode.reopen', null],
    ['pegawai cannot reopen', who('p-kasi'), 'periode.reopen', 'role_required'],
    ['admin records a mutasi', who(null, 'ADMIN'), 'skp.mutasi', null],
    ['pegawai cannot record a mutasi', who('p-lurah'), 'skp.mutasi', 'role_required'],
  ])('%s', (_name, principal, action, expected) => {
    expect(reason(principal, action, skpOf('p-staf'))).toBe(expected);
  });

  it('the pengelola kinerja never sets or reopens his or her own SKP', () => {
    const p = who('p-bkpsdm', 'PEGAWAI', 'PENGELOLA_KINERJA');
    expect(reason(p, 'skp.set_by_pengelola', skpOf('p-bkpsdm'))).toBe('self');
    expect(reason(p, 'periode.reopen', skpOf('p-bkpsdm'))).toBe('self');
  });

  it('a draft naming its owner as penilai is refused', () => {
    const target: PolicyTarget = { kind: 'skp', instansiId: I, skp: link('p-staf', 'p-staf', 'p-lurah') };
    expect(reason(who('p-staf'), 'skp.draft', target)).toBe('self');
  });

  it('relations count only with the PEGAWAI role', () => {
    expect(reason(who('p-kasi', 'PENGELOLA_KINERJA'), 'evaluasi.rate', skpOf('p-staf'))).toBe('not_penilai');
    expect(reason(who('p-staf', 'ADMIN'), 'skp.submit', skpOf('p-staf'))).toBe('not_owner');
  });

  it('another instansi is always forbidden', () => {
    const p = { ...who('p-kasi', 'PEGAWAI', 'ADMIN', 'PENGELOLA_KINERJA'), instansiId: 'pemkab-kampar' };
    for (const action of ['skp.read', 'evaluasi.rate', 'periode.reopen'] as const) {
      expect(reason(p, action, skpOf('p-staf'))).toBe('other_instansi');
    }
    expect(reason(p, 'audit.read', { kind: 'instansi', instansiId: I })).toBe('other_instansi');
  });
});

describe('authorize — Plt and Plh', () => {
  const c = ctx([plt('p-sekcam', 'jab-lurah')]);

  it('a Plt of the penilai’s jabatan acts as penilai while active', () => {
    expect(reason(who('p-sekcam'), 'evaluasi.rate', skpOf('p-kasi'), c)).toBeNull();
    expect(reason(who('p-sekcam'), 'skp.approve', skpOf('p-kasi'), c)).toBeNull();
    expect(reason(who('p-sekcam'), 'keberatan.decide', skpOf('p-staf'), c)).toBeNull();
    expect(reason(who('p-sekcam'), 'skp.read', skpOf('p-staf'), c)).toBeNull();
    expect(reason(who('p-sekcam'), 'penetapan.make', unit('kel-sago'), c)).toBeNull();
  });

  it('not before nor after the assignment', () => {
    for (const tanggal of ['2026-02-28', '2026-06-01']) {
      const outside = ctx([plt('p-sekcam', 'jab-lurah')], tanggal);
      expect(reason(who('p-sekcam'), 'evaluasi.rate', skpOf('p-kasi'), outside)).toBe('not_penilai');
      expect(reason(who('p-sekcam'), 'skp.read', skpOf('p-staf'), outside)).toBe('outside_chain');
    }
  });

  it('the definitive penilai keeps acting during a Plh', () => {
    const plh = ctx([{ ...plt('p-sekcam', 'jab-lurah'), jenis: 'PLH' }]);
    expect(reason(who('p-lurah'), 'evaluasi.rate', skpOf('p-kasi'), plh)).toBeNull();
  });

  it('a Plt of his or her own penilai’s jabatan never rates himself or herself', () => {
    const self = ctx([plt('p-kasi', 'jab-lurah')]);
    expect(reason(who('p-kasi'), 'evaluasi.rate', skpOf('p-kasi'), self)).toBe('self');
    expect(reason(who('p-kasi'), 'keberatan.decide', skpOf('p-staf'), self)).toBe('penilai_cannot_decide');
  });

  it('an assignment of another instansi does not count', () => {
    const other = ctx([{ ...plt('p-sekcam', 'jab-lurah'), instansiId: 'pemkab-kampar' }]);
    expect(reason(who('p-sekcam'), 'evaluasi.rate', skpOf('p-kasi'), other)).toBe('not_penilai');
  });

  it('the pengelola kinerja records Plt/Plh, never for himself or herself', () => {
    const p = who('p-bkpsdm', 'PEGAWAI', 'PENGELOLA_KINERJA');
    expect(
      reason(p, 'penugasan.record', { kind: 'pegawai', instansiId: I, pegawaiId: 'p-sekcam' }),
    ).toBeNull();
    expect(reason(p, 'penugasan.record', { kind: 'pegawai', instansiId: I, pegawaiId: 'p-bkpsdm' })).toBe(
      'self',
    );
    expect(
      reason(who('p-camat'), 'penugasan.record', { kind: 'pegawai', instansiId: I, pegawaiId: 'p-sekcam' }),
    ).toBe('role_required');
  });
});

describe('authorize — units and the instansi', () => {
  it.each<[string, Principal, Action, string, string | null]>([
    [
      'the camat sets a kelurahan’s predikat organisasi',
      who('p-camat'),
      'predikat_organisasi.set',
      'kel-sago',
      null,
    ],
    ['the lurah never sets his own unit’s', who('p-lurah'), 'predikat_organisasi.set', 'kel-sago', 'self'],
    ['another lurah cannot', who('p-lurah-lain'), 'predikat_organisasi.set', 'kel-sago', 'not_leader_above'],
    ['the camat never sets the kecamatan’s', who('p-camat'), 'predikat_organisasi.set', 'kec', 'self'],
    [
      'pengelola records a root unit’s',
      who(null, 'PENGELOLA_KINERJA'),
      'predikat_organisasi.set',
      'kec',
      null,
    ],
    [
      'pengelola cannot set a kelurahan’s',
      who(null, 'PENGELOLA_KINERJA'),
      'predikat_organisasi.set',
      'kel-sago',
      'not_leader_above',
    ],
    [
      'admin cannot set a root unit’s',
      who(null, 'ADMIN'),
      'predikat_organisasi.set',
      'kec',
      'not_leader_above',
    ],
    ['an unknown unit', who('p-camat'), 'predikat_organisasi.set', 'kel-x', 'not_leader_above'],
    ['the lurah makes the penetapan', who('p-lurah'), 'penetapan.make', 'kel-sago', null],
    [
      'the camat does not make a kelurahan’s penetapan',
      who('p-camat'),
      'penetapan.make',
      'kel-sago',
      'not_pimpinan_unit',
    ],
    [
      'pengelola does not make a penetapan',
      who(null, 'PENGELOLA_KINERJA'),
      'penetapan.make',
      'kel-sago',
      'not_pimpinan_unit',
    ],
    ['the camat checks a kelurahan’s kurva', who('p-camat'), 'kurva.check', 'kel-sago', null],
    ['the lurah checks his own', who('p-lurah'), 'kurva.check', 'kel-sago', null],
    ['a kasi cannot', who('p-kasi'), 'kurva.check', 'kel-sago', 'outside_chain'],
    ['another lurah cannot', who('p-lurah-lain'), 'kurva.check', 'kel-sago', 'outside_chain'],
    ['admin checks', who(null, 'ADMIN'), 'kurva.check', 'kel-sago', null],
  ])('%s', (_name, principal, action, unitKerjaId, expected) => {
    expect(reason(principal, action, unit(unitKerjaId))).toBe(expected);
  });

  it('audit.read: pengelola kinerja and admin only', () => {
    const target: PolicyTarget = { kind: 'instansi', instansiId: I };
    expect(reason(who(null, 'ADMIN'), 'audit.read', target)).toBeNull();
    expect(reason(who(null, 'PENGELOLA_KINERJA'), 'audit.read', target)).toBeNull();
    expect(reason(who('p-camat'), 'audit.read', target)).toBe('role_required');
  });

  it('throws on a target that does not fit the action', () => {
    expect(() => authorize(who('p-kasi'), 'evaluasi.rate', unit('kel-sago'), ctx())).toThrow(KinerjaError);
    expect(() => authorize(who('p-camat'), 'penetapan.make', skpOf('p-staf'), ctx())).toThrow(KinerjaError);
    expect(() => authorize(who(null, 'ADMIN'), 'audit.read', skpOf('p-staf'), ctx())).toThrow(KinerjaError);
    expect(() => authorize(who(null, 'ADMIN'), 'penugasan.record', unit('kec'), ctx())).toThrow(KinerjaError);
  });
});

describe('authorize — properties', () => {
  const arbRoles = fc.subarray([...ROLES]);
  const arbPegawaiId = fc.constantFrom(...PEGAWAI_IDS);
  const arbJabatanId = fc.constantFrom(...jabatan.map((j) => j.id));
  const arbDay = fc
    .integer({ min: 0, max: 364 })
    .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
  const arbPenugasan = fc
    .array(
      fc.record({
        pegawaiId: arbPegawaiId,
        jabatanId: arbJabatanId,
        jenis: fc.constantFrom('PLT' as const, 'PLH' as const),
        a: arbDay,
        b: arbDay,
      }),
      { maxLength: 6 },
    )
    .map((list) =>
      list.map((t, i) => {
        const [mulai, selesai] = [t.a, t.b].sort() as [string, string];
        return {
          instansiId: I,
          id: `t${i}`,
          pegawaiId: t.pegawaiId,
          jabatanId: t.jabatanId,
          jenis: t.jenis,
          mulai,
          selesai,
        };
      }),
    );
  const arbLink = (owner: string) =>
    fc.record({
      pegawaiId: fc.constant(owner),
      pejabatPenilaiId: fc.option(arbPegawaiId),
      atasanPejabatPenilaiId: fc.option(arbPegawaiId),
    });

  it('no principal, with any roles and any Plt/Plh, ever rates, approves or judges his or her own SKP', () => {
    fc.assert(
      fc.property(
        arbPegawaiId.chain((id) => fc.tuple(fc.constant(id), arbLink(id))),
        arbRoles,
        arbPenugasan,
        arbDay,
        fc.constantFrom(...JUDGEMENT, 'skp.set_by_pengelola' as const, 'periode.reopen' as const),
        ([id, skp], roles, penugasan, tanggal, action) => {
          const r = authorize(
            { pegawaiId: id, roles, instansiId: I },
            action,
            { kind: 'skp', instansiId: I, skp },
            ctx(penugasan, tanggal),
          );
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  /** The pegawai above an SKP, computed independently: its penilai and atasan, recursively. */
  function chainOf(owner: string): Set<string> {
    const out = new Set<string>();
    const visit = (id: string | null) => {
      if (id === null || id === owner || out.has(id)) return;
      out.add(id);
      visit(LINKS[id]!.pejabatPenilaiId);
      visit(LINKS[id]!.atasanPejabatPenilaiId);
    };
    visit(LINKS[owner]!.pejabatPenilaiId);
    visit(LINKS[owner]!.atasanPejabatPenilaiId);
    return out;
  }

  it('a pegawai outside the chain (and acting in no jabatan of it) never reads the SKP', () => {
    fc.assert(
      fc.property(arbPegawaiId, arbPegawaiId, arbPenugasan, arbDay, (owner, reader, penugasan, tanggal) => {
        const chain = chainOf(owner);
        fc.pre(reader !== owner && !chain.has(reader));
        const chainJabatan = new Set([...chain].map((id) => pegawai.find((p) => p.id === id)!.jabatanId));
        const mine = penugasan.filter((t) => !(t.pegawaiId === reader && chainJabatan.has(t.jabatanId)));
        const r = authorize(who(reader), 'skp.read', skpOf(owner), ctx(mine, tanggal));
        expect(r).toEqual({
          ok: false,
          issues: [{ code: 'forbidden', path: [], params: { action: 'skp.read', reason: 'outside_chain' } }],
        });
      }),
      { numRuns: 500 },
    );
  });

  it('the pengelola kinerja and the admin never rate, approve or judge through their roles', () => {
    fc.assert(
      fc.property(
        fc.subarray(['PENGELOLA_KINERJA', 'ADMIN'] as Role[]),
        fc.option(arbPegawaiId),
        arbPegawaiId.chain((id) => arbLink(id)),
        arbPenugasan,
        arbDay,
        fc.constantFrom(...JUDGEMENT),
        (roles, pegawaiId, skp, penugasan, tanggal, action) => {
          const r = authorize(
            { pegawaiId, roles, instansiId: I },
            action,
            { kind: 'skp', instansiId: I, skp },
            ctx(penugasan, tanggal),
          );
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
