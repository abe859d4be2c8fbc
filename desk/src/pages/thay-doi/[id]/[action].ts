// The actions on a change: gui (the author sends a draft), duyet (approve = publish),
// tra-lai (send back with a comment). Roles are checked here, on the server.
import type { APIRoute } from 'astro';
import { can } from '../../../../lib/auth.ts';
import {
  DeskError,
  approve,
  checkChange,
  getChange,
  returnChange,
  submitDraft,
} from '../../../../lib/workflow.ts';
import { ctx, formText } from '../../../desk.ts';
import { messagePage } from '../../../respond.ts';

export const POST: APIRoute = async ({ params, locals, request, redirect }) => {
  const user = locals.user!;
  const id = Number(params.id);
  const ch = Number.isInteger(id) ? getChange(ctx, id) : null;
  if (!ch) return messagePage('Không có thay đổi này.', 404);
  const back = `/thay-doi/${id}/`;
  try {
    switch (params.action) {
      case 'gui':
        if (!can(user.role, ch.kind === 'data' ? 'data' : 'story', 'submit'))
          return messagePage('Vai trò của bạn không gửi loại thay đổi này.', 403, back);
        submitDraft(ctx, user, id);
        void checkChange(ctx, id).catch((e: unknown) => console.error(e));
        return redirect(`/?da-gui=${id}`, 303);
      case 'duyet': {
        if (!can(user.role, 'change', 'publish'))
          return messagePage('Chỉ người duyệt mới phát hành được.', 403, back);
        const name = await approve(ctx, user, id);
        return redirect(
          `${back}?xong=${encodeURIComponent(`Đã phát hành: bản ${name} đang được đăng.`)}`,
          303,
        );
      }
      case 'tra-lai': {
        if (!can(user.role, 'change', 'review'))
          return messagePage('Chỉ người duyệt mới trả lại được.', 403, back);
        returnChange(ctx, user, id, formText(await request.formData(), 'comment'));
        return redirect(back, 303);
      }
      default:
        return messagePage('Không có thao tác này.', 404, back);
    }
  } catch (e) {
    if (e instanceof DeskError)
      return redirect(`${back}?loi=${encodeURIComponent(e.message)}`, 303);
    console.error(e);
    return redirect(
      `${back}?loi=${encodeURIComponent(`Không thực hiện được (lỗi hệ thống: ${(e as Error).message.slice(0, 300)}). Trang đang đăng không đổi.`)}`,
      303,
    );
  }
};
