import { describe, expect, it } from 'vitest';
import { pp462011Definition } from '../../rules/pp-46-2011';
import { compileRulePackPp46 } from '../../rules/pp-46-2011/pack';
import { nilaiKreativitas } from './nilai-kreativitas';

describe('nilaiKreativitas', () => {
  it.each([
    [[], '0'],
    [['UNIT_KERJA'], '3'],
    [['ORGANISASI'], '6'],
    [['NASIONAL'], '12'],
    [['UNIT_KERJA', 'ORGANISASI'], '9'],
  ] as const)('%j → %s (JUMLAH, the default)', (tingkat, nilai) => {
    expect(nilaiKreativitas(tingkat).toFixed()).toBe(nilai);
  });

  it('TERTINGGI counts only the highest', () => {
    const r = compileRulePackPp46({
      ...pp462011Definition,
      version: 'test',
      kreativitas: { ...pp462011Definition.kreativitas, agregasi: 'TERTINGGI' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(nilaiKreativitas(['UNIT_KERJA', 'ORGANISASI', 'UNIT_KERJA'], r.value).toFixed()).toBe('6');
    expect(nilaiKreativitas([], r.value).toFixed()).toBe('0');
  });
});
