-- Progress format v4: records collected from other devices (`fieldcourse
-- records import`), kept apart from this device's own learners.
--
-- Tables of small rows are WITHOUT ROWID; those whose rows carry a quiz layout,
-- a signed credential or a learning record are ordinary tables, which SQLite
-- stores better for large rows.
--
-- Each collected device's rows are replaced as a whole by its newer export, so
-- every table is keyed by `device_id` and the device's own ids (learner ids,
-- attempt ids, course version ids) as they were on that device. Nothing here
-- refers to this device's tables: the local journey never sees these rows.

-- Each device collected, with the Ed25519 key that signed its first export
-- (`public_key`, a did:key): later exports must carry the same key.
CREATE TABLE collected_devices (
    device_id TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    name TEXT NOT NULL,
    -- The export now held: its number on the device (1, 2, ...: the newest
    -- wins even when the device's clock is wrong), when it was made (Unix
    -- milliseconds) and the SHA-256 of its manifest.
    export_number INTEGER NOT NULL,
    exported_at INTEGER NOT NULL,
    export_sha256 TEXT NOT NULL,
    -- The Fieldcourse that wrote it ("0.1.0").
    exported_by TEXT NOT NULL,
    collected_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE collected_learners (
    device_id TEXT NOT NULL REFERENCES collected_devices (device_id) ON DELETE CASCADE,
    learner_id INTEGER NOT NULL,
    display_name TEXT NOT NULL,
    certificate_name TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (device_id, learner_id)
) STRICT, WITHOUT ROWID;

-- The course versions the device recorded progress against; `current` marks the
-- one its report counted against.
CREATE TABLE collected_course_versions (
    device_id TEXT NOT NULL REFERENCES collected_devices (device_id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    version TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    current INTEGER NOT NULL CHECK (current IN (0, 1)),
    PRIMARY KEY (device_id, version_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE collected_course_items (
    device_id TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('lesson', 'quiz', 'final_assessment', 'reflection')),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (device_id, version_id, item_id),
    FOREIGN KEY (device_id, version_id)
        REFERENCES collected_course_versions (device_id, version_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE collected_enrollments (
    device_id TEXT NOT NULL,
    learner_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    last_opened_at INTEGER NOT NULL,
    last_item_id TEXT,
    last_block INTEGER NOT NULL,
    completed_at INTEGER,
    lessons_completed INTEGER NOT NULL,
    PRIMARY KEY (device_id, learner_id, course_id),
    FOREIGN KEY (device_id, learner_id)
        REFERENCES collected_learners (device_id, learner_id) ON DELETE CASCADE,
    FOREIGN KEY (device_id, version_id)
        REFERENCES collected_course_versions (device_id, version_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE collected_lessons (
    device_id TEXT NOT NULL,
    learner_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    first_opened_at INTEGER NOT NULL,
    completed_at INTEGER,
    seconds_spent INTEGER NOT NULL,
    PRIMARY KEY (device_id, learner_id, course_id, lesson_id),
    FOREIGN KEY (device_id, learner_id, course_id)
        REFERENCES collected_enrollments (device_id, learner_id, course_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE collected_attempts (
    device_id TEXT NOT NULL,
    attempt_id INTEGER NOT NULL,
    learner_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    quiz_id TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    layout TEXT NOT NULL CHECK (json_valid(layout)),
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    points REAL,
    max_points REAL,
    score REAL,
    passed INTEGER,
    PRIMARY KEY (device_id, attempt_id),
    FOREIGN KEY (device_id, learner_id, course_id)
        REFERENCES collected_enrollments (device_id, learner_id, course_id) ON DELETE CASCADE
) STRICT;

CREATE INDEX collected_attempts_by_learner
    ON collected_attempts (device_id, learner_id, course_id, quiz_id);

CREATE TABLE collected_answers (
    device_id TEXT NOT NULL,
    answer_id INTEGER NOT NULL,
    attempt_id INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (json_valid(answer)),
    points REAL,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (device_id, answer_id),
    FOREIGN KEY (device_id, attempt_id)
        REFERENCES collected_attempts (device_id, attempt_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE INDEX collected_answers_by_attempt ON collected_answers (device_id, attempt_id);

-- Certificates keep the id and signed credential they were issued with: they
-- are reprinted, never issued again.
CREATE TABLE collected_certificates (
    device_id TEXT NOT NULL,
    id TEXT NOT NULL,
    learner_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    name_on_certificate TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    credential TEXT,
    PRIMARY KEY (device_id, id),
    FOREIGN KEY (device_id, learner_id, course_id)
        REFERENCES collected_enrollments (device_id, learner_id, course_id) ON DELETE CASCADE
) STRICT;

-- The device's learning records not yet delivered to an LRS when it exported,
-- with their statement ids, in the device's order.
CREATE TABLE collected_statements (
    device_id TEXT NOT NULL REFERENCES collected_devices (device_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    statement TEXT NOT NULL CHECK (json_valid(statement)),
    PRIMARY KEY (device_id, position)
) STRICT;
