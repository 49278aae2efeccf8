import { describe, expect, it } from 'vitest';
import type { IssuePath } from '../issues/issue';
import { formatIssuePath } from './format-issue-path';

describe('formatIssuePath', () => {
  it.each<[IssuePath, string]>([
    [[], ''],
    [['nama'], 'nama'],
    [['rencanaHasilKerja', 0, 'indikator', 1, 'target'], 'rencanaHasilKerja[0].indikator[1].target'],
    [[3, 'nip'], '[3].nip'],
    [['kurva', 'BAIK', 2, 'share'], 'kurva.BAIK[2].share'],
    [['baris', 'nama lengkap'], 'baris["nama lengkap"]'],
    [['a', '0'], 'a["0"]'],
  ])('%j → %s', (path, expected) => {
    expect(formatIssuePath(path)).toBe(expected);
  });
});
