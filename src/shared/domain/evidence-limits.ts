/**
 * The one evidence size limit, the same in every shell: Settings may allow files up to this size, and each
 * transport's request cap is worked out from it, so whatever Settings allow always arrives.
 */
export const MAX_EVIDENCE_FILE_BYTES = 20 * 1024 * 1024;

/** How many files one training record may carry. */
export const MAX_EVIDENCE_FILES_PER_RECORD = 5;

/** base64 writes every 3 bytes (or part of 3) as 4 characters. */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/** Room for everything in a request besides the files' content: the other fields, the file names, the JSON. */
const REQUEST_OVERHEAD_BYTES = 1024 * 1024;

/** The largest API request browser and team mode accept: a record with the most files, each at the largest size. */
export const MAX_API_REQUEST_BYTES =
  MAX_EVIDENCE_FILES_PER_RECORD * base64Length(MAX_EVIDENCE_FILE_BYTES) + REQUEST_OVERHEAD_BYTES;

/** "20 MB": a limit as people read it. */
export const megabytes = (bytes: number): string => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
