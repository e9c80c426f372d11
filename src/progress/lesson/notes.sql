-- ?3 narrows to one block when not NULL.
SELECT n.block_id, v.version, n.text, n.created_at, n.updated_at
FROM reflection_notes AS n
JOIN course_versions AS v ON v.id = n.course_version_id
WHERE n.learner_id = ?1 AND n.course_id = ?2 AND (?3 IS NULL OR n.block_id = ?3)
ORDER BY n.created_at, n.block_id
