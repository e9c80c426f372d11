SELECT p.lesson_id, v.version, p.first_opened_at, p.completed_at, p.seconds_spent
FROM lesson_progress AS p
JOIN course_versions AS v ON v.id = p.course_version_id
WHERE p.learner_id = ?1 AND p.course_id = ?2
ORDER BY p.first_opened_at, p.lesson_id
