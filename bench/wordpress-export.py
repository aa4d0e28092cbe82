#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2) of COUNT posts, shaped like a regional news site's: classic and block-editor
content with captions, embeds and shortcodes, Co-Authors Plus authors, categories, tags, Yoast meta, Indonesian
text and emoji. Streamed: any COUNT in constant memory. No picture files: featured images name attachments whose
files are absent, so the import reports them and goes on.

    bench/wordpress-export.py COUNT > export.xml
"""
import random
import sys

count = int(sys.argv[1])
rnd = random.Random(16)
out = sys.stdout
words = ("banjir warga pasar harga cabai jalan ijen kota malang batu kediri pemerintah dprd sekolah siswa guru "
         "petani panen padi arema stadion polisi lalu lintas kecelakaan wisata pantai gunung bromo festival "
         "budaya kampung ekonomi umkm kopi keripik tempe").split()
categories = [("berita-daerah", "Berita Daerah"), ("ekonomi", "Ekonomi"), ("olahraga", "Olahraga"),
              ("pendidikan", "Pendidikan"), ("wisata", "Wisata"), ("hukum-kriminal", "Hukum & Kriminal")]
authors = [(f"penulis{i}", f"Penulis Nomor {i}") for i in range(1, 41)]


def sentence(n=12):
    text = " ".join(rnd.choice(words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


out.write('<?xml version="1.0" encoding="UTF-8" ?>\n<!-- generator="WordPress/6.4.2" -->\n'
          '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
          'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
          '<title>Warta Bench</title><link>https://bench.example</link><wp:wxr_version>1.2</wp:wxr_version>\n')
for login, name in authors:
    out.write(f"<wp:author><wp:author_login><![CDATA[{login}]]></wp:author_login>"
              f"<wp:author_display_name><![CDATA[{name}]]></wp:author_display_name></wp:author>\n")

for i in range(1, count + 1):
    post_id = i * 2
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    year = 2015 + (i // 336) % 10
    hour = i % 24
    title = sentence(8)[:-1] + (" 🌧️" if i % 50 == 0 else "")
    slug = f"berita-{i}-" + "-".join(title.lower().split()[:4]).replace("🌧️", "")
    paragraphs = [sentence(rnd.randint(15, 40)) for _ in range(rnd.randint(4, 10))]
    if i % 3 == 0:
        content = "\n\n".join(f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->" for p in paragraphs)
    else:
        content = "\n\n".join(paragraphs)
    if i % 10 == 0:
        content += "\n\n[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]"
    if i % 7 == 0:
        content += '\n\n[caption id="attachment_1" width="640"]<img src="https://bench.example/wp-content/uploads/x.jpg" /> Foto.[/caption]'
    if i % 5 == 0:
        content += '\n\n[related_posts limit="3"]'
    writers = rnd.sample(authors, 2 if i % 4 == 0 else 1)
    category = categories[i % len(categories)]
    tags = rnd.sample(words, 3)
    out.write("<item>\n")
    out.write(f"<title><![CDATA[{title}]]></title>\n")
    out.write(f"<link>https://bench.example/{year}/{month:02d}/{day:02d}/{slug}/</link>\n")
    out.write(f"<dc:creator><![CDATA[{writers[0][0]}]]></dc:creator>\n")
    out.write(f'<guid isPermaLink="false">https://bench.example/?p={post_id}</guid>\n')
    out.write(f"<content:encoded><![CDATA[{content}]]></content:encoded>\n")
    out.write(f"<excerpt:encoded><![CDATA[{paragraphs[0] if i % 2 else ''}]]></excerpt:encoded>\n")
    out.write(f"<wp:post_id>{post_id}</wp:post_id>\n")
    out.write(f"<wp:post_date><![CDATA[{year}-{month:02d}-{day:02d} {hour:02d}:30:00]]></wp:post_date>\n")
    gmt_hour = (hour - 7) % 24
    out.write(f"<wp:post_date_gmt><![CDATA[{year}-{month:02d}-{day:02d} {gmt_hour:02d}:30:00]]></wp:post_date_gmt>\n")
    out.write(f"<wp:post_name><![CDATA[{slug}]]></wp:post_name>\n")
    out.write(f"<wp:status><![CDATA[{'draft' if i % 100 == 0 else 'publish'}]]></wp:status>\n")
    out.write("<wp:post_type><![CDATA[post]]></wp:post_type>\n")
    for login, _ in writers:
        out.write(f'<category domain="author" nicename="cap-{login}"><![CDATA[{login}]]></category>\n')
    out.write(f'<category domain="category" nicename="{category[0]}"><![CDATA[{category[1]}]]></category>\n')
    for tag in tags:
        out.write(f'<category domain="post_tag" nicename="{tag}"><![CDATA[{tag.title()}]]></category>\n')
    out.write(f"<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_metadesc]]></wp:meta_key>"
              f"<wp:meta_value><![CDATA[{paragraphs[-1][:150]}]]></wp:meta_value></wp:postmeta>\n")
    out.write("</item>\n")
out.write("</channel>\n</rss>\n")
