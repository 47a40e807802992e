import { loadPagefind, type PagefindResult } from '../search/load-pagefind';
import { glossaryFirst, joinPages, toEditionResult, type EditionResult, type PagefindData } from '../search/results';
import { preloadable, typingPause } from '../search/typing-pause';
import { placeName } from './place-name';

/** Results shown at once: each shown result costs a fetch of its page's data, so more wait for a click. */
const PAGE_SIZE = 5;

/**
 * Whether an edit of the field is one keystroke: a character typed or deleted, or a phone keyboard's
 * word in progress (composition: each letter replaces the word so far), not a paste, cut or completion.
 */
function isKeystroke(event: Event): boolean {
  if (!(event instanceof InputEvent)) return false;
  if (event.isComposing || event.inputType === 'insertCompositionText') return true;
  if (event.inputType === 'deleteByCut') return false;
  return event.inputType.startsWith('delete') || (event.inputType === 'insertText' && (event.data ?? '').length <= 1);
}

/**
 * The /search/ page: results as you type, the query and filters kept in the URL (shareable, and the
 * back button works), a polite live region for the count, and hits grouped by paragraph.
 * All text from the index is inserted as text, never as HTML.
 */
export function startSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-search-form]');
  const field = doc.querySelector<HTMLInputElement>('#search-query');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]');
  const more = doc.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !field || !status || !list || !more) return;
  doc.querySelector('[data-search-nojs]')?.remove();
  form.hidden = false;
  // Opening the search page is the intent to search: load Pagefind while the reader types.
  void loadPagefind().catch(() => undefined);

  const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((box) => box.checked).map((box) => box.value);
  const all = (name: string) => form.querySelectorAll(`input[name="${name}"]`).length;

  const filters = () => {
    const kinds = checked('kind');
    const sections = checked('section');
    const sectionsLimited = sections.length < all('section');
    if (kinds.length === all('kind') && !sectionsLimited) return undefined;
    return { any: kinds.map((kind) => (kind === 'Essay' && sectionsLimited ? { kind, section: { any: sections } } : { kind })) };
  };

  const writeUrl = (push: boolean) => {
    const params = new URLSearchParams();
    if (field.value.trim()) params.set('q', field.value);
    if (checked('kind').length < all('kind')) for (const kind of checked('kind')) params.append('kind', kind);
    if (checked('section').length < all('section')) for (const section of checked('section')) params.append('section', section);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    field.value = params.get('q') ?? '';
    for (const name of ['kind', 'section']) {
      const wanted = params.getAll(name);
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = wanted.length === 0 || wanted.includes(box.value);
    }
  };

  let run = 0;
  let found: { query: string; results: PagefindResult[]; shown: EditionResult[] } | undefined;

  const describe = (query: string, count: number, shown: number) => {
    const quoted = query.length > 60 ? `${query.slice(0, 60)}…` : query;
    if (count === 0) return `No results for “${quoted}”. Check the spelling, try fewer words, or browse the glossary.`;
    return `${count} ${count === 1 ? 'match' : 'matches'} for “${quoted}”${count > shown ? `; showing the best ${shown}` : ''}.`;
  };

  /** Loads the data of the next results (only those about to be shown) and shows them. */
  const showMore = async (mine: number) => {
    if (!found) return;
    const { query, results } = found;
    const data = await Promise.all(results.slice(found.shown.length, found.shown.length + PAGE_SIZE).map((result) => result.data()));
    if (mine !== run) return;
    const aliases = new Map(data.map((page: PagefindData) => [page.url, (page.meta.aliases ?? '').split(',').map((alias) => alias.trim()).filter(Boolean)]));
    const next = data.map((page) => toEditionResult(page));
    // Only the first results are reordered: results already on screen never move.
    const ordered = found.shown.length === 0 ? glossaryFirst(next, query, (result) => aliases.get(result.url) ?? []) : next;
    found.shown.push(...ordered);
    // Passages of one section show as one result, where its best passage ranks.
    list.replaceChildren(...joinPages(found.shown).map((result) => render(doc, result)));
    more.hidden = found.shown.length >= results.length;
    // The same words again (a space typed after a word) are not announced again.
    const said = describe(query, results.length, found.shown.length);
    if (status.textContent !== said) status.textContent = said;
  };

  /** Runs the query in the field, after `pause` ms without another keystroke. */
  const search = async (pause = 0) => {
    const query = field.value.trim();
    const mine = ++run;
    if (!query) {
      found = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const api = await loadPagefind();
      const options = filters() ? { filters: filters() } : {};
      if (pause > 0) {
        const ahead = preloadable(query);
        if (ahead) void api.preload(ahead, options);
        await new Promise((resolve) => setTimeout(resolve, pause));
        if (mine !== run) return;
      }
      const response = await api.search(query, options);
      if (response === null || mine !== run) return;
      found = { query, results: response.results, shown: [] };
      await showMore(mine);
    } catch (error) {
      if (mine !== run) return;
      status.textContent = 'Search is unavailable right now. Browse the contents or the glossary instead.';
      console.warn('search failed', error);
    }
  };

  more.addEventListener('click', () => {
    const first = list.children.length;
    showMore(run).then(
      () => (list.children[first] ?? list.lastElementChild)?.querySelector<HTMLAnchorElement>('a')?.focus(),
      (error: unknown) => {
        status.textContent = 'More results are unavailable right now.';
        console.warn('search failed', error);
      },
    );
  });

  // Key by key, the search waits for the reader to pause (src/search/typing-pause.ts) while the index
  // chunks for what is typed load; a pasted or completed query is searched at once.
  const gaps: number[] = [];
  let lastKeystroke = Number.NEGATIVE_INFINITY;
  field.addEventListener('input', (event) => {
    writeUrl(false);
    if (isKeystroke(event)) {
      const now = performance.now();
      gaps.push(now - lastKeystroke);
      gaps.splice(0, gaps.length - 3);
      lastKeystroke = now;
      void search(typingPause(gaps, field.value.trim()));
    } else void search();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) {
      writeUrl(true);
      void search();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(true);
    void search();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void search();
  });

  readUrl();
  if (field.value) void search();
  else field.focus();
}

function render(doc: Document, result: EditionResult): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = 'ed-result';
  const kind = doc.createElement('p');
  kind.className = 'ed-result__kind';
  kind.textContent = result.kind;
  const heading = doc.createElement('h2');
  heading.className = 'ed-result__title';
  const link = doc.createElement('a');
  link.href = result.url;
  link.textContent = result.title;
  heading.append(link);
  item.append(kind, heading);
  const subs = doc.createElement('ul');
  subs.className = 'ed-result__places';
  for (const sub of result.subResults) {
    const entry = doc.createElement('li');
    const place = doc.createElement('a');
    place.href = sub.url;
    place.append(placeName(doc, sub.label));
    const excerpt = doc.createElement('p');
    excerpt.className = 'ed-result__excerpt';
    excerpt.append(
      ...sub.excerpt.map((part) => {
        if (!part.hit) return doc.createTextNode(part.text);
        const mark = doc.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
    if (sub.url !== result.url) entry.append(place);
    entry.append(excerpt);
    subs.append(entry);
  }
  item.append(subs);
  return item;
}
