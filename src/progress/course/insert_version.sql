INSERT INTO course_versions (course_id, version, content_hash, title, registered_at)
VALUES (?1, ?2, ?3, ?4, ?5)
