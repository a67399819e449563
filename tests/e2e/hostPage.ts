/**
 * The host page of the embed tests, served on a second origin by setup.ts. It frames `?src=` (no referrer,
 * so the frame cannot learn the host's origin unless the link's `origins=` names it), records every message
 * the frame posts in `window.received`, and `window.send(msg)` posts a message into the frame.
 */
export const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><title>Host</title></head>
<body>
<iframe id="f" title="Halvera" width="800" height="450" style="border:0"></iframe>
<script>
  window.received = [];
  addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
  const frame = document.getElementById('f');
  frame.src = new URLSearchParams(location.search).get('src');
  window.send = (msg) => frame.contentWindow.postMessage(msg, '*');
</script>
</body></html>`;
