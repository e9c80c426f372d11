SELECT v.id, v.course_id, v.version, v.content_hash, v.title,
       EXISTS (SELECT 1 FROM courses AS c WHERE c.current_version_id = v.id)
FROM course_versions AS v
ORDER BY v.id
