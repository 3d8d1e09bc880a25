#!/usr/bin/env node
// Turns public datasets into demo specs in www/specs/. Run from the repository root:
//
//     npm ci --prefix data && node scripts/convert-data.mjs
//
// The data come from the npm package `vega-datasets`, pinned to an exact version in data/package.json
// (its own lock file, its own node_modules: the main install stays lean, and neither CI nor the widget
// ever needs it — the generated specs are committed). The script reads only files inside that package,
// makes no network request, and writes the same bytes on every run (no clock, no randomness, fixed key
// order), so a diff of www/specs/ after a re-run shows exactly what changed in the data or the script.
//
//     node scripts/convert-data.mjs --category-axis # dated series as plain categories (see below)
//     node scripts/convert-data.mjs --check         # writes nothing; exits 1 when a spec is out of date

import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lifeAndBirths, populationByAge, seattleWeather, techStocks, unemploymentByIndustry } from "./convert-data-forms.mjs";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGE = path.join(REPO, "data", "node_modules", "vega-datasets");
const PINNED_VERSION = JSON.parse(readFileSync(path.join(REPO, "data", "package.json"), "utf8")).dependencies[
  "vega-datasets"
];
const OUT = path.join(REPO, "www", "specs");

// ---- the time axis switch ------------------------------------------------------------------------
// Dated series go on the time x axis: `"x": { "type": "time", "categories": ["1958-03", …] }` (ISO
// months and days; docs/spec.md, "Time axes"), placed in proportion to time with calendar ticks.
// `--category-axis` writes readable category labels ("Mar 1958") instead, as before the time axis.
const TIME_AXIS = !process.argv.includes("--category-axis");
const CHECK_ONLY = process.argv.includes("--check");

// ---- reading the package -------------------------------------------------------------------------
function openPackage() {
  if (!existsSync(PACKAGE)) {
    throw new Error(`${path.relative(REPO, PACKAGE)} is missing: run \`npm ci --prefix data\` first`);
  }
  const version = JSON.parse(readFileSync(path.join(PACKAGE, "package.json"), "utf8")).version;
  if (version !== PINNED_VERSION) {
    throw new Error(`vega-datasets ${version} is installed, data/package.json pins ${PINNED_VERSION}: run \`npm ci --prefix data\``);
  }
  const meta = JSON.parse(readFileSync(path.join(PACKAGE, "datapackage.json"), "utf8"));
  return { version, meta };
}

/** Rows of a plain CSV file (no quoted fields in the files used here; checked). */
function readCsv(file) {
  const text = readFileSync(path.join(PACKAGE, "data", file), "utf8");
  if (text.includes('"')) throw new Error(`${file}: quoted CSV fields are not handled by this script`);
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const names = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    if (cells.length !== names.length) throw new Error(`${file}: a row with ${cells.length} cells: ${line}`);
    return Object.fromEntries(names.map((n, i) => [n, cells[i]]));
  });
}

function readJson(file) {
  return JSON.parse(readFileSync(path.join(PACKAGE, "data", file), "utf8"));
}

/** The resource's licence and original publisher from the package's datapackage.json. */
function provenance(meta, name) {
  const r = meta.resources.find((x) => x.name === name);
  if (!r) throw new Error(`datapackage.json has no resource ${name}`);
  return { licenses: r.licenses || [], sources: r.sources || [] };
}

function number(s, where) {
  const v = Number(s);
  if (s === "" || !Number.isFinite(v)) throw new Error(`${where}: not a number: ${JSON.stringify(s)}`);
  return v;
}

// ---- dates -----------------------------------------------------------------------------------------
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "1958-03" → "Mar 1958" (en), "1958年3月" (zh-CN): for prose, and for the category axis. */
function monthLabel(ym, locale) {
  const [y, m] = ym.split("-").map(Number);
  return locale === "en" ? `${MONTHS_EN[m - 1]} ${y}` : `${y}年${m}月`;
}

