// The validator's public surface.
export { countFindings, sortFindings, validateWorkbook } from './validate-workbook';
export { SEVERITY, finding, formatFinding } from '../layout/findings';
