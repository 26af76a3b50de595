// Address-bar search: an OpenSearch 1.1 description per language (/opensearch.xml,
// /de/opensearch.xml), linked from every page (Base.astro). Its template opens the search page
// with the query, /search/?q=…, which goes straight to a code, cause or warn-code it names and
// shows results for anything else. The icons are public/favicon.svg drawn at 16 and 32 pixels.
import type { APIRoute, GetStaticPaths } from 'astro';
import { perLanguage } from '../../data/collections.ts';
import { localizePath, useTranslations, type Lang } from '../../i18n/index.ts';

export const getStaticPaths = (() => perLanguage([{ params: {}, props: {} }])) satisfies GetStaticPaths;

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: APIRoute = ({ props, site }) => {
  const lang = (props as { lang: Lang }).lang;
  const t = useTranslations(lang);
  const abs = (path: string) => new URL(path, site).href;
  const searchPage = abs(localizePath('/search', lang));
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${xml(t.search.opensearchName)}</ShortName>
  <Description>${xml(t.search.opensearchDescription)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <OutputEncoding>UTF-8</OutputEncoding>
  <Language>${lang}</Language>
  <Image width="16" height="16" type="image/png">${xml(abs('/icon-16.png'))}</Image>
  <Image width="32" height="32" type="image/png">${xml(abs('/icon-32.png'))}</Image>
  <Url type="text/html" method="get" template="${xml(searchPage)}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${xml(abs(localizePath('/opensearch.xml', lang)))}"/>
  <moz:SearchForm>${xml(searchPage)}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml' } });
};
