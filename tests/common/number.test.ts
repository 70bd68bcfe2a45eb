import { describe, expect, it } from 'vitest';
import { formatNumber, numberHtml, numberText, powerOfTen, superscript } from '@/common/number';

describe('powers of ten', () => {
  it('raise an integer exponent in Unicode superscripts, minus included', () => {
    expect(powerOfTen(24)).toBe('10²⁴');
    expect(powerOfTen(-5)).toBe('10⁻⁵');
    expect(powerOfTen(0)).toBe('10⁰');
    expect(powerOfTen(10)).toBe('10¹⁰');
    expect(superscript(-1234567890)).toBe('⁻¹²³⁴⁵⁶⁷⁸⁹⁰');
  });

  it('write a log₁₀ value between integers as the value, two significant digits', () => {
    expect(powerOfTen(9.5)).toBe('3.2 × 10⁹');
    expect(powerOfTen(23.8)).toBe('6.3 × 10²³');
    expect(powerOfTen(23.3)).toBe('2 × 10²³');
    expect(powerOfTen(10.999)).toBe('1 × 10¹¹');
    expect(powerOfTen(-4.5)).toBe('3.2 × 10⁻⁵');
  });

  it('treat floating-point dust on an integer as the integer', () => {
    expect(powerOfTen(0.1 + 0.2 + 22.7)).toBe('10²³');
  });
});

describe('a formatted number shown to a reader', () => {
  it('has its exponent raised in text as in HTML', () => {
    expect(numberText(formatNumber(3.15e23))).toBe('3.15 × 10²³');
    expect(numberText(formatNumber(0.000012, { significant: 6 }))).toBe('1.2 × 10⁻⁵');
    expect(numberHtml(formatNumber(0.000012, { significant: 6 }))).toBe('1.2 × 10<sup>-5</sup>');
    expect(numberText('0.592')).toBe('0.592');
  });
});
