-- The pages every verified outlet publishes, each with a note to its site admin saying what belongs there. One
-- function makes them for the sites that exist now and for every site made later (Sites.create calls it); a page
-- the site already has is left as it is.
create function site_required_pages(for_site bigint) returns void
    language sql volatile as $$
    insert into site_page (site_id, slug, title, body_html, position)
    select for_site, p.slug, p.title, '<p><em>Halaman ini belum diisi.</em> ' || p.note
               || ' Admin situs mengisinya di ruang redaksi, menu Pengaturan situs.</p>', p.position
    from (values
        ('redaksi', 'Redaksi', 0,
         'Tuliskan susunan redaksi: nama badan hukum dan alamatnya, penanggung jawab, pemimpin redaksi, editor dan wartawan. Undang-Undang Pers (UU No. 40 Tahun 1999, pasal 12) mewajibkan nama, alamat dan penanggung jawab diumumkan.'),
        ('pedoman-media-siber', 'Pedoman Media Siber', 1,
         'Muat pedoman pemberitaan media siber yang dipegang redaksi, termasuk cara pembaca meminta ralat atau hak jawab.'),
        ('tentang-kami', 'Tentang Kami', 2,
         'Ceritakan siapa kami, sejak kapan terbit dan wilayah apa yang kami liput.'),
        ('kontak', 'Kontak', 3,
         'Cantumkan alamat kantor, telepon dan alamat surel redaksi.'),
        ('info-iklan', 'Info Iklan', 4,
         'Jelaskan cara beriklan, jenis iklan yang diterima dan siapa yang dihubungi.'),
        ('disclaimer', 'Disclaimer', 5,
         'Jelaskan batas tanggung jawab redaksi atas isi, komentar dan tautan ke situs lain.'),
        ('kebijakan-privasi', 'Kebijakan Privasi', 6,
         'Jelaskan data pembaca apa yang dicatat, untuk apa, berapa lama disimpan, dan dengan siapa dibagikan.')
    ) as p (slug, title, position, note)
    on conflict (site_id, slug) do nothing;
$$;

select site_required_pages(id) from site;
