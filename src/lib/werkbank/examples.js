// Example queries that rebuild the headline findings of the three themes, written plainly, with the
// themes' default settings as literals. They are plain text on purpose (the werkbank knows no
// theme); tests/e2e/werkbank.test.mjs checks that they give the numbers the site shows.

const STIJGERS = `-- Stijgers: buurten die in 2014 zwak of slechter scoorden (klasse 4 of lager),
-- en hoeveel daarvan in 2020 een voldoende (klasse 5 of hoger) haalden of juist zakten.
SELECT count(*) AS zwak_in_2014,
       count(*) FILTER (WHERE e.lbm_class >= 5) AS stijgers,
       count(*) FILTER (WHERE e.lbm_class < s.lbm_class) AS dalers
FROM lbm AS s
JOIN lbm AS e ON e.code = s.code AND e.year = 2020
WHERE s.level = 'buurt' AND s.year = 2014
  AND s.lbm_class <= 4 AND e.lbm_class IS NOT NULL`;

const STIJGERS_DIMENSIES = `-- Waardoor stegen ze? Gemiddelde verandering 2014-2020 per dimensie van de stijgers,
-- per startklasse. Rapport: vanuit zwak/onvoldoende vooral overlast en onveiligheid (onv),
-- vanuit zeer onvoldoende vooral woningvoorraad (won).
SELECT s.lbm_class AS startklasse,
       count(*) AS stijgers,
       avg(e.won - s.won) AS won,
       avg(e.fys - s.fys) AS fys,
       avg(e.vrz - s.vrz) AS vrz,
       avg(e.soc - s.soc) AS soc,
       avg(e.onv - s.onv) AS onv
FROM lbm AS s
JOIN lbm AS e ON e.code = s.code AND e.year = 2020
WHERE s.level = 'buurt' AND s.year = 2014
  AND s.lbm_class <= 4 AND e.lbm_class >= 5
GROUP BY s.lbm_class
ORDER BY s.lbm_class`;

const LANDELIJK = `-- Landelijk: gemiddelde verandering 2014-2020 per dimensie over alle buurten.
-- Rapport: de grootste bijdrage kwam van voorzieningen (vrz).
SELECT count(*) AS buurten,
       avg(e.won - s.won) AS won,
       avg(e.fys - s.fys) AS fys,
       avg(e.vrz - s.vrz) AS vrz,
       avg(e.soc - s.soc) AS soc,
       avg(e.onv - s.onv) AS onv
FROM lbm AS s
JOIN lbm AS e ON e.code = s.code AND e.year = 2020
WHERE s.level = 'buurt' AND s.year = 2014`;

const SES = `-- Leefbaarheid en status: Pearson-correlatie van de Leefbaarometer 2020 met de
-- SES-WOA 2019 over alle buurten met beide scores.
SELECT corr(l.lbm, s.ses_total) AS r,
       count(s.ses_total) AS buurten,
       count(*) - count(s.ses_total) AS zonder_ses
FROM lbm AS l
LEFT JOIN ses AS s ON s.code = l.code AND s.year = 2019
WHERE l.level = 'buurt' AND l.year = 2020 AND l.lbm IS NOT NULL`;

const SES_GROOTTE = `-- Is de samenhang sterker in grote steden? Correlatie per grootteklasse van de gemeente.
SELECT a.size_class AS grootteklasse,
       count(*) AS buurten,
       corr(l.lbm, s.ses_total) AS r
FROM lbm AS l
JOIN ses AS s ON s.code = l.code AND s.year = 2019
JOIN areas AS a ON a.code = l.code
WHERE l.level = 'buurt' AND l.year = 2020
GROUP BY a.size_class
ORDER BY r DESC`;

const SES_DIMENSIES = `-- Welke dimensie hangt het sterkst samen met welke deelscore van de status?
-- Rapport: overlast en onveiligheid, sociale samenhang en woningvoorraad; opleiding het meest.
WITH paren AS (
  SELECT l.won, l.fys, l.vrz, l.soc, l.onv, s.ses_welvaart, s.ses_opleiding, s.ses_arbeid
  FROM lbm AS l
  JOIN ses AS s ON s.code = l.code AND s.year = 2019
  WHERE l.level = 'buurt' AND l.year = 2020
), lang AS (
  UNPIVOT paren ON won, fys, vrz, soc, onv INTO NAME dimensie VALUE score
)
SELECT dimensie,
       corr(score, ses_welvaart) AS welvaart,
       corr(score, ses_opleiding) AS opleiding,
       corr(score, ses_arbeid) AS arbeid
FROM lang
GROUP BY dimensie
ORDER BY opleiding DESC`;

