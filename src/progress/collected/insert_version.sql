INSERT INTO collected_course_versions
    (device_id, version_id, course_id, version, content_hash, title, current)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
