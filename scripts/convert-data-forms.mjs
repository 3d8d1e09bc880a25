// The chart-form demos of scripts/convert-data.mjs (stacked area, horizontal ranking with highlight,
// stacked bars, combo with a right axis, small multiples), each from a real file of the pinned
// vega-datasets package. Imported by convert-data.mjs, which passes its package readers in `lib`; this
// file reads nothing by itself. As there, every headline is written by hand and `expect` stops the
// script when the data no longer say it.

function expect(ok, what) {
  if (!ok) throw new Error(`headline no longer true: ${what}`);
}

const pct = (v) => `${v.toFixed(1)}%`;

const MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "2010-01" → "January 2010", for English headlines. */
const longMonth = (ym) => `${MONTHS_LONG[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;

// ---- stacked area: unemployed by industry, monthly, 2000-01 … 2010-02 ------------------------------
// The file has 14 series (11 industries, agriculture, government, self-employed); the palette has six
// colours, so the five largest at the peak are drawn and the other nine are summed into one band.
// Counts are thousands of people, not seasonally adjusted (the winter humps are real).
const INDUSTRY_ZH = {
  Construction: "建筑业",
  "Wholesale and Retail Trade": "批发零售",
  Manufacturing: "制造业",
  "Leisure and hospitality": "休闲与酒店",
  "Business services": "商业服务",
  "Education and Health": "教育与医疗",
  Government: "政府",
};
const INDUSTRY_EN = { "Wholesale and Retail Trade": "Wholesale and retail trade" };

export function unemploymentByIndustry(lib, pkg, locale) {
  const rows = lib.readJson("unemployment-across-industries.json");
  const ym = (r) => `${r.year}-${String(r.month).padStart(2, "0")}`;
  const months = [...new Set(rows.map(ym))].sort();
  const expected = lib.monthRange(months[0], months[months.length - 1]);
  if (expected.join() !== months.join()) throw new Error("unemployment-across-industries.json: months missing");
  const count = new Map(rows.map((r) => [`${r.series}|${ym(r)}`, r.count]));
  const industries = [...new Set(rows.map((r) => r.series))];
  const get = (s, m) => {
    const v = count.get(`${s}|${m}`);
    if (!Number.isFinite(v)) throw new Error(`unemployment-across-industries.json: no count for ${s} in ${m}`);
    return v;
  };
  const total = (m) => industries.reduce((sum, s) => sum + get(s, m), 0);
  const low = months.reduce((a, b) => (total(b) < total(a) ? b : a));
  const peak = months.reduce((a, b) => (total(b) > total(a) ? b : a));
  const shown = [...industries].sort((a, b) => get(b, peak) - get(a, peak) || a.localeCompare(b)).slice(0, 5);
  const others = industries.filter((s) => !shown.includes(s));
  expect(shown[0] === "Construction", `largest industry at the peak is ${shown[0]}`);
  const times = total(peak) / total(low);
  expect(times >= 3 && times < 3.5, `peak ÷ low = ${times}`);
  expect(peak === "2010-01" && low.startsWith("2000"), `low ${low}, peak ${peak}`);
  const { sources, licenses } = lib.provenance(pkg.meta, "unemployment_across_industries");
  const en = locale === "en";
  const name = (s) => (en ? INDUSTRY_EN[s] || s : INDUSTRY_ZH[s] || lib.fail(`no Chinese name for ${s}`));
  const millions = (v) => (v / 1000).toFixed(1);
  const rate = rows.find((r) => r.series === "Construction" && ym(r) === peak).rate;
  return {
    version: 1,
    locale,
    title: en
      ? `US unemployment tripled from its 2000 low to ${millions(total(peak))} million in ${longMonth(peak)}, with construction the hardest hit`
      : `美国失业人数从2000年低点增至三倍，${lib.monthLabel(peak, "zh")}达${(total(peak) / 10).toFixed(0)}万人，建筑业最多`,
    subtitle: en
      ? `Unemployed people by the industry of their last job, monthly, ${lib.monthLabel(months[0], "en")} to ${lib.monthLabel(months[months.length - 1], "en")}: from ${millions(total(low))} million in ${lib.monthLabel(low, "en")} to ${millions(total(peak))} million in ${lib.monthLabel(peak, "en")}, when ${pct(rate)} of construction workers were out of work`
      : `按上一份工作所在行业划分的失业人数，月度，${lib.monthLabel(months[0], "zh")}至${lib.monthLabel(months[months.length - 1], "zh")}：从${lib.monthLabel(low, "zh")}的${(total(low) / 10).toFixed(0)}万人增至${lib.monthLabel(peak, "zh")}的${(total(peak) / 10).toFixed(0)}万人；当月建筑业失业率为${pct(rate)}`,
    source: en
      ? `US Bureau of Labor Statistics, Current Population Survey, table A-31 (${licenses.map((l) => l.title).join("; ")}), via the vega-datasets ${pkg.version} package (unemployment-across-industries.json)`
      : `美国劳工统计局，当前人口调查，表A-31（${licenses.map((l) => l.title).join("；")}），经 vega-datasets ${pkg.version} 数据包（unemployment-across-industries.json）`,
    source_url: sources.find((s) => s.title.includes("A-31"))?.path,
    note: en
      ? `Not seasonally adjusted: the humps each winter are seasonal layoffs, mostly in construction. "All other" adds up the ${others.length} other groups in the data: ${others.map((s) => s.toLowerCase()).join(", ")}. People who have never worked are not counted.`
      : `未经季节调整：每年冬季的隆起是季节性裁员，主要在建筑业。“其他”为数据中其余${others.length}组之和（含政府、农业、自雇等）。从未工作过的人不计入。`,
    charts: [
      {
        type: "area",
        stacked: true,
        title: en ? "Unemployed, by industry of last job" : "失业人数（按上一份工作的行业）",
        x: lib.xAxis(en ? "Month" : "月份", months, (m) => lib.monthLabel(m, en ? "en" : "zh")),
        y: { label: en ? "Unemployed" : "失业人数", unit: "千人" },
        series: [
          ...shown.map((s) => ({ name: name(s), values: months.map((m) => get(s, m)) })),
          { name: en ? "All other" : "其他", values: months.map((m) => others.reduce((sum, s) => sum + get(s, m), 0)) },
        ],
      },
    ],
  };
}

// ---- horizontal ranking with highlight: the 15 most populous countries, 2005 ---------------------
const COUNTRY_ZH = {
  China: "中国",
  India: "印度",
  "United States": "美国",
  Indonesia: "印度尼西亚",
  Brazil: "巴西",
  Pakistan: "巴基斯坦",
  Bangladesh: "孟加拉国",
  Nigeria: "尼日利亚",
  Japan: "日本",
  Mexico: "墨西哥",
  Philippines: "菲律宾",
  Germany: "德国",
  Egypt: "埃及",
  Iran: "伊朗",
  Turkey: "土耳其",
};
const RANKED = 15;

export function lifeAndBirths(lib, pkg, locale) {
  const year = 2005;
  const all = lib.readJson("gapminder.json");
  const countries = new Set(all.map((r) => r.country)).size;
  const rows = all.filter((r) => r.year === year).sort((a, b) => b.pop - a.pop || a.country.localeCompare(b.country));
  const top = rows.slice(0, RANKED);
  const ranked = (key) => [...top].sort((a, b) => b[key] - a[key] || a.country.localeCompare(b.country));
  const life = ranked("life_expect");
  const births = ranked("fertility");
  const lifeRank = life.findIndex((r) => r.country === "China") + 1;
  const birthRank = births.findIndex((r) => r.country === "China") + 1;
  expect(lifeRank === 7 && birthRank === RANKED - 2, `China ranks ${lifeRank} and ${birthRank}`);
  expect(life[0].country === "Japan" && births[births.length - 1].country === "Japan", "Japan at the ends");
  const china = top.find((r) => r.country === "China");
  const { sources, licenses } = lib.provenance(pkg.meta, "gapminder");
  const en = locale === "en";
  const name = (c) => (en ? c : COUNTRY_ZH[c] || lib.fail(`no Chinese name for ${c}: add it to COUNTRY_ZH`));
  const chart = (list, key, title, subtitle, y) => ({
    type: "bar",
    horizontal: true,
    highlight: name("China"),
    title,
    subtitle,
    x: { categories: list.map((r) => name(r.country)) },
    // No caption over the rows: the chart's title already names the measure.
    y: { unit: y.unit },
    series: [{ name: y.label, values: list.map((r) => lib.round(r[key], 1)) }],
  });
  return {
    version: 1,
    locale,
    title: en
      ? `China ranked 7th for life expectancy among the 15 most populous countries in ${year}, and 3rd from last for births per woman`
      : `${year}年人口最多的15国中，中国人均预期寿命居第7位，每名妇女生育数倒数第3`,
    subtitle: en
      ? `The ${RANKED} most populous countries of the data set in ${year}, ranked. A Chinese baby could expect to live ${china.life_expect.toFixed(1)} years, ${(life[0].life_expect - china.life_expect).toFixed(1)} fewer than a Japanese one; Chinese women had ${china.fertility.toFixed(1)} children on average`
      : `数据集中${year}年人口最多的${RANKED}个国家排名。中国新生儿预期寿命${china.life_expect.toFixed(1)}岁，比日本少${(life[0].life_expect - china.life_expect).toFixed(1)}岁；中国妇女平均生育${china.fertility.toFixed(1)}个孩子`,
    source: en
      ? `Gapminder Foundation (${licenses.map((l) => l.title).join("; ")}), via the vega-datasets ${pkg.version} package (gapminder.json)`
      : `Gapminder基金会（${licenses.map((l) => l.title).join("；")}），经 vega-datasets ${pkg.version} 数据包（gapminder.json）`,
    source_url: sources.find((s) => s.title.includes("Data Documentation"))?.path,
    note: en
      ? `Life expectancy at birth, in years; births per woman is the total fertility rate. Gapminder fills gaps in official data with its own estimates. The data set covers ${countries} countries only (Russia, Vietnam and Ethiopia, for example, are not in it), so "the 15 most populous" means the 15 largest of those ${countries}.`
      : `预期寿命为出生时预期寿命（岁）；生育数为总和生育率。Gapminder以自身估算填补官方数据的空缺。该数据集只含${countries}个国家（例如不含俄罗斯、越南和埃塞俄比亚），“人口最多的15国”指其中人口最多的15个。`,
    charts: [
      chart(life, "life_expect", en ? "Life expectancy" : "人均预期寿命", en ? `At birth, ${year}` : `出生时，${year}年`, {
        label: en ? "Life expectancy" : "预期寿命",
        unit: en ? "years" : "岁",
      }),
      chart(births, "fertility", en ? "Births per woman" : "每名妇女生育数", en ? `Total fertility rate, ${year}` : `总和生育率，${year}年`, {
        label: en ? "Births per woman" : "生育数",
      }),
    ],
  };
}

// ---- stacked bars: US population by age, census years 1850–2000 (IPUMS) -------------------------
// 1890 is missing (its records burned in 1921): it stays as an empty category so the decades keep
// their spacing. Three age groups (the file has 5-year groups, both sexes).
export function populationByAge(lib, pkg) {
  const rows = lib.readJson("population.json");
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const decades = [];
  for (let y = years[0]; y <= years[years.length - 1]; y += 10) decades.push(y);
  const missing = decades.filter((y) => !years.includes(y));
  if (missing.join() !== "1890") throw new Error(`population.json: decades missing: ${missing}`);
  const groups = [
    { name: "Under 20", has: (a) => a < 20 },
    { name: "20 to 64", has: (a) => a >= 20 && a < 65 },
    { name: "65 and over", has: (a) => a >= 65 },
  ];
  const sum = (y, g) => (years.includes(y) ? rows.filter((r) => r.year === y && g.has(r.age)).reduce((s, r) => s + r.people, 0) : null);
  const table = groups.map((g) => decades.map((y) => sum(y, g)));
  const totals = decades.map((_, i) => (table[0][i] === null ? null : table.reduce((s, t) => s + t[i], 0)));
  const share = (k) => decades.map((_, i) => (totals[i] === null ? null : lib.round((table[k][i] / totals[i]) * 100, 1)));
  const old = share(2);
  const young = share(0);
  const [first, last] = [0, decades.length - 1];
  const times = old[last] / old[first];
  expect(times > 4.5 && times < 5, `65+ share grew ${times} times`);
  expect(young[first] > 50 && young[last] < 30, `under-20 share ${young[first]} → ${young[last]}`);
  const { sources, licenses } = lib.provenance(pkg.meta, "population");
  const m = (v) => (v / 1e6).toFixed(0);
  return {
    version: 1,
    locale: "en",
    title: `America grew older: the share of people aged 65 and over rose almost fivefold from 1850 to 2000`,
    subtitle: `US population by age group at each census, ${decades[first]} to ${decades[last]}: ${m(totals[first])} million people in ${decades[first]}, ${m(totals[last])} million in ${decades[last]}. Under-20s were ${pct(young[first])} of the population in ${decades[first]} and ${pct(young[last])} in ${decades[last]}; people 65 and over, ${pct(old[first])} and ${pct(old[last])}`,
    source: `IPUMS USA, University of Minnesota (${licenses.map((l) => l.title).join("; ")}), via the vega-datasets ${pkg.version} package (population.json)`,
    source_url: sources[0].path,
    note: `Census counts harmonised by IPUMS from samples of the census records. 1850 and 1860 cover the free population only: enslaved people were listed on separate schedules. No data for 1890, whose census records were destroyed by fire in 1921.`,
    charts: [
      {
        type: "bar",
        stacked: true,
        title: "Population by age",
        x: { label: "Census year", categories: decades.map(String) },
        y: { label: "Population", unit: "人" },
        series: groups.map((g, k) => ({ name: g.name, values: table[k] })),
      },
      {
        type: "line",
        title: "Share of the population",
        x: { label: "Census year", categories: decades.map(String) },
        y: { unit: "%" },
        // All three groups, in the order (and so the colours) of the bars above.
        series: groups.map((g, k) => ({ name: g.name, values: share(k) })),
      },
    ],
  };
}

// ---- combo: Seattle's rain and temperature by calendar month, 2012–2015 ------------------------
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function seattleWeather(lib, pkg) {
  const rows = lib.readCsv("seattle-weather.csv");
  const years = [...new Set(rows.map((r) => r.date.slice(0, 4)))].sort();
  const months = MONTH_NAMES.map((_, i) => {
    const mine = rows.filter((r) => Number(r.date.slice(5, 7)) === i + 1);
    const rain = mine.reduce((s, r) => s + lib.number(r.precipitation, r.date), 0) / years.length;
    const tmax = mine.reduce((s, r) => s + lib.number(r.temp_max, r.date), 0) / mine.length;
    return { rain: lib.round(rain, 0), tmax: lib.round(tmax, 1) };
  });
  const wettest = months.reduce((a, b, i) => (b.rain > months[a].rain ? i : a), 0);
  const driest = months.reduce((a, b, i) => (b.rain < months[a].rain ? i : a), 0);
  const ratio = months[wettest].rain / months[driest].rain;
  expect(MONTH_NAMES[wettest] === "Nov" && MONTH_NAMES[driest] === "Jul", "wettest November, driest July");
  expect(ratio >= 13 && ratio < 14, `November ÷ July rain = ${ratio}`);
  const days = rows.length;
  const { sources, licenses } = lib.provenance(pkg.meta, "seattle_weather");
  return {
    version: 1,
    locale: "en",
    title: `Seattle's rain falls in the cool months: November brings 13 times as much as July`,
    subtitle: `Average rainfall and average daily high by calendar month, Seattle, ${years[0]}–${years[years.length - 1]}`,
    source: `NOAA National Climatic Data Center (${licenses.map((l) => l.title).join("; ")}), via the vega-datasets ${pkg.version} package (seattle-weather.csv)`,
    source_url: sources[0].path,
    note: `${days.toLocaleString("en-US")} daily records, ${years.length} years. Rainfall: each month's total precipitation (rain and melted snow), averaged over the ${years.length} years. Daily high: the average of the day's maximum temperatures. Four years make a short record, not a climate normal.`,
    charts: [
      {
        type: "combo",
        title: "Rain and temperature, month by month",
        x: { categories: MONTH_NAMES },
        y: { label: "Rainfall", unit: "mm" },
        y2: { label: "Daily high", unit: "°C" },
        series: [
          { name: "Rainfall", values: months.map((m) => m.rain) },
          { name: "Daily high", mark: "line", axis: "right", values: months.map((m) => m.tmax) },
        ],
      },
    ],
  };
}

