/** Each lesson's title and each question's prompt and options as plain text, by option letter. */
export interface QuizLegend {
  [lesson: string]: { title: string; questions: { prompt: string; options: Record<string, string> }[] };
}

/** An answer in short form (`b`, `a,c`, `c>a>b`, `0.35`) with the options' text where there is some. */
export function describeAnswer(answer: string, options: Record<string, string>): string {
  const name = (id: string) => (options[id] ? `${id}) ${options[id]}` : id);
  if (/^[a-h](,[a-h])*$/.test(answer)) return answer.split(',').map(name).join('; ');
  if (/^[a-h](>[a-h])+$/.test(answer)) return `order ${answer.split('>').join(' → ')}`;
  return answer;
}
