-- Fills one site with generated published articles, purely in SQL, for scale measurements (bench/README-scale.md).
-- One run inserts :n articles in one transaction; bench/generate.sh calls it in chunks so that a failure midway
-- leaves whole chunks behind, never an article without its writers and topics.
--
-- psql variables:
--   site   slug of an existing site (its rubrics, topics, media and credited people are reused)
--   n      articles in this chunk
--   first  how many articles of this run came before this chunk (0 for the first chunk)
--   total  articles in the whole run: the run spreads evenly over :years years ending now, oldest first,
--          so ids and publication times rise together as in a real newsroom
--   years  how far back the run reaches
--
-- Ids come from nextval('story_id_seq'), the sequence of story ids that articles normally take theirs from,
-- so a story created later can never get the id of a generated article. No story rows are made: pages read
-- only the article tables, and the newsroom's lists are not what is measured here.
--
-- The text is built from word arrays. Each article has one theme (40 themes, so a theme word such as "banjir"
-- occurs in about 1 in 40 articles, as a real regional site would have it); everything else is drawn from
-- generic phrases that carry no theme word. Topics are skewed: the site's first topics are far more common
-- (the most common is on roughly a fifth of all articles), like "Kota Malang" on a Malang site.

\set ON_ERROR_STOP on

begin;

create temp table gen_ctx on commit drop as
select s.id as site_id,
       (select array_agg(r.id order by r.position, r.id) from rubric r where r.site_id = s.id) as rubrics,
       coalesce((select array_agg(distinct w.person_id) from article_writer w join article a on a.id = w.article_id
                  where a.site_id = s.id),
                (select array_agg(p.id order by p.id) from person p)) as writers,
       (select array_agg(distinct a.editor_id) from article a where a.site_id = s.id and a.editor_id is not null)
           as editors,
       (select array_agg(t.id order by t.id) from topic t where t.site_id = s.id) as topics,
       (select array_agg(m.id order by m.id) from media m where m.site_id = s.id) as media,
       s.name as site_name
from site s where s.slug = :'site';

do $$ begin
  if (select count(*) from gen_ctx) <> 1 then raise exception 'no such site'; end if;
  if (select rubrics is null or topics is null from gen_ctx) then raise exception 'the site needs rubrics and topics'; end if;
end $$;

