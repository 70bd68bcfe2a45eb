import { describe, expect, it } from 'vitest';
import { errorText, runCell, type CellResult } from '@/notebook';
import { runCells, type CellOutcome } from '@/notebook/schedule';

/** Runs a notebook's cells with the real pipeline and records each run's program and each outcome, as `stale:2` or the output. */
async function run(codes: string[], targets = codes.map((_, index) => index), stopAt?: number) {
  const runs: string[] = [];
  const outcomes = new Map<number, string>();
  const show = (index: number, outcome: CellOutcome) => {
    if (outcome.kind === 'stale') return `stale:${outcome.cause}`;
    const { result } = outcome;
    if (!result.ok) return errorText(result.error, index);
    return result.value?.kind === 'number' || result.value?.kind === 'text' ? result.value.text : 'ok';
  };
  const completed = await runCells(codes, targets, {
    run: async (index, before): Promise<CellResult | undefined> => {
      runs.push([...before, index].join(','));
      if (index === stopAt) return undefined;
      return runCell(codes[index]!, before.map((cell) => codes[cell]!));
    },
    report: (index, outcome) => void outcomes.set(index, show(index, outcome)),
  });
  return { runs, outcomes: Object.fromEntries(outcomes), completed };
}

describe('runCells', () => {
  it('runs every cell after all the earlier ones when none fails', async () => {
    expect(await run(['const a = 1', 'const b = a + 1', 'b * 10'])).toEqual({ runs: ['0', '0,1', '0,1,2'], outcomes: { 0: 'ok', 1: 'ok', 2: '20' }, completed: true });
  });

  it('marks the cells that depend on a failing cell stale, directly or not, and still runs the others without it', async () => {
    const codes = ['const a = 1', "const b = a + 1\nthrow new Error('no')", 'const c = b * 2', 'a * 100', 'c + 1'];
    expect(await run(codes)).toEqual({
      runs: ['0', '0,1', '0,3'],
      outcomes: { 0: 'ok', 1: 'Error: no (line 2)', 2: 'stale:1', 3: '100', 4: 'stale:1' },
      completed: true,
    });
  });

  it('a failing cell that does not compile is left out the same way', async () => {
    const { outcomes } = await run(['const a = 1', 'const b = ;', 'a + 1', 'b']);
    expect(outcomes).toEqual({ 0: 'ok', 1: 'SyntaxError: Unexpected token (line 1)', 2: '2', 3: 'stale:1' });
  });

  it('running one cell finds an earlier failing cell, reports it, and runs again without it when it does not depend on it', async () => {
    const codes = ['const a = 1', 'null.x', 'const c = 3', 'a + c'];
    expect(await run(codes, [3])).toEqual({
      runs: ['0,1,2,3', '0,2,3'],
      outcomes: { 1: "TypeError: Cannot read properties of null (reading 'x') (line 1)", 3: '4' },
      completed: true,
    });
  });

  it('running one cell that depends on a failing earlier cell reports it stale', async () => {
    const codes = ['let n = 1', "n = 2\nthrow new Error('later')", 'n'];
    expect(await run(codes, [2])).toEqual({ runs: ['0,1,2'], outcomes: { 1: 'Error: later (line 2)', 2: 'stale:1' }, completed: true });
  });

  it('blames the cell that called a function wrongly, not the earlier cell that declares it', async () => {
    const codes = ["function check(x: number) {\n  if (x < 0) throw new RangeError('negative')\n  return x\n}", 'check(-1)', 'check(2)'];
    expect((await run(codes)).outcomes).toEqual({ 0: 'ok', 1: 'RangeError: negative (cell 1, line 2)', 2: '2' });
  });

  it('stops at a cell the learner stopped', async () => {
    expect(await run(['1', '2', '3'], [0, 1, 2], 1)).toEqual({ runs: ['0', '0,1'], outcomes: { 0: '1' }, completed: false });
  });
});
