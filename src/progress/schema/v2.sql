-- Progress format v2: learning records (xAPI statements) waiting to be sent to
-- the organisation's learning record store, and what they need to name things.
--
-- Each statement is written in the same transaction as the progress it
-- describes, with its id fixed then, so a record is never missing or sent twice
-- under two ids. On upgrade, statements for the progress already in the file are
-- written once (see `progress/outbox/backfill.rs`).

-- The statements not yet delivered, oldest first. A delivered statement is
-- deleted; `exported_at` says it was written to a file by `xapi export`. No
-- index beyond the row id: every learner action writes a row here in its own
-- durable commit, and each index would add a page to that commit. Reading
-- goes by `seq`; `--since` and removing a learner scan, which stays cheap
-- because the table holds only what is not yet delivered.
CREATE TABLE xapi_outbox (
    seq INTEGER PRIMARY KEY,
    -- The statement id (a random UUID), as in the statement.
    id TEXT NOT NULL,
    learner_id INTEGER REFERENCES learners (id) ON DELETE CASCADE,
    -- When the action happened (Unix milliseconds), as the statement's timestamp.
    recorded_at INTEGER NOT NULL,
    statement TEXT NOT NULL CHECK (json_valid(statement)),
    exported_at INTEGER
) STRICT;

-- Each learner's pseudonymous id in statements (a random UUID): their name is
-- not sent unless the organisation turns that on.
CREATE TABLE xapi_learners (
    learner_id INTEGER PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
    account_name TEXT NOT NULL UNIQUE
) STRICT;

-- The activity base and language of each course version registered since v2.
CREATE TABLE xapi_course_versions (
    course_version_id INTEGER PRIMARY KEY REFERENCES course_versions (id),
    activity_base TEXT NOT NULL,
    language TEXT NOT NULL
) STRICT;

-- How statements describe each activity of a course version: the course, its
-- modules, lessons, quizzes and questions (with their interaction definitions).
CREATE TABLE xapi_activities (
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    kind TEXT NOT NULL
        CHECK (kind IN ('course', 'module', 'lesson', 'quiz', 'final_assessment', 'question')),
    item_id TEXT NOT NULL,
    parent_kind TEXT,
    parent_id TEXT,
    definition TEXT NOT NULL CHECK (json_valid(definition)),
    max_points REAL,
    PRIMARY KEY (course_version_id, kind, item_id)
) STRICT, WITHOUT ROWID;
