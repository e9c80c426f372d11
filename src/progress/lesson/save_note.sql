INSERT INTO reflection_notes
    (learner_id, course_id, block_id, course_version_id, text, created_at, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
ON CONFLICT (learner_id, course_id, block_id) DO UPDATE
SET course_version_id = excluded.course_version_id,
    text = excluded.text,
    updated_at = excluded.updated_at
