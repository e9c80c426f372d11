-- ?2 narrows to one course when not NULL.
SELECT e.course_id, v.version, e.started_at, e.last_opened_at, e.last_item_id, e.last_block,
       e.completed_at
FROM enrollments AS e
JOIN course_versions AS v ON v.id = e.course_version_id
WHERE e.learner_id = ?1 AND (?2 IS NULL OR e.course_id = ?2)
ORDER BY e.last_opened_at DESC, e.course_id