const LAAG_LAAG = `-- Laag-laag: aandeel buurten per gemeente met een lage status (SES-WOA onder het
-- landelijke 20e percentiel) en een lage leefbaarheid (klasse 4 of lager), gemeenten met
-- minstens 10 buurten. Rapport: Kerkrade 35%, daarna Helmond, Tiel, Doesburg, Vlaardingen.
WITH grens AS (
  SELECT quantile_cont(ses_total, 0.2) AS ses_grens
  FROM ses WHERE level = 'buurt' AND year = 2019 AND ses_total IS NOT NULL
), buurten AS (
  SELECT a.gemeente_name,
         s.ses_total < g.ses_grens AS lage_status,
         l.lbm_class <= 4 AS lage_leefbaarheid
  FROM lbm AS l
  JOIN ses AS s ON s.code = l.code AND s.year = 2019
  JOIN areas AS a ON a.code = l.code
  CROSS JOIN grens AS g
  WHERE l.level = 'buurt' AND l.year = 2020
    AND l.lbm_class IS NOT NULL AND s.ses_total IS NOT NULL
)
SELECT gemeente_name AS gemeente,
       count(*) AS buurten,
       100 * avg((lage_status AND lage_leefbaarheid)::INTEGER) AS pct_laag_laag,
       100 * avg((lage_status AND NOT lage_leefbaarheid)::INTEGER) AS pct_lage_status_goede_leefbaarheid
FROM buurten
GROUP BY gemeente_name
HAVING count(*) >= 10
ORDER BY pct_laag_laag DESC, gemeente
LIMIT 10`;

const BETROUWBAAR = `reliable AS (
  SELECT code, value AS onveilig FROM safety
  WHERE measure = 'onveilig_buurt' AND year = 2019 AND level = 'gemeente'
    AND value IS NOT NULL AND respondents >= 300
), z AS (
  SELECT s.code, s.measure,
         (s.value - avg(s.value) OVER w) / nullif(stddev_samp(s.value) OVER w, 0) AS z
  FROM safety AS s JOIN reliable USING (code)
  WHERE s.year = 2019 AND s.value IS NOT NULL
    AND s.measure IN ('verdachten_drugs', 'veroordeelden_drugs', 'verdachten_vermogen',
                      'drugshandel', 'hennepkwekerijen', 'witwassen')
  WINDOW w AS (PARTITION BY s.measure)
), idx AS (SELECT code, avg(z) AS idx FROM z GROUP BY code)`;

const ONDERMIJNING = `-- Ondermijning en onveiligheid: een ongewogen index (gemiddelde z-score van de zes
-- ondermijningsindicatoren) tegenover het aandeel inwoners dat zich weleens onveilig voelt,
-- in gemeenten met een betrouwbare schatting (minstens 300 respondenten), 2019.
WITH ${BETROUWBAAR}
SELECT count(*) AS gemeenten, corr(idx.idx, reliable.onveilig) AS r
FROM reliable JOIN idx USING (code)`;

const RANGORDE = `-- De tien gemeenten met de hoogste ondermijningsindex (zelfde index als hierboven).
-- Rapport: Heerlen, Kerkrade, Rotterdam, Schiedam, Den Haag, Rijswijk, Enschede, Amsterdam,
-- Arnhem, Hengelo.
WITH ${BETROUWBAAR}
SELECT rank() OVER (ORDER BY idx.idx DESC) AS rang, a.name AS gemeente, idx.idx AS index, reliable.onveilig
FROM idx
JOIN reliable USING (code)
JOIN areas AS a USING (code)
ORDER BY rang, a.code
LIMIT 10`;

/** The examples in the order the werkbank lists them: {id, theme, title, sql}. */
export const EXAMPLES = Object.freeze([
  {id: "stijgers", theme: "Stijgers en dalers", title: "Hoeveel zwakke buurten werden voldoende?", sql: STIJGERS},
  {
    id: "stijgers-dimensies",
    theme: "Stijgers en dalers",
    title: "Via welke dimensie stegen ze?",
    sql: STIJGERS_DIMENSIES,
  },
  {id: "landelijk", theme: "Stijgers en dalers", title: "Wat veranderde landelijk?", sql: LANDELIJK},
  {id: "ses", theme: "Sociale ongelijkheid", title: "Samenhang van leefbaarheid en status", sql: SES},
  {id: "ses-grootte", theme: "Sociale ongelijkheid", title: "Sterker in grote steden?", sql: SES_GROOTTE},
  {id: "ses-dimensies", theme: "Sociale ongelijkheid", title: "Welke dimensie, welke status?", sql: SES_DIMENSIES},
  {id: "laag-laag", theme: "Sociale ongelijkheid", title: "Gemeenten met veel laag–laag-buurten", sql: LAAG_LAAG},
  {id: "ondermijning", theme: "Ondermijning", title: "Index en ervaren onveiligheid", sql: ONDERMIJNING},
  {id: "rangorde", theme: "Ondermijning", title: "Top tien van de index", sql: RANGORDE},
]);
