SELECT id, version, title, registered_at
FROM course_versions
WHERE course_id = ?1 AND content_hash = ?2
