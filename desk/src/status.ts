import type { ChangeStatus } from '../lib/workflow.ts';
export const STATUS_VI: Record<ChangeStatus, string> = {
  draft: 'Bản nháp (chưa gửi)',
  checking: 'Đang dựng và kiểm tra',
  failed: 'Không qua kiểm tra',
  waiting: 'Chờ duyệt',
  returned: 'Bị trả lại',
  publishing: 'Đang phát hành',
  published: 'Đã đăng',
  withdrawn: 'Đã rút',
};
