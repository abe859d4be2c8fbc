// A short page for a refused action, in Vietnamese, with the way back.
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export function messagePage(message: string, status: number, back = '/'): Response {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Không thực hiện được · Bàn làm việc NTM TP.HCM</title></head><body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>Không thực hiện được</h1><p role="alert">${esc(message)}</p><p><a href="${esc(back)}">Quay lại</a></p></body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
