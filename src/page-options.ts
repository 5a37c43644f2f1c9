// Page options read before <sozial-atlas> is defined, so the element starts with them.
// `?data-base=sub/dir/` points the page at another data set (own tables, the benchmark's
// stress level). Only paths on this origin are accepted: the atlas never fetches elsewhere.
const requested = new URLSearchParams(location.search).get('data-base');
if (requested) {
  const url = new URL(requested, document.baseURI);
  const atlas = document.querySelector('sozial-atlas');
  if (url.origin === location.origin && atlas) atlas.setAttribute('data-base', url.pathname);
}
