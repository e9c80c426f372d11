-- The learner's attempts in a course, oldest first; ?3 narrows to one quiz and
-- ?4 to one attempt when not NULL.
SELECT a.id, a.course_id, a.quiz_id, v.version, a.seed, a.layout, a.started_at, a.finished_at,
       a.points, a.max_points, a.score, a.passed
FROM quiz_attempts AS a
JOIN course_versions AS v ON v.id = a.course_version_id
WHERE a.learner_id = ?1
  AND (?2 IS NULL OR a.course_id = ?2)
  AND (?3 IS NULL OR a.quiz_id = ?3)
  AND (?4 IS NULL OR a.id = ?4)
ORDER BY a.id
