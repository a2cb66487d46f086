/** Props for `MarkedSentence`. */
export interface MarkedSentenceProps {
  sentence: string;
  surface: string;
}

/** Where the outlet's name is in the sentence: exact case first, then any case. */
function findSurface(sentence: string, surface: string): number {
  if (!surface) return -1;
  const exact = sentence.indexOf(surface);
  return exact >= 0 ? exact : sentence.toLowerCase().indexOf(surface.toLowerCase());
}

/** An evidence sentence with the outlet's name marked; text only, never markup. */
export default function MarkedSentence({ sentence, surface }: MarkedSentenceProps) {
  const at = findSurface(sentence, surface);
  if (at < 0) return <q>{sentence}</q>;
  return (
    <q>
      {sentence.slice(0, at)}
      <mark>{sentence.slice(at, at + surface.length)}</mark>
      {sentence.slice(at + surface.length)}
    </q>
  );
}
