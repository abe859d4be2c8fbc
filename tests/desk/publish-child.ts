// `tsx tests/desk/publish-child.ts <repo> <changeId>`: one approval, in its own process, for
// the test that kills a publish half way (tests/integration/desk-publish.test.ts).
import { deskPaths } from '../../desk/lib/config.ts';
import { deskDb } from '../../desk/lib/db.ts';
import { approve, recoverCutShort, type Actor } from '../../desk/lib/workflow.ts';

const [repo, id] = process.argv.slice(2);
const paths = deskPaths({ DESK_REPO: repo });
const db = deskDb(paths.home);
// As the desk does on starting: this process follows one that may have been killed mid-publish.
recoverCutShort({ paths, db, siteUrl: '' });
const reviewer = db
  .prepare("SELECT id, name, email, role FROM user WHERE role = 'reviewer'")
  .get() as unknown as Actor;
const name = await approve({ paths, db, siteUrl: '' }, reviewer, Number(id));
console.log(`published ${name}`);
