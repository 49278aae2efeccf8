import { describe, expect, it } from 'vitest';
import { bulkWriteSql, rowsPerStatement } from './bulk-upsert';

const sqlite = { placeholder: () => '?' };
const postgres = { placeholder: (i: number) => `$${i + 1}` };

describe('bulkWriteSql', () => {
  it('writes a plain multi-row insert', () => {
    expect(bulkWriteSql({ table: 'jabatan', columns: ['instansi_id', 'id'] }, 2, postgres, false)).toBe(
      'insert into "jabatan" ("instansi_id", "id") values ($1, $2), ($3, $4)',
    );
  });

  it('skips existing keys, and returns the written keys when asked', () => {
    const spec = {
      table: 'unit_kerja',
      columns: ['instansi_id', 'id', 'nama'],
      conflict: ['instansi_id', 'id'],
      key: ['id'],
    } as const;
    expect(bulkWriteSql(spec, 1, sqlite, false)).toBe(
      'insert into "unit_kerja" ("instansi_id", "id", "nama") values (?, ?, ?) on conflict ("instansi_id", "id") do nothing',
    );
    expect(bulkWriteSql(spec, 1, postgres, true)).toBe(
      'insert into "unit_kerja" ("instansi_id", "id", "nama") values ($1, $2, $3) on conflict ("instansi_id", "id") do nothing returning "id"',
    );
  });

  it('updates every column but the conflict target', () => {
    expect(
      bulkWriteSql(
        { table: 'instansi', columns: ['id', 'nama'], conflict: ['id'], action: 'update' },
        1,
        sqlite,
        false,
      ),
    ).toBe(
      'insert into "instansi" ("id", "nama") values (?, ?) on conflict ("id") do update set "nama" = excluded."nama"',
    );
  });
});

describe('rowsPerStatement', () => {
  it('stays within the parameter limit and 2000 rows', () => {
    expect(rowsPerStatement(15, { maxParameters: 32766 })).toBe(2000);
    expect(rowsPerStatement(40, { maxParameters: 32766 })).toBe(819);
    expect(rowsPerStatement(40, { maxParameters: 65535 })).toBe(1638);
    expect(rowsPerStatement(100_000, { maxParameters: 65535 })).toBe(1);
  });
});
