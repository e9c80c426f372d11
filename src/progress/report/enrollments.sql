-- A report row per learner and course; ?1 narrows to one course when not NULL.
SELECT e.learner_id, l.display_name, l.certificate_name, e.course_id, e.started_at,
       e.completed_at, e.lessons_completed, e.last_opened_at
FROM enrollments AS e
JOIN learners AS l ON l.id = e.learner_id
WHERE ?1 IS NULL OR e.course_id = ?1
ORDER BY l.display_name COLLATE NOCASE, e.learner_id, e.course_id
