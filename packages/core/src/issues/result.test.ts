import { describe, expect, it } from 'vitest';
import { issue } from './issue';
import { fail, ok, type Result } from './result';

describe('Result', () => {
  it('ok carries the value, fail the issues', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
    const issues = [issue('required', ['nip'], {})];
    const r: Result<number> = fail(issues);
    expect(r).toEqual({ ok: false, issues });
    if (!r.ok) expect(r.issues[0]?.code).toBe('required');
  });
});
