// `npm run desk:rollback -- --reason "lý do" [--to <bản>]`: IT's rollback, the same as the
// reviewer's button: the live site back to the previous release (or --to), logged with the reason.
import { deskPaths } from '../../desk/lib/config.ts';
import { deskDb } from '../../desk/lib/db.ts';
import { DeskError, releases, rollback } from '../../desk/lib/workflow.ts';

const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const paths = deskPaths();
const ctx = { paths, db: deskDb(paths.home), siteUrl: process.env['SITE_URL'] ?? '' };
if (args.includes('--list') || !opt('--reason')) {
  for (const r of releases(ctx))
    console.log(
      `${r.live ? '*' : ' '} ${r.name}  ${r.commit_sha.slice(0, 10)}  ${r.by_name}  ${r.note}`,
    );
  if (!opt('--reason'))
    console.error(
      '\ncách dùng: npm run desk:rollback -- --reason "lý do" [--to <bản>]   (* = bản đang đăng)',
    );
  process.exit(opt('--reason') ? 0 : 2);
}
try {
  const to = await rollback(
    ctx,
    { name: `IT (dòng lệnh, ${process.env['USER'] ?? 'root'})` },
    opt('--reason')!,
    opt('--to'),
  );
  console.log(`✓ Bản ${to} đang được đăng.`);
} catch (e) {
  console.error(`✗ ${e instanceof DeskError ? e.message : (e as Error).stack}`);
  process.exit(1);
}
