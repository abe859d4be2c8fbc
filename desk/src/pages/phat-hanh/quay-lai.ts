import type { APIRoute } from 'astro';
import { can } from '../../../lib/auth.ts';
import { DeskError, rollback } from '../../../lib/workflow.ts';
import { ctx, formText } from '../../desk.ts';
import { messagePage } from '../../respond.ts';

export const POST: APIRoute = async ({ locals, request, redirect }) => {
  const user = locals.user!;
  if (!can(user.role, 'release', 'rollback'))
    return messagePage('Chỉ người duyệt mới quay lại bản trước được.', 403, '/');
  const form = await request.formData();
  try {
    const to = await rollback(
      ctx,
      user,
      formText(form, 'reason'),
      formText(form, 'release') || undefined,
    );
    return redirect(
      `/phat-hanh/?xong=${encodeURIComponent(`Đã quay lại: bản ${to} đang được đăng.`)}`,
      303,
    );
  } catch (e) {
    if (e instanceof DeskError)
      return redirect(`/phat-hanh/?loi=${encodeURIComponent(e.message)}`, 303);
    throw e;
  }
};
