// The desk tests' accounts and where their project copy lives (tests/desk/desk-server.ts).
export const DESK_REPO = 'tests/output/desk-repo';
export const DESK_PORT = 4396;
export const DESK = `http://127.0.0.1:${DESK_PORT}`;
/** nginx with the shipped config, serving the copy's live folder. */
export const LIVE = `http://127.0.0.1:${DESK_PORT + 1}`;
export const DESK_USERS = [
  { username: 'lan', role: 'writer', name: 'Nguyễn Thị Lan', password: 'bien-tap-vien-lan-2026' },
  { username: 'minh', role: 'data', name: 'Trần Văn Minh', password: 'can-bo-so-lieu-minh-2026' },
  { username: 'hoa', role: 'reviewer', name: 'Lê Thị Hoa', password: 'nguoi-duyet-hoa-2026' },
  { username: 'son', role: 'reviewer', name: 'Phạm Văn Sơn', password: 'nguoi-duyet-son-2026' },
] as const;
export const account = (username: (typeof DESK_USERS)[number]['username']) =>
  DESK_USERS.find((u) => u.username === username)!;
