import { glossaryFirst, toEditionResult, type EditionResult, type PagefindData } from '../search/results';
import { placeName } from './place-name';

/** The slice of Pagefind's browser API used here (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: { filters?: unknown }, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

const PAGE_SIZE = 10;

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
  if (!form || !field || !status || !list) return;
  doc.querySelector('[data-search-nojs]')?.remove();
  form.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    const url = '/pagefind/pagefind.js';
    pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
      // Essay pages are long, glossary entries short: soften length normalisation so a page that
      // discusses a subject at length is not buried under every entry that mentions it once.
      await module.options({ excerptLength: 30, ranking: { pageLength: 0.2 } });
      await module.init();
      return module;
    });
    return pagefind;
  };

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
  const search = async () => {
    const query = field.value.trim();
    const mine = ++run;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const api = await load();
      const found = await api.debouncedSearch(query, { filters: filters() }, 120);
      if (found === null || mine !== run) return;
      const data = await Promise.all(found.results.slice(0, PAGE_SIZE).map((result) => result.data()));
      if (mine !== run) return;
      const aliases = new Map(data.map((page) => [page.url, (page.meta.aliases ?? '').split(',').map((alias) => alias.trim()).filter(Boolean)]));
      const results = glossaryFirst(data.map((page) => toEditionResult(page)), query, (result) => aliases.get(result.url) ?? []);
      list.replaceChildren(...results.map((result) => render(doc, result)));
      const count = found.results.length;
      const shown = query.length > 60 ? `${query.slice(0, 60)}…` : query;
      status.textContent = count === 0 ? `No results for “${shown}”. Check the spelling, try fewer words, or browse the glossary.` : `${count} ${count === 1 ? 'page matches' : 'pages match'} “${shown}”${count > PAGE_SIZE ? `; showing the first ${PAGE_SIZE}` : ''}.`;
    } catch (error) {
      status.textContent = 'Search is unavailable right now. Browse the contents or the glossary instead.';
      console.warn('search failed', error);
    }
  };

  field.addEventListener('input', () => {
    writeUrl(false);
    void search();
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
