import type { z } from 'zod';
import type { Issue } from '../issues/issue';

/**
 * @internal Reports Kinerja issues from inside a zod refinement, so that `parseWith` maps
 * them back with their codes and params.
 */
export function addIssues(ctx: z.RefinementCtx, issues: readonly Issue[]): void {
  for (const i of issues) {
    ctx.addIssue({
      code: 'custom',
      path: [...i.path],
      message: i.code,
      params: { code: i.code, params: i.params },
    });
  }
}
