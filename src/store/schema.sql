-- newsgraph store, schema version 5 (PRAGMA user_version = 5, application_id = 0x4E475354).
-- Integer ids and spans; every repeated string (names, roles, types, rules, sources, keys) is
-- interned in `strings`. Spans are UTF-8 byte offsets into the article's input.
CREATE TABLE strings (id INTEGER PRIMARY KEY, s TEXT NOT NULL UNIQUE);

CREATE TABLE articles (
  id       INTEGER PRIMARY KEY,          -- internal; insertion order
  ext_id   TEXT NOT NULL UNIQUE,         -- JSONL id or path
  hash     INTEGER NOT NULL,             -- FNV-1a 64 of the input bytes
  source   INTEGER,                      -- strings.id
  url      TEXT,
  title    TEXT,
  date     TEXT,                         -- ISO 8601 as given
  ingested INTEGER NOT NULL,             -- unix seconds
  size     INTEGER NOT NULL,             -- input bytes
  body     BLOB NOT NULL,                -- zlib-compressed input bytes
  extra    TEXT,                         -- other JSONL fields, one JSON object
  simhash  INTEGER NOT NULL,             -- 64-bit simhash of word 3-shingles
  dup_of   INTEGER                       -- articles.id of the earlier near-copy, NULL if none
);
CREATE INDEX articles_date ON articles(date);
-- The ids and hashes a writer reads at the start of an ingest, without reading the texts.
CREATE INDEX articles_ext_hash ON articles(ext_id, hash);
-- Four 16-bit bands of each simhash: a near-copy (<= 3 bits apart) shares at least one.
CREATE TABLE simhash_bands (band INTEGER NOT NULL, article INTEGER NOT NULL,
                            PRIMARY KEY (band, article)) WITHOUT ROWID;

CREATE TABLE repairs (article INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                      text TEXT NOT NULL, rule INTEGER NOT NULL,
                      PRIMARY KEY (article, start)) WITHOUT ROWID;

-- One row per entity of an article, with its link to a corpus actor and why.
CREATE TABLE entities (
  article INTEGER NOT NULL, idx INTEGER NOT NULL,
  type    INTEGER NOT NULL,                -- strings.id of "PERSON", "ORG", ...
  name    INTEGER NOT NULL,                -- strings.id
  actor   INTEGER,                         -- actors.id; NULL for DATE/MONEY
  rule    INTEGER,                         -- strings.id: exact-name, alias, surname-in-corpus, ...
  score   REAL,
  via     INTEGER,                         -- strings.id of the actor key it matched
  spans   TEXT,                            -- its mentions, JSON [[start, end, kind], ...] by start
  PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor, article);

-- One row per mention, unpacked from entities.spans (schema 3; schemas 1 and 2 kept a table of
-- these rows, one insert each). kind is MentionKind: 0 name, 1 pronoun, 2 nominal, 3 value.
CREATE VIEW mentions(article, entity, start, end, kind) AS
  SELECT e.article, e.idx, j.value->>0, j.value->>1, j.value->>2
  FROM entities e, json_each(e.spans) j;

CREATE TABLE roles (article INTEGER NOT NULL, entity INTEGER NOT NULL, role INTEGER NOT NULL,
                    PRIMARY KEY (article, entity, role)) WITHOUT ROWID;

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY, article INTEGER NOT NULL,
  type INTEGER NOT NULL,                   -- 0 direct, 1 indirect, 2 mixed
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  speaker INTEGER NOT NULL,                -- entity idx in the article, -1 none
  sm_start INTEGER NOT NULL, sm_end INTEGER NOT NULL,   -- speaker mention
  cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
  text_hash INTEGER NOT NULL,              -- hash of the folded quote text
  copy_of INTEGER                          -- quotes.id of the first stored copy, NULL if first
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_hash ON quotes(text_hash);
CREATE INDEX quotes_copy ON quotes(copy_of) WHERE copy_of IS NOT NULL;
-- The pieces of a quote its attribution interrupts ("We plan ...," said X, "and we ..."), in
-- order; no rows for a quote of one piece. (Schema 2; a schema-1 store gets the table when
-- opened for writing.)
CREATE TABLE quote_parts (quote INTEGER NOT NULL, idx INTEGER NOT NULL,
                          start INTEGER NOT NULL, end INTEGER NOT NULL,
                          PRIMARY KEY (quote, idx)) WITHOUT ROWID;

CREATE TABLE relations (article INTEGER NOT NULL, idx INTEGER NOT NULL,
                        subject INTEGER NOT NULL, type INTEGER NOT NULL, object INTEGER NOT NULL,
                        ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL,
                        gazetteer INTEGER NOT NULL,
                        PRIMARY KEY (article, idx)) WITHOUT ROWID;

-- Corpus actors (derived: `newsgraph rebuild` recomputes them).
CREATE TABLE actors (id INTEGER PRIMARY KEY, name INTEGER NOT NULL, type INTEGER NOT NULL,
                     articles INTEGER NOT NULL, mentions INTEGER NOT NULL);
CREATE INDEX actors_mentions ON actors(mentions DESC);
CREATE TABLE actor_names (actor INTEGER NOT NULL, name INTEGER NOT NULL, count INTEGER NOT NULL,
                          PRIMARY KEY (actor, name)) WITHOUT ROWID;
CREATE INDEX actor_names_name ON actor_names(name);
-- Blocking keys ("f:emomali rahmon", "s:rahmon", "a:un", "x:un", ...): count is the number of
-- the actor's entities that have the key (an entity's keys go when it leaves the actor).
CREATE TABLE actor_keys (key INTEGER NOT NULL, actor INTEGER NOT NULL, count INTEGER NOT NULL,
                         PRIMARY KEY (key, actor)) WITHOUT ROWID;
-- An actor's keys, for merges and replaced articles (without it each was a scan of the table).
CREATE INDEX actor_keys_actor ON actor_keys(actor);

-- Running totals the statistics read without a scan: 'mentions' (rows of the mentions view).
CREATE TABLE totals (what TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO totals VALUES ('mentions', 0);

-- A person's corrections: never touched by ingest or rebuild.
CREATE TABLE judgements (id INTEGER PRIMARY KEY,
                         kind TEXT NOT NULL CHECK (kind IN ('same', 'different', 'unsure')),
                         a TEXT NOT NULL,        -- name key "PERSON|emomali rahmon"
                         b TEXT NOT NULL,
                         article TEXT,           -- split: the article whose entity `a` is not `b`
                         created INTEGER NOT NULL);
