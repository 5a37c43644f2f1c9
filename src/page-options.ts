// Page options read before <sozial-atlas> is defined, so the element starts with them: the same
// names as its attributes, e.g. `embed.html?indicator=sgb2-quote&level=sozialraum&controls=minimal`.
// `data-base=sub/dir/` points the page at another data set (the benchmark's stress level); only
// paths on this origin are accepted: the atlas never fetches elsewhere.
import { PAGE_OPTION_NAMES } from './state/view-options';
import { keepModeratorLink } from './data/moderator-secret';

const atlas = document.querySelector('sozial-atlas');
const params = new URLSearchParams(location.search);
// A moderator link's secret goes into this tab's session storage before the atlas writes its hash (which leaves it out).
keepModeratorLink(location.hash);
if (atlas) {
  for (const name of PAGE_OPTION_NAMES) {
    const value = params.get(name);
    if (value !== null) atlas.setAttribute(name, value);
  }
  // `?lang=en`: the page is in the atlas's language for screen readers too (the atlas says which it took).
  if (params.has('lang')) document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'de';
  const requested = params.get('data-base');
  if (requested) {
    const url = new URL(requested, document.baseURI);
    if (url.origin === location.origin) atlas.setAttribute('data-base', url.pathname);
  }
}