create temp table gen_words on commit drop as
select
  array['Pemkot', 'Pemkab', 'Warga', 'Polres', 'DPRD', 'Dinas Pendidikan', 'Petani', 'Pedagang', 'Mahasiswa',
        'Bupati', 'Wali Kota', 'Satpol PP', 'BPBD', 'Dinas Kesehatan', 'Pengusaha', 'Relawan', 'Komunitas',
        'Pelajar', 'Kejaksaan', 'Dishub', 'Pengelola Pasar', 'Kelompok Tani', 'Karang Taruna', 'PKK'] as subjects,
  array['Gelar', 'Tinjau', 'Keluhkan', 'Resmikan', 'Tolak', 'Dukung', 'Usulkan', 'Bahas', 'Siapkan', 'Tertibkan',
        'Soroti', 'Percepat', 'Evaluasi', 'Pantau', 'Awasi', 'Rampungkan', 'Kaji', 'Sosialisasikan'] as verbs,
  -- the themes: one per article
  array['Banjir', 'Jalan Rusak', 'Harga Cabai', 'Festival Budaya', 'Vaksinasi', 'Pasar Tradisional',
        'Sekolah Rakyat', 'Sampah Plastik', 'Parkir Liar', 'Pilkada', 'Kekeringan', 'Demam Berdarah',
        'Stunting', 'Wisata Alam', 'Kopi Lokal', 'Tanah Longsor', 'Kebakaran Hutan', 'Pupuk Bersubsidi',
        'Beras Murah', 'Jembatan Putus', 'Lampu Jalan', 'Air Bersih', 'Pengangguran', 'UMKM', 'Kereta Api',
        'Bandara', 'Pelabuhan', 'Sepak Bola', 'Bulu Tangkis', 'Pencurian Motor', 'Narkoba', 'Korupsi Dana Desa',
        'Gempa', 'Cuaca Ekstrem', 'Rumah Sakit', 'BPJS', 'Beasiswa', 'Perumahan', 'Gagal Panen', 'Anggaran Daerah']
      as themes,
  array['Jelang Musim Hujan', 'Tahun Ini', 'Pekan Depan', 'Sejak Pagi', 'Akhir Bulan', 'Usai Lebaran',
        'Hingga Malam', 'Secara Bertahap', 'Bersama Warga', 'Tanpa Biaya', 'di Tengah Keluhan',
        'untuk Kedua Kalinya', 'Mulai Besok', 'Sepanjang Tahun'] as tails,
  array['Kecamatan Sukamaju', 'Desa Sumberejo', 'Kelurahan Tegalrejo', 'Desa Karangsari', 'Kecamatan Wonorejo',
        'Desa Sidomulyo', 'Kelurahan Kebonsari', 'Desa Tanjungsari', 'Kecamatan Margorejo', 'Desa Purwosari',
        'Alun-alun Kota', 'Terminal Lama', 'Pasar Besar', 'Jalan Pahlawan', 'Kampung Nelayan', 'Lereng Gunung']
      as places,
  array['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'] as days,
  array['Kepala Dinas', 'Camat', 'Lurah', 'Ketua RT', 'Kapolsek', 'Anggota DPRD', 'Koordinator lapangan',
        'Ketua paguyuban', 'Juru bicara', 'Sekretaris daerah', 'Pengamat', 'Warga setempat'] as roles,
  array['Budi Santoso', 'Siti Rahmawati', 'Agus Prasetyo', 'Dewi Lestari', 'Hendra Wijaya', 'Rina Kartika',
        'Joko Susilo', 'Nur Hidayah', 'Eko Purnomo', 'Sri Wahyuni', 'Andi Saputra', 'Fitri Handayani',
        'Yusuf Maulana', 'Ratna Sari', 'Bambang Hartono', 'Wulan Puspita'] as names,
  array['Kami akan terus memantau perkembangannya di lapangan',
        'Semua pihak kami minta ikut menjaga ketertiban',
        'Anggarannya sudah disiapkan sejak awal tahun',
        'Warga tidak perlu khawatir, petugas sudah bersiaga',
        'Kami berharap program ini berlanjut tahun depan',
        'Prosesnya memang butuh waktu, tetapi sudah berjalan',
        'Ini aspirasi warga yang sudah lama kami dengar',
        'Kami sudah berkoordinasi dengan instansi terkait'] as quotes,
  array['Kegiatan tersebut diikuti ratusan peserta dari berbagai kecamatan.',
        'Sejumlah petugas disiagakan di lokasi sejak pagi hari.',
        'Hasil evaluasi nantinya menjadi bahan pertimbangan kebijakan berikutnya.',
        'Pemerintah daerah menargetkan pekerjaan rampung sebelum akhir tahun.',
        'Warga diminta mengikuti arahan petugas di lapangan.',
        'Anggaran kegiatan bersumber dari APBD dan bantuan provinsi.',
        'Sebagian warga mengaku baru mengetahui informasi itu dari media sosial.',
        'Rapat koordinasi digelar di kantor kecamatan dan dihadiri perwakilan desa.',
        'Pihaknya juga membuka posko pengaduan bagi masyarakat.',
        'Data sementara menunjukkan jumlahnya meningkat dibanding tahun lalu.',
        'Arus lalu lintas di sekitar lokasi sempat tersendat beberapa jam.',
        'Petugas gabungan melakukan pengecekan ke sejumlah titik.',
        'Kegiatan serupa rencananya digelar rutin setiap bulan.',
        'Sosialisasi dilakukan melalui kelurahan dan tokoh masyarakat.',
        'Para pedagang berharap kondisi segera kembali normal.',
        'Dinas terkait mengimbau warga tetap waspada dan tidak panik.',
        'Sebanyak 12 desa tercatat menjadi sasaran program tersebut.',
        'Pengawasan akan diperketat mulai pekan depan.',
        'Keluhan warga sudah disampaikan dalam musyawarah rencana pembangunan.',
        'Pihak sekolah menyambut baik rencana tersebut.'] as fillers;

create temp table gen on commit drop as
select g, nextval('story_id_seq') as id,
       -- spread over :years years ending an hour ago, in order, a little jitter so times are not evenly spaced
       now() - interval '1 hour'
         - make_interval(secs => (1 - ((:first + g) - random() * 0.9) / :total) * :years * 365.25 * 86400) as published_at,
       1 + floor(random() * cardinality(c.rubrics))::int as rubric_at,
       1 + floor(random() * 3)::int as writer_count,
       1 + floor(random() * cardinality(c.writers))::int as writer_at,
       1 + floor(random() * 3)::int as topic_count,
       -- skewed: low positions are common, so a few topics are on a large share of all articles
       1 + floor(power(random(), 2.5) * cardinality(c.topics))::int as topic_at,
       1 + floor(random() * cardinality(w.themes))::int as theme_at
