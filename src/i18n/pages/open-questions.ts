// The words of the open-questions page (/chua-cong-bo/, /en/open-questions/):
// src/views/OpenQuestions.astro. The questions themselves are data (reference.openQuestions).
import type { Lang } from '../lang.ts';

export interface OpenQuestionsText {
  title: string;
  description: string;
  /** The lead: what the page lists, then how the rest of the site links to it. */
  lead: readonly [string, string];
  count: (n: number) => string;
  lastSearched: (date: string) => string;
  /** Before an example entry's address. */
  cite: string;
  navLabel: string;
  searched: string;
  searchedOn: (date: string) => string;
  nearest: string;
  noNearest: string;
  wanted: string;
  note: string;
  topics: string;
  sendOne: string;
  send: {
    heading: string;
    /** Before the link to the methodology's "report an error" section. */
    intro: string;
    /** After that link, before the list. */
    with: string;
    /** Before the example address. */
    address: string;
    document: string;
    passage: string;
    policy: string;
  };
}

export const OPEN_QUESTIONS_TEXT = {
  vi: {
    title: 'Những gì chưa được công bố',
    description:
      'Các câu hỏi còn mở về nông thôn mới TP.HCM: đã tìm gì, dữ kiện gần nhất đã công bố, văn bản nào sẽ trả lời, và cách gửi nguồn.',
    lead: [
      'Trang này liệt kê những điều người đọc hay hỏi mà chưa có văn bản công khai nào trả lời. Với mỗi câu hỏi: đã tìm gì và ở đâu, dữ kiện gần nhất đã được công bố, và văn bản nào sẽ trả lời được.',
      'Ở mọi trang, mỗi chỗ báo thiếu số liệu là một liên kết đến mục tương ứng ở đây. Chưa công bố không có nghĩa là bằng 0 hay chưa đạt.',
    ],
    count: (n) => `${n} câu hỏi`,
    lastSearched: (date) => `, tra cứu lần gần nhất ngày ${date}`,
    cite: 'Khi trích dẫn, ghi địa chỉ của mục, ví dụ',
    navLabel: 'Các câu hỏi còn mở',
    searched: 'Đã tìm',
    searchedOn: (date) => ` (tra cứu ngày ${date})`,
    nearest: 'Dữ kiện gần nhất đã công bố',
    noNearest: 'Không có dữ kiện nào gần với câu hỏi này.',
    wanted: 'Văn bản sẽ trả lời',
    note: 'Ghi chú',
    topics: 'Trên trang, mục này giải thích',
    sendOne: 'Gửi nguồn cho câu hỏi này',
    send: {
      heading: 'Cách gửi nguồn',
      intro: 'Nếu bạn có văn bản trả lời một câu hỏi trên, hãy gửi theo cách ở mục',
      with: ', kèm:',
      address: 'địa chỉ của câu hỏi (ví dụ',
      document:
        'văn bản đã công bố: địa chỉ web, hoặc số văn bản và ngày ký; cán bộ của chương trình có thể gửi bản Excel của số liệu chính thức;',
      passage: 'đoạn văn bản trả lời câu hỏi.',
      policy:
        'Chúng tôi chỉ cập nhật khi có nguồn đã công bố. Một suy luận, dù hợp lý, vẫn chỉ là ghi chú.',
    },
  },
  en: {
    title: 'What has not been published',
    description:
      'Open questions on New Rural Development in Ho Chi Minh City: what was searched, the nearest published fact, which document would answer each one, and how to send a source.',
    lead: [
      'This page lists what readers often ask but no public document answers. For each question: what was searched and where, the nearest fact that has been published, and which document would answer it.',
      'Every notice of missing data on this site links to an entry here. Not published does not mean zero, nor not reached.',
    ],
    count: (n) => `${n} questions`,
    lastSearched: (date) => `, last searched on ${date}`,
    cite: 'To cite one, give the address of its entry, for example',
    navLabel: 'Open questions',
    searched: 'Searched',
    searchedOn: (date) => ` (searched on ${date})`,
    nearest: 'Nearest published fact',
    noNearest: 'No published fact comes near this question.',
    wanted: 'The document that would answer it',
    note: 'Note',
    topics: 'On this site, this entry explains',
    sendOne: 'Send a source for this question',
    send: {
      heading: 'How to send a source',
      intro:
        'If you have a document that answers one of these questions, send it as described under',
      with: ', with:',
      address: 'the address of the question (for example',
      document:
        'the published document: its web address, or its number and date of signature; programme staff can send the official figures as an Excel file;',
      passage: 'the passage of the document that answers the question.',
      policy:
        'We update the site only from published sources. An inference, however reasonable, stays a note.',
    },
  },
} satisfies Record<Lang, OpenQuestionsText>;
