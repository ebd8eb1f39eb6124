"""Web pages around a version's text, in the structures newsrooms publish: a wire story page with JSON-LD, a
WordPress repost with meta tags, an AMP page; each with menus, a "related" list and hostile script, style and
comments that must never reach the story. The page tests and the scale benchmark read these."""

from __future__ import annotations

import html
import json

HOSTILE = ('<script>var teaser = "The Kremlin said Wednesday \\u201cwe see no significant reason\\u201d";</script>\n'
           '<style>.x:before{content:"Monday, Jan. 3, 2022"}</style>\n<!-- "We see no reason for optimism," said nobody on Friday -->')
CHROME = '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>'
RELATED = '<aside class="related"><h3>Related</h3><ul><li><a href="/a">Kremlin said Thursday talks failed</a></li></ul></aside>'


def encoded(text: str) -> str:
    """Text as a page's source writes it: quotes and dashes as entities."""
    return (html.escape(text, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;").replace('"', "&quot;")
            .replace("’", "&#8217;").replace("—", "&mdash;"))


def page(text: str, meta: dict, structure: str) -> str:
    """A wire story page with JSON-LD, a WordPress repost with meta tags, or an AMP page, around one version's text."""
    headline, *paragraphs = [line for line in text.split("\n") if line.strip()]
    body = "\n".join(f"<p>{encoded(paragraph)}</p>" for paragraph in paragraphs)
    head = f"<title>{encoded(headline)} | News</title>"
    if structure == "wire":
        head += ('\n<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
            "datePublished": f"{meta['published']}T09:00:00Z", "publisher": {"@type": "Organization", "name": meta["outlet"]}}) + "</script>")
    else:
        head += (f'\n<meta property="article:published_time" content="{meta["published"]}T09:00:00+00:00">'
                 f'\n<meta property="og:site_name" content="{encoded(meta["outlet"])}">')
    article = f"<h1>{encoded(headline)}</h1>\n{body}"
    if structure == "amp":
        return (f'<!doctype html>\n<html amp lang="en">\n<head>\n<meta charset="utf-8">\n{head}\n'
                f'<script async src="https://cdn.ampproject.org/v0.js"></script>\n</head>\n<body>\n{CHROME}\n<main><article>\n'
                f"{article}\n</article></main>\n{RELATED}\n{HOSTILE}\n</body>\n</html>\n")
    if structure == "wordpress":
        return (f'<!DOCTYPE html>\n<html lang="en-US">\n<head>\n{head}\n</head>\n<body class="single">\n<header>{CHROME}</header>\n'
                f'<div id="content"><div class="entry-content">\n{article}\n</div></div>\n<div class="sidebar">{RELATED}</div>\n'
                f"{HOSTILE}\n<footer>Copyright 2022</footer>\n</body>\n</html>\n")
    return f"<!DOCTYPE html>\n<html>\n<head>\n{head}\n</head>\n<body>\n{CHROME}\n<article>\n{article}\n</article>\n{RELATED}\n{HOSTILE}\n</body>\n</html>\n"
