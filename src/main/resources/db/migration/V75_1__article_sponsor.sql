-- An advertorial (Advertorial / Konten Kerja Sama) names its sponsor; null for every ordinary story.
alter table story add column sponsor text;
alter table article add column sponsor text;
