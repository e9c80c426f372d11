-- Opening a lesson, adding time to it or completing it. The first opening and
-- the first completion are kept; time adds up.
INSERT INTO lesson_progress
    (learner_id, course_id, lesson_id, course_version_id, first_opened_at, completed_at, seconds_spent)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (learner_id, course_id, lesson_id) DO UPDATE
SET course_version_id = excluded.course_version_id,
    completed_at = coalesce(completed_at, excluded.completed_at),
    seconds_spent = seconds_spent + excluded.seconds_spent
