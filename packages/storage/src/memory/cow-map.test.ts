import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CowMap } from './cow-map';

type Op = { kind: 'set'; key: string; value: number } | { kind: 'delete'; key: string };

const arbKey = fc.constantFrom('a', 'b', 'c', 'd');
const arbOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: arbKey, value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), key: arbKey }),
);

describe('CowMap', () => {
  it('behaves like a copy of its base, and never changes the base', () => {
    fc.assert(
      fc.property(fc.dictionary(arbKey, fc.integer()), fc.array(arbOp), (entries, ops) => {
        const base = new Map(Object.entries(entries));
        const before = [...base];
        const model = new Map(base);
        const view = new CowMap(base);
        for (const op of ops) {
          if (op.kind === 'set') {
            view.set(op.key, op.value);
            model.set(op.key, op.value);
          } else {
            view.delete(op.key);
            model.delete(op.key);
          }
        }
        expect([...base]).toEqual(before);
        expect([...view.current].sort()).toEqual([...model].sort());
        expect([...view.values()].sort()).toEqual([...model.values()].sort());
        for (const k of ['a', 'b', 'c', 'd']) {
          expect(view.get(k)).toBe(model.get(k));
          expect(view.has(k)).toBe(model.has(k));
        }
      }),
    );
  });

  it('copies only on the first write', () => {
    const base = new Map([['a', 1]]);
    const view = new CowMap(base);
    view.delete('zzz');
    expect(view.changed).toBe(false);
    expect(view.current).toBe(base);
    view.set('b', 2);
    expect(view.changed).toBe(true);
    expect(view.current).not.toBe(base);
  });
});
