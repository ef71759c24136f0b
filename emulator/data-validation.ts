/** SpreadsheetApp.newDataValidation() builder fake: rules are plain records. */
import type { CallCounter } from './call-counter.ts';

type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasRule = GoogleAppsScript.Spreadsheet.DataValidation;

export interface DataValidationRecord {
  criteria: 'VALUE_IN_LIST' | 'CUSTOM_FORMULA' | null;
  values: unknown[];
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string | null;
}

/** The built rule; `record` is what the emulator's format log stores. */
export class FakeDataValidation {
  constructor(readonly record: DataValidationRecord) {}

  /** The record of a rule built by FakeDataValidationBuilder; throws for anything else. */
  static recordOf(rule: unknown): DataValidationRecord {
    if (!(rule instanceof FakeDataValidation)) {
      throw new Error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
      );
    }
    return rule.record;
  }
}

export class FakeDataValidationBuilder
  implements
    Pick<GasBuilder, 'requireValueInList' | 'requireFormulaSatisfied' | 'setAllowInvalid' | 'setHelpText' | 'build'>
{
  private rec: DataValidationRecord = {
    criteria: null,
    values: [],
    showDropdown: true,
    allowInvalid: true,
    helpText: null,
  };

  constructor(private readonly counter: CallCounter) {}

  private self(): GasBuilder {
    return this as unknown as GasBuilder;
  }

  requireValueInList(values: string[], showDropdown?: boolean): GasBuilder {
    this.counter.hit('SpreadsheetApp.DataValidationBuilder.requireValueInList');
    if (!Array.isArray(values)) throw new Error('Invalid argument: values');
    this.rec = { ...this.rec, criteria: 'VALUE_IN_LIST', values: [...values], showDropdown: showDropdown ?? true };
    return this.self();
  }

  /** Custom formula rule; `values` holds the formula text (relative to the range's top-left cell). */
  requireFormulaSatisfied(formula: string): GasBuilder {
    this.counter.hit('SpreadsheetApp.DataValidationBuilder.requireFormulaSatisfied');
    if (typeof formula !== 'string' || !formula.startsWith('=')) throw new Error('Invalid argument: formula');
    this.rec = { ...this.rec, criteria: 'CUSTOM_FORMULA', values: [formula] };
    return this.self();
  }

  setAllowInvalid(allowInvalidData: boolean): GasBuilder {
    this.counter.hit('SpreadsheetApp.DataValidationBuilder.setAllowInvalid');
    this.rec = { ...this.rec, allowInvalid: Boolean(allowInvalidData) };
    return this.self();
  }

  setHelpText(helpText: string): GasBuilder {
    this.counter.hit('SpreadsheetApp.DataValidationBuilder.setHelpText');
    this.rec = { ...this.rec, helpText: String(helpText) };
    return this.self();
  }

  build(): GasRule {
    this.counter.hit('SpreadsheetApp.DataValidationBuilder.build');
    if (this.rec.criteria === null) throw new Error('You must specify a criteria for the data validation rule.');
    return new FakeDataValidation({ ...this.rec, values: [...this.rec.values] }) as unknown as GasRule;
  }
}