// ---- small multiples: five tech share prices, monthly, 2000–2010 --------------------------------
const STOCK_NAMES = { AAPL: "Apple", AMZN: "Amazon", GOOG: "Google", IBM: "IBM", MSFT: "Microsoft" };

export function techStocks(lib, pkg) {
  const rows = lib.readCsv("stocks.csv");
  const iso = (d) => {
    const [mon, , y] = d.split(" ");
    const m = MONTH_NAMES.indexOf(mon) + 1;
    if (!m) throw new Error(`stocks.csv: a date I cannot read: ${d}`);
    return `${y}-${String(m).padStart(2, "0")}`;
  };
  const price = new Map(rows.map((r) => [`${r.symbol}|${iso(r.date)}`, lib.number(r.price, r.date)]));
  const all = [...new Set(rows.map((r) => iso(r.date)))].sort();
  const months = lib.monthRange(all[0], all[all.length - 1]);
  const symbols = Object.keys(STOCK_NAMES);
  const values = (s) => months.map((m) => price.get(`${s}|${m}`) ?? null);
  const change = (s) => {
    const v = values(s).filter((x) => x !== null);
    return v[v.length - 1] / v[0];
  };
  const order = [...symbols].sort((a, b) => change(b) - change(a));
  expect(order[0] === "AAPL" && change("AAPL") > 8 && change("AAPL") < 9, `Apple ×${change("AAPL")}`);
  expect(order[order.length - 1] === "MSFT" && change("MSFT") < 0.75 && change("MSFT") > 0.7, `Microsoft ×${change("MSFT")}`);
  const first = values("GOOG").findIndex((v) => v !== null);
  const last = months[months.length - 1];
  return {
    version: 1,
    locale: "en",
    title: `Apple's share price rose more than eightfold from 2000 to 2010; Microsoft's fell by more than a quarter`,
    subtitle: `Monthly share prices of five technology companies, ${lib.monthLabel(months[0], "en")} to ${lib.monthLabel(last, "en")}, on one logarithmic scale, where equal slopes mean equal percentage changes`,
    source: `vega-datasets ${pkg.version} package (stocks.csv; the package names no original source or licence for this file)`,
    source_url: `https://github.com/vega/vega-datasets/blob/v${pkg.version}/data/stocks.csv`,
    note: `US dollars per share at the start of each month, as given in the file (prices appear adjusted for later share splits; dividends not included). Google's shares were first traded in ${longMonth(months[first])}. Panels are ordered by the change over the period.`,
    charts: [
      {
        type: "multiples",
        mark: "line",
        title: "Share price",
        x: lib.xAxis("Month", months, (m) => lib.monthLabel(m, "en")),
        // A log scale: equal slopes are equal growth rates, so a $26 share that rose eightfold and a
        // $500 one compare; the scale is still one for all panels.
        y: { label: "Price", unit: "美元", scale: "log" },
        panels: order.map((s) => ({ title: STOCK_NAMES[s], series: [{ name: "Share price", values: values(s) }] })),
      },
    ],
  };
}
