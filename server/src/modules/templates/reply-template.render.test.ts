import { describe, expect, it } from 'vitest';
import { renderTemplate } from './reply-template.render.js';

const VARIABLES = { 'customer.name': 'Casey', 'agent.name': '王小明', 'conversation.number': '42' };

describe('renderTemplate', () => {
  it('fills every known variable, wherever and however often it appears', () => {
    expect(
      renderTemplate('Hi {{customer.name}}, I am {{ agent.name }} (#{{conversation.number}}). Bye {{customer.name}}!', VARIABLES),
    ).toBe('Hi Casey, I am 王小明 (#42). Bye Casey!');
  });

  it('leaves unknown variables and lone braces as typed', () => {
    expect(renderTemplate('{{customer.email}} {{constructor}} {customer.name} {{}}', VARIABLES)).toBe(
      '{{customer.email}} {{constructor}} {customer.name} {{}}',
    );
  });

  it('does not read replacement patterns in the values', () => {
    expect(renderTemplate('Hi {{customer.name}}', { ...VARIABLES, 'customer.name': "$& $' $1" })).toBe("Hi $& $' $1");
  });
});
