import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { smallest } from '../../../db/repositories/followup-views';

describe('smallest (the due list page without sorting every due task)', () => {
  test.prop([fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 300 }), fc.integer({ min: 0, max: 320 })])(
    'equals sorting everything and taking the first k',
    (items, k) => {
      const compare = (a: number, b: number) => a - b;
      expect(smallest(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
    },
  );
});
