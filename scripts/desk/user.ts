// `npm run desk:user -- add <username> --role writer|data|reviewer --name "Họ tên" [--email a@b]`
// `npm run desk:user -- password <username>` · `npm run desk:user -- list`
// IT's one command for staff accounts. The password is read from the terminal (hidden) or, with
// --password-stdin, from standard input; it is stored only as Better Auth's scrypt hash.
import { createInterface } from 'node:readline';
import { ROLES, isRole, makeAuth, migrate } from '../../desk/lib/auth.ts';
import { deskPaths } from '../../desk/lib/config.ts';
import { audit, deskDb } from '../../desk/lib/db.ts';

const [cmd, name, ...rest] = process.argv.slice(2);
const opt = (k: string) => (rest.includes(k) ? rest[rest.indexOf(k) + 1] : undefined);
const usage =
  'cách dùng:\n  npm run desk:user -- add <tên-đăng-nhập> --role writer|data|reviewer --name "Họ tên" [--email địa-chỉ]\n  npm run desk:user -- password <tên-đăng-nhập>\n  npm run desk:user -- list';

async function readPassword(): Promise<string> {
  if (rest.includes('--password-stdin') || !process.stdin.isTTY) {
    let s = '';
    for await (const chunk of process.stdin) s += String(chunk);
    return s.replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((ok) => {
      process.stdout.write(q);
      const w = rl as unknown as { _writeToOutput: (s: string) => void };
      w._writeToOutput = () => {}; // hide what is typed
      rl.question('', (a) => {
        process.stdout.write('\n');
        ok(a);
      });
    });
  const a = await ask('Mật khẩu (ít nhất 10 ký tự): ');
  const b = await ask('Nhập lại mật khẩu: ');
  rl.close();
  if (a !== b) throw new Error('hai lần nhập mật khẩu không khớp');
  return a;
}

const paths = deskPaths();
const db = deskDb(paths.home);
const auth = makeAuth({ home: paths.home, baseURL: 'http://127.0.0.1', secure: false });
await migrate(auth);
const find = (u: string) =>
  db.prepare('SELECT id, name, email, role FROM user WHERE username = ?').get(u.toLowerCase()) as
    { id: string; name: string; email: string; role: string } | undefined;

try {
  if (cmd === 'list') {
    for (const u of db
      .prepare('SELECT username, name, role, email FROM user ORDER BY username')
      .all() as { username: string; name: string; role: string; email: string }[])
      console.log(`${u.username}\t${u.role}\t${u.name}\t${u.email}`);
  } else if (cmd === 'add' && name) {
    const role = opt('--role');
    const display = opt('--name');
    if (!isRole(role))
      throw new Error(`--role phải là một trong: ${Object.keys(ROLES).join(', ')}`);
    if (!display) throw new Error('thiếu --name "Họ tên"');
    if (!/^[a-z0-9._-]{3,32}$/.test(name))
      throw new Error('tên đăng nhập: 3–32 ký tự a-z, 0-9, dấu chấm, gạch');
    if (find(name))
      throw new Error(
        `đã có tài khoản ${name}; đổi mật khẩu bằng: npm run desk:user -- password ${name}`,
      );
    const password = await readPassword();
    const email = opt('--email') ?? `${name}@ntm-tphcm.invalid`;
    await auth.api.createUser({
      body: { email, password, name: display, role: role, data: { username: name } },
    });
    audit(db, 'IT (dòng lệnh)', 'tạo tài khoản', `${name} (${role})`);
    console.log(`✓ Đã tạo tài khoản ${name} (${role}).`);
  } else if (cmd === 'password' && name) {
    const u = find(name);
    if (!u) throw new Error(`không có tài khoản ${name}`);
    const password = await readPassword();
    await auth.api.setUserPassword({ body: { userId: u.id, newPassword: password } });
    db.prepare('DELETE FROM desk_login_failure WHERE username = ?').run(name.toLowerCase());
    audit(db, 'IT (dòng lệnh)', 'đặt lại mật khẩu', name);
    console.log(`✓ Đã đặt mật khẩu mới cho ${name} (và mở khóa tài khoản nếu đang khóa).`);
  } else {
    console.error(usage);
    process.exit(2);
  }
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(1);
}
