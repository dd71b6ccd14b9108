import { distmodel } from '../src/engine/index';
const H = ['Product','Customer','Product type','Price','Complexity','See before buying','Control','Reach','Market','Buyers','Local service','Purchase frequency','Delivery','Customer value'];
const rows = [
 ['payroll SaaS', 'B2B','Software',8000,'Medium','Yes','Medium','Medium','Mass','Many','No','Rare','Online',8000],
 ['research seat', 'B2B','Service',30000,'Medium','Yes','High','Low','Niche','Many','No','Rare','Online',60000],
 ['ride app', 'B2C','Service',25,'Low','No','Medium','High','Mass','Many','No','Frequent','Made to order',600],
 ['meal kit', 'B2C','Physical',70,'Low','No','Medium','Medium','Mass','Many','No','Frequent','Made to order',2500],
 ['business cards', 'Both','Physical',20,'Low','No','Low','High','Mass','Many','No','Occasional','Made to order',60],
 ['app 4,99/Monat', 'B2C','Software','4,99 €/Monat','Low','No','Medium','High','Mass','Many','No','Occasional','Online',''],
 ['monitoring 9.90/mo', 'B2C','Service','9.90/mo','Low','No','Medium','Medium','Mass','Many','No','Occasional','Online',''],
 ['implant', 'B2B','Physical',20000,'High','No','High','Low','Niche','Few','No','Frequent','From stock',500000],
 ['partner-only software', 'B2B','Software',5000,'Medium','Yes','Medium','High','Mass','Many','','Rare','On site',5000],
];
for (const kind of ['all']) {
  const out = distmodel([H, ...rows], 'Balanced', kind);
  for (const r of out.slice(1)) console.log(r[0], '|', r[7], '|', r[8], '|', r[10], '|', String(r[11]).slice(0, 400));
}
const main11 = H.slice(0, 12);
console.log(distmodel([main11, ...rows.map(r => r.slice(0, 12))], 'Balanced', 'model').map(r=>r[0]).join(' / '));
