import type { APIRoute } from 'astro';
import { can } from '../../../lib/auth.ts';
import { DeskError, checkChange, submitStory } from '../../../lib/workflow.ts';
import { ctx, formText } from '../../desk.ts';
import { messagePage } from '../../respond.ts';

export const POST: APIRoute = async ({ locals, request, redirect }) => {
  const user = locals.user!;
  if (!can(user.role, 'story', 'submit')) return messagePage('Vai trò của bạn không gửi bài.', 403);
  const slug = formText(await request.formData(), 'slug');
  try {
    const id = submitStory(ctx, user, slug);
    void checkChange(ctx, id).catch((e: unknown) => console.error(e));
    return redirect(`/?da-gui=${id}`, 303);
  } catch (e) {
    if (e instanceof DeskError) return messagePage(e.message, 400);
    throw e;
  }
};
