import { describe, expect, it } from 'vitest';
import type { Story, StorySlide } from '../../../../shared/model/story/story';
import { goTo, jumpTarget, presentKey } from '../present/slides';
import { addSlide, canMove, inSectionOrder, moveSlide, newStoryId, nextItemId, toDraft, updateSlide } from './storyOps';

const slide = (id: string, section: StorySlide['section']): StorySlide => ({ id, viewId: 'v1', section, notes: '', interpretation: '', alternative: '' });
const story = (slides: StorySlide[]): Story => ({ id: 'st1', title: 'T', question: '', slides, hypotheses: [], actions: [], createdAt: '', updatedAt: '' });
const order = (s: Story) => s.slides.map((x) => `${x.id}:${x.section}`);

describe('story edits', () => {
  it('keeps slides in the order of the cycle, stable within a step', () => {
    expect(inSectionOrder([slide('s1', 'data'), slide('s2', 'question'), slide('s3', 'data')]).map((s) => s.id)).toEqual(['s2', 's1', 's3']);
  });

  it('adds a slide at the end of its step with a fresh id', () => {
    const s = addSlide(story([slide('s1', 'data'), slide('s4', 'actions')]), 'v9', 'data');
    expect(order(s)).toEqual(['s1:data', 's5:data', 's4:actions']);
  });

  it('moves within a step, then across into the neighbouring step, and not past the ends', () => {
    let s = story([slide('s1', 'question'), slide('s2', 'data'), slide('s3', 'data')]);
    s = moveSlide(s, 's3', -1);
    expect(order(s)).toEqual(['s1:question', 's3:data', 's2:data']);
    s = moveSlide(s, 's3', -1);
    expect(order(s)).toEqual(['s1:question', 's3:hypotheses', 's2:data']);
    s = moveSlide(s, 's3', -1);
    expect(order(s)).toEqual(['s1:question', 's3:question', 's2:data']);
    s = moveSlide(s, 's3', 1);
    expect(order(s)).toEqual(['s1:question', 's3:hypotheses', 's2:data']);
    s = moveSlide(s, 's3', 1);
    // Into the next step: before its first slide.
    expect(order(s)).toEqual(['s1:question', 's3:data', 's2:data']);
    expect(canMove(s, 's1', -1)).toBe(false);
    expect(canMove(s, 's1', 1)).toBe(true);
    const first = story([slide('s1', 'question')]);
    expect(moveSlide(first, 's1', -1)).toBe(first);
    expect(canMove(story([slide('s1', 'evaluation')]), 's1', 1)).toBe(false);
  });

  it('moves a slide to another step at that step’s end', () => {
    const s = updateSlide(story([slide('s1', 'data'), slide('s2', 'interpretation'), slide('s3', 'data')]), 's1', { section: 'interpretation' });
    expect(order(s)).toEqual(['s3:data', 's2:interpretation', 's1:interpretation']);
  });

  it('numbers new items one past the highest in use', () => {
    expect(nextItemId('h', [])).toBe('h1');
    expect(nextItemId('h', [{ id: 'h2' }, { id: 'h10' }, { id: 'a40' }])).toBe('h11');
  });

  it('sends no draft without a title, and leaves out items still without text', () => {
    expect(toDraft({ ...story([]), title: '  ' })).toBeNull();
    const draft = toDraft({
      ...story([]),
      title: ' Juni ',
      hypotheses: [
        { id: 'h1', text: '', status: 'open', viewIds: [] },
        { id: 'h2', text: 'x', status: 'open', viewIds: [] },
      ],
    });
    expect(draft).toMatchObject({ id: 'st1', title: 'Juni', hypotheses: [{ id: 'h2' }] });
    expect(draft).not.toHaveProperty('createdAt');
  });

  it('finds the story the engine just made', () => {
    expect(newStoryId([{ id: 'st1' }], [{ id: 'st1' }, { id: 'st2' }])).toBe('st2');
    expect(newStoryId([{ id: 'st1' }], [{ id: 'st1' }])).toBeNull();
  });
});

describe('presenting keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) =>
    presentKey({ key: k, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...mods });

  it('maps the keys of a presentation', () => {
    expect(key('ArrowRight')).toEqual({ kind: 'go', to: 'next' });
    expect(key(' ')).toEqual({ kind: 'go', to: 'next' });
    expect(key('PageDown')).toEqual({ kind: 'go', to: 'next' });
    expect(key('ArrowLeft')).toEqual({ kind: 'go', to: 'previous' });
    expect(key('PageUp')).toEqual({ kind: 'go', to: 'previous' });
    expect(key('Home')).toEqual({ kind: 'go', to: 'first' });
    expect(key('End')).toEqual({ kind: 'go', to: 'last' });
    expect(key('7')).toEqual({ kind: 'digit', digit: '7' });
    expect(key('Enter')).toEqual({ kind: 'enter' });
    expect(key('Escape')).toEqual({ kind: 'leave' });
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });

  it('stays within the deck and jumps only to slides that exist', () => {
    expect(goTo(0, 'previous', 5)).toBe(0);
    expect(goTo(4, 'next', 5)).toBe(4);
    expect(goTo(2, 'last', 5)).toBe(4);
    expect(jumpTarget('3', 5)).toBe(2);
    expect(jumpTarget('0', 5)).toBeNull();
    expect(jumpTarget('6', 5)).toBeNull();
    expect(jumpTarget('', 5)).toBeNull();
  });
});
