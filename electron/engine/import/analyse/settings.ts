import { type Message, message } from '../../../../shared/model/message';
import { checkTypedName } from '../../../../shared/model/names';
import { type ColumnRule, type ColumnSetting, DEFAULT_MISSING_TOKENS, type ValueMapping } from '../../../../shared/model/import';
import type { ImportOptions } from '../../../../shared/model/source';
import type { ColumnType } from '../../../../shared/model/table';
import { compileHeaderPattern, type HeaderPattern } from '../../../../shared/import/header-pattern';

/** What the options say about one column, field by field: exact setting > first matching rule. */
export interface ResolvedSetting {
  name?: string;
  type?: ColumnType;
  include?: boolean;
  missingTokens: string[];
  /** Whether a setting or the options named the tokens (typed Parquet columns use none otherwise). */
  explicitTokens: boolean;
  mapping?: ValueMapping;
}

interface CompiledRule {
  rule: ColumnRule;
  regex: HeaderPattern;
}

/** The column settings and rules of the options, ready to look up by a column's source header. */
export class Settings {
  private readonly exact = new Map<string, ColumnSetting>();
  private readonly rules: CompiledRule[] = [];
  private readonly used = new Set<string>();
  readonly warnings: Message[] = [];

  constructor(private readonly options: ImportOptions) {
    for (const setting of options.columns ?? []) {
      // A rename is typed by the user: a control or invisible character in it is refused, not
      // dropped, so that `x\0` can never become a second `x` (shared/model/names.ts).
      if (setting.name !== undefined) checkTypedName(setting.name);
      if (!this.exact.has(setting.source)) this.exact.set(setting.source, setting);
    }
    for (const rule of options.columnRules ?? []) {
      const regex = compileHeaderPattern(rule.pattern);
      if (regex) this.rules.push({ rule, regex });
      else this.warnings.push(message('import.badColumnRule', { pattern: rule.pattern }));
    }
  }

  /** The settings of the column whose header (as found, made unique) is `source`. */
  resolve(source: string): ResolvedSetting {
    const exact = this.exact.get(source);
    if (exact) this.used.add(source);
    const rules = this.rules.filter((r) => r.regex.test(source)).map((r) => r.rule);
    const pick = <K extends 'type' | 'include' | 'missingTokens' | 'mapping'>(key: K): ColumnSetting[K] => {
      if (exact?.[key] !== undefined) return exact[key];
      for (const rule of rules) if (rule[key] !== undefined) return rule[key] as ColumnSetting[K];
      return undefined;
    };
    const tokens = pick('missingTokens') ?? this.options.missingTokens;
    return {
      name: exact?.name?.trim() || undefined,
      type: pick('type'),
      include: pick('include'),
      missingTokens: tokens ?? DEFAULT_MISSING_TOKENS,
      explicitTokens: tokens !== undefined,
      mapping: pick('mapping'),
    };
  }

  /** Only the exact setting (name, include) of a column the import adds, such as a score's `(max)`. */
  exactOnly(source: string): Pick<ResolvedSetting, 'name' | 'include'> {
    const exact = this.exact.get(source);
    if (exact) this.used.add(source);
    return { name: exact?.name?.trim() || undefined, include: exact?.include };
  }

  /** Settings for columns the file does not have (e.g. a profile made for last year's export). */
  unusedSources(): string[] {
    return [...this.exact.keys()].filter((source) => !this.used.has(source));
  }
}
