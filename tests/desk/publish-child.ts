// `tsx tests/desk/publish-child.ts <repo> <changeId>`: one approval, in its own process, for
// the test that kills a publish half way (tests/integration/desk-publish.test.ts).
import { deskPaths } from '../../desk/lib/config.ts';
import { deskDb } from '../../desk/lib/db.ts';
import { approve, type Actor } from '../../desk/lib/workflow.ts';

const [repo, id] = process.argv.slice(2);
const paths = deskPaths({ DESK_REPO: repo });
const db = deskDb(paths.home);
const reviewer = db
  .prepare("SELECT id, name, email, role FROM user WHERE role = 'reviewer'")
  .get() as unknown as Actor;
const name = await approve({ paths, db, siteUrl: '' }, reviewer, Number(id));
console.log(`published ${name}`);
