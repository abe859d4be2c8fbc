/// <reference types="astro/client" />
/// <reference path="../../src/editor/virtual.d.ts" />
declare namespace App {
  interface Locals {
    user: { id: string; name: string; email: string; role: string; username: string } | null;
    sessionId: string | null;
    csrf: string;
  }
}
