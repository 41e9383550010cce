import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countCharacters, createCharacterCounter, mayJoinNeighbour } from '../../src/core/count-characters.js';
import { budgetStatus } from '../../src/core/budget.js';

describe('countCharacters', () => {
  it('counts plain ASCII one per character', () => {
    assert.equal(countCharacters(''), 0);
    assert.equal(countCharacters('Refill please'), 13);
  });

  it('counts a line break as one character, CR LF included', () => {
    assert.equal(countCharacters('a\nb'), 3);
    assert.equal(countCharacters('a\r\nb'), 3);
  });

  it('counts accented letters as one, composed or not', () => {
    assert.equal(countCharacters('café'), 4);
    assert.equal(countCharacters('cafe\u0301'), 4);
    assert.equal(countCharacters('respiración'), 11);
  });

  it('counts emoji as a person would', () => {
    assert.equal(countCharacters('👍'), 1);
    assert.equal(countCharacters('👍🏽'), 1);
    assert.equal(countCharacters('👨‍👩‍👧'), 1);
    assert.equal(countCharacters('🇲🇽'), 1);
    assert.equal(countCharacters('I feel 😷🤒 today 👍🏽'), 17);
  });

  it('handles long text', () => {
    assert.equal(countCharacters('a'.repeat(100_000)), 100_000);
    assert.equal(countCharacters('é'.repeat(100_000)), 100_000);
  });
});

describe('budgetStatus', () => {
  it('is ok below 80%, a warning from 80% and over past the limit', () => {
    assert.equal(budgetStatus(1599, 2000).state, 'ok');
    assert.equal(budgetStatus(1600, 2000).state, 'warning');
    assert.equal(budgetStatus(2000, 2000).state, 'warning');
    assert.deepEqual(budgetStatus(2003, 2000), { state: 'over', count: 2003, max: 2000, left: 0, over: 3 });
    assert.deepEqual(budgetStatus(10, 2000), { state: 'ok', count: 10, max: 2000, left: 1990, over: 0 });
  });
});

describe('createCharacterCounter', () => {
  it('follows a text being typed, edited and pasted, always equal to a full count', () => {
    const count = createCharacterCounter();
    const steps = ['', 'H', 'Ho', 'Hol', 'Hola', 'Hola 👍', 'Hola 👍🏽', 'Hola 👍🏽 e', 'Hola 👍🏽 é', 'Hola 👍🏽 e\u0301', 'Hola 👨‍👩‍👧 e\u0301', 'a\r', 'a\r\n', 'x'.repeat(5000) + '🇲🇽' + 'y'.repeat(5000), 'x'.repeat(5000) + '🇲' + 'y'.repeat(5000), ''];
    for (const text of steps) assert.equal(count(text), countCharacters(text), JSON.stringify(text.slice(0, 40)));
  });
});

describe('which characters may join a neighbour', () => {
  it('lists every BMP character that Intl.Segmenter joins to a plain letter on either side', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const clusters = (text: string): number => [...segmenter.segment(text)].length;
    // Plain letters of several scripts: a character that joins one of them is a joiner.
    const plain = ['a', 'ก', '中', '€', 'ж', 'ｶ', 'ท', 'ກ'];
    const missing: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (mayJoinNeighbour(char)) continue;
      if (plain.some((p) => clusters(p + char) === 1 || clusters(char + p) === 1)) missing.push(code.toString(16));
    }
    assert.deepEqual(missing, []);
  });
});
