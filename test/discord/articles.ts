import type { Article } from '../../src/model.js';

export const sessionsSentences = [
  'President Donald Trump renewed his criticism of Attorney General Jeff Sessions on Tuesday, faulting him for stepping aside from the Russia inquiry.',
  'Mr. Trump said in an interview that he was disappointed in Sessions, one of his earliest supporters in Congress.',
  'Sessions recused himself in March after it emerged that he had met Sergey Kislyak, the Russian ambassador, during the campaign.',
  'Senator Lindsey Graham of South Carolina said the president should let Sessions do his job.',
  'People close to the attorney general said he intends to remain at the Justice Department in Washington.',
];

/** Written for these tests (not copied from any publication). */
export const sessionsArticle: Article = {
  id: 'sessions-1',
  source: 'Capitol Wire',
  title: 'Trump renews attacks on Sessions',
  url: 'https://capitolwire.example/2017/07/25/sessions',
  publishedAt: '2026-11-27T14:10:00Z',
  text: '',
};
sessionsArticle.text = sessionsSentences.join(' ');

export const travelBanArticle: Article = {
  id: 'travel-1',
  source: 'Harbor Ledger',
  title: 'Court lets parts of travel ban take effect',
  url: 'https://harborledger.example/travel-ban',
  publishedAt: '2026-11-27T09:00:00Z',
  text:
    'The Supreme Court allowed parts of the travel ban to take effect on Monday. ' +
    'Lawyers for the state of Hawaii said the order would separate families at airports. ' +
    'The justices will hear arguments in October, the court said in Washington.',
};

export const sessionsPage = `<!doctype html><html><head><title>Trump renews attacks on Sessions</title></head>
<body><nav>Home | World</nav><article><h1>Trump renews attacks on Sessions</h1>
${sessionsSentences.map((sentence) => `<p>${sentence}</p>`).join('\n')}
</article></body></html>`;
