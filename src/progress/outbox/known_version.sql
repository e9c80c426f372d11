SELECT count(*) FROM xapi_course_versions WHERE course_version_id = ?1
