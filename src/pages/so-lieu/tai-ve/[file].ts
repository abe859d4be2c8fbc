// /so-lieu/tai-ve/<file>: the release's downloads, byte for byte as the pipeline wrote and
// hashed them (datapackage.json lists each file's SHA-256).
import type { APIRoute, GetStaticPaths } from 'astro';
import { releaseBytes, releaseFiles } from '../../../lib/site-data.ts';

export const getStaticPaths = (() =>
  [...releaseFiles.map((f) => f.name), 'datapackage.json'].map((file) => ({
    params: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params['file']!;
  const type = name.endsWith('.csv')
    ? 'text/csv; charset=utf-8'
    : name.endsWith('.xlsx')
      ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      : 'application/json; charset=utf-8';
  return new Response(new Uint8Array(releaseBytes(name)), { headers: { 'Content-Type': type } });
};
