// Does switching leak? The JS heap after `first` and after `last` indicator switches (both after a
// full garbage collection through CDP), switching by hash as a link does, each switch awaited to
// its 'atlas-rendered'. Growth beyond a few per cent means something keeps every plan alive.
export async function heapAfterSwitches(s, ids, { first = 20, last = 200, timeoutMs = 20_000 } = {}) {
  const cdp = await s.page.context().newCDPSession(s.page);
  const heap = async () => {
    // Twice: a first pass may only release what a second one then frees.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const run = (count) =>
    s.guard(
      s.page.evaluate(
        async ({ ids, count, timeoutMs }) => {
          const atlas = document.querySelector('sozial-atlas');
          let k = Math.max(0, ids.indexOf(new URLSearchParams(location.hash.slice(1)).get('indikator')));
          for (let i = 0; i < count; i++) {
            k = (k + 1) % ids.length;
            const id = ids[k];
            const done = new Promise((resolve, reject) => {
              const timer = setTimeout(() => reject(new Error(`no 'atlas-rendered' for ${id} within ${timeoutMs} ms`)), timeoutMs);
              const on = (e) => {
                if (e.detail?.indicator !== id) return;
                atlas.removeEventListener('atlas-rendered', on);
                clearTimeout(timer);
                resolve();
              };
              atlas.addEventListener('atlas-rendered', on);
            });
            location.hash = `#indikator=${encodeURIComponent(id)}`;
            await done;
          }
        },
        { ids, count, timeoutMs },
      ),
    );
  await run(first);
  const afterFirst = await heap();
  await run(last - first);
  const afterLast = await heap();
  await cdp.detach();
  return { afterFirst, afterLast };
}
