import { describe, expect, test } from 'vitest';
import { sections, summary, type Hit } from '@/search/pagefind';

const scored = (...scores: number[]) => scores.map((balanced_score) => ({ balanced_score }));
const hit: Hit = {
  url: '/lessons/scaling-laws/',
  meta: { title: 'Scaling laws' },
  excerpt: 'the page as a whole',
  sub_results: [
    { title: 'Scaling laws', url: '/lessons/scaling-laws/', excerpt: 'the title', weighted_locations: scored(50) },
    { title: 'Counting compute', url: '/lessons/scaling-laws/#counting-compute', excerpt: 'C ≈ 6ND', weighted_locations: scored(3, 4) },
    { title: 'Chinchilla', url: '/lessons/scaling-laws/#chinchilla', excerpt: '10²³ FLOPs', weighted_locations: scored(2, 2, 2, 2) },
  ],
};

describe('a result in brief', () => {
  test('sections are the deep links under headings, not the page itself', () => {
    expect(sections(hit).map((sub) => sub.url)).toEqual(['/lessons/scaling-laws/#counting-compute', '/lessons/scaling-laws/#chinchilla']);
  });

  test('it opens at the heading whose words scored highest, with that excerpt', () => {
    expect(summary(hit)).toEqual({ title: 'Scaling laws', heading: 'Chinchilla', url: '/lessons/scaling-laws/#chinchilla', excerpt: '10²³ FLOPs' });
  });

  test('a page matched under no heading opens at its top, titled by its address when it has no title', () => {
    expect(summary({ ...hit, meta: {}, sub_results: hit.sub_results.slice(0, 1) })).toEqual({
      title: '/lessons/scaling-laws/',
      url: '/lessons/scaling-laws/',
      excerpt: 'the page as a whole',
    });
  });
});
