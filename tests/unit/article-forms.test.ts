import { describe, expect, it } from 'vitest';
import { followsContraction } from '../../utils/core/article-forms';
import { credits } from './lang/cases';

/** The rest of "Le Monde" standing at the end of `text`, behind `after`. */
function follows(text: string, rest: string, after: string[]): boolean {
  const start = text.indexOf(rest);
  return followsContraction(text, start, start + rest.length, after);
}

describe('names whose article a preposition contracts', () => {
  it('takes the rest of the name behind a contracted article', () => {
    expect(follows('le correspondant du Monde à Kyiv', 'Monde', ['du', 'au'])).toBe(true);
    expect(follows("un'intervista all'Espresso", 'Espresso', ["all'"])).toBe(true);
    // An opening quotation mark may stand between (Greek quotes names: "στα «Νέα»").
    expect(follows('συνέντευξη στα «Νέα» σήμερα', 'Νέα', ['στα'])).toBe(true);
  });

  it('refuses other words, a spaced elision and longer capitalized names', () => {
    expect(follows('le correspondant de Monde', 'Monde', ['du', 'au'])).toBe(false);
    expect(follows("un'intervista all' Espresso", 'Espresso', ["all'"])).toBe(false);
    expect(follows('la finale de la Coupe du Monde', 'Monde', ['du'])).toBe(false);
    expect(follows('la une du Monde Diplomatique', 'Monde', ['du'])).toBe(false);
    expect(follows('ταξίδι στα «Νέα Μουδανιά»', 'Νέα', ['στα'])).toBe(false);
  });

  it('finds the outlets in French and Italian text', () => {
    expect(credits('Dans un entretien accordé au Parisien, il a démenti.', 'fr')).toEqual([
      'le-parisien:interview',
    ]);
    expect(
      credits('Secondo quanto riportato dal Messaggero, il ministro ha mentito.', 'it'),
    ).toEqual(['il-messaggero:report']);
    expect(credits("Selon une enquête des Échos, l'usine va fermer.", 'fr')).toEqual([
      'les-echos:report',
    ]);
  });

  it('lets only a cue before it take a one-word rest ("della Repubblica ha detto")', () => {
    expect(credits('Il presidente della Repubblica ha detto che tutto va bene.', 'it')).toEqual([]);
  });
});
