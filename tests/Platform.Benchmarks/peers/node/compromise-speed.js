// Times npm `compromise` on a UTF-8 text file and prints one JSON line:
// {"peer":"compromise","chars":…,"charsPerSecond":…,"people":…,"organizations":…,"places":…}
// Usage: node compromise-speed.js <text file> [seconds]
'use strict';
const fs = require('fs');
const nlp = require('compromise');

const text = fs.readFileSync(process.argv[2], 'utf8');
const seconds = Number(process.argv[3] || 2);

const analyse = () => {
  const doc = nlp(text);
  return {
    people: doc.people().out('array').length,
    organizations: doc.organizations().out('array').length,
    places: doc.places().out('array').length,
  };
};

let found = analyse(); // warm-up
let runs = 0;
const started = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < seconds || runs < 1) {
  found = analyse();
  runs++;
  elapsed = Number(process.hrtime.bigint() - started) / 1e9;
}

console.log(JSON.stringify({ peer: 'compromise', chars: text.length, charsPerSecond: Math.round((text.length * runs) / elapsed), ...found }));