/** "2000-01-03" → "3 Jan 2000" (en), "2000年1月3日" (zh-CN): for prose, and for the category axis. */
function dayLabel(iso, locale) {
  const [y, m, d] = iso.split("-").map(Number);
  return locale === "en" ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** Every month from `first` to `last` ("YYYY-MM"), inclusive. */
function monthRange(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
  return out;
}

/** The x axis of a dated series: ISO dates on the time axis, else readable labels as categories. */
function xAxis(label, isoDates, readable) {
  return TIME_AXIS ? { type: "time", label, categories: isoDates } : { label, categories: isoDates.map(readable) };
}

const round = (v, digits) => Number(v.toFixed(digits));

// ---- 1. Mauna Loa CO2, monthly ---------------------------------------------------------------------
// 1958-03 … 2020-04: 746 months, far inside the limits (1,000,000 values per series), so nothing is
// aggregated. Months missing from the record (5 of them) become null — a visible gap — so that every
// category is one calendar month and the line's x spacing stays true on a category axis.
function co2(pkg, locale) {
  const rows = readCsv("co2-concentration.csv");
  const byMonth = new Map(rows.map((r) => [r.Date.slice(0, 7), r]));
  const months = monthRange(rows[0].Date.slice(0, 7), rows[rows.length - 1].Date.slice(0, 7));
  const raw = months.map((m) => (byMonth.has(m) ? number(byMonth.get(m).CO2, m) : null));
  const adjusted = months.map((m) => (byMonth.has(m) ? number(byMonth.get(m)["adjusted CO2"], m) : null));
  const first = rows[0];
  const last = rows[rows.length - 1];
  const rise = (number(last.CO2, "last") / number(first.CO2, "first") - 1) * 100;
  const gaps = months.filter((m) => !byMonth.has(m));
  const { sources, licenses } = provenance(pkg.meta, "co2_concentration");
  const en = locale === "en";
  const firstLabel = monthLabel(months[0], locale);
  const lastLabel = monthLabel(months[months.length - 1], locale);
  return {
    version: 1,
    locale,
    title: en
      ? `Carbon dioxide in the air has risen by almost a third since 1958`
      : `1958年以来，大气二氧化碳浓度上升近三分之一`,
    subtitle: en
      ? `Monthly CO₂ concentration at Mauna Loa Observatory, Hawaii, ${firstLabel} to ${lastLabel}: from ${first.CO2} to ${last.CO2} parts per million (+${rise.toFixed(0)}%). The yearly sawtooth is the seasons; the seasonally adjusted line shows the trend beneath it.`
      : `夏威夷冒纳罗亚观测站每月二氧化碳浓度，${firstLabel}至${lastLabel}：从${first.CO2} ppm升至${last.CO2} ppm（+${rise.toFixed(0)}%）。每年的锯齿是季节起伏，季节调整后的曲线显示其下的趋势。`,
    source: en
      ? `Scripps CO₂ Program, Scripps Institution of Oceanography (${licenses.map((l) => l.title).join("; ")}), via the vega-datasets ${pkg.version} package`
      : `斯克里普斯海洋研究所 CO₂ 项目（Scripps CO₂ Program，${licenses.map((l) => l.title).join("；")}），经 vega-datasets ${pkg.version} 数据包`,
    source_url: sources[0].path,
    note: en
      ? `ppm: parts per million (molecules of CO₂ per million molecules of dry air), SIO 2012 manometric scale; each value is adjusted to the 15th of its month. Seasonally adjusted: a 4-harmonic fit of the seasonal cycle removed. No data for ${gaps.map((m) => monthLabel(m, locale)).join(", ")}.`
      : `ppm：百万分率（每百万个干空气分子中的CO₂分子数），SIO 2012压力计标度；每个数值校正到当月15日。季节调整：扣除四次谐波拟合的季节循环。${gaps.map((m) => monthLabel(m, locale)).join("、")}无数据。`,
    charts: [
      {
        type: "line",
        title: en ? "CO₂ concentration, monthly" : "二氧化碳浓度（月度）",
        x: xAxis(en ? "Month" : "月份", months, (m) => monthLabel(m, locale)),
        y: { label: en ? "CO₂" : "二氧化碳浓度", unit: "ppm" },
        series: [
          { name: en ? "Monthly average" : "月均值", values: raw },
          { name: en ? "Seasonally adjusted" : "季节调整后", values: adjusted },
        ],
      },
    ],
  };
}

// ---- 2. S&P 500, daily close -----------------------------------------------------------------------
// 5,104 trading days (2000-01-03 … 2020-04-17), inside the limits: long lines are decimated to at most
// 4 points per pixel column when drawn, so nothing is aggregated here either. Closing prices, rounded
// to cents (the file carries six decimals of float noise).
function sp500(pkg, locale) {
  const rows = readCsv("sp500-2000.csv").map((r) => ({ date: r.date, close: round(number(r.close, r.date), 2) }));
  const { sources } = provenance(pkg.meta, "sp500_2000");
  const en = locale === "en";
  const max = (list) => list.reduce((a, b) => (b.close > a.close ? b : a));
  const min = (list) => list.reduce((a, b) => (b.close < a.close ? b : a));
  const peak2000 = max(rows.filter((r) => r.date < "2001"));
  const peak2007 = max(rows.filter((r) => r.date < "2008"));
  const low2002 = min(rows.filter((r) => r.date < "2004"));
  const low2009 = min(rows.filter((r) => r.date < "2010"));
  // "For good": the day after the last close at or below the 2000 high.
  const lastBelow = rows.findLastIndex((r) => r.close <= peak2000.close);
  const recovered = rows[lastBelow + 1];
  const top = max(rows);
  const covidLow = min(rows.filter((r) => r.date > top.date));
  const last = rows[rows.length - 1];
  const fmt = (v) => v.toLocaleString("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const d = (r) => dayLabel(r.date, "en");
  const years = Number(recovered.date.slice(0, 4)) - Number(peak2000.date.slice(0, 4));
  const fall = (a, b) => ((1 - b.close / a.close) * 100).toFixed(0);
  if (!en) throw new Error("the S&P 500 spec is written in English only");
  return {
    version: 1,
    locale,
    title: `Two crashes and ${years} lost years: the S&P 500 only beat its 2000 high for good in ${recovered.date.slice(0, 4)}`,
    subtitle: `Daily close of the S&P 500 index, ${d(rows[0])} to ${d(last)}. It fell ${fall(peak2000, low2002)}% after the dot-com bubble and ${fall(peak2007, low2009)}% in the financial crisis; the pandemic sell-off of 2020 cut ${fall(top, covidLow)}% from a record in a month.`,
    source: `Yahoo Finance (S&P 500 index, ^GSPC), via the vega-datasets ${pkg.version} package (sp500-2000.csv; no licence stated for the data)`,
    source_url: sources[0]?.path.replace("%5EDJI", "%5EGSPC") || undefined,
    note: `Index points, not adjusted for inflation; dividends not included. Highs and lows are daily closes: ${d(peak2000)} ${fmt(peak2000.close)}; ${d(low2002)} ${fmt(low2002.close)}; ${d(peak2007)} ${fmt(peak2007.close)}; ${d(low2009)} ${fmt(low2009.close)}; record ${d(top)} ${fmt(top.close)}.`,
    charts: [
      {
        type: "line",
        title: "S&P 500, daily close",
        x: xAxis("Trading day", rows.map((r) => r.date), (iso) => dayLabel(iso, locale)),
        y: { label: "Index points" },
        series: [{ name: "S&P 500", values: rows.map((r) => r.close) }],
      },
    ],
  };
}

// ---- 3. Population growth of the six most populous countries, Gapminder ---------------------------
// gapminder.json holds 62 countries only (not whole regions), so the charts name countries rather than
// summing a sample into "regions": population in three years (grouped bars), and growth as a multiple
// of 1955 every five years (lines).
const COUNTRY_ZH = {
  China: "中国",
  India: "印度",
  "United States": "美国",
  Indonesia: "印尼",
  Brazil: "巴西",
  Pakistan: "巴基斯坦",
};
const YEARS = [1955, 1980, 2005];

function population(pkg, locale) {
  const rows = readJson("gapminder.json");
  const pop = new Map(rows.map((r) => [`${r.country}|${r.year}`, r.pop]));
  const first = YEARS[0];
  const last = YEARS[YEARS.length - 1];
  const allYears = [...new Set(rows.map((r) => r.year))].filter((y) => y >= first && y <= last).sort((a, b) => a - b);
  const countries = [...new Set(rows.map((r) => r.country))]
    .sort((a, b) => pop.get(`${b}|${last}`) - pop.get(`${a}|${last}`) || a.localeCompare(b))
    .slice(0, 6);
  const get = (c, y) => {
    const v = pop.get(`${c}|${y}`);
    if (!Number.isFinite(v)) throw new Error(`gapminder.json: no population for ${c} in ${y}`);
    return v;
  };
  const inData = new Set(rows.map((r) => r.country)).size;
  const growth = countries
    .map((c) => ({ c, times: get(c, last) / get(c, YEARS[0]) }))
    .sort((a, b) => b.times - a.times || a.c.localeCompare(b.c));
  // The headline is written by hand; these checks stop the script if the data no longer say it.
  const by = Object.fromEntries(growth.map((g) => [g.c, g.times]));
  if (growth[0].c !== "Pakistan" || by.Pakistan <= 4) throw new Error(`headline no longer true: ${JSON.stringify(by)}`);
  for (const c of ["China", "United States"]) {
    if (Math.abs(by[c] - 2) > 0.25) throw new Error(`headline no longer true for ${c}: ${by[c]}`);
  }
  const { sources, licenses } = provenance(pkg.meta, "gapminder");
  const en = locale === "en";
  const name = (c) => {
    if (en) return c;
    if (!COUNTRY_ZH[c]) throw new Error(`no Chinese name for ${c}: add it to COUNTRY_ZH`);
    return COUNTRY_ZH[c];
  };
  return {
    version: 1,
    locale,
    title: en
      ? `Pakistan's population more than quadrupled in fifty years; China's and America's about doubled`
      : `五十年间，巴基斯坦人口增至四倍多，中国和美国约翻一番`,
    subtitle: en
      ? `The six most populous countries in the data set in ${last}: population in ${YEARS.slice(0, -1).join(", ")} and ${last}, and its growth every five years`
      : `数据集中${last}年人口最多的六个国家：${YEARS.join("、")}年的人口，以及每五年的增长`,
    source: en
      ? `Gapminder Foundation (${licenses.map((l) => l.title).join("; ")}), via the vega-datasets ${pkg.version} package (gapminder.json)`
      : `Gapminder基金会（${licenses.map((l) => l.title).join("；")}），经 vega-datasets ${pkg.version} 数据包（gapminder.json）`,
    source_url: sources.find((s) => s.title.includes("Population (Documentation)"))?.path,
    note: en
      ? `Gapminder combines census data with its own estimates and uses today's borders for earlier years. The data set covers ${inData} countries; the six shown are the most populous of them in ${last}. The second chart divides each year's figure by the ${first} one.`
      : `Gapminder综合各国普查数据与其自身估算，早年数据按今日国界计算。该数据集只含${inData}个国家，图中六国是其中${last}年人口最多的。第二张图为各年人口除以${first}年人口。`,
    // Countries are series (legend, same colour in both charts), years are categories: a country name
    // never has to fit under a bar on a phone.
    charts: [
      {
        type: "bar",
        title: en ? "Population" : "人口",
        x: { categories: YEARS.map(String) },
        y: { label: en ? "Population" : "人口", unit: "人" },
        series: countries.map((c) => ({ name: name(c), values: YEARS.map((y) => get(c, y)) })),
      },
      {
        type: "line",
        title: en ? `Growth since ${first}` : `${first}年以来的增长`,
        subtitle: en ? `Population as a multiple of ${first}` : `人口为${first}年的几倍`,
        x: { categories: allYears.map(String) },
        y: { label: en ? `${first} = 1` : `${first}年 = 1`, unit: en ? "×" : "倍" },
        series: countries.map((c) => ({ name: name(c), values: allYears.map((y) => round(get(c, y) / get(c, first), 2)) })),
      },
    ],
  };
}

// ---- 4. the chart-form demos (scripts/convert-data-forms.mjs) ------------------------------------
const FORMS_LIB = {
  readCsv,
  readJson,
  provenance,
  number,
  round,
  monthRange,
  monthLabel,
  xAxis,
  fail: (message) => {
    throw new Error(message);
  },
};

// ---- writing -----------------------------------------------------------------------------------------
/** JSON with objects indented and arrays of plain values on one line (a 5,000-value series is one
 * line, not 5,000), keys in the order written above: stable, diff-friendly output. */
function format(value, indent = "") {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
    const inner = indent + "  ";
    return `[\n${value.map((v) => inner + format(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value && typeof value === "object") {
    const inner = indent + "  ";
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function main() {
  const pkg = openPackage();
  const specs = {
    "co2-mauna-loa.en.json": co2(pkg, "en"),
    "co2-mauna-loa.json": co2(pkg, "zh-CN"),
    "sp500.en.json": sp500(pkg, "en"),
    "population-growth.en.json": population(pkg, "en"),
    "population-growth.json": population(pkg, "zh-CN"),
    "us-unemployment-by-industry.en.json": unemploymentByIndustry(FORMS_LIB, pkg, "en"),
    "us-unemployment-by-industry.json": unemploymentByIndustry(FORMS_LIB, pkg, "zh-CN"),
    "life-expectancy-ranking.en.json": lifeAndBirths(FORMS_LIB, pkg, "en"),
    "life-expectancy-ranking.json": lifeAndBirths(FORMS_LIB, pkg, "zh-CN"),
    "us-population-by-age.en.json": populationByAge(FORMS_LIB, pkg),
    "seattle-rain-temperature.en.json": seattleWeather(FORMS_LIB, pkg),
    "tech-stocks.en.json": techStocks(FORMS_LIB, pkg),
  };
  let stale = 0;
  for (const [file, spec] of Object.entries(specs)) {
    const out = path.join(OUT, file);
    const text = format(spec) + "\n";
    const old = existsSync(out) ? readFileSync(out, "utf8") : null;
    if (CHECK_ONLY) {
      if (old !== text) {
        stale += 1;
        console.log(`out of date: www/specs/${file}`);
      }
      continue;
    }
    if (old !== text) writeFileSync(out, text);
    console.log(`${old === text ? "unchanged" : "wrote"} www/specs/${file} (${text.length.toLocaleString("en-US")} bytes)`);
  }
  if (stale) process.exit(1);
}

main();
