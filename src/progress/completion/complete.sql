-- The first completion of a course is kept.
UPDATE enrollments
SET completed_at = coalesce(completed_at, ?3)
WHERE learner_id = ?1 AND course_id = ?2
