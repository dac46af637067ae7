import { formatMessage, type Locale } from '../../../../../shared/i18n/index';
import { SurveyResult } from '../../../../../shared/model/analysis/survey';
import sample from './sample-result.json';
import { surveyWords, type SurveyWords } from './words';

/**
 * Test data for the survey's figure builders: `sampleResult()` is what the engine returned for
 * examples/skill-will on the sample files (enquete-team.xlsx, enquete-team-juni.xlsx,
 * lesobservaties.csv; written by `analysis.survey`), words from the real catalogues.
 */

export function words(locale: Locale = 'nl-BE'): SurveyWords {
  return surveyWords((key, params) => formatMessage({ code: key, params: params ?? {} }, locale), locale);
}

/** A fresh copy each time, checked against the contract, so a test may change it. */
export function sampleResult(): SurveyResult {
  return SurveyResult.parse(structuredClone(sample));
}
