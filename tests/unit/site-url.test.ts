import { describe, expect, it } from 'vitest';
import { parseSiteUrl } from '../../scripts/site-url.mjs';

describe('parseSiteUrl', () => {
  it.each([undefined, '', '   '])('treats %j as "no site URL"', (value) => {
    expect(parseSiteUrl(value)).toBeUndefined();
  });

  it.each([
    ['https://readiness.example.org', 'https://readiness.example.org/'],
    ['https://readiness.example.org/', 'https://readiness.example.org/'],
    [' https://example.org/tools/readiness ', 'https://example.org/tools/readiness/'],
    ['http://localhost:8080', 'http://localhost:8080/'],
  ])('reads %j as %j', (value, expected) => {
    expect(parseSiteUrl(value)).toBe(expected);
  });

  it.each([
    ['readiness.example.org', /absolute URL/],
    ['ftp://example.org', /https:\/\//],
    ['javascript:alert(1)', /https:\/\//],
    ['https://example.org/?ref=x', /query or fragment/],
    ['https://example.org/#top', /query or fragment/],
  ])('refuses %j', (value, message) => {
    expect(() => parseSiteUrl(value)).toThrow(message);
  });
});
