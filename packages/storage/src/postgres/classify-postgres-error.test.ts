import { describe, expect, it } from 'vitest';
import { classifyPostgresError } from './classify-postgres-error';

/** An error shaped like pg's DatabaseError. */
const serverError = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error('server says no'), { severity: 'ERROR', code, ...extra });

describe('classifyPostgresError', () => {
  it.each([
    ['23505', 'unique'],
    ['23503', 'foreign_key'],
    ['40001', 'conflict'],
    ['40P01', 'conflict'],
    ['23502', 'other'],
    ['42P01', 'other'],
    ['57P01', 'other'],
  ] as const)('SQLSTATE %s is %s', (code, kind) => {
    expect(classifyPostgresError(serverError(code))).toEqual({ kind, code });
  });

  it('keeps the constraint and table a server error names', () => {
    expect(
      classifyPostgresError(serverError('23505', { constraint: 'pegawai_nip_uq', table: 'pegawai' })),
    ).toEqual({ kind: 'unique', code: '23505', constraint: 'pegawai_nip_uq', table: 'pegawai' });
  });

  it('reads connection failures as other, and ignores errors that are not the database’s', () => {
    expect(
      classifyPostgresError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toEqual({ kind: 'other', code: 'ECONNREFUSED' });
    expect(classifyPostgresError(new Error('Connection terminated unexpectedly'))).toEqual({
      kind: 'other',
      code: 'connection',
    });
    expect(classifyPostgresError(new Error('a bug'))).toBeUndefined();
    expect(classifyPostgresError(Object.assign(new Error('x'), { code: '23505' }))).toBeUndefined();
    expect(classifyPostgresError({ code: '23505', severity: 'ERROR' })).toBeUndefined();
  });
});
