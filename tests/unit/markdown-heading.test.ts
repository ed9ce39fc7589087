import { describe, expect, it } from 'vitest';
import { openingHeading } from '../../src/lib/markdown-heading';

describe('openingHeading', () => {
  it('reads the heading Markdown opens with, as a reader sees it', () => {
    expect(openingHeading('## Sources and assumptions\n\nText.')).toBe('Sources and assumptions');
    expect(openingHeading('\n\n  # Title #\nText')).toBe('Title');
    expect(openingHeading('### The *cost* of [inference](/methodology/)')).toBe('The cost of inference');
  });

  it('is null when the Markdown opens with anything else', () => {
    expect(openingHeading('Text first.\n\n## Then a heading')).toBeNull();
    expect(openingHeading('#hashtag is not a heading')).toBeNull();
    expect(openingHeading('')).toBeNull();
  });
});
