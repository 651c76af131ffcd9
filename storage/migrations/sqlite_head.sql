-- The SQLite schema at migration head, as the migrations leave it (storage/migrate.py).
-- Written by `python -m natowatch.storage.migrate`; do not edit.
-- revision: 0008

-- statement
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

-- statement
CREATE TABLE articles (
	id INTEGER NOT NULL, 
	url TEXT NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	title TEXT NOT NULL, 
	outlet TEXT NOT NULL, 
	published DATE, 
	language VARCHAR(16) NOT NULL, 
	source VARCHAR(8) NOT NULL, 
	feed_name TEXT, 
	text_source VARCHAR(8) NOT NULL, 
	relevant BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, skip_reason TEXT, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_articles_url UNIQUE (url), 
	CONSTRAINT uq_articles_content_hash UNIQUE (content_hash), 
	CONSTRAINT ck_articles_source CHECK (source IN ('seed', 'file', 'feed')), 
	CONSTRAINT ck_articles_text_source CHECK (text_source IN ('file', 'page', 'feed'))
)

-- statement
CREATE TABLE events (
	id INTEGER NOT NULL, 
	story_id VARCHAR(128) NOT NULL, 
	type VARCHAR(32) NOT NULL, 
	subject TEXT NOT NULL, 
	actor TEXT, 
	actor_key TEXT NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	date DATE, 
	confidence FLOAT NOT NULL, 
	first_article_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, reported DATE, background BOOLEAN DEFAULT 0 NOT NULL, ended_on DATE, retracted_at DATETIME, retracted_why TEXT, date_precision VARCHAR(8), ended_precision VARCHAR(8), 
	PRIMARY KEY (id), 
	CONSTRAINT uq_events_key UNIQUE (story_id, type, subject, actor_key), 
	CONSTRAINT fk_events_first_article FOREIGN KEY(first_article_id) REFERENCES articles (id)
)

-- statement
CREATE TABLE evidence (
	id INTEGER NOT NULL, 
	event_id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	sentence TEXT NOT NULL, 
	sentence_hash VARCHAR(64) NOT NULL, 
	span_start INTEGER NOT NULL, 
	span_end INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	date DATE, 
	rule TEXT NOT NULL, 
	confidence FLOAT NOT NULL, 
	created_at DATETIME NOT NULL, date_precision VARCHAR(8), 
	PRIMARY KEY (id), 
	CONSTRAINT uq_evidence_sentence UNIQUE (event_id, article_id, sentence_hash), 
	CONSTRAINT fk_evidence_event FOREIGN KEY(event_id) REFERENCES events (id), 
	CONSTRAINT fk_evidence_article FOREIGN KEY(article_id) REFERENCES articles (id)
)

-- statement
CREATE INDEX ix_evidence_event_id ON evidence (event_id)

-- statement
CREATE TABLE feeds (
	id INTEGER NOT NULL, 
	name VARCHAR(128) NOT NULL, 
	url TEXT NOT NULL, 
	etag TEXT, 
	modified TEXT, 
	last_status INTEGER, 
	consecutive_failures INTEGER NOT NULL, 
	next_poll_at DATETIME, 
	last_polled_at DATETIME, 
	last_error TEXT, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_feeds_name UNIQUE (name)
)

-- statement
CREATE TABLE feed_items (
	id INTEGER NOT NULL, 
	feed_id INTEGER NOT NULL, 
	item_key TEXT NOT NULL, 
	article_id INTEGER, 
	first_seen_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_feed_items_key UNIQUE (feed_id, item_key), 
	CONSTRAINT fk_feed_items_feed FOREIGN KEY(feed_id) REFERENCES feeds (id), 
	CONSTRAINT fk_feed_items_article FOREIGN KEY(article_id) REFERENCES articles (id)
)

-- statement
CREATE TABLE event_changes (
	id INTEGER NOT NULL, 
	event_id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	article_id INTEGER, 
	status_before VARCHAR(16), 
	status_after VARCHAR(16), 
	date_before DATE, 
	date_after DATE, 
	why TEXT, 
	detail JSON, 
	created_at DATETIME NOT NULL, precision_before VARCHAR(8), precision_after VARCHAR(8), 
	PRIMARY KEY (id), 
	CONSTRAINT uq_event_changes_article UNIQUE (event_id, article_id, kind), 
	CONSTRAINT ck_event_changes_kind CHECK (kind IN ('upgrade', 'ended', 'retracted', 'restored', 'reinstated')), 
	CONSTRAINT fk_event_changes_event FOREIGN KEY(event_id) REFERENCES events (id), 
	CONSTRAINT fk_event_changes_article FOREIGN KEY(article_id) REFERENCES articles (id)
)

-- statement
CREATE INDEX ix_event_changes_event_id ON event_changes (event_id)

-- statement
CREATE TABLE candidates (
	id INTEGER NOT NULL, 
	story_id VARCHAR(128) NOT NULL, 
	name TEXT NOT NULL, 
	aliases JSON NOT NULL, 
	pronoun VARCHAR(8), 
	state VARCHAR(16) NOT NULL, 
	first_article_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	decided_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_candidates_story_name UNIQUE (story_id, name), 
	CONSTRAINT ck_candidates_state CHECK (state IN ('proposed', 'accepted', 'rejected')), 
	FOREIGN KEY(first_article_id) REFERENCES articles (id)
)

-- statement
CREATE TABLE "alerts" (
	id INTEGER NOT NULL, 
	route VARCHAR(128) NOT NULL, 
	"key" VARCHAR(256) NOT NULL, 
	event_id INTEGER, 
	state VARCHAR(8) NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error TEXT, 
	next_attempt_at DATETIME NOT NULL, 
	claimed_at DATETIME, 
	sent_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	kind VARCHAR(16) DEFAULT 'event' NOT NULL, 
	detail JSON, 
	delivered_urls TEXT DEFAULT ('') NOT NULL, 
	story_id VARCHAR(128) NOT NULL, failure VARCHAR(16), revivals INTEGER DEFAULT '0' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_alerts_route_key UNIQUE (route, "key"), 
	CONSTRAINT ck_alerts_state CHECK (state IN ('pending', 'sending', 'sent', 'dead')), 
	CONSTRAINT fk_alerts_event FOREIGN KEY(event_id) REFERENCES events (id), 
	CONSTRAINT ck_alerts_kind CHECK (kind IN ('event', 'stance_change', 'consensus', 'new_candidate', 'update', 'correction'))
)

-- statement
CREATE INDEX ix_alerts_state_due ON alerts (state, next_attempt_at)

-- statement
CREATE INDEX ix_alerts_story ON alerts (story_id)
