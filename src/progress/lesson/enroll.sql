-- Opening a course: start it, or note that it was opened again and under which
-- version of the course.
INSERT INTO enrollments (learner_id, course_id, course_version_id, started_at, last_opened_at)
VALUES (?1, ?2, ?3, ?4, ?4)
ON CONFLICT (learner_id, course_id) DO UPDATE
SET course_version_id = excluded.course_version_id,
    last_opened_at = excluded.last_opened_at
