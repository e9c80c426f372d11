INSERT OR IGNORE INTO xapi_course_versions (course_version_id, activity_base, language)
VALUES (?1, ?2, ?3)
