/** Dates as the wiki's CVS shows them: UTC, `2014-12-26 23:46:22 UTC`. */
export const formatDate = (iso: string): string => `${iso.replace('T', ' ').replace(/\.\d+/, '').replace(/Z$/, '')} UTC`;
