-- Progress format v5: learning records in compact form. A learner action writes
-- what its statement needs (the statement id and timestamp, the actor as the
-- settings named them, the response, score and durations) and the statement is
-- rendered when it is exported or sent (see `progress/outbox/render.rs`), so an
-- answer's commit writes a short row instead of the whole statement. Rows
-- written before keep their whole statement in `statement`.
--
-- SQLite cannot make a column nullable in place: the table is made again, with
-- the same row ids (`seq`), so the outbox keeps its order.
CREATE TABLE xapi_outbox_compact (
    seq INTEGER PRIMARY KEY,
    -- The statement id (a random UUID), as in the statement.
    id TEXT NOT NULL,
    learner_id INTEGER REFERENCES learners (id) ON DELETE CASCADE,
    -- When the action happened (Unix milliseconds), as the statement's timestamp.
    recorded_at INTEGER NOT NULL,
    exported_at INTEGER,
    -- The whole statement, for rows written before compact rows; else NULL.
    statement TEXT CHECK (json_valid(statement)),
    -- What happened; NULL exactly when `statement` holds the whole statement.
    event TEXT CHECK (event IN ('course_started', 'lesson_completed', 'course_completed',
                                'certificate_earned', 'answered', 'attempt_submitted')),
    -- The course version it happened under (registered in xapi_course_versions).
    course_version_id INTEGER,
    -- The lesson, question or quiz; the certificate id of `certificate_earned`.
    item_id TEXT,
    -- The quiz of an answered question.
    parent_id TEXT,
    -- The organisation's home page for learners when one was set, else NULL for
    -- the device's page; the learner's name when names were sent.
    home_page TEXT,
    name TEXT,
    -- The answer in xAPI's response format.
    response TEXT,
    points REAL,
    max_points REAL,
    score REAL,
    success INTEGER CHECK (success IN (0, 1)),
    duration_ms INTEGER,
    CHECK ((statement IS NULL) <> (event IS NULL))
) STRICT;

INSERT INTO xapi_outbox_compact (seq, id, learner_id, recorded_at, exported_at, statement)
SELECT seq, id, learner_id, recorded_at, exported_at, statement FROM xapi_outbox;

DROP TABLE xapi_outbox;

ALTER TABLE xapi_outbox_compact RENAME TO xapi_outbox;
