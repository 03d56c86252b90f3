// Scores texts with VADER (npm vader-sentiment): reads one text per line from the file in argv[2] and writes one
// compound score per line to stdout. With argv[3] = "time <repeat>", prints only the best texts/second of the runs.
import { readFileSync } from 'node:fs';
import vader from 'vader-sentiment';

const texts = readFileSync(process.argv[2], 'utf8').split('\n');
if (texts.length && texts[texts.length - 1] === '') texts.pop();
const score = (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;

if (process.argv[3] === 'time') {
  const repeat = Number(process.argv[4] ?? 3);
  let best = 0;
  for (let r = 0; r < repeat; r++) {
    const start = process.hrtime.bigint();
    let sink = 0;
    for (const t of texts) sink += score(t);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, texts.length / seconds);
    if (Number.isNaN(sink)) console.error('NaN');
  }
  console.log(best.toFixed(0));
} else {
  const out = texts.map((t) => String(score(t)));
  process.stdout.write(out.join('\n') + '\n');
}
