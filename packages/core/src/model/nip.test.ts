import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbNiPppk, arbNip } from '../testing/arbitraries';
import { parseNip, validateNiPppk, validateNip } from './nip';

describe('validateNip', () => {
  it.each([
    ['199001012015011001', 'born 1 Jan 1990, TMT Jan 2015, male'],
    ['198003152006041002', 'born 15 Mar 1980, TMT Apr 2006, male'],
    ['199512312020122005', 'born 31 Dec 1995, TMT Dec 2020, female'],
    ['199602292020031001', 'born 29 Feb 1996 (leap year)'],
    ['200002292022011001', 'born 29 Feb 2000 (divisible by 400: leap)'],
    ['199001011990011001', 'TMT in the birth year itself'],
  ])('accepts %s (%s)', (nip) => {
    expect(validateNip(nip)).toEqual([]);
  });

  it.each([
    ['19900101201501100', 'too short (17 digits)'],
    ['1990010120150110011', 'too long (19 digits)'],
    ['', 'empty'],
    ['19900101201501100A', 'a letter'],
    ['1990 0101 2015 01 1 001', 'spaces'],
    ['1.98E+17', 'a spreadsheet number'],
    ['198003152006041002.0', 'a spreadsheet decimal'],
    ['١٩٩٠٠١٠١٢٠١٥٠١١٠٠١', 'non-ASCII digits'],
  ])('rejects %j as nip_format (%s)', (nip) => {
    expect(validateNip(nip, ['pegawai', 0, 'nip'])).toEqual([
      { code: 'nip_format', path: ['pegawai', 0, 'nip'], params: { received: nip } },
    ]);
  });

  it.each([
    ['199002302015011001', '19900230', '30 February'],
    ['199702292020031001', '19970229', '29 February of a common year'],
    ['190002292022011001', '19000229', '29 February 1900 (divisible by 100: common)'],
    ['199004312015011001', '19900431', '31 April'],
    ['199000012015011001', '19900001', 'month 00'],
    ['199013012015011001', '19901301', 'month 13'],
    ['199001002015011001', '19900100', 'day 00'],
    ['189912312015011001', '18991231', 'before 1900'],
  ])('rejects %s: nip_birth_date %s (%s)', (nip, value) => {
    expect(validateNip(nip)).toEqual([{ code: 'nip_birth_date', path: [], params: { value } }]);
  });

  it.each([
    ['199001012015001001', '201500', 'TMT month 00'],
    ['199001012015131001', '201513', 'TMT month 13'],
    ['199001011989011001', '198901', 'TMT before the birth year'],
    ['199001011899011001', '189901', 'TMT before 1900'],
  ])('rejects %s: nip_tmt %s (%s)', (nip, value) => {
    expect(validateNip(nip)).toEqual([{ code: 'nip_tmt', path: [], params: { value } }]);
  });

  it.each([
    ['199001012015010001', '0'],
    ['199001012015013001', '3'],
    ['199001012015019001', '9'],
  ])('rejects %s: nip_gender %s', (nip, value) => {
    expect(validateNip(nip)).toEqual([{ code: 'nip_gender', path: [], params: { value } }]);
  });

  it('lists every problem of one NIP, in digit order', () => {
    expect(validateNip('199002302015003001', ['nip']).map((i) => [i.code, i.path])).toEqual([
      ['nip_birth_date', ['nip']],
      ['nip_tmt', ['nip']],
      ['nip_gender', ['nip']],
    ]);
  });

  it('never throws and finds a problem in any text that is not 18 digits', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const issues = validateNip(s);
        if (!/^\d{18}$/.test(s)) expect(issues.map((i) => i.code)).toEqual(['nip_format']);
      }),
    );
  });

  it('accepts exactly the 18 digits whose parts are valid', () => {
    const digits18 = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 18, maxLength: 18 });
    fc.assert(
      fc.property(fc.oneof(digits18, arbNip()), (nip) => {
        const y = Number(nip.slice(0, 4));
        const m = Number(nip.slice(4, 6));
        const d = Number(nip.slice(6, 8));
        const date = new Date(Date.UTC(y, m - 1, d));
        const birthOk =
          y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        const tm = Number(nip.slice(12, 14));
        const ty = Number(nip.slice(8, 12));
        const tmtOk = tm >= 1 && tm <= 12 && ty >= 1900 && ty >= y;
        const genderOk = nip[14] === '1' || nip[14] === '2';
        expect(validateNip(nip).length === 0).toBe(birthOk && tmtOk && genderOk);
      }),
    );
  });
});

describe('validateNiPppk', () => {
  it('accepts an NI PPPK with an existing birth date and does not check the other digits', () => {
    expect(validateNiPppk('198505172023212003')).toEqual([]);
    expect(validateNiPppk('198505170000000000')).toEqual([]);
    expect(validateNiPppk('199602299999999999')).toEqual([]);
  });

  it('rejects a wrong format and a non-existing birth date', () => {
    expect(validateNiPppk('1.98505E+17', ['niPppk'])).toEqual([
      { code: 'nip_format', path: ['niPppk'], params: { received: '1.98505E+17' } },
    ]);
    expect(validateNiPppk('19850517202321200')).toEqual([
      { code: 'nip_format', path: [], params: { received: '19850517202321200' } },
    ]);
    expect(validateNiPppk('198502292023212003', ['niPppk'])).toEqual([
      { code: 'nip_birth_date', path: ['niPppk'], params: { value: '19850229' } },
    ]);
    expect(validateNiPppk('185001012023212003')).toEqual([
      { code: 'nip_birth_date', path: [], params: { value: '18500101' } },
    ]);
  });

  it('accepts every generated NI PPPK', () => {
    fc.assert(
      fc.property(arbNiPppk(), (n) => {
        expect(validateNiPppk(n)).toEqual([]);
      }),
    );
  });
});

describe('parseNip', () => {
  it('reads the parts of a valid NIP', () => {
    expect(parseNip('198003152006041002')).toEqual({
      tanggalLahir: '1980-03-15',
      tmtTahun: 2006,
      tmtBulan: 4,
      jenisKelamin: 'PRIA',
      nomorUrut: '002',
    });
    expect(parseNip('199512312020122005')).toEqual({
      tanggalLahir: '1995-12-31',
      tmtTahun: 2020,
      tmtBulan: 12,
      jenisKelamin: 'WANITA',
      nomorUrut: '005',
    });
  });

  it('answers null for an invalid NIP', () => {
    expect(parseNip('199002302015011001')).toBeNull();
    expect(parseNip('1.98E+17')).toBeNull();
    expect(parseNip('199001012015013001')).toBeNull();
  });

  it('gives back the digits it read', () => {
    fc.assert(
      fc.property(arbNip(), (nip) => {
        const p = parseNip(nip)!;
        const rebuilt = `${p.tanggalLahir.replaceAll('-', '')}${p.tmtTahun}${String(p.tmtBulan).padStart(2, '0')}${
          p.jenisKelamin === 'PRIA' ? 1 : 2
        }${p.nomorUrut}`;
        expect(rebuilt).toBe(nip);
      }),
    );
  });
});
