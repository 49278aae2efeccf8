import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbPegawai } from '../testing/arbitraries';
import { parsePegawai } from './pegawai';

const PNS = {
  jenis: 'PNS',
  id: 'p-1',
  nip: '198003152006041002',
  nama: 'Ahmad Fauzi, S.STP',
  golongan: 'Pembina (IV/a)',
  jabatanId: 'jab-camat',
  unitKerjaId: 'kec-senapelan',
};
const PPPK = {
  jenis: 'PPPK',
  id: 'p-2',
  niPppk: '198505172023212003',
  nama: 'Siti Aminah',
  jenisKelamin: 'WANITA',
  golongan: 'IX',
  jabatanId: 'jab-pranata-komputer',
  unitKerjaId: 'sekcam',
};

describe('parsePegawai', () => {
  it('parses a PNS and a PPPK', () => {
    expect(parsePegawai(PNS)).toEqual({ ok: true, value: PNS });
    expect(parsePegawai(PPPK)).toEqual({ ok: true, value: PPPK });
  });

  it('trims the name and drops unknown fields', () => {
    const r = parsePegawai({ ...PNS, nama: '  Ahmad Fauzi  ', hobi: 'catur' });
    expect(r).toEqual({ ok: true, value: { ...PNS, nama: 'Ahmad Fauzi' } });
  });

  it('reports NIP problems at the NIP', () => {
    expect(parsePegawai({ ...PNS, nip: '198002302006041002' })).toEqual({
      ok: false,
      issues: [{ code: 'nip_birth_date', path: ['nip'], params: { value: '19800230' } }],
    });
    expect(parsePegawai({ ...PNS, nip: '1.98003E+17' })).toEqual({
      ok: false,
      issues: [{ code: 'nip_format', path: ['nip'], params: { received: '1.98003E+17' } }],
    });
    expect(parsePegawai({ ...PPPK, niPppk: '198502292023212003' })).toEqual({
      ok: false,
      issues: [{ code: 'nip_birth_date', path: ['niPppk'], params: { value: '19850229' } }],
    });
  });

  it('wants the NIP as text, as spreadsheets lose its digits', () => {
    expect(parsePegawai({ ...PNS, nip: 198003152006041000 })).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: ['nip'], params: { expected: 'string', received: 'number' } }],
    });
  });

  it('reports a PNS without NIP, an unknown jenis and an empty name', () => {
    const { nip: _, ...noNip } = PNS;
    expect(parsePegawai(noNip)).toEqual({
      ok: false,
      issues: [{ code: 'required', path: ['nip'], params: {} }],
    });
    expect(parsePegawai({ ...PNS, jenis: 'HONORER' })).toEqual({
      ok: false,
      issues: [
        { code: 'invalid_value', path: ['jenis'], params: { options: ['PNS', 'PPPK'], received: 'HONORER' } },
      ],
    });
    expect(parsePegawai({ ...PNS, nama: '   ' })).toEqual({
      ok: false,
      issues: [
        { code: 'too_small', path: ['nama'], params: { minimum: '1', inclusive: true, origin: 'string' } },
      ],
    });
  });

  it('parse → JSON → parse is the identity', () => {
    fc.assert(
      fc.property(arbPegawai(), (p) => {
        const once = parsePegawai(JSON.parse(JSON.stringify(p)));
        expect(once).toEqual({ ok: true, value: p });
        if (once.ok) expect(parsePegawai(JSON.parse(JSON.stringify(once.value)))).toEqual(once);
      }),
    );
  });
});
