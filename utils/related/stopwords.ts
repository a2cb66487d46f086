/**
 * Function words left out of search queries, by ISO 639-1 language. Small on purpose: they only
 * need to keep "the", "of", "what's" out of a title's keywords. English is always applied too,
 * because titles in other languages often quote English phrases.
 */
const STOPWORDS: Record<string, string> = {
  en: `a about after again against all also am an and any are as at be because been before being
    between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no
    nor not now of off on once only or other our out over own same she should so some such than that
    the their theirs them then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your yours what's it's
    says said say new news how's here's there's who's why's amid over per via vs
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    happening happens happened latest update updates live breaking explained explainer watch
    video photos opinion analysis`,
  fr: `a à au aux avec ce ces cette dans de des du elle elles en est et eux il ils je la le les leur
    leurs lui mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses
    son sur ta te tes toi ton tu un une vos votre vous y été être avoir fait c'est quoi comment
    pourquoi selon après avant entre contre sans sous chez plus très aussi`,
  vi: `và của là các những một có không được cho với trong này đã sẽ về theo khi thì mà ra vào lại
    đến tại từ như cũng để người năm nhiều hơn nào gì sao đang bị rằng vẫn còn nên nếu`,
  de: `der die das den dem des ein eine einer eines und oder aber in im auf aus bei mit nach von vor
    zu zum zur für über unter ist sind war wird werden hat haben nicht wie was wer warum laut`,
  es: `el la los las un una unos unas y o pero de del al en con por para sin sobre entre es son
    fue ser ha han no que qué como cómo por qué según tras ante`,
};

const cache = new Map<string, Set<string>>();

/** The stopwords for `lang` (plus English), lowercase. */
export function stopwordsFor(lang: string | null | undefined): Set<string> {
  const key = lang && STOPWORDS[lang] ? lang : 'en';
  let set = cache.get(key);
  if (!set) {
    const words = `${STOPWORDS.en} ${key === 'en' ? '' : STOPWORDS[key]}`
      .split(/\s+/)
      .filter(Boolean);
    set = new Set(words);
    cache.set(key, set);
  }
  return set;
}
