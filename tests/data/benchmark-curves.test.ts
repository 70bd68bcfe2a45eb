import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curveTasks, deriveBenchmarkCurves, type Source } from '@/data/benchmark-curves';
import { itemsOf, scoreInterval } from '@/data/task-items';

const source = JSON.parse(readFileSync('content/data/open-llm-emergence.json', 'utf8')) as Source;
const rows = deriveBenchmarkCurves(source);

describe('benchmark curves', () => {
  it('are exactly what content/data/benchmark-curves.json holds', async () => {
    await expect(`${JSON.stringify(rows, null, 1)}\n`).toMatchFileSnapshot('../../content/data/benchmark-curves.json');
  });

  it('keep the published values: Pythia never gets an exact match on IPA transliteration while BLEU rises', () => {
    const pythia = (metric: string) => rows.filter((row) => row.task === 'ipa_transliterate' && row.family === 'Pythia' && row.metric === metric);
    expect(pythia('exact_match').map((row) => row.score)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const bleu = pythia('bleu').map((row) => row.score);
    expect(bleu).toHaveLength(8);
    expect(bleu[7]!).toBeGreaterThan(bleu[0]! * 10);
  });

  it('keep GPT-Neo/J two-digit addition jumping between 2.7B and 6B', () => {
    const curve = rows.filter((row) => row.task === 'arithmetic_2da' && row.family === 'GPT-Neo/J').map((row) => row.score);
    expect(curve).toEqual([0.006, 0.0165, 0.054, 0.8305, 0.969]);
  });

  it('leave out sparse models and families with fewer than four sizes', () => {
    const families = new Set(rows.map((row) => row.family));
    expect([...families].sort()).toEqual(['BLOOM', 'GPT-Neo/J', 'Llama', 'OPT', 'Pythia', 'Qwen1.5', 'Qwen2', 'StarCoder', 'XGLM']);
    const sparse = new Set(source.models.filter((model) => model.sparse_or_hybrid).map((model) => model.model));
    expect(rows.some((row) => sparse.has(row.model))).toBe(false);
  });

  it('cover every task the explorer offers', () => {
    expect(new Set(rows.map((row) => row.task))).toEqual(new Set(curveTasks));
  });
});

describe('score intervals', () => {
  it('give every share-of-items score in the explorer a 95% Wilson interval from its task’s item count', () => {
    for (const row of rows.filter((r) => r.metric !== 'bleu')) {
      const interval = scoreInterval(row);
      expect(interval, `${row.task} ${row.metric}`).toBeDefined();
      expect(interval!.items).toBe(itemsOf[row.task]!.items);
      expect(interval!.lower).toBeLessThanOrEqual(row.score + 1 / interval!.items);
      expect(interval!.upper).toBeGreaterThanOrEqual(row.score - 1 / interval!.items);
    }
  });

  it('are wider on a small task than on a large one at the same score, and absent for BLEU', () => {
    const small = scoreInterval({ task: 'parsinlu_qa', metric: 'acc', score: 0.3 })!;
    const large = scoreInterval({ task: 'MMLU', metric: 'score', score: 0.3 })!;
    expect(small.upper - small.lower).toBeGreaterThan(large.upper - large.lower);
    expect(scoreInterval({ task: 'ipa_transliterate', metric: 'bleu', score: 20 })).toBeUndefined();
    expect(scoreInterval({ task: 'unknown_task', metric: 'acc', score: 0.5 })).toBeUndefined();
  });
});
