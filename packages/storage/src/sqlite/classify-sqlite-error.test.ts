import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { classifySqliteError } from './classify-sqlite-error';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('classifySqliteError', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(`create table p (a text, b text, primary key (a, b)) strict;
           create table c (a text not null, b text, x text, unique (a, x), foreign key (a, b) references p (a, b)) strict;
           insert into p values ('i', '1'); insert into c values ('i', '1', 'u');`);

  it('reads unique and primary key violations with their table and columns', () => {
    expect(classifySqliteError(thrownBy(() => db.exec(`insert into c values ('i', '1', 'u')`)))).toEqual({
      kind: 'unique',
      code: 'SQLITE_CONSTRAINT_UNIQUE',
      table: 'c',
      columns: ['a', 'x'],
    });
    expect(classifySqliteError(thrownBy(() => db.exec(`insert into p values ('i', '1')`)))).toMatchObject({
      kind: 'unique',
      table: 'p',
      columns: ['a', 'b'],
    });
  });

  it('reads a foreign key violation, and anything else as other', () => {
    expect(classifySqliteError(thrownBy(() => db.exec(`insert into c values ('i', '9', 'v')`)))).toEqual({
      kind: 'foreign_key',
      code: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    });
    expect(classifySqliteError(thrownBy(() => db.exec(`insert into c values (null, '1', 'w')`)))).toEqual({
      kind: 'other',
      code: 'SQLITE_CONSTRAINT_NOTNULL',
    });
    expect(classifySqliteError(thrownBy(() => db.exec('select * from nowhere')))).toEqual({
      kind: 'other',
      code: 'SQLITE_ERROR',
    });
  });

  it('is not fooled by errors that are not SQLite’s', () => {
    expect(classifySqliteError(new Error('boom'))).toBeUndefined();
    expect(classifySqliteError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBeUndefined();
    expect(classifySqliteError('SQLITE_CONSTRAINT_UNIQUE')).toBeUndefined();
  });
});
