import { describe, expect, it } from 'vitest';
import { sampleResult } from './fixtures';
import { availableSurveyKinds, perMoment } from './index';

describe('the survey chart kinds', () => {
  it('offers every kind for the sample, fewer without links, observations or axes', () => {
    const result = sampleResult();
    expect(availableSurveyKinds(result)).toEqual(['items', 'likert', 'dumbbell', 'observations', 'quadrant']);
    const bare = { ...result, links: [], observations: null, quadrant: result.quadrant.map((q) => ({ ...q, skill: null, quadrant: null })) };
    expect(availableSurveyKinds(bare)).toEqual(['items', 'likert']);
    expect(['items', 'likert', 'dumbbell', 'observations', 'quadrant'].filter((k) => perMoment(k as never))).toEqual(['items', 'likert', 'dumbbell']);
  });
});
