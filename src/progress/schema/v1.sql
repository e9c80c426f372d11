-- Progress format v1: learners, what each did in each course, and device settings.
--
-- Times are Unix milliseconds (UTC). Courses, lessons, quizzes, questions and
-- reflection blocks are named by the course's stable ids. Every progress row also
-- names the course version it was last written under (`course_version_id`), so a
-- course update keeps the rows of every id that still exists and keeps the rest
-- as history.

-- The people who use this device.
CREATE TABLE learners (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    certificate_name TEXT NOT NULL CHECK (length(trim(certificate_name)) > 0),
    language TEXT NOT NULL,
    -- An Argon2id PHC string (salt and parameters included), or NULL for no PIN.
    pin_hash TEXT,
    created_at INTEGER NOT NULL
) STRICT;

-- Every version of a course that progress was recorded against, told apart by
-- the SHA-256 of its content.
CREATE TABLE course_versions (
    id INTEGER PRIMARY KEY,
    course_id TEXT NOT NULL,
    version TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    registered_at INTEGER NOT NULL,
    UNIQUE (course_id, content_hash)
) STRICT;

-- The lessons, quizzes and reflection blocks of each course version, in course
-- order: what "lessons completed of total" counts against.
CREATE TABLE course_items (
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    item_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('lesson', 'quiz', 'final_assessment', 'reflection')),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (course_version_id, item_id)
) STRICT, WITHOUT ROWID;

-- The version of each course seen last: the one reports count against.
CREATE TABLE courses (
    course_id TEXT PRIMARY KEY,
    current_version_id INTEGER NOT NULL REFERENCES course_versions (id)
) STRICT, WITHOUT ROWID;

