// File names of stories: an ASCII slug of the Vietnamese title. Shared by `npm run new:story`
// and the editor (which runs it in the browser, so this module imports nothing).

/** ASCII slug of a Vietnamese title. */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