from generate_series(1, :n) g, gen_ctx c, gen_words w
order by g;

insert into article (id, site_id, rubric_id, title, slug, lead, body_html, image_id, image_caption, image_credit,
                     editor_id, published_at, updated_at)
select t.id, c.site_id, c.rubrics[t.rubric_at], t.title, t.slug, t.lead, t.body,
       case when c.media is null or random() < 0.05 then null
            else c.media[1 + floor(random() * cardinality(c.media))::int] end,
       'Ilustrasi ' || lower(t.theme) || ' di ' || t.place || '.', 'Dok. ' || c.site_name,
       case when c.editors is null or random() < 0.1 then null
            else c.editors[1 + floor(random() * cardinality(c.editors))::int] end,
       t.published_at, t.published_at + make_interval(mins => floor(random() * 90)::int)
from gen_ctx c, gen_words w,
     lateral (
       select x.*, x.title_text as title,
              trim(both '-' from regexp_replace(lower(x.title_text), '[^a-z0-9]+', '-', 'g')) as slug
       from (
         select gen.*, w.themes[gen.theme_at] as theme,
                w.places[1 + floor(random() * cardinality(w.places))::int] as place,
                w.subjects[1 + floor(random() * cardinality(w.subjects))::int] as subject,
                w.subjects[1 + floor(random() * cardinality(w.subjects))::int] || ' '
                  || w.verbs[1 + floor(random() * cardinality(w.verbs))::int] || ' '
                  || w.themes[gen.theme_at] || ' di '
                  || w.places[1 + floor(random() * cardinality(w.places))::int] || ' '
                  || w.tails[1 + floor(random() * cardinality(w.tails))::int] as title_text,
                w.subjects[1 + floor(random() * cardinality(w.subjects))::int] || ' '
                  || lower(w.verbs[1 + floor(random() * cardinality(w.verbs))::int]) || ' persoalan '
                  || lower(w.themes[gen.theme_at]) || ' yang belakangan dikeluhkan warga '
                  || w.places[1 + floor(random() * cardinality(w.places))::int] || '. '
                  || w.fillers[1 + floor(random() * cardinality(w.fillers))::int] as lead,
                (select string_agg('<p>' || case
                           when p = 1 then w.subjects[1 + floor(random() * cardinality(w.subjects))::int]
                                || ' ' || lower(w.verbs[1 + floor(random() * cardinality(w.verbs))::int]) || ' '
                                || lower(w.themes[gen.theme_at]) || ' pada '
                                || w.days[1 + floor(random() * 7)::int] || ' ('
                                || to_char(gen.published_at, 'DD/MM/YYYY') || ').'
                           when p % 4 = 0 then '"' || w.quotes[1 + floor(random() * cardinality(w.quotes))::int]
                                || '," kata ' || w.roles[1 + floor(random() * cardinality(w.roles))::int] || ' '
                                || w.names[1 + floor(random() * cardinality(w.names))::int] || '.'
                           when p % 5 = 0 then 'Menurut dia, persoalan ' || lower(w.themes[gen.theme_at])
                                || ' perlu ditangani bersama. '
                                || w.fillers[1 + floor(random() * cardinality(w.fillers))::int]
                           else w.fillers[1 + floor(random() * cardinality(w.fillers))::int] || ' '
                                || w.fillers[1 + floor(random() * cardinality(w.fillers))::int]
                           end || '</p>', E'\n' order by p)
                   from generate_series(1, 6 + (gen.g * 7919 + gen.id) % 7) p) as body
         from gen) x
     ) t;

insert into article_writer (article_id, position, person_id, site_id, published_at)
select gen.id, k, c.writers[1 + (gen.writer_at - 1 + k - 1) % cardinality(c.writers)], a.site_id, a.published_at
from gen join article a on a.id = gen.id, gen_ctx c, generate_series(1, least(gen.writer_count, cardinality(c.writers))) k;

insert into article_topic (article_id, topic_id, published_at)
select gen.id, c.topics[1 + (gen.topic_at - 1 + (k - 1) * 7) % cardinality(c.topics)], a.published_at
from gen join article a on a.id = gen.id, gen_ctx c, generate_series(1, least(gen.topic_count, cardinality(c.topics))) k
on conflict do nothing;

commit;