-- A learner's place in a course.
CREATE TABLE enrollments (
    learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    course_id TEXT NOT NULL,
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    started_at INTEGER NOT NULL,
    last_opened_at INTEGER NOT NULL,
    -- "Continue where you left off": a lesson or quiz id and a block index in it.
    last_item_id TEXT,
    last_block INTEGER NOT NULL DEFAULT 0 CHECK (last_block >= 0),
    completed_at INTEGER,
    -- Completed lessons that the course's current version has. Kept by the
    -- triggers below, for the trainer report.
    lessons_completed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (learner_id, course_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE lesson_progress (
    learner_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    course_version_id INTEGER NOT NULL,
    first_opened_at INTEGER NOT NULL,
    completed_at INTEGER,
    seconds_spent INTEGER NOT NULL DEFAULT 0 CHECK (seconds_spent >= 0),
    PRIMARY KEY (learner_id, course_id, lesson_id),
    FOREIGN KEY (learner_id, course_id)
        REFERENCES enrollments (learner_id, course_id) ON DELETE CASCADE,
    FOREIGN KEY (course_version_id, lesson_id)
        REFERENCES course_items (course_version_id, item_id)
) STRICT, WITHOUT ROWID;

-- One sitting of a quiz, as the quiz engine set it up and scored it.
CREATE TABLE quiz_attempts (
    id INTEGER PRIMARY KEY,
    learner_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    quiz_id TEXT NOT NULL,
    course_version_id INTEGER NOT NULL,
    -- The shuffle seed (a u64 stored bit for bit).
    seed INTEGER NOT NULL,
    -- JSON: the questions drawn and the option order shown.
    layout TEXT NOT NULL CHECK (json_valid(layout)),
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    points REAL,
    max_points REAL,
    score REAL CHECK (score BETWEEN 0 AND 1),
    passed INTEGER CHECK (passed IN (0, 1)),
    CHECK ((finished_at IS NULL) = (score IS NULL)),
    FOREIGN KEY (learner_id, course_id)
        REFERENCES enrollments (learner_id, course_id) ON DELETE CASCADE,
    FOREIGN KEY (course_version_id, quiz_id)
        REFERENCES course_items (course_version_id, item_id)
) STRICT;

-- Covers the recount of quiz_results: score and passed are NULL until an attempt
-- is submitted.
CREATE INDEX quiz_attempts_by_learner
    ON quiz_attempts (learner_id, course_id, quiz_id, score, passed);

-- Every answer as given, in order; a later answer to the same question in the
-- same attempt replaces the earlier one for scoring but does not erase it.
CREATE TABLE quiz_answers (
    id INTEGER PRIMARY KEY,
    attempt_id INTEGER NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (json_valid(answer)),
    points REAL,
    answered_at INTEGER NOT NULL
) STRICT;

CREATE INDEX quiz_answers_by_attempt ON quiz_answers (attempt_id);

-- A learner's private notes on reflection blocks.
CREATE TABLE reflection_notes (
    learner_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    block_id TEXT NOT NULL,
    course_version_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (learner_id, course_id, block_id),
    FOREIGN KEY (learner_id, course_id)
        REFERENCES enrollments (learner_id, course_id) ON DELETE CASCADE,
    FOREIGN KEY (course_version_id, block_id)
        REFERENCES course_items (course_version_id, item_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE certificates (
    -- The certificate id printed on the certificate.
    id TEXT PRIMARY KEY,
    learner_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    course_version_id INTEGER NOT NULL REFERENCES course_versions (id),
    name_on_certificate TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    -- The signed credential, as the certificate module wrote it.
    credential TEXT,
    FOREIGN KEY (learner_id, course_id)
        REFERENCES enrollments (learner_id, course_id) ON DELETE CASCADE
) STRICT;

CREATE INDEX certificates_by_learner ON certificates (learner_id, course_id);

-- Settings of this device (not of a learner), as JSON values.
CREATE TABLE device_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
) STRICT, WITHOUT ROWID;

-- Each learner's submitted attempts, best score and pass per quiz. Kept by the
-- triggers below, so the trainer report reads one row per quiz instead of
-- every attempt.
CREATE TABLE quiz_results (
    learner_id INTEGER NOT NULL,
    course_id TEXT NOT NULL,
    quiz_id TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    best_score REAL,
    passed INTEGER NOT NULL,
    PRIMARY KEY (learner_id, course_id, quiz_id),
    FOREIGN KEY (learner_id, course_id)
        REFERENCES enrollments (learner_id, course_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- The summaries are recounted from their sources rather than incremented, so
-- they cannot drift, whatever path the rows arrive by.

CREATE TRIGGER quiz_results_after_insert AFTER INSERT ON quiz_attempts
WHEN NEW.score IS NOT NULL
BEGIN
    INSERT INTO quiz_results (learner_id, course_id, quiz_id, attempts, best_score, passed)
    SELECT learner_id, course_id, quiz_id, count(*), max(score), max(passed)
    FROM quiz_attempts
    WHERE learner_id = NEW.learner_id AND course_id = NEW.course_id
      AND quiz_id = NEW.quiz_id AND score IS NOT NULL
    ON CONFLICT (learner_id, course_id, quiz_id) DO UPDATE
    SET attempts = excluded.attempts, best_score = excluded.best_score, passed = excluded.passed;
END;

CREATE TRIGGER quiz_results_after_submit AFTER UPDATE OF score ON quiz_attempts
WHEN NEW.score IS NOT NULL
BEGIN
    INSERT INTO quiz_results (learner_id, course_id, quiz_id, attempts, best_score, passed)
    SELECT learner_id, course_id, quiz_id, count(*), max(score), max(passed)
    FROM quiz_attempts
    WHERE learner_id = NEW.learner_id AND course_id = NEW.course_id
      AND quiz_id = NEW.quiz_id AND score IS NOT NULL
    ON CONFLICT (learner_id, course_id, quiz_id) DO UPDATE
    SET attempts = excluded.attempts, best_score = excluded.best_score, passed = excluded.passed;
END;

CREATE TRIGGER lessons_completed_after_insert AFTER INSERT ON lesson_progress
WHEN NEW.completed_at IS NOT NULL
BEGIN
    UPDATE enrollments
    SET lessons_completed = (
        SELECT count(*)
        FROM lesson_progress AS p
        JOIN courses AS c ON c.course_id = p.course_id
        JOIN course_items AS i
            ON i.course_version_id = c.current_version_id
           AND i.item_id = p.lesson_id
           AND i.kind = 'lesson'
        WHERE p.learner_id = NEW.learner_id AND p.course_id = NEW.course_id
          AND p.completed_at IS NOT NULL)
    WHERE learner_id = NEW.learner_id AND course_id = NEW.course_id;
END;

CREATE TRIGGER lessons_completed_after_update AFTER UPDATE OF completed_at ON lesson_progress
WHEN NEW.completed_at IS NOT OLD.completed_at
BEGIN
    UPDATE enrollments
    SET lessons_completed = (
        SELECT count(*)
        FROM lesson_progress AS p
        JOIN courses AS c ON c.course_id = p.course_id
        JOIN course_items AS i
            ON i.course_version_id = c.current_version_id
           AND i.item_id = p.lesson_id
           AND i.kind = 'lesson'
        WHERE p.learner_id = NEW.learner_id AND p.course_id = NEW.course_id
          AND p.completed_at IS NOT NULL)
    WHERE learner_id = NEW.learner_id AND course_id = NEW.course_id;
END;

-- A new current version counts every learner's lessons again, against it.
CREATE TRIGGER lessons_completed_after_new_version AFTER UPDATE OF current_version_id ON courses
WHEN NEW.current_version_id IS NOT OLD.current_version_id
BEGIN
    UPDATE enrollments
    SET lessons_completed = (
        SELECT count(*)
        FROM lesson_progress AS p
        JOIN course_items AS i
            ON i.course_version_id = NEW.current_version_id
           AND i.item_id = p.lesson_id
           AND i.kind = 'lesson'
        WHERE p.learner_id = enrollments.learner_id AND p.course_id = enrollments.course_id
          AND p.completed_at IS NOT NULL)
    WHERE course_id = NEW.course_id;
END;
