-- The version of each course seen last; ?1 narrows to one course when not NULL.
SELECT v.id, v.course_id, v.version, v.content_hash, v.title, v.registered_at
FROM courses AS c
JOIN course_versions AS v ON v.id = c.current_version_id
WHERE ?1 IS NULL OR c.course_id = ?1
ORDER BY v.course_id
