/**
 * `kurvaUnitOf` lives in `analytics/` (the what-if and rater-bias analyses use it); the testing
 * entry point re-exports it for the generated agencies.
 */
export { kurvaUnitOf } from '../analytics/kurva-unit-of';
