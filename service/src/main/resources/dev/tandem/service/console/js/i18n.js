// Labels in Chinese and English: one JSON dictionary per language, chosen from the saved switch or the browser.
export const LANGUAGES = ['zh-CN', 'en'];
const SAVED = 'tandem-language';

let lang = 'en';
let dict = {};
/** Times are shown in the network's own offset (such as +08:00), whatever the browser's time zone. */
let zone = 'UTC';

export function setZone(offset) {
  zone = /^[+-]\d\d:\d\d$/.test(offset) ? offset : 'UTC';
}

/** The language to use: the one saved by the switch, else the browser's (any Chinese → zh-CN), else English. */
export function chooseLanguage() {
  const saved = localStorage.getItem(SAVED);
  if (LANGUAGES.includes(saved)) {
    return saved;
  }
  const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  return wanted.some(code => String(code).toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export async function loadLanguage(code) {
  const response = await fetch(`/console/i18n/${code}.json`);
  dict = await response.json();
  lang = code;
  document.documentElement.lang = code;
}

export function saveLanguage(code) {
  localStorage.setItem(SAVED, code);
}

export function language() {
  return lang;
}

/** Whether there is a label for key (for open sets such as a network's skill codes). */
export function has(key) {
  return dict[key] !== undefined;
}

/** The label for key, with {name} placeholders filled; a missing key is a console error and shows the key. */
export function t(key, params = {}) {
  let text = dict[key];
  if (text === undefined) {
    console.error(`Missing label ${key} in ${lang}`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all));
}

/** Sets the text of every element with data-i18n under root. */
export function translate(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
  document.title = t('app.title');
}

const numbers = {};
function numberFormat(digits) {
  const key = `${lang}:${digits}`;
  if (!numbers[key]) {
    numbers[key] = new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  }
  return numbers[key];
}

export function num(value, digits = 0) {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : numberFormat(digits).format(value);
}

export function money(value) {
  return value === null || value === undefined ? '–' : t('fmt.money', { amount: num(Number(value), 0) });
}

export function pct(ratio) {
  return ratio === null || ratio === undefined ? '–' : `${num(ratio * 100, 0)} %`;
}

/** A date always with its year and weekday, so a week never reads without its year. */
export function date(iso) {
  if (!iso) {
    return '–';
  }
  const day = new Date(`${String(iso).slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short',
    timeZone: 'UTC' }).format(day);
}

/** A period of days: "from – to", or the one day when both are the same. */
export function period(from, to) {
  const first = String(from).slice(0, 10);
  const last = String(to).slice(0, 10);
  return first === last ? date(first) : t('period.dates', { from: date(first), to: date(last) });
}

/** A short day label for a column: weekday and day of month. */
export function day(iso) {
  const value = new Date(`${String(iso).slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang, { month: 'numeric', day: 'numeric', weekday: 'short', timeZone: 'UTC' })
    .format(value);
}

export function time(iso) {
  if (!iso) {
    return '–';
  }
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit',
    minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date(iso));
}

/** Minutes as hours and minutes. */
export function minutes(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  const whole = Math.round(value);
  const hours = Math.floor(whole / 60);
  return hours > 0 ? t('fmt.hoursMinutes', { h: hours, m: whole % 60 }) : t('fmt.minutes', { m: whole });
}
