import { describe, expect, it } from 'vitest';
import { cloneJson } from './clone-json';

describe('cloneJson', () => {
  it('copies deeply and drops undefined fields, as a JSON column does', () => {
    const value = { a: [1, { b: 'x', c: undefined }], d: null, e: '12.50' };
    const copy = cloneJson(value);
    expect(copy).toStrictEqual({ a: [1, { b: 'x' }], d: null, e: '12.50' });
    (copy.a[1] as { b: string }).b = 'changed';
    expect((value.a[1] as { b: string }).b).toBe('x');
    expect(cloneJson(undefined)).toBeUndefined();
  });
});
