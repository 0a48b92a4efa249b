import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { blockNumber, firstQuestion, isLastQuestionOfBlock, nextQuestion, previousQuestion, progressBar } from '../../src/canvas/navigation.ts';
import { questionCounts } from '../../src/canvas/questions.ts';

describe('navigation through the guiding questions', () => {
  const counts = questionCounts();

  it('walks forward through every question of every block in order, then stops', () => {
    const visited = [];
    for (let position: ReturnType<typeof nextQuestion> = firstQuestion(); position; position = nextQuestion(position, counts)) visited.push(position);
    expect(visited).toHaveLength(BLOCK_IDS.reduce((sum, blockId) => sum + counts[blockId], 0));
    expect(visited[0]).toEqual({ blockId: 'customer_segments', questionIndex: 0 });
    expect(visited.at(-1)).toEqual({ blockId: 'cost_structure', questionIndex: counts.cost_structure - 1 });
  });

  it('goes back across a block boundary to the last question of the previous block, and not before the first', () => {
    expect(previousQuestion({ blockId: 'channels', questionIndex: 0 }, counts)).toEqual({
      blockId: 'value_propositions',
      questionIndex: counts.value_propositions - 1,
    });
    expect(previousQuestion(firstQuestion(), counts)).toBeNull();
  });

  it('knows the last question of a block, the block number and the progress bar', () => {
    expect(isLastQuestionOfBlock({ blockId: 'channels', questionIndex: counts.channels - 1 }, counts)).toBe(true);
    expect(isLastQuestionOfBlock({ blockId: 'channels', questionIndex: 0 }, counts)).toBe(false);
    expect(blockNumber('revenue_streams')).toBe(5);
    expect(progressBar('revenue_streams')).toBe('■■■■■□□□□');
  });
});
