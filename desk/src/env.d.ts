/// <reference types="astro/client" />
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration file is brought in by reference, not import
/// <reference path="../../src/editor/virtual.d.ts" />
declare namespace App {
  interface Locals {
    user: { id: string; name: string; email: string; role: string; username: string } | null;
    sessionId: string | null;
    csrf: string;
  }
}
