import { describe, expect, it } from 'vitest';
import { searchFormTarget } from '../../../src/search/search-form.ts';

describe('plain search form target', () => {
  it("turns the configured URL's query into hidden fields and keeps the words field apart", () => {
    expect(searchFormTarget('https://www.google.com/search?sitesearch=wiki.netbsd.org')).toEqual({
      action: 'https://www.google.com/search', hidden: [['sitesearch', 'wiki.netbsd.org']], field: 'q',
    });
    expect(searchFormTarget('https://wiki.example.org/ikiwiki.cgi?P=ignored&lang=en#x', 'P')).toEqual({
      action: 'https://wiki.example.org/ikiwiki.cgi', hidden: [['lang', 'en']], field: 'P',
    });
  });
});
