/**
 * The school-year rule lives in the model, beside the records it files
 * (the record factory needs it and the model imports nothing above it);
 * re-exported here so the domain logic's callers keep one familiar import.
 */
export { schoolYearOf } from '../model/school-year';
