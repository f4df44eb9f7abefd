/** Common English function words: they carry no topic, so scoring and matching skip them. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost along already also although always am among an and ' +
    'another any anyone anything are around as at away back be became because become been before being ' +
    'below between both but by came can cannot could did do does doing done down during each either else ' +
    'enough even ever every few for from further get gets getting got had has have having he her here ' +
    'hers herself him himself his how however i if in into is it its itself just last least less like ' +
    'made make many may me might more most much must my myself near neither never new next no nor not ' +
    'now of off often on once one only onto or other others otherwise our ours ourselves out over own ' +
    'per perhaps put rather really said same say says see seem seemed seems several shall she should ' +
    'since so some something still such take than that the their theirs them themselves then there ' +
    'these they thing things this those though through thus to together too toward towards two under ' +
    'until up upon us use used very via was way we well were what whatever when whenever where whereas ' +
    'whether which while who whoever whom whose why will with within without would yet you your yours ' +
    'yourself yourselves mr mrs ms dr told according also s t don didn doesn isn wasn aren weren won ' +
    'wouldn couldn shouldn hasn haven hadn ll ve re d m year years time week day today yesterday'
  ).split(' '),
);
