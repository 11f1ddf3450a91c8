/** Dates as the wiki's CVS shows them: UTC, `2014-12-26 23:46:22 UTC`. */
export const formatDate = (iso: string): string => `${iso.replace('T', ' ').replace(/\.\d+/, '').replace(/Z$/, '')} UTC`;

/** The same to the minute (`2014-12-26 23:46 UTC`), short enough for a one-line summary on a phone. */
export const formatMinute = (iso: string): string => formatDate(iso).replace(/:\d\d UTC$/, ' UTC');
