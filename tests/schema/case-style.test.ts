import { describe, expect, it } from 'vitest';
import { conformsTo, toCaseStyle, type CaseStyle } from '../../schema/src/index.js';

const acronyms = ['iOS', 'ID', 'URL'];

describe('naming conventions', () => {
  it.each<[string, CaseStyle, boolean, string]>([
    ['User signs up', 'Sentence case', true, 'User signs up'],
    ['User Signs Up', 'Sentence case', false, 'User signs up'],
    ['Opened iOS app', 'Sentence case', true, 'Opened iOS app'],
    ['Copied URL', 'Sentence case', true, 'Copied URL'],
    ['user signs up', 'Sentence case', false, 'User signs up'],
    ['User  signs up', 'Sentence case', false, 'User signs up'],
    ['User Signs Up', 'Title Case', true, 'User Signs Up'],
    ['Add to Cart', 'Title Case', true, 'Add to Cart'],
    ['Add To cart', 'Title Case', false, 'Add to Cart'],
    ['user_signs_up', 'snake_case', true, 'user_signs_up'],
    ['userSignsUp', 'snake_case', false, 'user_signs_up'],
    ['user-signs-up', 'kebab-case', true, 'user-signs-up'],
    ['orderId', 'camelCase', true, 'orderId'],
    ['usedIOSApp', 'camelCase', true, 'usedIOSApp'],
    ['order_id', 'camelCase', false, 'orderID'],
    ['OrderTotal', 'camelCase', false, 'orderTotal'],
    ['anything Goes_here', 'any', true, 'anything Goes_here'],
  ])('%s in %s: %s (suggests %s)', (name, style, ok, suggestion) => {
    expect(conformsTo(name, style, acronyms)).toBe(ok);
    expect(toCaseStyle(name, style, acronyms)).toBe(suggestion);
  });
});
